/**
 * Round trips per story assignment on Postgres: imports the versions-and-furniture set (or
 * reposts-dev with --reposts) into a fresh database, then runs `assignStory` on each article in
 * published order while counting the statements the pg client sends (BEGIN and COMMIT included)
 * and the time each assignment takes.
 *
 *   npx tsx bench/dedupe-roundtrips.ts [--reposts]     (also part of `npm run bench`)
 *
 * Database: BENCH_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432), a fresh
 * database named wirehouse_roundtrips_<pid>, dropped at the end.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { countStatements } from './count-statements.js';
import { upsertArticle } from '../src/db/articles.repo.js';
import { createDb, dropDatabase, ensureDatabase } from '../src/db/db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { articleFromRecord, toImportRecord } from '../src/normalize/article-from-record.js';
import { articleInput } from '../src/app/article-input.js';
import { placeInStory } from '../src/app/place-in-story.js';
import { generateVersionsSet } from './dedupe-versions-data.js';
import { printedHelp } from './usage.js';

const REPOSTS = resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data', 'reposts-dev/articles.jsonl');

/** Bench entry: prints and returns the statements per assignment and their time. */
export async function run(argv: readonly string[] = []): Promise<{ statementsPerAssignment: number; p50Ms: number; p95Ms: number }> {
  const base = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/wirehouse_roundtrips_${process.pid}`;
  const url = base.toString();
  await ensureDatabase(url);
  const db = createDb(url, { max: 2 });
  try {
    await migrateToLatest(db);
    const raw = (
      argv.includes('--reposts')
        ? readFileSync(REPOSTS, 'utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l) as { published?: string; story?: string })
        : generateVersionsSet(10).records.map((r) => ({
            id: r.id,
            url: r.url,
            site: r.site,
            title: r.title,
            body: r.body,
            published: r.published,
            story: r.story,
          }))
    ).sort((a, b) => String(a.published ?? '').localeCompare(String(b.published ?? '')));
    // The method reads the import fields only; `story` is gold, kept aside for the agreement check.
    const records = raw.map((r) => toImportRecord({ ...r, story: undefined }));
    const ids: number[] = [];
    const gold = new Map<number, string>();
    for (const [i, rec] of records.entries()) {
      const a = articleFromRecord(rec);
      const id = (await upsertArticle(db, articleInput(a, { url: a.canonicalUrl, fetchedAt: new Date() }))).id;
      ids.push(id);
      gold.set(id, String(raw[i]!.story ?? ''));
    }
    const statements = countStatements();
    const perArticle: number[] = [];
    const ms: number[] = [];
    for (const id of ids) {
      const before = statements.count;
      const t0 = performance.now();
      await placeInStory(db, id);
      ms.push(performance.now() - t0);
      perArticle.push(statements.count - before);
    }
    statements.stop();
    // Pairwise agreement with the gold stories: the Postgres store must decide as the memory one.
    const rows = await db.selectFrom('story_members').select(['article_id', 'story_id']).execute();
    const story = new Map(rows.map((r) => [r.article_id, r.story_id]));
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const g = gold.get(ids[i]!) === gold.get(ids[j]!);
        const p = story.get(ids[i]!) === story.get(ids[j]!);
        if (g && p) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
    }
    const sorted = [...perArticle].sort((x, y) => x - y);
    const mean = perArticle.reduce((s, x) => s + x, 0) / perArticle.length;
    const msSorted = [...ms].sort((x, y) => x - y);
    console.log(
      `dedupe-roundtrips: ${ids.length} assignments; statements per assignment mean ${mean.toFixed(1)}, median ${sorted[sorted.length >> 1]}, max ${sorted[sorted.length - 1]}; ` +
        `time p50 ${msSorted[msSorted.length >> 1]!.toFixed(1)} ms, p95 ${msSorted[Math.floor(msSorted.length * 0.95)]!.toFixed(1)} ms; ` +
        `pairwise P ${((100 * tp) / (tp + fp)).toFixed(1)} R ${((100 * tp) / (tp + fn)).toFixed(1)}`,
    );
    return {
      statementsPerAssignment: Number(mean.toFixed(2)),
      p50Ms: Number(msSorted[msSorted.length >> 1]!.toFixed(1)),
      p95Ms: Number(msSorted[Math.floor(msSorted.length * 0.95)]!.toFixed(1)),
    };
  } finally {
    await db.destroy();
    await dropDatabase(url);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  await run(process.argv.slice(2));
}

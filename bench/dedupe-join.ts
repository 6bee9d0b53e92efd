/**
 * A/B of the one-statement join (StoryTx.tryJoin, issue 16) on Postgres, in one process: the same
 * articles are stored in two fresh databases and placed alternately, article by article, in A (the
 * locked path only: tryJoin hidden, no whole stories read with the candidates, as before) and B
 * (the service as it is). Reported per side: statements per assignment (BEGIN and COMMIT
 * included), node CPU ms per assignment (process.cpuUsage around assignStory: the algorithm and
 * the pg client), and a digest of the stories and memberships the two must share.
 *
 *   npx tsx bench/dedupe-join.ts [--rounds 3]     (reposts-dev, 268 articles in published order)
 *
 * Database: BENCH_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432), fresh
 * databases wirehouse_join_<pid>_<a|b>, dropped at the end.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countStatements } from './count-statements.js';
import { articleInput } from '../src/app/article-input.js';
import { upsertArticle } from '../src/db/articles.repo.js';
import { createDb, dropDatabase, ensureDatabase, type Db } from '../src/db/db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { pgStoryStore } from '../src/db/stories.repo.js';
import { assignStory, DEFAULT_ASSIGN_OPTIONS } from '../src/dedupe/assign-story.js';
import { FeatureCache } from '../src/dedupe/feature-cache.js';
import type { StoryStore, StoryTx } from '../src/dedupe/story-store.js';
import { articleFromRecord, toImportRecord } from '../src/normalize/article-from-record.js';

const REPOSTS = resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data', 'reposts-dev/articles.jsonl');
const argv = process.argv.slice(2);
const rounds = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 3;

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** The locked path only, as before tryJoin: no whole stories with the candidates, no tryJoin. */
function lockedOnly(store: StoryStore): StoryStore {
  return {
    transaction: (fn) =>
      store.transaction((tx) => {
        const { tryJoin: _hidden, ...rest } = tx;
        const t: StoryTx = { ...rest, candidates: (q) => tx.candidates({ ...q, whole: 0 }) };
        return fn(t);
      }),
  };
}

async function digest(db: Db): Promise<string> {
  const h = createHash('sha256');
  const members = await db.selectFrom('story_members').selectAll().orderBy('article_id').execute();
  for (const m of members) h.update(JSON.stringify({ ...m, decided_at: null }) + '\n');
  const stories = await db.selectFrom('stories').selectAll().orderBy('id').execute();
  for (const s of stories) h.update(JSON.stringify({ ...s, created_at: null, updated_at: null }) + '\n');
  return h.digest('hex').slice(0, 16);
}

const records = readFileSync(REPOSTS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { published?: string })
  .sort((a, b) => String(a.published ?? '').localeCompare(String(b.published ?? '')))
  .map((r) => toImportRecord({ ...r, story: undefined }));

const statements = countStatements();

for (let round = 0; round < rounds; round++) {
  const sides = ['a', 'b'].map((s) => {
    const base = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    base.pathname = `/wirehouse_join_${process.pid}_${s}`;
    return { name: s === 'a' ? 'locked' : 'tryJoin', url: base.toString(), db: null as unknown as Db, ids: [] as number[], cpu: 0, sql: 0 };
  });
  try {
    for (const s of sides) {
      await ensureDatabase(s.url);
      s.db = createDb(s.url, { max: 2 });
      await migrateToLatest(s.db);
      for (const rec of records) {
        const a = articleFromRecord(rec);
        s.ids.push((await upsertArticle(s.db, articleInput(a, { url: a.canonicalUrl, fetchedAt: new Date() }))).id);
      }
    }
    const stores = [lockedOnly(pgStoryStore(sides[0]!.db)), pgStoryStore(sides[1]!.db)];
    const caches = [new FeatureCache(), new FeatureCache()];
    for (let i = 0; i < records.length; i++) {
      // Alternate which side goes first, so neither always runs on a warmer CPU.
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const s = sides[k]!;
        const n0 = statements.count;
        const t0 = cpu();
        await assignStory(stores[k]!, String(s.ids[i]), { ...DEFAULT_ASSIGN_OPTIONS, cache: caches[k]! });
        s.cpu += cpu() - t0;
        s.sql += statements.count - n0;
      }
    }
    const digests = await Promise.all(sides.map((s) => digest(s.db)));
    console.log(
      `dedupe-join round ${round + 1}: ${records.length} assignments; ` +
        sides
          .map(
            (s, k) =>
              `${s.name} ${(s.sql / records.length).toFixed(2)} statements, ${(s.cpu / records.length).toFixed(2)} CPU ms, digest ${digests[k]}`,
          )
          .join('; '),
    );
    if (digests[0] !== digests[1]) throw new Error('dedupe-join: the two paths ended in different stories');
  } finally {
    for (const s of sides) {
      await s.db?.destroy();
      await dropDatabase(s.url);
    }
  }
}

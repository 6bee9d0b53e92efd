/**
 * Dev-set evaluation of the dedupe method: runs the exact decision procedure of the db layer
 * (MemoryStoryIndex) over reposts-dev in `published` order and in shuffled arrival orders
 * (late-arriving originals), writes `{id, story}` JSONL and scores it with the shared scorer.
 *
 *   npx tsx bench/dedupe-eval.ts [--data FILE] [--pred /tmp/pred.jsonl] [--shuffles 5] [--pairs] [--stress SEED]
 *
 * The method only sees id, url, site, body and published. `story` is read by `--pairs` alone,
 * to print the similarity distribution of gold pairs vs. other candidate pairs (how the
 * thresholds in compare.ts were chosen); it never reaches the index.
 */
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { comparePair } from '../src/dedupe/compare.js';
import { dedupeFeatures, indexBands } from '../src/dedupe/features.js';
import { DEFAULT_ASSIGN_OPTIONS, type AssignOptions } from '../src/dedupe/assign-story.js';
import { MemoryStoryIndex } from '../src/dedupe/memory-index.js';
import { mulberry32 } from './mulberry32.js';
import { printedHelp } from './usage.js';

const DEFAULT_DATA = resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data', 'reposts-dev/articles.jsonl');
const SCORER = '/work/shared/tools/score-dedupe.mjs';

/** The fields the method may read. */
interface DevArticle {
  id: string;
  url: string;
  site: string | null;
  body: string;
  published: string | null;
}

function readArticles(file: string): DevArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      return {
        id: String(r.id),
        url: String(r.url ?? ''),
        site: (r.site as string) ?? null,
        body: String(r.body ?? ''),
        published: (r.published as string) ?? null,
      };
    });
}

/**
 * Harder copies for a robustness check (`--stress SEED`): every article, independently, may lose
 * a middle paragraph, get a photo caption from another article, and get its site's newsletter
 * footer — page chrome and edits that real outlets add and the dev set does not.
 */
export function stress(articles: readonly DevArticle[], seed: number): DevArticle[] {
  const rnd = mulberry32(seed);
  const paras = articles.flatMap((a) => a.body.split('\n\n')).filter((p) => p.split(' ').length > 12);
  return articles.map((a) => {
    const ps = a.body.split('\n\n');
    if (ps.length > 4 && rnd() < 0.5) ps.splice(1 + Math.floor(rnd() * (ps.length - 2)), 1);
    if (rnd() < 0.3)
      ps.splice(
        1 + Math.floor(rnd() * ps.length),
        0,
        'Photo: ' + paras[Math.floor(rnd() * paras.length)]!.split(' ').slice(0, 15).join(' '),
      );
    if (rnd() < 0.7)
      ps.push(
        `Sign up for the ${a.site} newsletter to get the latest news delivered to your inbox every morning. Follow us on Twitter and Facebook for updates.`,
      );
    return { ...a, body: ps.join('\n\n') };
  });
}

/** Runs the index over articles in the given order; returns `{id, story}` lines. */
export async function cluster(
  articles: readonly DevArticle[],
  opts: AssignOptions = DEFAULT_ASSIGN_OPTIONS,
): Promise<Array<{ id: string; story: string }>> {
  const index = new MemoryStoryIndex(opts);
  for (const a of articles)
    await index.add({
      id: a.id,
      url: a.url,
      body: a.body,
      site: a.site,
      publishedAt: a.published ? new Date(a.published) : null,
      // A date without a time ("2024-05-15"), as `wirehouse import` reads it: precision 'day'.
      ...(a.published && /^\d{4}-\d\d-\d\d$/.test(a.published.trim()) ? { publishedPrecision: 'day' as const } : {}),
    });
  return articles.map((a) => ({ id: a.id, story: index.storyOf(a.id) ?? a.id }));
}

function score(data: string, pred: string, lines: Array<{ id: string; story: string }>): string {
  writeFileSync(pred, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return execFileSync('node', [SCORER, '--gold', data, '--pred', pred, '--json', pred + '.summary.json'], { encoding: 'utf8' });
}

function summary(pred: string): string {
  const s = JSON.parse(readFileSync(pred + '.summary.json', 'utf8')) as Record<string, unknown>;
  const pick = (o: unknown, k: string): unknown => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined);
  const pw = pick(s, 'pairwise') as Record<string, number> | undefined;
  const hn = (pick(s, 'hard_negatives') ?? pick(s, 'hardNegatives')) as Record<string, number> | undefined;
  const pct = (x: number | undefined): string => (x === undefined ? '?' : (x * 100).toFixed(1));
  return `pairwise P ${pct(pw?.precision)} R ${pct(pw?.recall)} F1 ${pct(pw?.f1)}; hard negatives merged ${hn?.merged ?? '?'}/${hn?.pairs ?? '?'}`;
}

/** Similarity of gold pairs vs. other band-candidate pairs (threshold evidence). Reads gold `story`. */
function pairReport(file: string): void {
  const gold = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const r = JSON.parse(l) as { id: string; story: string };
        return [r.id, r.story] as const;
      }),
  );
  const arts = readArticles(file).map((a) => ({ a, f: dedupeFeatures(a) }));
  const bands = arts.map(({ f }) => new Set(indexBands(f)));
  const rows: string[] = [];
  let candidatePos = 0,
    totalPos = 0;
  for (let i = 0; i < arts.length; i++) {
    for (let j = i + 1; j < arts.length; j++) {
      const same = gold.get(arts[i]!.a.id) === gold.get(arts[j]!.a.id);
      const shared = [...bands[i]!].some((b) => bands[j]!.has(b));
      if (same) totalPos++;
      if (!shared && !same) continue;
      if (same && shared) candidatePos++;
      const p = comparePair(arts[i]!.f, arts[j]!.f);
      rows.push(
        `${same ? 'SAME' : 'diff'} ${shared ? 'cand' : 'miss'} R=${p.resemblance.toFixed(3)} C=${p.containment.toFixed(3)} shared=${p.shared} n=${p.shorterShingles} cover=${p.shortCover.toFixed(2)}/${p.longCover.toFixed(2)} bridge=${p.bridge ? 1 : 0} match=${p.match ? 1 : 0} ${arts[i]!.a.id} ${arts[j]!.a.id}`,
      );
    }
  }
  rows.sort();
  console.log(rows.join('\n'));
  console.log(`gold pairs sharing a band: ${candidatePos}/${totalPos}`);
}

/** Bench entry: prints the scorer's figures for published order and 5 shuffled orders. */
export async function run(argv: readonly string[] = []): Promise<void> {
  const arg = (name: string, dflt: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const data = arg('--data', DEFAULT_DATA);
  const pred = arg('--pred', '/tmp/pred.jsonl');
  if (argv.includes('--pairs')) return pairReport(data);
  const stressSeed = Number(arg('--stress', '0'));
  const articles = stressSeed ? stress(readArticles(data), stressSeed) : readArticles(data);
  const byPublished = [...articles].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.id.localeCompare(y.id));
  const t0 = performance.now();
  const lines = await cluster(byPublished);
  const ms = performance.now() - t0;
  console.log(
    `dedupe-eval: ${articles.length} articles in published order, ${ms.toFixed(0)} ms (${((articles.length / ms) * 1000).toFixed(0)} articles/s in memory)`,
  );
  console.log(score(data, pred, lines));
  const shuffles = Number(arg('--shuffles', '5'));
  for (let s = 1; s <= shuffles; s++) {
    const rnd = mulberry32(s);
    const order = [...articles];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const p = `${pred}.shuffle${s}`;
    score(data, p, await cluster(order));
    console.log(`shuffle seed ${s}: ${summary(p)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  await run(process.argv.slice(2));
}

/**
 * Versions-and-furniture evaluation (issue 10): runs the story algorithm (in memory, the exact
 * procedure the service runs on Postgres) over the generated set (bench/dedupe-versions-data.ts),
 * prints pairwise P/R/F1 per class, the shared scorer's figures (pairwise, B-cubed, hard
 * negatives) in published order and in shuffled arrival orders, and a sensitivity sweep: every
 * threshold moved down and up by ~20% on its own, to show the result does not hang on one value.
 *
 *   npx tsx bench/dedupe-versions.ts [--seed 10] [--out /tmp/versions] [--shuffles 2] [--no-sweep]
 *
 * The method reads id, url, site, body and published only; `story`, `class` and `transform` are gold.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ASSIGN_OPTIONS, type AssignOptions } from '../src/dedupe/assign-story.js';
import type { LinkThresholds } from '../src/dedupe/compare.js';
import { MemoryStoryIndex } from '../src/dedupe/memory-index.js';
import { generateVersionsSet, type DevRecord } from './dedupe-versions-data.js';
import { mulberry32 } from './mulberry32.js';
import { printedHelp } from './usage.js';

const SCORER = '/work/shared/tools/score-dedupe.mjs';

/** Clusters the records in the given order; returns id -> predicted story. */
export async function clusterRecords(
  records: readonly DevRecord[],
  opts: AssignOptions = DEFAULT_ASSIGN_OPTIONS,
): Promise<Map<string, string>> {
  const index = new MemoryStoryIndex(opts);
  for (const r of records) await index.add({ id: r.id, url: r.url, site: r.site, body: r.body, publishedAt: new Date(r.published) });
  return new Map(records.map((r) => [r.id, index.storyOf(r.id) ?? r.id]));
}

interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn };
};

/** Pairwise P/R/F1 per class: pairs with at least one article of the class. */
export function perClass(records: readonly DevRecord[], pred: ReadonlyMap<string, string>): Map<string, Prf> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i]!;
      const b = records[j]!;
      const gold = a.story === b.story;
      const predicted = pred.get(a.id) === pred.get(b.id);
      if (!gold && !predicted) continue;
      for (const cls of new Set([a.class, b.class])) {
        const c = counts.get(cls) ?? { tp: 0, fp: 0, fn: 0 };
        if (gold && predicted) c.tp++;
        else if (predicted) c.fp++;
        else c.fn++;
        counts.set(cls, c);
      }
    }
  }
  return new Map([...counts].map(([k, c]) => [k, prf(c.tp, c.fp, c.fn)]));
}

function overall(records: readonly DevRecord[], pred: ReadonlyMap<string, string>): Prf {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const gold = records[i]!.story === records[j]!.story;
      const predicted = pred.get(records[i]!.id) === pred.get(records[j]!.id);
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
  }
  return prf(tp, fp, fn);
}

const pct = (x: number): string => (x * 100).toFixed(1);

function scorer(out: string, name: string, pred: ReadonlyMap<string, string>): string {
  const file = join(out, `${name}.pred.jsonl`);
  writeFileSync(file, [...pred].map(([id, story]) => JSON.stringify({ id, story })).join('\n') + '\n');
  return execFileSync('node', [SCORER, '--gold', join(out, 'gold.jsonl'), '--pred', file, '--pairs', join(out, 'negatives.jsonl')], {
    encoding: 'utf8',
  });
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const order = [...xs];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Threshold variants for the sweep: each moved down and up on its own. */
function variants(): Array<[string, AssignOptions]> {
  const base = DEFAULT_ASSIGN_OPTIONS;
  const out: Array<[string, AssignOptions]> = [['defaults', base]];
  const moves: Array<[keyof LinkThresholds, number, number]> = [
    ['minResemblance', 0.4, 0.6],
    ['minShortCover', 0.3, 0.5],
    ['minWholeCover', 0.7, 0.9],
    ['minShared', 80, 120],
    ['minSameAgencyShared', 25, 60],
    ['minEditedRuns', 2, 4],
    ['minTopCopyShared', 40, 80],
    ['minLengthRatio', 0.03, 0.08],
    ['minBridgeLongCover', 0.4, 0.6],
    ['hubCheckShare', 0.5, 0.7],
    ['compositeMinCover', 0.5, 0.7],
  ];
  for (const [k, lo, hi] of moves) {
    for (const v of [lo, hi]) out.push([`${k}=${v}`, { ...base, thresholds: { ...base.thresholds, [k]: v } }]);
  }
  for (const v of [2, 3, 6]) out.push([`furnitureMinPages=${v}`, { ...base, furnitureMinPages: v }]);
  return out;
}

export async function run(argv: readonly string[] = []): Promise<void> {
  const arg = (name: string, d: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
  };
  const out = arg('--out', '/tmp/wirehouse-versions');
  mkdirSync(out, { recursive: true });
  const { records, negatives } = generateVersionsSet(Number(arg('--seed', '10')));
  writeFileSync(join(out, 'gold.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(out, 'negatives.jsonl'), negatives.map((n) => JSON.stringify(n)).join('\n') + '\n');
  const byTime = [...records].sort((a, b) => a.published.localeCompare(b.published));
  const t0 = performance.now();
  const pred = await clusterRecords(byTime);
  console.log(
    `dedupe-versions: ${records.length} articles, ${new Set(records.map((r) => r.story)).size} gold stories, ${negatives.length} extra hard-negative pairs; published order, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log('class        P      R      F1     (tp/fp/fn pairs)');
  for (const [cls, m] of [...perClass(records, pred)].sort()) {
    console.log(`${cls.padEnd(12)} ${pct(m.p).padStart(5)}  ${pct(m.r).padStart(5)}  ${pct(m.f1).padStart(5)}  (${m.tp}/${m.fp}/${m.fn})`);
  }
  console.log(scorer(out, 'published', pred));
  for (let s = 1; s <= Number(arg('--shuffles', '2')); s++) {
    const m = overall(records, await clusterRecords(shuffled(records, s)));
    console.log(`shuffled arrival order (seed ${s}): pairwise P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f1)}`);
  }
  if (argv.includes('--no-sweep')) return;
  console.log('\nsensitivity (published order): each threshold moved on its own');
  for (const [name, opts] of variants()) {
    const p = await clusterRecords(byTime, opts);
    const m = overall(records, p);
    const neg = negatives.filter((n) => p.get(n.a) === p.get(n.b)).length;
    console.log(`  ${name.padEnd(26)} P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f1)}  hard negatives merged ${neg}/${negatives.length}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  await run(process.argv.slice(2));
}

/**
 * The plain baseline a held-back evaluation compared us with: word 5-shingle containment
 * (shared shingles / the shorter text's) >= t, then connected components. No furniture, no
 * guards, no dates. Scored with the shared scorer at a few thresholds, and, given the method's
 * predictions (`--pred`, as bench/dedupe-eval.ts writes them), the gold pairs one gets and the
 * other misses, with the pair's containment, so a class the baseline wins can be named.
 *
 *   npx tsx bench/dedupe-baseline.ts --data FILE [--t 0.2,0.3,0.4,0.5] [--pred /tmp/pred.jsonl] [--out /tmp/baseline]
 *
 * Reads `story` only to score and to list the differing pairs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { printedHelp } from './usage.js';

const SCORER = '/work/shared/tools/score-dedupe.mjs';

interface Rec {
  id: string;
  body: string;
  story: string;
}

/** Lower-cased word 5-shingles (letters and digits; CJK as single characters, 5 in a row). */
export function shingles5(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}

/** |a ∩ b| / min(|a|, |b|); 0 when either is empty. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const s of small) if (big.has(s)) n++;
  return n / small.size;
}

/** Connected components of the pairs with containment >= t; returns id -> component id. */
export function components(ids: readonly string[], c: (i: number, j: number) => number, t: number): Map<string, string> {
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (c(i, j) >= t) parent[find(i)] = find(j);
  return new Map(ids.map((id, i) => [id, ids[find(i)]!]));
}

function readRecords(file: string): Rec[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      return { id: String(r.id), body: String(r.body ?? ''), story: String(r.story) };
    });
}

function run(argv: readonly string[]): void {
  const arg = (name: string, dflt: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const data = arg('--data', '');
  if (!data) throw new Error('--data FILE is required');
  const out = arg('--out', '/tmp/baseline');
  const recs = readRecords(data);
  const sh = recs.map((r) => shingles5(r.body));
  const n = recs.length;
  const cm: number[][] = recs.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) cm[i]![j] = cm[j]![i] = containment(sh[i]!, sh[j]!);
  const ids = recs.map((r) => r.id);
  const thresholds = arg('--t', '0.2,0.3,0.4,0.5').split(',').map(Number);
  for (const t of thresholds) {
    const comp = components(ids, (i, j) => cm[i]![j]!, t);
    const pred = `${out}-${t}.jsonl`;
    writeFileSync(pred, ids.map((id) => JSON.stringify({ id, story: comp.get(id) })).join('\n') + '\n');
    const s = execFileSync('node', [SCORER, '--gold', data, '--pred', pred, '--quiet', '--json', pred + '.summary.json'], {
      encoding: 'utf8',
    });
    const pw = (JSON.parse(readFileSync(pred + '.summary.json', 'utf8')) as { pairwise: Record<string, number> }).pairwise;
    const pct = (x: number | undefined): string => ((x ?? 0) * 100).toFixed(1);
    console.log(`containment5 >= ${t} + CC: pairwise P ${pct(pw.precision)} R ${pct(pw.recall)} F1 ${pct(pw.f1)}${s.trim() ? '' : ''}`);
  }
  const mine = arg('--pred', '');
  if (!mine) return;
  const t = Number(arg('--diff-t', String(thresholds[Math.floor(thresholds.length / 2)])));
  const comp = components(ids, (i, j) => cm[i]![j]!, t);
  const ours = new Map(
    readFileSync(mine, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const r = JSON.parse(l) as { id: string; story: string };
        return [r.id, r.story] as const;
      }),
  );
  const rows: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const gold = recs[i]!.story === recs[j]!.story;
      const base = comp.get(ids[i]!) === comp.get(ids[j]!);
      const us = ours.get(ids[i]!) === ours.get(ids[j]!);
      if (base === us) continue;
      const who = base ? 'baseline only' : 'ours only';
      rows.push(`${gold ? 'SAME' : 'diff'} ${who} C5=${cm[i]![j]!.toFixed(3)} ${ids[i]} ${ids[j]}`);
    }
  rows.sort();
  console.log(`pairs where the baseline at t=${t} and --pred differ:\n${rows.join('\n')}`);
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  run(process.argv.slice(2));
}

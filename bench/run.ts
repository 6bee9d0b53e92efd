/**
 * `npm run bench`: runs every bench module's `run()` in sequence, a header per bench; a failing
 * bench is reported and the others still run (exit code 1 at the end if any failed). What the
 * benches return is written to bench/results.json (with the machine it ran on), also when some
 * failed.
 *
 *   node dist/bench/run.js [--quick] [--only NAME[,NAME]] [other flags, passed to every bench]
 *
 * Names: feeds, extraction, fetch, dedupe-eval, dedupe-versions, dedupe-synthetic, dedupe-db, search, e2e.
 * `--quick` runs everything at a reduced size (dedupe-db at 10k only, search at 20k, the e2e bench on 60 dev
 * pages, one round each) in under 5 minutes on a quiet 2-core machine.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { printedHelp } from './usage.js';

type Bench = { run(argv?: readonly string[]): Promise<unknown> };

const BENCHES: Array<[string, () => Promise<Bench>]> = [
  ['feeds', () => import('./feeds.js')],
  ['extraction', () => import('./extraction.js')],
  ['fetch', () => import('./fetch.js')],
  ['dedupe-eval', () => import('./dedupe-eval.js')],
  ['dedupe-versions', () => import('./dedupe-versions.js')],
  ['dedupe-synthetic', () => import('./dedupe-synthetic.js')],
  ['dedupe-db', () => import('./dedupe-db.js')],
  ['dedupe-roundtrips', () => import('./dedupe-roundtrips.js')],
  ['queue-roundtrips', () => import('./queue-roundtrips.js')],
  ['search', () => import('./search.js')],
  ['e2e', () => import('./e2e.js')],
];

/** Reduced sizes for --quick; flags given on the command line come first and win. */
const QUICK: Record<string, string[]> = {
  'dedupe-eval': ['--shuffles', '1'],
  'dedupe-versions': ['--shuffles', '1'],
  'dedupe-synthetic': ['--n', '2000', '--probes', '100'],
  'dedupe-db': ['--sizes', '10000', '--probes', '100', '--imports', '300'],
  search: ['--size', '20000'],
  'queue-roundtrips': ['--rounds', '1'],
};

/** Where each bench's result goes in results.json. */
const KEY: Record<string, string> = {
  feeds: 'feeds',
  extraction: 'extraction',
  fetch: 'fetch',
  'dedupe-db': 'dedupe',
  'dedupe-roundtrips': 'dedupeRoundTrips',
  'queue-roundtrips': 'queueRoundTrips',
  search: 'search',
  e2e: 'e2e',
};

function machine(): Record<string, unknown> {
  let postgres: string | null = null;
  try {
    postgres = execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'show server_version'], {
      encoding: 'utf8',
      timeout: 5000,
    }).trim();
  } catch {
    postgres = null;
  }
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? null,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
    date: new Date().toISOString(),
  };
}

/** Runs the selected benches; returns the names of those that failed. */
export async function run(argv: readonly string[] = []): Promise<string[]> {
  const rest = [...argv];
  let only: string[] | null = null;
  const at = rest.indexOf('--only');
  if (at >= 0) {
    only = (rest[at + 1] ?? '').split(',').filter(Boolean);
    rest.splice(at, 2);
    const unknown = only.filter((n) => !BENCHES.some(([b]) => b === n));
    if (unknown.length) throw new Error(`bench: unknown bench ${unknown.join(', ')} (known: ${BENCHES.map(([b]) => b).join(', ')})`);
  }
  const quick = rest.includes('--quick');
  const results: Record<string, unknown> = { quick, machine: machine() };
  const failed: string[] = [];
  const started = performance.now();
  for (const [name, load] of BENCHES) {
    if (only && !only.includes(name)) continue;
    console.log(`\n=== ${name} ===`);
    const t0 = performance.now();
    try {
      const out = await (await load()).run(quick ? [...rest, ...(QUICK[name] ?? [])] : rest);
      if (out !== undefined && KEY[name]) results[KEY[name]] = out;
      console.log(`--- ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed.push(name);
      console.log(
        `--- ${name}: FAILED after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
  }
  results['seconds'] = Number(((performance.now() - started) / 1000).toFixed(1));
  results['failed'] = failed;
  (results['machine'] as Record<string, unknown>)['loadAverageAtEnd'] = loadavg().map((l) => Number(l.toFixed(2)));
  const file = join(import.meta.dirname, '..', '..', 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nbench: results in ${file} (${results['seconds']} s)`);
  if (failed.length) console.log(`bench: ${failed.length} failed: ${failed.join(', ')}`);
  return failed;
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  const failed = await run(process.argv.slice(2));
  process.exitCode = failed.length ? 1 : 0;
}

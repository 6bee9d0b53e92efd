/**
 * `npm run bench`: runs every bench module's `run()` in sequence, a header per bench; a failing
 * bench is reported and the others still run (exit code 1 at the end if any failed).
 *
 *   node dist/bench/run.js [--only NAME[,NAME]] [other flags, passed to every bench]
 *
 * Names: feeds, extraction, fetch, dedupe-eval, dedupe-versions, dedupe-synthetic, dedupe-db.
 */
type Bench = { run(argv?: readonly string[]): Promise<void> };

const BENCHES: Array<[string, () => Promise<Bench>]> = [
  ['feeds', () => import('./feeds.js')],
  ['extraction', () => import('./extraction.js')],
  ['fetch', () => import('./fetch.js')],
  ['dedupe-eval', () => import('./dedupe-eval.js')],
  ['dedupe-versions', () => import('./dedupe-versions.js')],
  ['dedupe-synthetic', () => import('./dedupe-synthetic.js')],
  ['dedupe-db', () => import('./dedupe-db.js')],
];

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
  const failed: string[] = [];
  for (const [name, load] of BENCHES) {
    if (only && !only.includes(name)) continue;
    console.log(`\n=== ${name} ===`);
    const t0 = performance.now();
    try {
      await (await load()).run(rest);
      console.log(`--- ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed.push(name);
      console.log(`--- ${name}: FAILED after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  if (failed.length) console.log(`\nbench: ${failed.length} failed: ${failed.join(', ')}`);
  return failed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const failed = await run(process.argv.slice(2));
  process.exitCode = failed.length ? 1 : 0;
}

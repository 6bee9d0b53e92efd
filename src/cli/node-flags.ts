/**
 * V8 flags the service's processes run with (issue 16). `--max-semi-space-size=32` gives the young
 * generation 32 MB semi-spaces instead of V8's 16: every article allocates a parsed page, its text
 * and the dedupe features, hundreds of kB that die within the job, and a bigger nursery scavenges
 * them less often. The end-to-end bench (864 pages, one process, four interleaved rounds each):
 * Node CPU per article median 26.5 -> 23.5 ms, peak RSS unchanged (bench/RESULTS.md, branch `gc`).
 *
 * V8 sizes the heap when the process starts (`v8.setFlagsFromString` later has no effect), so
 * the flag is on the command line: the bin's shebang (scripts/postbuild.mjs), `npm start`, the
 * Dockerfile's entrypoint, the documented `node ...` commands, and the worker processes that
 * `start --workers N` forks (added here if the supervisor itself was started without it).
 * test/unit/cli/node-flags.test.ts checks that every one of those places carries these flags.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** `execArgv` plus whichever service flags it lacks (a flag given by the user wins). */
export function withServiceNodeFlags(execArgv: readonly string[]): string[] {
  const missing = SERVICE_NODE_FLAGS.filter((f) => {
    const name = f.split('=')[0]!;
    return !execArgv.some((a) => a === name || a.startsWith(`${name}=`));
  });
  return [...execArgv, ...missing];
}

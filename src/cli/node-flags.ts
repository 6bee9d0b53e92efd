/**
 * V8 flags the service's processes run with (issue 16). `--max-semi-space-size=32` gives the young
 * generation 32 MB semi-spaces instead of V8's 16: every article allocates a parsed page, its text
 * and the dedupe features, hundreds of kB that die within the job, and a bigger nursery scavenges
 * them less often. The end-to-end bench (864 pages, one process, four interleaved rounds each):
 * Node CPU per article median 26.5 -> 23.5 ms, peak RSS unchanged (bench/RESULTS.md, branch `gc`).
 * `--no-regexp-tier-up` compiles a RegExp to native code on its first exec instead of first to
 * bytecode for V8's interpreter and again to native code on the next exec: the pipeline's few
 * hundred patterns (several of 3-4 KB: the agency aliases) run thousands of times each, so the
 * interpreter tier only doubled every compile in a fresh process. The end-to-end bench (240
 * articles, one process, four interleaved rounds each): Node CPU per article in the first
 * quarter median 43.5 -> 34.3 ms, first half 31.0 -> 25.8, second half unchanged (13.1, 13.3)
 * (bench/RESULTS.md, branch `rx`).
 * `--max-inlined-bytecode-size-cumulative=300` lets TurboFan inline 300 bytes of bytecode into
 * one optimized function instead of 920: a fresh process optimizes ~640 functions over its first
 * few hundred pages (tree walks with many small helpers), and the large inlined bodies cost
 * background compile time that warm code barely repays. The end-to-end bench (864 pages, three
 * interleaved rounds each): Node CPU per article median 19.8 -> 18.6 ms with one process and
 * 25.2 -> 22.5 with two (each pays its own warm-up); a fresh process's first three passes over
 * the 216 dev pages (extractArticle, all threads) 31.0 -> 28.5 ms/page (bench/RESULTS.md, eighth
 * round).
 *
 * V8 sizes the heap when the process starts (`v8.setFlagsFromString` later has no effect), so
 * the flags are on the command line: the bin's shebang (scripts/postbuild.mjs), `npm start`, the
 * Dockerfile's entrypoint, the documented `node ...` commands, and the worker processes that
 * `start --workers N` forks (added here if the supervisor itself was started without it).
 * test/unit/cli/node-flags.test.ts checks that every one of those places carries these flags.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = [
  '--max-semi-space-size=32',
  '--no-regexp-tier-up',
  '--max-inlined-bytecode-size-cumulative=300',
];

/** A V8 flag's name without its value or `no-` (`--no-regexp-tier-up` and `--regexp-tier-up` are one flag). */
const flagName = (arg: string): string => arg.split('=')[0]!.replace(/^--no-/, '--');

/** `execArgv` plus whichever service flags it lacks (a flag given by the user, either way, wins). */
export function withServiceNodeFlags(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.map(flagName));
  return [...execArgv, ...SERVICE_NODE_FLAGS.filter((f) => !given.has(flagName(f)))];
}

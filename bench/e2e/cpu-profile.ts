/**
 * Splits a V8 .cpuprofile (node --cpu-prof) of the service into cost centres: runtime and library
 * costs by the leaf-most frame that names one (gzip, pg client, Kysely, BullMQ/ioredis, undici,
 * logging, GC), else the outermost wirehouse stage on the stack (extract, parseFeed, dedupe,
 * decode/normalize, fetch), else the glue in workers/ and src/db. Idle time is left out.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const LEAF_RULES: Array<[RegExp, string]> = [
  [/^\(garbage collector\)$/, 'gc'],
  [/^(minhash|fullFingerprint)$/, 'MinHash fingerprint'],
];
const URL_LEAF_RULES: Array<[RegExp, string]> = [
  [/^node:zlib$/, 'zlib (gzip/gunzip)'],
  [/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//, 'pg client'],
  [/node_modules\/kysely\//, 'kysely'],
  [/node_modules\/(bullmq|ioredis|msgpackr|cron-parser|@ioredis)\//, 'bullmq/ioredis'],
  [/node_modules\/undici\//, 'http (undici)'],
  [/node_modules\/(pino|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|on-exit-leak-free)\//, 'logging'],
  [/node_modules\/prom-client\/|\/dist\/src\/ops\//, 'metrics'],
];
const STAGES: Array<[RegExp, string]> = [
  [/\/dist\/src\/extract\//, 'extractArticle'],
  [/\/dist\/src\/feeds\//, 'parseFeed'],
  [/\/dist\/src\/dedupe\//, 'dedupe features/compare'],
  [/\/dist\/src\/normalize\//, 'decode/normalize'],
  [/\/dist\/src\/fetch\//, 'fetch'],
  [/\/dist\/src\/schedule\//, 'schedule'],
];

function classify(stack: ProfileNode[]): string | null {
  // stack[0] is the leaf.
  for (const n of stack) {
    const { functionName, url } = n.callFrame;
    if (functionName === '(idle)') return null;
    if (functionName === '(program)') return 'v8 (program)';
    for (const [re, name] of LEAF_RULES) if (re.test(functionName)) return name;
    for (const [re, name] of URL_LEAF_RULES) if (re.test(url)) return name;
    if (/\/dist\/(src|workers)\//.test(url)) break;
  }
  let stage: string | null = null;
  for (const n of stack) for (const [re, name] of STAGES) if (re.test(n.callFrame.url)) stage = name;
  if (stage) return stage;
  if (stack.some((n) => /\/dist\/(src\/db|workers)\//.test(n.callFrame.url))) return 'workers/db glue';
  return 'node internals/other';
}

/**
 * Milliseconds of CPU per cost centre in the profile (idle excluded); with `windowUs`, only the
 * samples taken in it (CLOCK_MONOTONIC microseconds, V8's profile clock on Linux: the bench's
 * `process.hrtime`), so a process's start-up and shutdown are left out.
 */
export function costCentres(path: string, windowUs?: readonly [number, number]): Map<string, number> {
  const p = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, string | null>();
  const categoryOf = (id: number): string | null => {
    if (memo.has(id)) return memo.get(id)!;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
    const c = classify(stack);
    memo.set(id, c);
    return c;
  };
  const out = new Map<string, number>();
  let at = p.startTime;
  p.samples.forEach((id, i) => {
    at += p.timeDeltas[i] ?? 0;
    if (windowUs && (at < windowUs[0] || at > windowUs[1])) return;
    const c = categoryOf(id);
    if (c) out.set(c, (out.get(c) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

/**
 * What BullMQ's per-job options cost the Redis server (issue 16, branch `rq`): N fetch-article
 * jobs added 50 at a time and run by a worker whose processor does nothing, once per variant of
 * the options, the variants interleaved round by round; redis-server's CPU per job from /proc, its
 * commands and Lua scripts per job (INFO commandstats), and this process's CPU per job (producer
 * and worker). Variants: `base` (src/queues.ts jobOptions, fair priority, the fetch job's usual
 * return value), `removeOnComplete` (completed jobs deleted at once), `countOnly` (no age trim),
 * `noPriority`, `steadyState` (the completed set already at its count cap, so every completion
 * also removes the oldest: what a long-running service pays once 10,000 jobs completed).
 *
 *   node dist/bench/queue-options.js [--jobs 3000] [--rounds 3] [--only base,noPriority]
 *
 * Redis: BENCH_REDIS_URL or redis://127.0.0.1:6379 (unique prefixes, obliterated after). The CPU
 * and commands are server-wide: use a private redis-server when others share the default one.
 */
import { Queue, Worker, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { cpuMs } from './e2e/proc-stats.js';
import { callsSince, commandCalls, redisServerPid } from './e2e/redis-stats.js';
import { QUEUE, fairPriority, jobOptions } from '../src/queues.js';
import { printedHelp } from './usage.js';

// The service's defaults (JOB_ATTEMPTS, JOB_BACKOFF_BASE_MS, JOB_BACKOFF_MAX_MS).
const base = jobOptions({ attempts: 10, backoffBaseMs: 5_000, backoffMaxMs: 3_600_000 });
// A fetch-article job's return value as the service stores it (about 230 bytes).
const outcome = {
  articleId: 240,
  version: 1,
  changed: true,
  story: { storyId: 65, role: 'original', method: 'new', score: 1, comparedArticleId: null, created: true, existing: false, merged: [] },
};

interface Variant {
  opts: JobsOptions;
  priority: boolean;
  /** Completed jobs made before the measured ones. */
  prefill?: number;
}

const VARIANTS: Record<string, Variant> = {
  base: { opts: base, priority: true },
  removeOnComplete: { opts: { ...base, removeOnComplete: true }, priority: true },
  countOnly: { opts: { ...base, removeOnComplete: { count: 10_000 } }, priority: true },
  noPriority: { opts: base, priority: false },
  // The cap is 1,000 here instead of 10,000 so the fill stays short; the per-completion work is the same.
  steadyState: { opts: { ...base, removeOnComplete: { age: 24 * 3600, count: 1000 } }, priority: true, prefill: 1000 },
};

async function runJobs(q: Queue, w: Worker, n: number, priority: boolean, idOf: (i: number) => string): Promise<void> {
  let done = 0;
  let wake: () => void = () => {};
  const finished = new Promise<void>((r) => (wake = r));
  const onDone = () => ++done === n && wake();
  w.on('completed', onDone);
  w.on('failed', onDone);
  for (let i = 0; i < n; i += 50)
    await q.addBulk(
      Array.from({ length: Math.min(50, n - i) }, (_, j) => ({
        name: 'fetch',
        data: { url: `http://bench.invalid/news/${i + j}.html`, feedId: 1, guid: `g${i + j}` },
        opts: { jobId: idOf(i + j), ...(priority ? { priority: fairPriority(j) } : {}) },
      })),
    );
  await finished;
  w.off('completed', onDone);
  w.off('failed', onDone);
}

async function measure(name: string, v: Variant, jobs: number, redisUrl: string, admin: Redis, pid: number | null) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const prefix = `wh-bench-queue-options-${name}-${process.pid}-${Date.now()}`;
  const q = new Queue(QUEUE.fetchArticle, { connection, prefix, defaultJobOptions: v.opts });
  const w = new Worker(QUEUE.fetchArticle, async () => outcome, { connection, prefix, concurrency: 8 });
  try {
    await w.waitUntilReady();
    if (v.prefill) await runJobs(q, w, v.prefill, v.priority, (i) => `article-pre-${i}`);
    await new Promise((r) => setTimeout(r, 200)); // the worker back in its blocking wait
    const calls0 = await commandCalls(admin);
    const redis0 = pid === null ? null : cpuMs(pid);
    const node0 = process.cpuUsage();
    await runJobs(q, w, jobs, v.priority, (i) => `article-${i}`);
    const node = process.cpuUsage(node0);
    const redis1 = pid === null ? null : cpuMs(pid);
    const calls = callsSince(calls0, await commandCalls(admin));
    calls.delete('info');
    const commands = [...calls.values()].reduce((a, b) => a + b, 0);
    const scripts = (calls.get('evalsha') ?? 0) + (calls.get('eval') ?? 0);
    return {
      redisUsPerJob: redis0 === null || redis1 === null ? null : ((redis1 - redis0) * 1000) / jobs,
      commandsPerJob: commands / jobs,
      scriptsPerJob: scripts / jobs,
      nodeUsPerJob: (node.user + node.system) / jobs,
    };
  } finally {
    await w.close();
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
    connection.disconnect();
  }
}

export async function run(argv: readonly string[] = []): Promise<Record<string, unknown>> {
  const flag = (f: string) => (argv.includes(f) ? argv[argv.indexOf(f) + 1] : undefined);
  const jobs = Number(flag('--jobs') ?? 3000);
  const rounds = Number(flag('--rounds') ?? 3);
  const names = (flag('--only') ?? Object.keys(VARIANTS).join(',')).split(',');
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const admin = new Redis(redisUrl);
  const pid = await redisServerPid(admin);
  const by = new Map<string, Array<Awaited<ReturnType<typeof measure>>>>();
  try {
    for (let r = 0; r < rounds; r++)
      for (const name of names) {
        const m = await measure(name, VARIANTS[name]!, jobs, redisUrl, admin, pid);
        by.set(name, [...(by.get(name) ?? []), m]);
        console.log(
          `queue-options ${name.padEnd(16)} round ${r + 1}: redis-server ${m.redisUsPerJob === null ? 'n/a' : m.redisUsPerJob.toFixed(0)} us/job, ${m.commandsPerJob.toFixed(1)} commands, ${m.scriptsPerJob.toFixed(2)} scripts/job; node ${m.nodeUsPerJob.toFixed(0)} us/job`,
        );
      }
  } finally {
    admin.disconnect();
  }
  // The least of the rounds: the machine's load only ever adds.
  const min = (xs: Array<number | null>) => (xs.some((x) => x === null) ? null : Math.round(Math.min(...(xs as number[]))));
  const out = Object.fromEntries(
    [...by].map(([name, ms]) => [
      name,
      {
        redisUsPerJob: min(ms.map((m) => m.redisUsPerJob)),
        nodeUsPerJob: min(ms.map((m) => m.nodeUsPerJob)),
        commandsPerJob: Number(ms[0]!.commandsPerJob.toFixed(1)),
        scriptsPerJob: Number(ms[0]!.scriptsPerJob.toFixed(2)),
      },
    ]),
  );
  console.log(`queue-options least of ${rounds} rounds: ${JSON.stringify(out)}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url))
  await run(process.argv.slice(2));

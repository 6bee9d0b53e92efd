/**
 * Soak: the service left running against a wire that never stops publishing, to see what a
 * background service's user sees after hours: does memory settle (Node processes, Redis,
 * Postgres per article), does it keep up, does anything fail. The e2e bench measures a burst of
 * a few thousand articles; this one measures the steady state.
 *
 *   node dist/bench/soak.js [--minutes 10] [--rate 20] [--workers N] [--sample-seconds 10] [--trace-gc] [--json FILE]
 *   npm run bench:soak -- --minutes 30
 *
 * The wire (soak/rolling-wire.ts) publishes `--rate` articles a second: every 2 s an edition of
 * dev pages in four versions each on four of 20 hosts under new URLs, listed by 50 feeds that
 * keep the last 15 editions (30 s). The service runs as `npm start` runs it (`start --workers N`, the
 * default layout) with the default politeness (2 requests per host, 1 s apart: a bound of 40
 * articles/s on 20 hosts, of which the polls take ~10), polling each feed every 5-10 s, in a fresh database and queue prefix.
 * Every sample reads each process's resident memory (VmRSS), Redis's used_memory, the database's
 * size, articles stored and placed in stories, the queues' backlog and failed jobs. The summary
 * gives each process's memory growth over the run's second half (MB per minute, least squares):
 * a settled service shows ~0. BullMQ keeps the last 10,000 completed jobs per queue
 * (src/queues.ts), so Redis grows until each queue holds that many, then stays.
 *
 * `--trace-gc` runs the service with V8's `--trace-gc` and reads, for each isolate (each process's
 * main thread and its extraction thread), the live heap after every full (mark-compact) GC: what
 * is still reachable, as against RSS, which also holds garbage V8 has not yet needed to collect.
 *
 * Postgres: BENCH_PG_SERVER or postgres://postgres@127.0.0.1:5432; Redis: BENCH_REDIS_URL or
 * redis://127.0.0.1:6379. Not part of `npm run bench` (it runs for minutes by design).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { dropDatabase } from '../src/db/db.js';
import { QUEUE } from '../src/queues.js';
import { defaultWorkers } from '../src/config.js';
import { cpuMs } from './e2e/proc-stats.js';
import { migratedDatabase, scanKeys } from './e2e/scenario.js';
import { startServiceProcesses } from './e2e/service-processes.js';
import { startRollingWire } from './soak/rolling-wire.js';
import { printedHelp } from './usage.js';

interface Sample {
  seconds: number;
  published: number;
  stored: number;
  placed: number;
  backlog: number;
  failed: number;
  rssMb: number[];
  cpuPercent: number;
  redisMb: number;
  pgMb: number;
}

export interface SoakResult {
  minutes: number;
  ratePerSecond: number;
  processes: number;
  published: number;
  placed: number;
  articlesPerSecond: number;
  /** Articles published but not yet placed in a story when the run ended. */
  lagAtEnd: number;
  failedJobs: number;
  failedByCode: Record<string, number>;
  /** Per process: resident memory after the first minute, at its highest, at the end, and its growth over the second half. */
  rss: Array<{ afterFirstMinuteMb: number; maxMb: number; endMb: number; secondHalfMbPerMinute: number }>;
  redis: { startMb: number; endMb: number; secondHalfMbPerMinute: number; keysAtEnd: number };
  /** The database at the end: its size, per article stored, and the largest tables (with their indexes and TOAST) per article. */
  postgres: { endMb: number; kbPerArticle: number; kbPerArticleByTable: Record<string, number> };
  /** With --trace-gc: per isolate, the live heap after full GCs (after the first minute, at the end) and its growth over the second half. */
  liveHeap?: Array<{ isolate: string; fullGcs: number; afterFirstMinuteMb: number; endMb: number; secondHalfMbPerMinute: number }>;
  samples: Sample[];
}

/**
 * Live heap after each mark-compact, by isolate, from `--trace-gc` lines such as
 * `[123:0x5d0c…]   61234 ms: Mark-Compact 245.3 (262.6) -> 204.2 (264.1) MB, …` (the time is
 * since that isolate started; the isolate's address tells a process's threads apart).
 */
function liveHeapByIsolate(log: string, minutes: number): NonNullable<SoakResult['liveHeap']> {
  const by = new Map<string, Array<{ min: number; mb: number }>>();
  for (const m of log.matchAll(/^\[(\d+:0x[0-9a-f]+)\]\s+(\d+) ms: Mark-Compact(?: \([^)]*\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/gm)) {
    const list = by.get(m[1]!) ?? [];
    list.push({ min: Number(m[2]) / 60_000, mb: Number(m[3]) });
    by.set(m[1]!, list);
  }
  return [...by].map(([isolate, gcs]) => {
    const late = gcs.filter((g) => g.min >= minutes / 2);
    const after = gcs.find((g) => g.min >= 1) ?? gcs[0]!;
    return {
      isolate,
      fullGcs: gcs.length,
      afterFirstMinuteMb: after.mb,
      endMb: gcs.at(-1)!.mb,
      secondHalfMbPerMinute: Number(
        slope(
          late.map((g) => g.min),
          late.map((g) => g.mb),
        ).toFixed(2),
      ),
    };
  });
}

function arg(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`soak: ${name} needs a positive number`);
  return n;
}

/** Least-squares slope of y over x (per unit of x). */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n,
    my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0,
    den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

const rssMb = (pid: number): number => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

export async function run(argv: readonly string[] = []): Promise<SoakResult> {
  const minutes = arg(argv, '--minutes', 10);
  const rate = arg(argv, '--rate', 20);
  const processes = arg(argv, '--workers', defaultWorkers());
  const sampleSeconds = arg(argv, '--sample-seconds', 10);
  const traceGc = argv.includes('--trace-gc');
  const pgServer = process.env['BENCH_PG_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const dataDir = resolve(process.env['WIREHOUSE_DATA'] ?? '../shared/data');

  const id = randomBytes(4).toString('hex');
  const directUrl = `${pgServer}/wh_bench_soak_${id}`;
  const prefix = `wh-bench-soak-${id}`;
  const admin = await migratedDatabase(directUrl);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queues = [QUEUE.pollFeed, QUEUE.fetchArticle, QUEUE.dedupe].map((n) => new Queue(n, { connection: redis, prefix }));
  const wire = await startRollingWire({ dataDir, ratePerSecond: rate, editionSeconds: 2, keepEditions: 15 });
  const workDir = mkdtempSync(join(tmpdir(), 'wh-soak-'));
  const procs = await startServiceProcesses({
    count: processes,
    logDir: workDir,
    nodeArgs: traceGc ? ['--trace-gc'] : [],
    env: {
      DATABASE_URL: directUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      ALLOW_PRIVATE_HOSTS: [...wire.hosts, '127.0.0.1'].join(','),
      SCHEDULER_TICK_MS: '1000',
      // Polls count against the hosts' budgets like pages: every 5-10 s leaves ~30 of the 40 requests a second for pages.
      POLL_INTERVAL_SECONDS: '5',
      POLL_MIN_INTERVAL_SECONDS: '5',
      POLL_MAX_INTERVAL_SECONDS: '10',
      PORT: '0',
      AUTO_MIGRATE: 'false',
      LOG_LEVEL: 'info',
    },
  });
  const samples: Sample[] = [];
  try {
    const redisMb = async () => Number(/^used_memory:(\d+)/m.exec(await redis.info('memory'))?.[1] ?? 0) / 2 ** 20;
    const counts = async () =>
      (
        await admin.query(
          `select (select count(*) from articles) as stored, (select count(*) from story_members) as placed, pg_database_size(current_database()) as size`,
        )
      ).rows[0] as { stored: string; placed: string; size: string };
    await admin.query(`insert into feeds (url) select unnest($1::text[])`, [wire.feedUrls]);
    const t0 = Date.now();
    const end = t0 + minutes * 60_000;
    let cpuPrev = procs.pids.reduce((s, p) => s + (cpuMs(p) ?? 0), 0),
      tPrev = t0;
    console.log(`soak: ${minutes} min at ${rate} articles/s, ${processes} process(es); samples every ${sampleSeconds} s`);
    console.log('   min  published   stored   placed  backlog failed  cpu%  rss MB (per process)   redis MB    pg MB');
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, Math.min(sampleSeconds * 1000, end - Date.now())));
      let backlog = 0,
        failed = 0;
      for (const q of queues) {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
        backlog += (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
        failed += c.failed ?? 0;
      }
      const c = await counts();
      const now = Date.now();
      const cpu = procs.pids.reduce((s, p) => s + (cpuMs(p) ?? 0), 0);
      const s: Sample = {
        seconds: (now - t0) / 1000,
        published: wire.published(),
        stored: Number(c.stored),
        placed: Number(c.placed),
        backlog,
        failed,
        rssMb: procs.pids.map((p) => Math.round(rssMb(p))),
        cpuPercent: Math.round(((cpu - cpuPrev) / (now - tPrev)) * 100),
        redisMb: Number((await redisMb()).toFixed(1)),
        pgMb: Math.round(Number(c.size) / 2 ** 20),
      };
      [cpuPrev, tPrev] = [cpu, now];
      samples.push(s);
      console.log(
        `${(s.seconds / 60).toFixed(1).padStart(6)} ${String(s.published).padStart(10)} ${String(s.stored).padStart(8)} ${String(s.placed).padStart(8)} ${String(s.backlog).padStart(8)} ${String(s.failed).padStart(6)} ${String(s.cpuPercent).padStart(5)}  ${s.rssMb.join(' + ').padEnd(20)} ${s.redisMb.toFixed(1).padStart(9)} ${String(s.pgMb).padStart(8)}`,
      );
    }
    const failedByCode: Record<string, number> = {};
    for (const q of queues)
      for (const j of await q.getFailed(0, 999)) {
        const code = j.failedReason.split(':')[0]!;
        failedByCode[code] = (failedByCode[code] ?? 0) + 1;
      }
    const last = samples.at(-1)!;
    const secondHalf = samples.filter((s) => s.seconds >= last.seconds / 2);
    const mins = secondHalf.map((s) => s.seconds / 60);
    const firstMinute = samples.find((s) => s.seconds >= 60) ?? samples[0]!;
    const result: SoakResult = {
      minutes,
      ratePerSecond: rate,
      processes,
      published: last.published,
      placed: last.placed,
      articlesPerSecond: Number((last.placed / last.seconds).toFixed(1)),
      lagAtEnd: last.published - last.placed,
      failedJobs: last.failed,
      failedByCode,
      rss: procs.pids.map((_, i) => ({
        afterFirstMinuteMb: firstMinute.rssMb[i]!,
        maxMb: Math.max(...samples.map((s) => s.rssMb[i]!)),
        endMb: last.rssMb[i]!,
        secondHalfMbPerMinute: Number(
          slope(
            mins,
            secondHalf.map((s) => s.rssMb[i]!),
          ).toFixed(2),
        ),
      })),
      redis: {
        startMb: samples[0]!.redisMb,
        endMb: last.redisMb,
        secondHalfMbPerMinute: Number(
          slope(
            mins,
            secondHalf.map((s) => s.redisMb),
          ).toFixed(2),
        ),
        keysAtEnd: await scanKeys(redis, `${prefix}*`, false),
      },
      postgres: {
        endMb: last.pgMb,
        kbPerArticle: Number(((last.pgMb * 1024) / Math.max(1, last.stored)).toFixed(1)),
        kbPerArticleByTable: Object.fromEntries(
          (
            await admin.query(
              `select relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname = 'public' and c.relkind = 'r' order by 2 desc limit 8`,
            )
          ).rows.map((r: { name: string; bytes: string }) => [
            r.name,
            Number((Number(r.bytes) / 1024 / Math.max(1, last.stored)).toFixed(1)),
          ]),
        ),
      },
      samples,
    };
    if (traceGc) {
      result.liveHeap = liveHeapByIsolate(procs.logs().join(''), minutes);
      for (const h of result.liveHeap)
        console.log(
          `soak: isolate ${h.isolate} live heap after full GC ${h.afterFirstMinuteMb} MB after 1 min, ${h.endMb} at the end (${h.fullGcs} full GCs); second half ${h.secondHalfMbPerMinute} MB/min`,
        );
    }
    console.log(
      `soak: ${result.placed} of ${result.published} published articles placed (${result.articlesPerSecond}/s, ${result.lagAtEnd} behind at the end), ${result.failedJobs} failed jobs ${JSON.stringify(failedByCode)}`,
    );
    result.rss.forEach((r, i) =>
      console.log(
        `soak: process ${i + 1} RSS ${r.afterFirstMinuteMb} MB after 1 min, max ${r.maxMb}, end ${r.endMb}; second half ${r.secondHalfMbPerMinute} MB/min`,
      ),
    );
    console.log(
      `soak: Redis ${result.redis.startMb} -> ${result.redis.endMb} MB (second half ${result.redis.secondHalfMbPerMinute} MB/min, ${result.redis.keysAtEnd} keys); Postgres ${result.postgres.endMb} MB, ${result.postgres.kbPerArticle} kB per article (${Object.entries(
        result.postgres.kbPerArticleByTable,
      )
        .map(([t, kb]) => `${t} ${kb}`)
        .join(', ')})`,
    );
    console.log(
      `soak: wire answered ${wire.requests.feeds} feed and ${wire.requests.pages} page requests, ${wire.requests.notFound} unknown (robots.txt included)`,
    );
    return result;
  } finally {
    const codes = await procs.stop();
    if (codes.some((c) => c !== 0)) console.log(`soak: service exit codes ${codes.join(', ')}; log in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
    await wire.close();
    await Promise.all(queues.map((q) => q.close()));
    await scanKeys(redis, `${prefix}*`, true);
    redis.disconnect();
    await admin.end();
    await dropDatabase(directUrl);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) {
  const argv = process.argv.slice(2);
  const out = await run(argv);
  const at = argv.indexOf('--json');
  if (at >= 0 && argv[at + 1]) writeFileSync(argv[at + 1]!, `${JSON.stringify(out, null, 2)}\n`);
}

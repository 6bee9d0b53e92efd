/**
 * One end-to-end round: a fresh database and queue prefix, the service started as users start it
 * (env config, `start` + `worker` processes), 50 feeds added at t0,
 * and the round ends when every feed was polled and the poll, fetch and dedupe queues are empty.
 * Everything is measured from t0 to that moment.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createDb, dropDatabase, ensureDatabase } from '../../src/db/db.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { ALL_QUEUES, QUEUE, type QueueName } from '../../src/queues.js';
import { CpuTally, cpuMs, peakRssMb } from './proc-stats.js';
import { callsSince, commandCalls, redisServerPid } from './redis-stats.js';
import { startServiceProcesses } from './service-processes.js';
import type { StatementCounter } from './statement-counter.js';

export interface ScenarioOptions {
  name: string;
  processes: number;
  /** Default politeness (2 per host, 1 s apart) instead of relaxed (64 per host, no delay). */
  polite: boolean;
  feedUrls: string[];
  hosts: string[];
  pgServer: string;
  redisUrl: string;
  /**
   * Route the service's Postgres connections through this statement counter. The proxy costs CPU
   * on the same cores (every byte of every result passes through it), so rounds whose rate is
   * reported connect directly and one round is counted (see e2e.ts).
   */
  counter?: StatementCounter | undefined;
  workDir: string;
  timeoutMs: number;
  /** Write a V8 CPU profile of the first process into workDir/<name>. */
  profile?: boolean;
  /** Extra Node/V8 flags for the service's processes (an A/B of flags; the workers inherit them). */
  nodeArgs?: string[] | undefined;
  /** Extra environment for the service (an A/B of settings, e.g. EXTRACT_THREADS). */
  env?: Record<string, string> | undefined;
  /** The service's LOG_LEVEL (info); at debug the round also counts the jobs delayed because their host was busy. */
  logLevel?: string;
}

export interface ScenarioResult {
  name: string;
  processes: number;
  polite: boolean;
  seconds: number;
  articles: number;
  stories: number;
  failedJobs: number;
  /** Failed jobs by error code (the code leads BullMQ's failedReason). */
  failedByCode: Record<string, number>;
  articlesPerSecond: number;
  /**
   * Articles placed per second over the round's second half (from the moment half of them were
   * placed to the last): the processes are warm by then, so this is the nearer figure for a
   * service that stays up; the whole-round figure charges each process's warm-up to this round.
   */
  articlesPerSecondSecondHalf: number;
  /** Dedupe against the wire's truth (`/news/<base>-<version>.html`): stories holding two dev pages, dev pages split over stories. */
  mixedStories: number;
  splitPages: number;
  latencyMs: { storedP50: number; storedP95: number; storyP50: number; storyP95: number };
  nodeCpuMsPerArticle: number;
  /** The same by process (`start` first, then its workers). */
  nodeCpuMsPerArticleByProcess: number[];
  /**
   * The part of it on the processes' main (JavaScript) threads; the rest ran on V8's helper
   * threads (optimizing compiles, concurrent GC) and libuv's pool.
   */
  nodeMainThreadCpuMsPerArticle: number;
  /**
   * Node CPU per article over the round's second half (from the sample where half the articles
   * were placed to the end): a process's warm-up (lazy compilation, JIT, first connections) is a
   * fixed cost that the first articles pay, once per process.
   */
  nodeCpuMsPerArticleSecondHalf: number;
  /** The same over the first half (t0 to that sample). */
  nodeCpuMsPerArticleFirstHalf: number;
  /** By quarter of the articles (the last one is the nearest to a long-running service). */
  nodeCpuMsPerArticleByQuarter: number[];
  pgCpuMsPerArticle: number;
  /** redis-server's CPU over the measured span, per article; null when its /proc entry is not readable here. */
  redisCpuMsPerArticle: number | null;
  /**
   * Redis commands per article (INFO commandstats over the span, commands run inside Lua scripts
   * included, the bench's own queue polls and INFO calls left out); server-wide, like the CPU.
   */
  redisCommandsPerArticle: number;
  /** Script calls (evalsha + eval) per article: BullMQ's and the host budget's. */
  redisScriptsPerArticle: number;
  /** Redis commands per article by command name, most first. */
  redisByCommand: Array<[string, number]>;
  /**
   * Jobs added per article by queue (BullMQ's id counter, one per add, a duplicate id included):
   * `scheduler` is the ticks, SCHEDULER_TICK_MS 200 here (5000 by default), so its share grows
   * with the round's length, and with it the commands and scripts per article.
   */
  jobsPerArticle: Record<QueueName, number>;
  /** NaN when the round was not counted (no `counter`). */
  sqlStatementsPerArticle: number;
  /** CPU of the bench process itself (wire server, its polling, the statement counter if used). */
  benchCpuMsPerArticle: number;
  /** Statements per article by statement text (the counter's labels), most first. */
  sqlByStatement: Array<[string, number]>;
  commitsPerArticle: number;
  /** Jobs put back because their host was busy, per article (counted from debug logs; null below debug). */
  hostBusyDelaysPerArticle: number | null;
  peakRssMb: number[];
  profileDir?: string | undefined;
  /** The measured span, t0 to the end, in CLOCK_MONOTONIC microseconds (the profiles' clock). */
  windowUs: [number, number];
  /** When half the articles were placed (the sample `nodeCpuMsPerArticleSecondHalf` starts at), same clock. */
  halfUs: number;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

async function queuesIdle(queues: Queue[]): Promise<{ idle: boolean; failed: number }> {
  let busy = 0,
    failed = 0;
  for (const q of queues) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed');
    busy += (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0);
    failed += c.failed ?? 0;
  }
  return { idle: busy === 0, failed };
}

/** Runs one round and removes its database and Redis keys afterwards. */
export async function runScenario(o: ScenarioOptions): Promise<ScenarioResult> {
  const id = randomBytes(4).toString('hex');
  const dbName = `wh_bench_e2e_${id}`;
  const directUrl = `${o.pgServer}/${dbName}`;
  const prefix = `wh-bench-e2e-${id}`;
  const admin = await migratedDatabase(directUrl);
  const redis = new Redis(o.redisUrl, { maxRetriesPerRequest: null });
  const queues = [QUEUE.pollFeed, QUEUE.fetchArticle, QUEUE.dedupe].map((n) => new Queue(n, { connection: redis, prefix }));
  const profileDir = o.profile ? join(o.workDir, `${o.name}-profile`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const logDir = join(o.workDir, o.name);
  mkdirSync(logDir, { recursive: true });
  const proxied = new URL(directUrl);
  if (o.counter) proxied.port = String(o.counter.port);
  const procs = await startServiceProcesses({
    count: o.processes,
    logDir,
    nodeArgs: [...(o.nodeArgs ?? []), ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])],
    env: {
      DATABASE_URL: proxied.toString(),
      REDIS_URL: o.redisUrl,
      QUEUE_PREFIX: prefix,
      ALLOW_PRIVATE_HOSTS: [...o.hosts, '127.0.0.1'].join(','),
      SCHEDULER_TICK_MS: '200',
      PORT: '0',
      AUTO_MIGRATE: 'false',
      LOG_LEVEL: o.logLevel ?? 'info',
      ...(o.polite ? {} : { HOST_MIN_DELAY_MS: '0', HOST_CONCURRENCY: '64' }),
      ...o.env,
    },
  });
  try {
    const xacts = async () =>
      Number((await admin.query(`select xact_commit + xact_rollback as n from pg_stat_database where datname = $1`, [dbName])).rows[0].n);
    const backends = async () =>
      (await admin.query(`select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [dbName])).rows.map(
        (r: { pid: number }) => r.pid,
      );
    const pgCpu = new CpuTally();
    pgCpu.sample(await backends());
    const x0 = await xacts();
    const redisPid = await redisServerPid(redis);
    const jobCounters = async () => Promise.all(ALL_QUEUES.map(async (q) => Number((await redis.get(`${prefix}:${q}:id`)) ?? 0)));
    const jobs0 = await jobCounters(); // read before the commands are counted (after, at the end)
    const calls0 = await commandCalls(redis);
    const redisCpu0 = redisPid === null ? null : cpuMs(redisPid);
    const cpu0 = procs.pids.map((p) => cpuMs(p) ?? 0);
    const mainCpu0 = procs.pids.map((p) => cpuMs(p, true) ?? 0);
    const from = Number(process.hrtime.bigint() / 1000n);
    o.counter?.reset();
    const benchCpu0 = process.cpuUsage();
    const t0 = (await admin.query(`insert into feeds (url) select unnest($1::text[]) returning now() as t`, [o.feedUrls])).rows[0]
      .t as Date;
    const deadline = Date.now() + o.timeoutMs;
    let failed = 0;
    let polls = 0;
    const placed = async () => Number((await admin.query(`select count(*) as n from story_members`)).rows[0].n);
    const totalCpu = () => procs.pids.reduce((s, p, i) => s + ((cpuMs(p) ?? 0) - cpu0[i]!), 0);
    const marks: Array<{ placed: number; cpu: number; us: number }> = [];
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      marks.push({ cpu: totalCpu(), us: Number(process.hrtime.bigint() / 1000n), placed: await placed() });
      pgCpu.sample(await backends());
      const polled = Number((await admin.query(`select count(distinct feed_id) as n from feed_fetches`)).rows[0].n);
      if (Date.now() > deadline) throw new Error(`e2e bench ${o.name}: not done after ${o.timeoutMs / 1000} s (${polled} feeds polled)`);
      // The round cannot end before every feed was polled, nor while articles are still being
      // placed, so the queues are read only then: each read is 3 BullMQ scripts on the server under
      // measurement (at 4 reads a second, 1 in 10 of a 60-page round's scripts when read throughout).
      const growing = marks.length > 1 && marks.at(-1)!.placed > marks.at(-2)!.placed;
      if (polled < o.feedUrls.length || growing) continue;
      const q = await queuesIdle(queues);
      polls++;
      failed = q.failed;
      if (q.idle) break;
    }
    const statements = o.counter ? o.counter.statements() : NaN;
    const byStatement = o.counter ? o.counter.byStatement() : [];
    const benchCpu = process.cpuUsage(benchCpu0);
    const redisCpu1 = redisPid === null ? null : cpuMs(redisPid);
    const calls1 = await commandCalls(redis);
    const jobs1 = await jobCounters();
    // The bench's own polls ran the same commands each time: one more, counted alone, is taken
    // off `polls` times (INFO itself is left out).
    await queuesIdle(queues);
    const perPoll = callsSince(calls1, await commandCalls(redis));
    const redisCalls = callsSince(calls0, calls1);
    redisCalls.delete('info');
    for (const [k, n] of perPoll) if (redisCalls.has(k)) redisCalls.set(k, Math.max(0, redisCalls.get(k)! - n * polls));
    const failedByCode: Record<string, number> = {};
    for (const q of queues)
      for (const j of await q.getFailed(0, 999))
        failedByCode[j.failedReason.split(':')[0]!] = (failedByCode[j.failedReason.split(':')[0]!] ?? 0) + 1;
    const cpuBy = procs.pids.map((p, i) => (cpuMs(p) ?? 0) - cpu0[i]!);
    const mainCpu = procs.pids.reduce((sum, p, i) => sum + (cpuMs(p, true) ?? 0) - mainCpu0[i]!, 0);
    const to = Number(process.hrtime.bigint() / 1000n);
    const cpu = cpuBy.reduce((s, c) => s + c, 0);
    pgCpu.sample(await backends());
    const rss = procs.pids.map((p) => Math.round(peakRssMb(p) ?? 0));
    const summary = (
      await admin.query(
        `select (select count(*) from story_members) as articles, (select count(*) from stories) as stories, (select max(decided_at) from story_members) as last`,
      )
    ).rows[0];
    const articles = Number(summary.articles);
    const half = marks.find((m) => m.placed >= articles / 2) ?? marks.at(-1)!;
    const seconds = (new Date(summary.last).getTime() - t0.getTime()) / 1000;
    const lat = (
      await admin.query(`
      select extract(epoch from a.first_seen_at - s.seen) * 1000 as stored, extract(epoch from m.decided_at - s.seen) * 1000 as story
      from articles a join story_members m on m.article_id = a.id
      join lateral (select min(first_seen_at) as seen from feed_items fi where fi.article_id = a.id) s on s.seen is not null`)
    ).rows as Array<{ stored: string; story: string }>;
    const members = (await admin.query(`select m.story_id, a.url from story_members m join articles a on a.id = m.article_id`))
      .rows as Array<{ story_id: number; url: string }>;
    const basesOf = new Map<number, Set<string>>(),
      storiesOf = new Map<string, Set<number>>();
    for (const m of members) {
      const base = /\/news\/(\d+)-/.exec(m.url)?.[1] ?? m.url;
      basesOf.set(m.story_id, (basesOf.get(m.story_id) ?? new Set()).add(base));
      storiesOf.set(base, (storiesOf.get(base) ?? new Set()).add(m.story_id));
    }
    const decided = (await admin.query(`select extract(epoch from decided_at) as t from story_members order by decided_at`)).rows.map(
      (r: { t: string }) => Number(r.t),
    );
    const mid = Math.floor(decided.length / 2);
    const stored = lat.map((r) => Number(r.stored)),
      story = lat.map((r) => Number(r.story));
    // pg_stat_database is flushed by backends about once a second.
    await new Promise((r) => setTimeout(r, 1500));
    const commits = (await xacts()) - x0;
    return {
      name: o.name,
      processes: o.processes,
      polite: o.polite,
      seconds,
      articles,
      stories: Number(summary.stories),
      failedJobs: failed,
      failedByCode,
      articlesPerSecond: articles / seconds,
      articlesPerSecondSecondHalf: (decided.length - mid) / (decided.at(-1)! - decided[Math.max(mid - 1, 0)]!),
      mixedStories: [...basesOf.values()].filter((b) => b.size > 1).length,
      splitPages: [...storiesOf.values()].filter((st) => st.size > 1).length,
      latencyMs: {
        storedP50: quantile(stored, 0.5),
        storedP95: quantile(stored, 0.95),
        storyP50: quantile(story, 0.5),
        storyP95: quantile(story, 0.95),
      },
      nodeCpuMsPerArticle: cpu / articles,
      nodeCpuMsPerArticleByProcess: cpuBy.map((c) => c / articles),
      nodeMainThreadCpuMsPerArticle: mainCpu / articles,
      nodeCpuMsPerArticleSecondHalf: (cpu - half.cpu) / (articles - half.placed),
      nodeCpuMsPerArticleFirstHalf: half.cpu / half.placed,
      nodeCpuMsPerArticleByQuarter: [1, 2, 3, 4].map((q, i, qs) => {
        const at = (k: number) =>
          k === 0
            ? { cpu: 0, placed: 0 }
            : k === qs.length
              ? { cpu, placed: articles }
              : (marks.find((m) => m.placed >= (articles * k) / 4) ?? marks.at(-1)!);
        const a = at(i),
          b = at(q);
        return (b.cpu - a.cpu) / (b.placed - a.placed);
      }),
      pgCpuMsPerArticle: pgCpu.totalMs() / articles,
      redisCpuMsPerArticle: redisCpu0 === null || redisCpu1 === null ? null : (redisCpu1 - redisCpu0) / articles,
      redisCommandsPerArticle: [...redisCalls.values()].reduce((a, b) => a + b, 0) / articles,
      redisScriptsPerArticle: ((redisCalls.get('evalsha') ?? 0) + (redisCalls.get('eval') ?? 0)) / articles,
      jobsPerArticle: Object.fromEntries(ALL_QUEUES.map((q, i) => [q, Number(((jobs1[i]! - jobs0[i]!) / articles).toFixed(2))])) as Record<
        QueueName,
        number
      >,
      redisByCommand: [...redisCalls]
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => [k, Number((n / articles).toFixed(2))]),
      sqlStatementsPerArticle: statements / articles,
      benchCpuMsPerArticle: (benchCpu.user + benchCpu.system) / 1000 / articles,
      sqlByStatement: byStatement.map(([t, n]) => [t, Number((n / articles).toFixed(2))]),
      commitsPerArticle: commits / articles,
      peakRssMb: rss,
      hostBusyDelaysPerArticle:
        o.logLevel === 'debug' ? procs.logs().join('').split('"host busy: job delayed"').length / articles - 1 / articles : null,
      profileDir,
      windowUs: [from, to],
      halfUs: half.us,
    };
  } finally {
    const codes = await procs.stop();
    if (codes.some((c) => c !== 0)) console.log(`e2e ${o.name}: service exit codes ${codes.join(', ')}`);
    await Promise.all(queues.map((q) => q.close()));
    await scanKeys(redis, `${prefix}*`, true);
    redis.disconnect();
    await admin.end();
    await dropDatabase(directUrl);
  }
}

/** A fresh database at `directUrl`, migrated, and a client connected to it (the bench's own reads). */
export async function migratedDatabase(directUrl: string): Promise<pg.Client> {
  await ensureDatabase(directUrl);
  const mdb = createDb(directUrl, { max: 1 });
  await migrateToLatest(mdb);
  await mdb.destroy();
  const admin = new pg.Client({ connectionString: directUrl });
  await admin.connect();
  return admin;
}

/** Keys matching `pattern`, counted, and deleted when `del`. */
export async function scanKeys(redis: Redis, pattern: string, del: boolean): Promise<number> {
  let cursor = '0',
    n = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    n += keys.length;
    if (del && keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return n;
}

/** The .cpuprofile files a profiled round left. */
export function profileFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
}

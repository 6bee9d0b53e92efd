/**
 * BullMQ wiring: queues, workers for each role, the scheduler tick and the reconciler loop.
 * Processors are the plain worker-body functions; here a permanent PipelineError becomes BullMQ's
 * UnrecoverableError (fail now, no retry), a retryable one is retried with wirehouse's own
 * back-off (which honours Retry-After), and a page whose host is over its politeness budget goes
 * back to the delayed set instead of holding a worker slot.
 */
import { DelayedError, Queue, UnrecoverableError, Worker, type Job, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../src/config.js';
import { isPipelineError, isRetryable } from '../src/errors.js';
import { rateLimited } from '../src/logger.js';
import {
  ALL_QUEUES,
  BACKOFF_TYPE,
  QUEUE,
  fairPriority,
  jobIds,
  jobOptions,
  retryDelayMs,
  type DedupeJob,
  type FetchArticleJob,
  type PollFeedJob,
  type QueueName,
} from '../src/queues.js';
import type { Deps, Enqueuer, Redriver } from '../src/app/deps.js';
import { prune } from '../src/app/prune.js';
import { reconcile } from '../src/app/reconcile.js';
import { pollFeedJob } from './poll-feed.js';
import { fetchArticle, fetchFailedForGood } from './fetch-article.js';
import { dedupeArticle } from './dedupe.js';
import { schedulerTick } from './scheduler-tick.js';

export type Role = 'poll' | 'fetch' | 'dedupe' | 'scheduler';

/** A Redis connection for BullMQ workers: blocking commands need maxRetriesPerRequest: null. */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export interface Queues {
  byName: Record<QueueName, Queue>;
  enqueuer: Enqueuer;
  redriver: Redriver;
  close(): Promise<void>;
}

const SCHEDULER_ID = 'feed-tick';
/** States in which a job will still run (or is running): re-queueing it would double nothing, but is pointless. */
const LIVE = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/** Opens one Queue per wirehouse queue, an Enqueuer that adds jobs with stable ids, and the reconciler's Redriver. */
export function openQueues(connection: ConnectionOptions, prefix: string, config: Pick<Config, 'jobs' | 'poll'>): Queues {
  const defaultJobOptions = jobOptions(config.jobs);
  const byName = Object.fromEntries(
    ALL_QUEUES.map((name) => {
      const q = new Queue(name, { connection, prefix, defaultJobOptions });
      // Without a listener BullMQ prints every connection error; the caller's Redis client reports them.
      q.on('error', () => undefined);
      return [name, q];
    }),
  ) as Record<QueueName, Queue>;
  const fetchOpts = (data: FetchArticleJob, n: number) => ({
    jobId: jobIds.fetchArticle(data.url, data.revision),
    priority: fairPriority(n),
  });
  const enqueuer: Enqueuer = {
    async pollFeeds(jobs: PollFeedJob[]) {
      if (jobs.length === 0) return;
      await byName[QUEUE.pollFeed].addBulk(jobs.map((data) => ({ name: 'poll', data, opts: { jobId: jobIds.pollFeed(data) } })));
    },
    async fetchArticles(jobs: FetchArticleJob[]) {
      if (jobs.length === 0) return;
      await byName[QUEUE.fetchArticle].addBulk(jobs.map((data, n) => ({ name: 'fetch', data, opts: fetchOpts(data, n) })));
    },
    async dedupe(data: DedupeJob) {
      await byName[QUEUE.dedupe].add('dedupe', data, { jobId: jobIds.dedupe(data) });
    },
  };
  /** Adds each job unless a live one has its id; a finished or failed one is removed first (same id). */
  async function requeue<T>(queue: Queue, items: T[], id: (t: T) => string, add: (t: T, n: number) => Promise<unknown>) {
    const requeued: T[] = [];
    const live: T[] = [];
    for (const [n, item] of items.entries()) {
      const job = await queue.getJob(id(item));
      const state = job ? await job.getState() : 'missing';
      if (LIVE.has(state)) {
        live.push(item);
        continue;
      }
      if (job) await job.remove().catch(() => undefined); // raced with a worker: the add below is then a no-op
      await add(item, n);
      requeued.push(item);
    }
    return { requeued, live };
  }
  const redriver: Redriver = {
    async fetch(jobs) {
      const q = byName[QUEUE.fetchArticle];
      const r = await requeue(
        q,
        jobs,
        (j) => jobIds.fetchArticle(j.url),
        (j, n) => q.add('fetch', j, fetchOpts(j, n)),
      );
      return { requeued: r.requeued.map((j) => j.url), live: r.live.map((j) => j.url) };
    },
    async dedupe(jobs) {
      const q = byName[QUEUE.dedupe];
      const r = await requeue(q, jobs, jobIds.dedupe, (j) => q.add('dedupe', j, { jobId: jobIds.dedupe(j) }));
      return { requeued: r.requeued.map((j) => j.articleId), live: r.live.map((j) => j.articleId) };
    },
    async ensureScheduler() {
      const q = byName[QUEUE.scheduler];
      const existing = await q.getJobScheduler(SCHEDULER_ID);
      if (existing) return false;
      await upsertScheduler(q, config.poll.tickMs);
      return true;
    },
  };
  return {
    byName,
    enqueuer,
    redriver,
    async close() {
      await Promise.all(Object.values(byName).map((q) => q.close()));
    },
  };
}

/**
 * A scheduler job that did nothing (no feed due, nothing to prune): most of a quiet service's
 * jobs, logged at debug so info shows work (263 of 300 lines were idle ticks before).
 */
function idle(queue: QueueName, out: unknown): boolean {
  if (queue !== QUEUE.scheduler) return false;
  const r = out as { enqueued?: number; tables?: Array<{ rows: number }> } | undefined;
  return r?.enqueued === 0 || (r?.tables !== undefined && r.tables.every((t) => t.rows === 0));
}

/** One repeatable tick for the whole cluster (upsert is idempotent across processes). */
async function upsertScheduler(q: Queue, tickMs: number): Promise<void> {
  await q.upsertJobScheduler(SCHEDULER_ID, { every: tickMs }, { name: 'tick', opts: { removeOnComplete: 100, removeOnFail: 100 } });
}

interface ProcessorOptions<T> {
  /** Called once when the job fails for the last time (permanent error, or out of attempts). */
  onFinalFailure?: (deps: Deps, data: T, err: unknown) => Promise<void>;
  /** fetch_host_busy puts the job back in the delayed set instead of counting an attempt. */
  delayWhenHostBusy?: boolean;
}

/** Wraps a worker body: logs the outcome once, maps permanent errors to UnrecoverableError. */
function processor<T, R>(deps: Deps, queue: QueueName, body: (deps: Deps, data: T) => Promise<R>, opts: ProcessorOptions<T> = {}) {
  return async (job: Job<T>, token?: string): Promise<R> => {
    // What the job is about, on every outcome line: the page URL, the feed (id, URL when the job has it).
    const about = job.data as { url?: unknown; feedId?: unknown; feedUrl?: unknown; articleId?: unknown } | undefined;
    const ctx = {
      queue,
      jobId: job.id,
      attempt: job.attemptsMade + 1,
      ...(typeof about?.url === 'string' ? { url: about.url } : {}),
      ...(typeof about?.feedId === 'number' ? { feedId: about.feedId } : {}),
      ...(typeof about?.feedUrl === 'string' ? { feedUrl: about.feedUrl } : {}),
      ...(typeof about?.articleId === 'number' ? { articleId: about.articleId } : {}),
    };
    const t0 = performance.now();
    try {
      const out = await body(deps, job.data);
      const seconds = (performance.now() - t0) / 1000;
      deps.log[idle(queue, out) ? 'debug' : 'info']({ ...ctx, ms: Math.round(seconds * 1000), result: out }, 'job done');
      deps.observer?.jobFinished({ queue, outcome: 'completed', seconds, result: out });
      return out;
    } catch (err) {
      if (opts.delayWhenHostBusy && token && isPipelineError(err) && err.code === 'fetch_host_busy') {
        // The budget gave this job its own place on the host's retry line (one pacing step after
        // the previous busy job), so jobs wake one by one; a few ms of jitter only.
        const wait = (err.retryAfterMs ?? 1000) + Math.floor(Math.random() * 20);
        await job.moveToDelayed(Date.now() + wait, token);
        deps.log.debug({ ...ctx, waitMs: wait }, 'host busy: job delayed');
        throw new DelayedError();
      }
      const code = isPipelineError(err) ? err.code : 'internal';
      const message = err instanceof Error ? err.message : String(err);
      const retry = isRetryable(err);
      const attemptsLeft = retry && job.attemptsMade + 1 < (job.opts.attempts ?? 1);
      // `err` goes through pino's serializer: type, message and stack are kept.
      deps.log.warn(
        { ...ctx, code, retryable: retry, willRetry: attemptsLeft, err, context: isPipelineError(err) ? err.context : undefined },
        'job failed',
      );
      deps.observer?.jobFinished({ queue, outcome: attemptsLeft ? 'retry' : 'failed', seconds: (performance.now() - t0) / 1000, code });
      if (!attemptsLeft && opts.onFinalFailure) {
        await opts
          .onFinalFailure(deps, job.data, err)
          .catch((e: unknown) => deps.log.warn({ ...ctx, err: String(e) }, 'could not record the failure'));
      }
      // The code leads the message so the failed job in the dashboard says what kind of failure it was.
      if (!retry) throw new UnrecoverableError(`${code}: ${message}`);
      throw err;
    }
  };
}

export interface Running {
  workers: Worker[];
  /** Runs the reconciler now (scheduler role only; null otherwise). */
  reconcileNow: (() => Promise<void>) | null;
  close(): Promise<void>;
}

/** Starts BullMQ workers for the given roles. `close()` stops taking jobs and waits for in-flight ones. */
export async function startWorkers(deps: Deps, roles: Role[], connection: ConnectionOptions, prefix: string): Promise<Running> {
  const workers: Worker[] = [];
  const { jobs } = deps.config;
  // A crashed process's jobs are found by the other workers' stalled check once their lock lapses;
  // they go back to waiting (maxStalledCount times) instead of failing on the second stall.
  const lock = deps.config.jobLockMs;
  const backoffStrategy = (attemptsMade: number, type?: string, err?: Error): number =>
    type === BACKOFF_TYPE
      ? retryDelayMs(attemptsMade, jobs, err && isPipelineError(err) ? err.retryAfterMs : undefined)
      : jobs.backoffBaseMs;
  const common = {
    connection,
    prefix,
    settings: { backoffStrategy },
    lockDuration: lock,
    stalledInterval: lock,
    maxStalledCount: jobs.maxStalledCount,
  };
  const add = (w: Worker) => {
    // A worker 'error' (lost Redis connection) must be logged, not crash the process.
    w.on('error', rateLimited(deps.log.child({ queue: w.name }), 'worker error'));
    workers.push(w);
  };
  if (roles.includes('poll')) {
    add(
      new Worker(QUEUE.pollFeed, processor(deps, QUEUE.pollFeed, pollFeedJob, { delayWhenHostBusy: true }), {
        ...common,
        concurrency: deps.config.concurrency.poll,
      }),
    );
  }
  if (roles.includes('fetch')) {
    const p = processor(deps, QUEUE.fetchArticle, fetchArticle, { onFinalFailure: fetchFailedForGood, delayWhenHostBusy: true });
    add(new Worker(QUEUE.fetchArticle, p, { ...common, concurrency: deps.config.concurrency.fetch }));
  }
  if (roles.includes('dedupe')) {
    add(new Worker(QUEUE.dedupe, processor(deps, QUEUE.dedupe, dedupeArticle), { ...common, concurrency: deps.config.concurrency.dedupe }));
  }
  let loop: ReconcileLoop | null = null;
  if (roles.includes('scheduler')) {
    // The tick claims due feeds with SKIP LOCKED, so even two ticks at once never double a poll.
    const q = new Queue(QUEUE.scheduler, { connection, prefix });
    q.on('error', () => undefined); // the connection's own listener reports it
    await upsertScheduler(q, deps.config.poll.tickMs);
    // Retention runs on the same queue, once per interval for the whole cluster.
    await q.upsertJobScheduler(
      'prune',
      { every: deps.config.retention.pruneIntervalMinutes * 60_000 },
      { name: 'prune', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await q.close();
    const tick = processor(deps, QUEUE.scheduler, (d: Deps) => schedulerTick(d));
    const pruneJob = processor(deps, QUEUE.scheduler, (d: Deps) => prune(d));
    add(
      new Worker(QUEUE.scheduler, (job: Job, token?: string) => (job.name === 'prune' ? pruneJob(job, token) : tick(job, token)), {
        ...common,
        concurrency: 1,
      }),
    );
    if (deps.redriver) loop = startReconcileLoop(deps, deps.redriver, connection);
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    workers,
    reconcileNow: loop ? () => loop.run() : null,
    async close() {
      loop?.stop();
      await Promise.all(workers.map((w) => w.close()));
      await loop?.idle();
    },
  };
}

interface ReconcileLoop {
  run(): Promise<void>;
  stop(): void;
  idle(): Promise<void>;
}

/**
 * Runs the reconciler at start, every `reconcile.intervalMs`, and whenever the Redis connection
 * becomes ready again (a restarted Redis may have come back empty). The timer lives in this
 * process, not in Redis, so losing Redis's data cannot lose the reconciler itself.
 */
function startReconcileLoop(deps: Deps, redriver: Redriver, connection: ConnectionOptions): ReconcileLoop {
  let current: Promise<void> = Promise.resolve();
  let running = false;
  let stopped = false;
  const run = (): Promise<void> => {
    if (running || stopped) return current;
    running = true;
    current = reconcile(deps, redriver)
      .then(() => undefined)
      .catch((err: unknown) =>
        deps.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'reconciler run failed; next run retries'),
      )
      .finally(() => (running = false));
    return current;
  };
  const timer = setInterval(() => void run(), deps.config.reconcile.intervalMs);
  timer.unref();
  const onReady = () => void run();
  if (connection instanceof Redis) connection.on('ready', onReady);
  void run();
  return {
    run,
    stop() {
      stopped = true;
      clearInterval(timer);
      if (connection instanceof Redis) connection.off('ready', onReady);
    },
    idle: () => current,
  };
}

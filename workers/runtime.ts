/**
 * BullMQ wiring: queues, workers for each role, and the scheduler tick. Processors are the plain
 * worker-body functions; here a permanent PipelineError becomes BullMQ's UnrecoverableError
 * (fail now, no retry), a retryable one is retried with back-off that honours Retry-After.
 */
import { Queue, UnrecoverableError, Worker, type Job, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { isPipelineError, isRetryable } from '../src/errors.js';
import { ALL_QUEUES, QUEUE, defaultJobOptions, jobIds, type DedupeJob, type FetchArticleJob, type PollFeedJob, type QueueName } from '../src/queues.js';
import type { Deps, Enqueuer } from './deps.js';
import { pollFeed } from './poll-feed.js';
import { fetchArticle } from './fetch-article.js';
import { dedupeArticle } from './dedupe.js';
import { schedulerTick } from './scheduler.js';
import { prune } from './prune.js';

export type Role = 'poll' | 'fetch' | 'dedupe' | 'scheduler';

/** A Redis connection for BullMQ workers: blocking commands need maxRetriesPerRequest: null. */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export interface Queues {
  byName: Record<QueueName, Queue>;
  enqueuer: Enqueuer;
  close(): Promise<void>;
}

/** Opens one Queue per wirehouse queue and an Enqueuer that adds jobs with stable ids. */
export function openQueues(connection: ConnectionOptions, prefix: string): Queues {
  const byName = Object.fromEntries(
    ALL_QUEUES.map((name) => {
      const q = new Queue(name, { connection, prefix, defaultJobOptions });
      // Without a listener BullMQ prints every connection error; the caller's Redis client reports them.
      q.on('error', () => undefined);
      return [name, q];
    }),
  ) as Record<QueueName, Queue>;
  const enqueuer: Enqueuer = {
    async pollFeeds(jobs: PollFeedJob[]) {
      if (jobs.length === 0) return;
      await byName[QUEUE.pollFeed].addBulk(jobs.map((data) => ({ name: 'poll', data, opts: { jobId: jobIds.pollFeed(data) } })));
    },
    async fetchArticles(jobs: FetchArticleJob[]) {
      if (jobs.length === 0) return;
      await byName[QUEUE.fetchArticle].addBulk(
        jobs.map((data) => ({ name: 'fetch', data, opts: { jobId: jobIds.fetchArticle(data.url) } })),
      );
    },
    async dedupe(data: DedupeJob) {
      await byName[QUEUE.dedupe].add('dedupe', data, { jobId: jobIds.dedupe(data) });
    },
  };
  return {
    byName,
    enqueuer,
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

/** Wraps a worker body: logs the outcome once, maps permanent errors to UnrecoverableError. */
function processor<T, R>(deps: Deps, queue: QueueName, body: (deps: Deps, data: T) => Promise<R>) {
  return async (job: Job<T>): Promise<R> => {
    // What the job is about, on every outcome line: the page URL, the feed (id, URL when the job has it).
    const about = job.data as { url?: unknown; feedId?: unknown; feedUrl?: unknown; articleId?: unknown } | undefined;
    const ctx = {
      queue, jobId: job.id, attempt: job.attemptsMade + 1,
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
      const code = isPipelineError(err) ? err.code : 'internal';
      const message = err instanceof Error ? err.message : String(err);
      const retry = isRetryable(err);
      const attemptsLeft = retry && job.attemptsMade + 1 < (job.opts.attempts ?? 1);
      // `err` goes through pino's serializer: type, message and stack are kept.
      deps.log.warn({ ...ctx, code, retryable: retry, willRetry: attemptsLeft, err, context: isPipelineError(err) ? err.context : undefined }, 'job failed');
      deps.observer?.jobFinished({ queue, outcome: attemptsLeft ? 'retry' : 'failed', seconds: (performance.now() - t0) / 1000, code });
      // The code leads the message so the failed job in the dashboard says what kind of failure it was.
      if (!retry) throw new UnrecoverableError(`${code}: ${message}`);
      throw err;
    }
  };
}

/** Back-off: the server's Retry-After when it gave one, else exponential from 5 s, capped at 1 h. */
function backoffStrategy(attemptsMade: number, _type?: string, err?: Error): number {
  if (err && isPipelineError(err) && err.retryAfterMs) return Math.min(err.retryAfterMs, 3_600_000);
  return Math.min(5_000 * 2 ** Math.max(0, attemptsMade - 1), 3_600_000);
}

export interface Running {
  workers: Worker[];
  close(): Promise<void>;
}

/** Starts BullMQ workers for the given roles. `close()` stops taking jobs and waits for in-flight ones. */
export async function startWorkers(deps: Deps, roles: Role[], connection: ConnectionOptions, prefix: string): Promise<Running> {
  const workers: Worker[] = [];
  // A crashed process's jobs are found by the other workers' stalled check once their lock lapses.
  const lock = deps.config.jobLockMs;
  const common = { connection, prefix, settings: { backoffStrategy }, lockDuration: lock, stalledInterval: lock };
  const add = (w: Worker) => {
    // A worker 'error' (lost Redis connection) must be logged, not crash the process.
    w.on('error', (err) => deps.log.error({ queue: w.name, err }, 'worker error'));
    workers.push(w);
  };
  if (roles.includes('poll')) {
    add(new Worker(QUEUE.pollFeed, processor(deps, QUEUE.pollFeed, pollFeed), { ...common, concurrency: deps.config.concurrency.poll }));
  }
  if (roles.includes('fetch')) {
    add(new Worker(QUEUE.fetchArticle, processor(deps, QUEUE.fetchArticle, fetchArticle), { ...common, concurrency: deps.config.concurrency.fetch }));
  }
  if (roles.includes('dedupe')) {
    add(new Worker(QUEUE.dedupe, processor(deps, QUEUE.dedupe, dedupeArticle), { ...common, concurrency: deps.config.concurrency.dedupe }));
  }
  if (roles.includes('scheduler')) {
    // One repeatable tick for the whole cluster (upsert is idempotent across processes); the tick
    // claims due feeds with SKIP LOCKED, so even two ticks at once never double a poll.
    const q = new Queue(QUEUE.scheduler, { connection, prefix });
    await q.upsertJobScheduler('feed-tick', { every: deps.config.poll.tickMs }, { name: 'tick', opts: { removeOnComplete: 100, removeOnFail: 100 } });
    // Retention runs on the same queue, once per interval for the whole cluster.
    await q.upsertJobScheduler('prune', { every: deps.config.retention.pruneIntervalMinutes * 60_000 }, { name: 'prune', opts: { removeOnComplete: 100, removeOnFail: 100 } });
    await q.close();
    const tick = processor(deps, QUEUE.scheduler, (d: Deps) => schedulerTick(d));
    const pruneJob = processor(deps, QUEUE.scheduler, (d: Deps) => prune(d));
    add(new Worker(QUEUE.scheduler, (job: Job) => (job.name === 'prune' ? pruneJob(job) : tick(job)), { ...common, concurrency: 1 }));
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  return {
    workers,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

/**
 * What the use-cases (and the job bodies that call them) need, passed in so a test can call one
 * directly with real Postgres and a real fetcher, without BullMQ. The wiring root
 * (src/runtime.ts) builds it.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Logger } from '../logger.js';
import type { DedupeJob, FetchArticleJob, PollFeedJob } from '../queues.js';
import type { Fetcher } from '../fetch/create-fetcher.js';
import type { PageToPrepare, PreparedPage } from './prepare-page.js';

/** The slice of the HTTP module the use-cases call (its `close()` belongs to whoever created it). */
export type FetchPort = Pick<Fetcher, 'fetch'>;

/** Enqueues the next stage's jobs (BullMQ in the service; a recorder in unit tests). */
export interface Enqueuer {
  pollFeeds(jobs: PollFeedJob[]): Promise<void>;
  fetchArticles(jobs: FetchArticleJob[]): Promise<void>;
  dedupe(job: DedupeJob): Promise<void>;
}

/** Hooks for metrics (the operations module implements them); all optional and synchronous. */
export interface Observer {
  /** A job ended: completed, failed for good, or failed and will retry. `result` is the body's return value. */
  jobFinished(e: { queue: string; outcome: 'completed' | 'failed' | 'retry'; seconds: number; result?: unknown; code?: string }): void;
  /** An HTTP fetch ended (status null when no response arrived). */
  fetched(e: { host: string; kind: 'feed' | 'page'; status: number | null; bytes: number; seconds: number; code?: string }): void;
}

/**
 * What the reconciler needs from the queues: re-queue work unless a live job (waiting, delayed,
 * active) already covers it, and re-create the scheduler's repeatable tick if Redis lost it.
 */
export interface Redriver {
  /** Adds the fetch jobs not live in the queue (a finished or failed one is replaced). */
  fetch(jobs: FetchArticleJob[]): Promise<{ requeued: string[]; live: string[] }>;
  dedupe(jobs: DedupeJob[]): Promise<{ requeued: number[]; live: number[] }>;
  /** True when the scheduler was missing and had to be created again. */
  ensureScheduler(): Promise<boolean>;
}

export interface Deps {
  config: Config;
  db: Db;
  fetcher: FetchPort;
  enqueue: Enqueuer;
  log: Logger;
  now: () => Date;
  observer?: Observer | undefined;
  /** Present in processes that run the reconciler. */
  redriver?: Redriver | undefined;
  /** Page preparation off the event loop (a worker-thread pool); absent, pages are prepared inline. */
  prepare?: ((page: PageToPrepare) => Promise<PreparedPage>) | undefined;
}

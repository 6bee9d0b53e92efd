/**
 * What worker bodies need, passed in so a test can call a body directly with real Postgres and a
 * real fetcher, without BullMQ.
 */
import type { Config } from '../src/config.js';
import type { Db } from '../src/db/db.js';
import type { Logger } from '../src/logger.js';
import type { DedupeJob, FetchArticleJob, PollFeedJob } from '../src/queues.js';

/** The slice of the HTTP module the workers use. */
export interface FetchResult {
  status: number;
  notModified: boolean;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string;
  bytes: number;
  durationMs: number;
  retryAfterMs?: number | undefined;
  cacheMaxAgeSeconds?: number | undefined;
  expiresAt?: Date | undefined;
}

export interface FetchRequest {
  kind: 'feed' | 'page';
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  previousBodyHash?: string | null | undefined;
  signal?: AbortSignal | undefined;
}

export interface Fetcher {
  fetch(url: string, req: FetchRequest): Promise<FetchResult>;
}

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

export interface Deps {
  config: Config;
  db: Db;
  fetcher: Fetcher;
  enqueue: Enqueuer;
  log: Logger;
  now: () => Date;
  observer?: Observer | undefined;
}

/**
 * Queue names, job payloads and job options: the contract between the scheduler, the workers
 * and anything that enqueues. Job ids are stable so enqueueing the same work twice is harmless.
 */
import { createHash } from 'node:crypto';

export const QUEUE = {
  scheduler: 'scheduler',
  pollFeed: 'poll-feed',
  fetchArticle: 'fetch-article',
  dedupe: 'dedupe',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
export const ALL_QUEUES: QueueName[] = Object.values(QUEUE);

export interface PollFeedJob {
  feedId: number;
  /** ISO time of the claimed slot; with feedId it names the poll. */
  slot: string;
}

export interface FetchArticleJob {
  url: string;
  feedId?: number | undefined;
  guid?: string | undefined;
  /** Title and date the feed gave, used when the page lacks them. */
  feedTitle?: string | null | undefined;
  feedPublished?: string | null | undefined;
  /** The item's new time when the feed updated an item whose page is stored: fetch it again. */
  revision?: string | null | undefined;
}

export interface DedupeJob {
  articleId: number;
  /** The article's text version; a changed text is a new dedupe job. */
  version: number;
}

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

// BullMQ custom ids must not contain ':' (it separates Redis key parts), so ids use '-'.
export const jobIds = {
  pollFeed: (j: PollFeedJob): string => `poll-${j.feedId}-${Date.parse(j.slot)}`,
  fetchArticle: (url: string, revision?: string | null): string => `article-${sha1(url)}${revision ? `-r${Date.parse(revision)}` : ''}`,
  dedupe: (j: DedupeJob): string => `dedupe-${j.articleId}-v${j.version}`,
};

/**
 * The name of wirehouse's own back-off. A custom type is what makes BullMQ call the worker's
 * `backoffStrategy` (with the built-in 'exponential' it never does, so Retry-After was ignored).
 */
export const BACKOFF_TYPE = 'wirehouse';

/** Retry settings (config.jobs). */
export interface RetryPolicy {
  attempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

/** Longest Retry-After we honour; a server asking for more is retried after this. */
const MAX_RETRY_AFTER_MS = 6 * 3600_000;

/**
 * Delay before the next attempt: base * 2^(attempt-1) capped at backoffMaxMs, and never less
 * than the server's Retry-After (RFC 9110 15.6.4: the time to wait at least) when it gave one.
 */
export function retryDelayMs(attemptsMade: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const exp = Math.min(policy.backoffBaseMs * 2 ** Math.max(0, attemptsMade - 1), policy.backoffMaxMs);
  if (retryAfterMs !== undefined && retryAfterMs > 0) return Math.max(Math.min(retryAfterMs, MAX_RETRY_AFTER_MS), exp);
  return exp;
}

/**
 * Job options of every queue: our back-off; completed jobs trimmed, failed ones kept for a week
 * and at most 20,000 per queue. The cap bounds Redis on a day when a site serves thousands of
 * pages that are no article: each failed job keeps its data and stack in memory, and the record
 * that matters is in Postgres anyway (feed_items.failed_for_good_at, code and reason).
 */
export function jobOptions(policy: RetryPolicy) {
  return {
    attempts: policy.attempts,
    backoff: { type: BACKOFF_TYPE, delay: policy.backoffBaseMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 20_000 },
  };
}

/**
 * Priority of the n-th (0-based) new item of one poll in the fetch queue: every feed's first
 * item before any feed's second, so a big feed takes a fair share instead of the whole queue.
 * (BullMQ: lower is sooner, at most 2^21.)
 */
export function fairPriority(n: number): number {
  return Math.min(n + 1, 2_097_151);
}

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
  fetchArticle: (url: string): string => `article-${sha1(url)}`,
  dedupe: (j: DedupeJob): string => `dedupe-${j.articleId}-v${j.version}`,
};

/** Retries with exponential back-off; completed jobs are trimmed, failed ones kept for a week. */
export const defaultJobOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

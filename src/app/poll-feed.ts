/**
 * Poll a feed and record the outcome: fetch it, parse it, record its items and enqueue a fetch for
 * each new one, then write the poll's feed_fetches row and the feed's next poll time. A feed that
 * fails is recorded and rescheduled with back-off (the poll itself succeeds): the schedule, not
 * BullMQ, retries feeds, so one bad feed never clogs the queue. Called by the poll-feed job and by
 * `wirehouse feeds poll`.
 */
import { parseFeed } from '../feeds/parse-feed.js';
import {
  feedToPoll,
  recentPolls,
  recordFeedItems,
  recordPoll,
  type FeedStateUpdate,
  type PollRecord,
  type SeenItem,
} from '../db/feeds.repo.js';
import { isPipelineError } from '../errors.js';
import { primaryLanguage } from '../normalize/detect-language.js';
import type { PollFeedJob } from '../queues.js';
import { classifyFailure, isGlobalOutage, nextPoll, type NextPoll } from '../schedule/next-poll.js';
import type { Deps } from './deps.js';

/** What one poll did (the job's result, and `feeds poll`'s output). */
export interface PollResult {
  status: 'ok' | 'not_modified' | 'error' | 'gone';
  itemsSeen: number;
  itemsNew: number;
  reason?: string | undefined;
}

/** The feed_fetches row's own fields; the feed, slot and timing are filled in by `record`. */
type PollFields = Pick<PollRecord, 'status' | 'httpStatus' | 'reason' | 'error' | 'bytes' | 'itemsSeen'>;
type FeedFields = Omit<FeedStateUpdate, 'nextPollAt' | 'currentIntervalSeconds' | 'errorStreak'>;

export async function pollFeed(deps: Deps, job: PollFeedJob): Promise<PollResult> {
  const { db, fetcher, log } = deps;
  const slot = new Date(job.slot);
  // A re-run of a recorded poll (crash after its writes) must redo the same work, so it fetches
  // without validators: the first run already stored them, and would make this one "not modified".
  const found = await feedToPoll(db, job.feedId, slot);
  if (!found) return { status: 'gone', itemsSeen: 0, itemsNew: 0 }; // removed since it was scheduled
  const { feed, rerun } = found;
  const startedAt = deps.now();
  const t0 = performance.now();
  const policy = {
    baseIntervalSeconds: feed.pollIntervalSeconds,
    minIntervalSeconds: deps.config.poll.minIntervalSeconds,
    maxIntervalSeconds: deps.config.poll.maxIntervalSeconds,
  };
  const prev = {
    intervalSeconds: feed.currentIntervalSeconds,
    errorStreak: feed.errorStreak,
    minPollSeconds: feed.minPollSeconds,
  };
  /** Writes the poll's row and the feed's new schedule and state in one go. */
  const record = (poll: PollFields, next: NextPoll, state: FeedFields) =>
    recordPoll(
      db,
      { feedId: feed.id, slot, rerun, startedAt, durationMs: performance.now() - t0, ...poll },
      { nextPollAt: next.nextPollAt, currentIntervalSeconds: next.intervalSeconds, errorStreak: next.errorStreak, ...state },
    );
  try {
    const res = await fetcher.fetch(feed.url, {
      kind: 'feed',
      ...(rerun ? {} : { etag: feed.etag, lastModified: feed.lastModified, previousBodyHash: feed.bodyHash }),
    });
    const hints = { retryAfterMs: res.retryAfterMs, cacheMaxAgeSeconds: res.cacheMaxAgeSeconds, expiresAt: res.expiresAt };
    const ok = { httpStatus: res.status, reason: null, error: null, bytes: res.bytes };
    if (res.notModified) {
      const next = nextPoll(prev, { kind: 'not_modified', newItems: 0, ...hints }, startedAt, policy);
      await record({ ...ok, status: 'not_modified', itemsSeen: 0 }, next, {
        success: true,
        lastErrorCode: null,
        lastError: null,
        etag: res.etag ?? feed.etag,
        lastModified: res.lastModified ?? feed.lastModified,
      });
      return { status: 'not_modified', itemsSeen: 0, itemsNew: 0 };
    }
    const parsed = parseFeed(res.body, {
      contentType: res.contentType ?? undefined,
      contentLanguage: res.headers['content-language'],
      url: res.url,
      timeZone: feed.timeZone ?? undefined,
    });
    const items: SeenItem[] = parsed.items
      .filter((it) => it.link)
      .map((it) => ({
        guid: it.key,
        url: it.link ?? null,
        title: it.title ?? null,
        publishedAt: it.published ?? it.updated ?? null,
        updatedAt: it.updated ?? it.published ?? null,
      }));
    const toFetch = await recordFeedItems(db, feed.id, slot, items, deps.config.poll.maxNewItems);
    const fresh = toFetch.filter((it) => !it.revision);
    let revised = toFetch.filter((it) => it.revision);
    // A feed that moves most of its items' times at once rebuilt them, it did not update stories.
    if (revised.length > Math.max(5, items.length / 2)) {
      log.info({ feedId: feed.id, items: items.length, moved: revised.length }, 'poll: feed moved most item times at once; no re-fetch');
      revised = [];
    }
    await deps.enqueue.fetchArticles(
      [...fresh, ...revised].map((it) => ({
        url: it.url!,
        feedId: feed.id,
        guid: it.guid,
        feedTitle: it.title,
        feedPublished: it.publishedAt?.toISOString() ?? null,
        ...(it.revision ? { revision: it.revision.toISOString() } : {}),
      })),
    );
    const minPollSeconds = parsed.minPollSeconds ?? null;
    const next = nextPoll({ ...prev, minPollSeconds }, { kind: 'ok', newItems: fresh.length, ...hints }, startedAt, policy);
    await record({ ...ok, status: 'ok', itemsSeen: parsed.items.length }, next, {
      success: true,
      lastErrorCode: null,
      lastError: null,
      minPollSeconds,
      title: parsed.title ?? null,
      language: primaryLanguage(parsed.language),
      etag: res.etag,
      lastModified: res.lastModified,
      bodyHash: res.bodyHash,
    });
    if (parsed.warnings.length > 0) log.debug({ feedId: feed.id, warnings: parsed.warnings.slice(0, 20) }, 'feed parsed with warnings');
    return { status: 'ok', itemsSeen: parsed.items.length, itemsNew: fresh.length };
  } catch (err) {
    // Only failures of the feed itself are recorded against it; a database error is ours, so
    // it propagates and BullMQ retries the job. A host over its politeness budget is not the
    // feed's failure either: the job goes back to the delayed set (workers/bullmq.ts).
    if (!isPipelineError(err) || err.code === 'db_transient' || err.code === 'fetch_host_busy') throw err;
    const reason = classifyFailure(err);
    // When every other feed is failing at the network level too, the outage is ours: not counted.
    const recent = await recentPolls(db, feed.id, new Date(startedAt.getTime() - 15 * 60_000));
    const globalOutage = isGlobalOutage([{ feedId: feed.id, ok: false, reason }, ...recent]);
    const next = nextPoll(prev, { kind: 'error', reason, retryAfterMs: err.retryAfterMs, globalOutage }, startedAt, policy);
    const httpStatus = typeof err.context.status === 'number' ? err.context.status : null;
    await record({ status: 'error', httpStatus, reason, error: err.message, bytes: null, itemsSeen: 0 }, next, {
      success: false,
      lastErrorCode: reason,
      lastError: err.message,
    });
    log.warn({ feedId: feed.id, url: feed.url, code: err.code, reason, errorStreak: next.errorStreak }, 'feed poll failed');
    return { status: 'error', itemsSeen: 0, itemsNew: 0, reason };
  }
}

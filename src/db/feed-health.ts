/** A feed's health as the rest of the program sees it: the `feed_health` view row in camelCase. */
import type { FeedHealthView } from './feeds.table.js';

/** paused (out of the schedule), new (never polled), healthy, degraded (1-2 failed polls in a row) or failing (3 or more). */
export type FeedState = 'paused' | 'new' | 'healthy' | 'degraded' | 'failing';

export interface FeedHealth {
  feedId: number;
  url: string;
  site: string | null;
  title: string | null;
  state: FeedState;
  /** Consecutive failed polls; 0 when healthy. */
  errorStreak: number;
  lastErrorCode: string | null;
  lastError: string | null;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  nextPollAt: Date;
  currentIntervalSeconds: number;
  /** Outcome of the last poll: ok, not_modified or error. */
  lastStatus: string | null;
  lastHttpStatus: number | null;
  /** Classified reason of the last failed poll (dns, timeout, http_404, ...). */
  lastReason: string | null;
  polls24h: number;
  errors24h: number;
  newItems24h: number;
}

export function toFeedHealth(r: FeedHealthView): FeedHealth {
  return {
    feedId: r.feed_id,
    url: r.url,
    site: r.site,
    title: r.title,
    state: r.state,
    errorStreak: r.error_streak,
    lastErrorCode: r.last_error_code,
    lastError: r.last_error,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    nextPollAt: r.next_poll_at,
    currentIntervalSeconds: r.current_interval_seconds,
    lastStatus: r.last_status,
    lastHttpStatus: r.last_http_status,
    lastReason: r.last_reason,
    polls24h: r.polls_24h,
    errors24h: r.errors_24h,
    newItems24h: r.new_items_24h,
  };
}

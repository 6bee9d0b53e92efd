/**
 * `feeds list --json` and `status --json` print a feed's health with the `feed_health` view's
 * snake_case names, in the view's column order: that output is a public interface (scripts read
 * it), so the camelCase `FeedHealth` is mapped back here, at the edge.
 */
import type { FeedHealth } from '../db/feed-health.js';

export function feedHealthJson(f: FeedHealth) {
  return {
    feed_id: f.feedId,
    url: f.url,
    site: f.site,
    title: f.title,
    state: f.state,
    error_streak: f.errorStreak,
    last_error_code: f.lastErrorCode,
    last_error: f.lastError,
    last_polled_at: f.lastPolledAt,
    last_success_at: f.lastSuccessAt,
    next_poll_at: f.nextPollAt,
    current_interval_seconds: f.currentIntervalSeconds,
    last_status: f.lastStatus,
    last_http_status: f.lastHttpStatus,
    last_reason: f.lastReason,
    polls_24h: f.polls24h,
    errors_24h: f.errors24h,
    new_items_24h: f.newItems24h,
  };
}

/**
 * The short reason a failed poll is stored under (`feed_fetches.reason`, `feed_health`), one per
 * kind of failure an operator acts on differently: DNS, TLS, timeouts, each HTTP status ...
 */
import { isPipelineError } from '../errors.js';
import type { ErrorCode } from '../errors.js';

const BY_CODE: Partial<Record<ErrorCode, string>> = {
  fetch_dns: 'dns',
  fetch_tls: 'tls',
  fetch_timeout: 'timeout',
  fetch_network: 'network',
  fetch_too_large: 'too_large',
  too_large: 'too_large',
  fetch_blocked_address: 'blocked',
  fetch_robots_disallowed: 'robots',
  fetch_too_many_redirects: 'redirects',
  fetch_bad_content_type: 'content_type',
  fetch_bad_url: 'bad_url',
  fetch_host_busy: 'host_busy',
  not_a_feed: 'not_a_feed',
  feed_malformed: 'malformed',
  feed_empty: 'empty',
};

/**
 * Maps a failure to its reason: "dns", "tls", "timeout", "network", "http_404" (any status),
 * "not_a_feed", "malformed", "empty", "too_large", "blocked", "robots", "redirects",
 * "content_type", "bad_url", "host_busy"; any other PipelineError gives its code, anything else "internal".
 */
export function classifyFailure(err: unknown): string {
  if (!isPipelineError(err)) return 'internal';
  if (err.code === 'fetch_http' || err.code === 'fetch_http_retryable') {
    const status = err.context.status;
    return typeof status === 'number' ? `http_${status}` : 'http';
  }
  return BY_CODE[err.code] ?? err.code;
}

// Failures that will not go away by themselves soon: the feed moved, is gone, or is not a feed.
const PERMANENT = new Set(['not_a_feed', 'blocked', 'robots', 'redirects', 'content_type', 'bad_url', 'too_large']);

/** True for reasons that deserve a steeper back-off (4xx other than 408/429, not a feed, blocked ...). */
export function isPersistentReason(reason: string): boolean {
  const http = /^http_(\d{3})$/.exec(reason);
  if (http) {
    const s = Number(http[1]);
    return s >= 400 && s < 500 && s !== 408 && s !== 429;
  }
  return PERMANENT.has(reason);
}

// The network itself (not the feed) is likely at fault when these are everywhere at once.
const NETWORK = new Set(['dns', 'timeout', 'network', 'tls']);

/**
 * Whether recent polls (across different feeds, newest first) look like OUR outage: at least
 * `minFeeds` distinct feeds failed with network-level reasons and none succeeded. The scheduler
 * passes the answer as `globalOutage` so such failures are not counted against each feed.
 */
export function isGlobalOutage(
  recent: readonly { feedId: string | number; ok: boolean; reason?: string | null | undefined }[],
  minFeeds = 5,
): boolean {
  const feeds = new Set<string | number>();
  for (const r of recent) {
    if (r.ok || !r.reason || !NETWORK.has(r.reason)) return false;
    feeds.add(r.feedId);
  }
  return feeds.size >= minFeeds;
}

/**
 * When to poll a feed next. Pure: the clock comes in as `now`.
 *
 * - Adaptive: the interval shrinks (× speedUp) after a poll that found new items and grows
 *   (× slowDown) after one that found nothing, always within [min, max].
 * - Polite: the delay is never shorter than what the feed (RSS `ttl`, `sy:updatePeriod`) or the
 *   server (Cache-Control max-age, Expires, Retry-After) asked for, up to `maxHintSeconds` so a
 *   silly hint (Expires in 2038) cannot park a feed for years.
 * - Failures back off exponentially from the normal interval up to `backoffMaxSeconds`, and never
 *   stop: at worst a feed is tried once per ceiling. The adaptive interval is kept untouched
 *   during failures, so a feed that recovers returns to its normal rhythm at once.
 * - `globalOutage` (every feed failing at once: our network is down) is not the feed's fault:
 *   the streak is not increased and the feed is retried at its normal interval. The same holds
 *   for `host_busy` (our per-host budget had no slot in time).
 */
export { classifyFailure, isGlobalOutage, isPersistentReason } from './classify-failure.js';
import { isPersistentReason } from './classify-failure.js';

/** What the scheduler remembers about a feed between polls. */
export interface PollState {
  /** Current adaptive interval (null/undefined: start from the policy's base). */
  intervalSeconds?: number | null | undefined;
  /** Consecutive counted failures. */
  errorStreak?: number | null | undefined;
  /** The feed's own minimum (RSS ttl, sy:update*), from the last parse. */
  minPollSeconds?: number | null | undefined;
}

/** Server hints that come with a response. */
export interface ServerHints {
  retryAfterMs?: number | undefined;
  cacheMaxAgeSeconds?: number | undefined;
  expiresAt?: Date | undefined;
}

/** What the poll found. */
export type PollOutcome =
  | ({ kind: 'ok'; newItems: number } & ServerHints)
  | ({ kind: 'not_modified'; newItems?: 0 } & ServerHints)
  | {
      kind: 'error';
      /** From classifyFailure. */
      reason: string;
      retryAfterMs?: number | undefined;
      /** Every feed is failing at once: do not count this against the feed. */
      globalOutage?: boolean | undefined;
      /** Overrides the reason-based guess of whether the failure is persistent (steeper back-off). */
      persistent?: boolean | undefined;
    };

/** Limits and factors (the caller maps config.poll to them). */
export interface PollPolicy {
  /** The feed's normal interval (feeds.poll_interval_seconds, else config default). */
  baseIntervalSeconds?: number | null | undefined;
  minIntervalSeconds: number;
  maxIntervalSeconds: number;
  /** Interval factor after a poll with new items. Default 0.75. */
  speedUp?: number;
  /** Interval factor after a poll with nothing new. Default 1.25. */
  slowDown?: number;
  /** Back-off ceiling for failures. Default max(24 h, maxIntervalSeconds). */
  backoffMaxSeconds?: number;
  /** Largest server/feed hint honoured. Default max(24 h, maxIntervalSeconds). */
  maxHintSeconds?: number;
}

/** Which rule set the delay. */
export type PollConstraint = 'interval' | 'feed_ttl' | 'cache_control' | 'expires' | 'retry_after' | 'backoff' | 'outage';

/** The decision. */
export interface NextPoll {
  nextPollAt: Date;
  delaySeconds: number;
  /** The adaptive interval to store (unchanged by failures). */
  intervalSeconds: number;
  errorStreak: number;
  /** False for a success, and for a failure during a global outage. */
  counted: boolean;
  constraint: PollConstraint;
}

const DAY = 86_400;
const DEFAULT_INTERVAL = 900;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Decides the next poll of a feed after `outcome` at `now`. */
export function nextPoll(state: PollState, outcome: PollOutcome, now: Date, policy: PollPolicy): NextPoll {
  const min = Math.max(1, policy.minIntervalSeconds);
  const max = Math.max(min, policy.maxIntervalSeconds);
  const base = clamp(Math.round(state.intervalSeconds || policy.baseIntervalSeconds || DEFAULT_INTERVAL), min, max);
  const maxHint = policy.maxHintSeconds ?? Math.max(DAY, max);
  const streak = Math.max(0, state.errorStreak ?? 0);
  const at = (delaySeconds: number, interval: number, errorStreak: number, counted: boolean, constraint: PollConstraint): NextPoll => {
    const d = Math.max(1, Math.ceil(delaySeconds));
    return { nextPollAt: new Date(now.getTime() + d * 1000), delaySeconds: d, intervalSeconds: interval, errorStreak, counted, constraint };
  };

  if (outcome.kind === 'error') {
    const hint = floorHints([['retry_after', (outcome.retryAfterMs ?? 0) / 1000]], maxHint);
    // host_busy is our own politeness budget saying "not now": not the feed's fault either.
    if (outcome.globalOutage || outcome.reason === 'host_busy') {
      return hint.seconds > base ? at(hint.seconds, base, streak, false, hint.constraint) : at(base, base, streak, false, 'outage');
    }
    const errorStreak = streak + 1;
    const persistent = outcome.persistent ?? isPersistentReason(outcome.reason);
    // 1st failure: retry after the normal interval, then ×2 each time; persistent ones start at ×4.
    const exponent = Math.min(30, errorStreak - 1 + (persistent ? 2 : 0));
    const ceiling = Math.max(policy.backoffMaxSeconds ?? Math.max(DAY, max), base);
    const backoff = Math.min(ceiling, base * 2 ** exponent);
    return hint.seconds > backoff
      ? at(hint.seconds, base, errorStreak, true, hint.constraint)
      : at(backoff, base, errorStreak, true, 'backoff');
  }

  const found = outcome.kind === 'ok' ? outcome.newItems : 0;
  const factor = found > 0 ? (policy.speedUp ?? 0.75) : (policy.slowDown ?? 1.25);
  const interval = clamp(Math.round(base * factor), min, max);
  const expiresIn = outcome.expiresAt ? (outcome.expiresAt.getTime() - now.getTime()) / 1000 : 0;
  const hint = floorHints(
    [
      ['feed_ttl', state.minPollSeconds ?? 0],
      ['cache_control', outcome.cacheMaxAgeSeconds ?? 0],
      ['expires', expiresIn],
      ['retry_after', (outcome.retryAfterMs ?? 0) / 1000],
    ],
    maxHint,
  );
  return hint.seconds > interval ? at(hint.seconds, interval, 0, false, hint.constraint) : at(interval, interval, 0, false, 'interval');
}

/** The largest hint, each capped at `cap`. */
function floorHints(hints: [PollConstraint, number][], cap: number): { seconds: number; constraint: PollConstraint } {
  let best: { seconds: number; constraint: PollConstraint } = { seconds: 0, constraint: 'interval' };
  for (const [constraint, s] of hints) {
    const v = Math.min(cap, Number.isFinite(s) ? s : 0);
    if (v > best.seconds) best = { seconds: v, constraint };
  }
  return best;
}

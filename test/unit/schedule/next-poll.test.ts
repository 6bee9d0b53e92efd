/** nextPoll with a controllable clock: each poll happens at the time the previous decision chose. */
import { describe, expect, it } from 'vitest';
import { nextPoll } from '../../../src/schedule/next-poll.js';
import type { NextPoll, PollOutcome, PollPolicy, PollState } from '../../../src/schedule/next-poll.js';

const POLICY: PollPolicy = { baseIntervalSeconds: 900, minIntervalSeconds: 120, maxIntervalSeconds: 6 * 3600 };
const T0 = new Date('2026-03-01T00:00:00Z');
const ok = (newItems: number, hints: Partial<Extract<PollOutcome, { kind: 'ok' }>> = {}): PollOutcome => ({
  kind: 'ok',
  newItems,
  ...hints,
});
const fail = (reason: string, extra: Partial<Extract<PollOutcome, { kind: 'error' }>> = {}): PollOutcome => ({
  kind: 'error',
  reason,
  ...extra,
});

/** Runs outcomes in sequence on a clock that jumps to each chosen poll time. */
function simulate(outcomes: PollOutcome[], state: PollState = {}, policy: PollPolicy = POLICY): NextPoll[] {
  let clock = T0;
  let s = state;
  return outcomes.map((o) => {
    const r = nextPoll(s, o, clock, policy);
    expect(r.nextPollAt.getTime() - clock.getTime()).toBe(r.delaySeconds * 1000);
    s = { ...s, intervalSeconds: r.intervalSeconds, errorStreak: r.errorStreak };
    clock = r.nextPollAt;
    return r;
  });
}

describe('nextPoll: adaptive interval', () => {
  it('starts from the base interval and speeds up while new items keep arriving, down to min', () => {
    const runs = simulate(Array.from({ length: 12 }, () => ok(2)));
    const delays = runs.map((r) => r.delaySeconds);
    expect(delays[0]).toBe(675); // 900 × 0.75
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeLessThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBe(120);
    expect(runs.every((r) => r.errorStreak === 0 && r.constraint === 'interval')).toBe(true);
  });

  it('slows down while polls find nothing new (200 or 304), up to max', () => {
    const runs = simulate(Array.from({ length: 20 }, (_, i) => (i % 2 ? ok(0) : ({ kind: 'not_modified' } as PollOutcome))));
    expect(runs[0]!.delaySeconds).toBe(1125); // 900 × 1.25
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.delaySeconds).toBeGreaterThanOrEqual(runs[i - 1]!.delaySeconds);
    expect(runs.at(-1)!.delaySeconds).toBe(6 * 3600);
  });

  it('speeds up again when a quiet feed wakes up', () => {
    const runs = simulate([ok(0), ok(0), ok(0), ok(5), ok(5)]);
    expect(runs[3]!.delaySeconds).toBeLessThan(runs[2]!.delaySeconds);
    expect(runs[4]!.delaySeconds).toBeLessThan(runs[3]!.delaySeconds);
  });
});

describe('nextPoll: never sooner than the feed or server allow', () => {
  it.each([
    ['feed ttl', { minPollSeconds: 3600 }, ok(3), 3600, 'feed_ttl'],
    ['Cache-Control max-age', {}, ok(3, { cacheMaxAgeSeconds: 1800 }), 1800, 'cache_control'],
    ['Expires', {}, ok(3, { expiresAt: new Date(T0.getTime() + 2000_000) }), 2000, 'expires'],
    ['Retry-After on a 200', {}, ok(3, { retryAfterMs: 5_000_000 }), 5000, 'retry_after'],
    ['a hint shorter than the interval', { minPollSeconds: 60 }, ok(0), 1125, 'interval'],
    ['an absurd Expires (capped at 24 h)', {}, ok(0, { expiresAt: new Date('2038-01-01T00:00:00Z') }), 86_400, 'expires'],
  ] as const)('%s', (_name, state, outcome, delay, constraint) => {
    const r = nextPoll(state, outcome, T0, POLICY);
    expect(r.delaySeconds).toBe(delay);
    expect(r.constraint).toBe(constraint);
    // The hint does not change the adaptive interval itself.
    expect(r.intervalSeconds).toBe(outcome.kind === 'ok' && outcome.newItems > 0 ? 675 : 1125);
  });

  it('keeps honouring the ttl on every poll of a sequence', () => {
    const runs = simulate(
      Array.from({ length: 6 }, () => ok(4)),
      { minPollSeconds: 1800 },
    );
    expect(runs.every((r) => r.delaySeconds >= 1800)).toBe(true);
  });
});

describe('nextPoll: failures', () => {
  it('backs off exponentially from the normal interval up to the ceiling, and keeps polling', () => {
    const runs = simulate(
      Array.from({ length: 12 }, () => fail('timeout')),
      {},
      { ...POLICY, backoffMaxSeconds: 12 * 3600 },
    );
    expect(runs.slice(0, 6).map((r) => r.delaySeconds)).toEqual([900, 1800, 3600, 7200, 14_400, 28_800]);
    expect(runs.map((r) => r.errorStreak)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(runs.slice(6).every((r) => r.delaySeconds === 12 * 3600 && r.constraint === 'backoff')).toBe(true);
    expect(runs.every((r) => r.intervalSeconds === 900 && r.counted)).toBe(true);
  });

  it('never parks a feed beyond the ceiling, even after a thousand failures', () => {
    const r = nextPoll({ intervalSeconds: 900, errorStreak: 1000 }, fail('dns'), T0, POLICY);
    expect(r.delaySeconds).toBe(86_400);
    expect(r.errorStreak).toBe(1001);
  });

  it('backs off more steeply for persistent failures (404, not a feed)', () => {
    expect(nextPoll({}, fail('http_404'), T0, POLICY).delaySeconds).toBe(3600);
    expect(nextPoll({}, fail('not_a_feed'), T0, POLICY).delaySeconds).toBe(3600);
    expect(nextPoll({}, fail('http_503'), T0, POLICY).delaySeconds).toBe(900);
    expect(nextPoll({}, fail('http_503', { persistent: true }), T0, POLICY).delaySeconds).toBe(3600);
  });

  it('honours Retry-After when it is longer than the back-off', () => {
    const r = nextPoll({}, fail('http_429', { retryAfterMs: 7_200_000 }), T0, POLICY);
    expect(r).toMatchObject({ delaySeconds: 7200, constraint: 'retry_after', errorStreak: 1 });
    expect(nextPoll({}, fail('http_429', { retryAfterMs: 10_000 }), T0, POLICY).delaySeconds).toBe(900);
  });

  it('returns to the normal interval when the feed recovers', () => {
    const runs = simulate([ok(1), ok(1), fail('timeout'), fail('timeout'), fail('timeout'), ok(1), ok(0)]);
    const beforeErrors = runs[1]!.intervalSeconds; // 900 × 0.75 × 0.75 ≈ 506
    expect(runs[4]!.delaySeconds).toBe(beforeErrors * 4);
    expect(runs[5]).toMatchObject({ errorStreak: 0, counted: false, constraint: 'interval' });
    expect(runs[5]!.delaySeconds).toBe(Math.round(beforeErrors * 0.75));
    expect(runs[6]!.errorStreak).toBe(0);
  });

  it('does not count failures during a global outage', () => {
    const runs = simulate([fail('timeout'), fail('dns', { globalOutage: true }), fail('dns', { globalOutage: true }), fail('timeout')]);
    expect(runs.map((r) => r.errorStreak)).toEqual([1, 1, 1, 2]);
    expect(runs.map((r) => r.counted)).toEqual([true, false, false, true]);
    expect(runs[1]).toMatchObject({ delaySeconds: 900, constraint: 'outage' });
    expect(runs[3]!.delaySeconds).toBe(1800);
  });

  it('does not count host_busy (our own per-host budget) against the feed', () => {
    const r = nextPoll({ intervalSeconds: 900, errorStreak: 2 }, fail('host_busy', { retryAfterMs: 5000 }), T0, POLICY);
    expect(r).toMatchObject({ errorStreak: 2, counted: false, delaySeconds: 900, constraint: 'outage' });
  });
});

describe('nextPoll: inputs', () => {
  it('clamps a stored interval outside [min, max] and uses the policy base when none is stored', () => {
    expect(nextPoll({ intervalSeconds: 5 }, ok(1), T0, POLICY).intervalSeconds).toBe(120);
    expect(nextPoll({ intervalSeconds: 10 ** 9 }, ok(0), T0, POLICY).intervalSeconds).toBe(6 * 3600);
    expect(nextPoll({ intervalSeconds: null }, ok(0), T0, { ...POLICY, baseIntervalSeconds: 600 }).intervalSeconds).toBe(750);
  });
});

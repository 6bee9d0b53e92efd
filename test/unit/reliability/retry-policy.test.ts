/** The job retry delay (our custom back-off type) and the fair-share priority. */
import { describe, expect, it } from 'vitest';
import { BACKOFF_TYPE, fairPriority, jobOptions, retryDelayMs } from '../../../src/queues.js';
import { judgePersistence } from '../../../src/ops/doctor.js';

const policy = { attempts: 10, backoffBaseMs: 5000, backoffMaxMs: 3_600_000 };

describe('retry policy', () => {
  it('uses a custom back-off type, so BullMQ calls our strategy', () => {
    expect(jobOptions(policy).backoff.type).toBe(BACKOFF_TYPE);
    expect(BACKOFF_TYPE).not.toMatch(/^(fixed|exponential)$/);
  });

  it("keeps finished jobs for a bounded time and number, so Redis does not grow with the service's age", () => {
    const o = jobOptions(policy);
    for (const keep of [o.removeOnComplete, o.removeOnFail]) {
      expect(keep.age).toBeGreaterThan(0);
      expect(keep.count).toBeGreaterThan(0);
    }
  });

  it('doubles from the base and caps', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy))).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30, policy)).toBe(3_600_000);
  });

  it('waits at least what Retry-After asks (capped at 6 h), never less than the back-off step', () => {
    expect(retryDelayMs(1, policy, 120_000)).toBe(120_000);
    expect(retryDelayMs(4, policy, 1000)).toBe(40_000);
    expect(retryDelayMs(1, policy, 30 * 3600_000)).toBe(6 * 3600_000);
  });

  it('the default attempts outlast a 10-minute outage', () => {
    let total = 0;
    for (let n = 1; n < policy.attempts; n++) total += retryDelayMs(n, policy);
    expect(total).toBeGreaterThan(10 * 60_000);
  });

  it('gives every feed first item the same priority, within BullMQ limits', () => {
    expect(fairPriority(0)).toBe(1);
    expect(fairPriority(5)).toBe(6);
    expect(fairPriority(10_000_000)).toBe(2_097_151);
  });
});

describe('doctor: redis persistence', () => {
  it('is ok with AOF, warns with RDB only or nothing, and says what is lost', () => {
    expect(judgePersistence(true, '3600 1').status).toBe('ok');
    const rdb = judgePersistence(false, '3600 1');
    expect(rdb.status).toBe('warn');
    expect(rdb.detail).toMatch(/since the last snapshot/);
    const none = judgePersistence(false, null);
    expect(none.status).toBe('warn');
    expect(none.detail).toMatch(/loses every queued job.*reconciler re-creates the scheduler/);
  });
});

/** A Redis that is down must not flood the log: the first error, then one line a minute. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, rateLimited } from '../../../src/logger.js';

afterEach(() => vi.restoreAllMocks());

describe('rateLimited', () => {
  it('logs the first error, then at most one per minute with the count suppressed', () => {
    const log = createLogger('silent');
    const calls: unknown[][] = [];
    vi.spyOn(log, 'error').mockImplementation((...args: unknown[]) => void calls.push(args));
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const onError = rateLimited(log, 'redis error');
    for (let i = 0; i < 35; i++) onError(new Error('connect ECONNREFUSED'));
    expect(calls).toHaveLength(1);
    now += 59_000;
    onError(new Error('connect ECONNREFUSED'));
    expect(calls).toHaveLength(1);
    now += 1_000;
    onError(new Error('connect ECONNREFUSED'));
    expect(calls).toHaveLength(2);
    expect(calls[1]![0]).toEqual({ err: 'connect ECONNREFUSED', suppressed: 35 });
  });
});

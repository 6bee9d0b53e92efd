/**
 * The per-host budget: two fetchers (as if two worker processes) sharing one Redis never exceed the
 * host's concurrency and keep the minimum delay between request starts, measured by the server.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryHostBudget, createRedisHostBudget } from '../../../src/fetch/index.js';
import { startFixtureServer } from './fixture-server.js';
import type { FixtureServer, Hit } from './fixture-server.js';
import { closeFetchers, failure, testFetcher } from './helpers.js';

const prefix = `wh-test-fetch-${randomUUID()}`;
let redis: Redis;
let srv: FixtureServer;

beforeAll(async () => {
  redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  srv = await startFixtureServer();
  srv.route('/slow', (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss/>'), 200));
});
afterAll(async () => {
  await closeFetchers();
  await srv.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  expect(await redis.keys(`${prefix}:*`)).toEqual([]);
  await redis.quit();
});

/** The largest number of requests the server was serving at once. */
function maxOverlap(hits: Hit[]): number {
  const events = hits.flatMap((h) => [
    [h.start, 1],
    [h.end, -1],
  ] as const);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let max = 0;
  for (const [, d] of events) max = Math.max(max, (cur += d));
  return max;
}

const startGaps = (hits: Hit[]) => {
  const starts = hits.map((h) => h.start).sort((a, b) => a - b);
  return starts.slice(1).map((s, i) => s - starts[i]!);
};

describe('per-host budget', () => {
  it('two fetchers sharing Redis: at most N concurrent, starts at least minDelay apart', async () => {
    const opts = { redis, keyPrefix: prefix, hostConcurrency: 2, hostMinDelayMs: 100 };
    const a = testFetcher(opts);
    const b = testFetcher(opts);
    const first = srv.hits.length;
    const runs = Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).fetch(`${srv.origin}/slow`, { kind: 'feed' }));
    const results = await Promise.all(runs);
    const hits = srv.hits.slice(first);
    expect(hits).toHaveLength(8);
    expect(maxOverlap(hits)).toBeLessThanOrEqual(2);
    // Redis grants on its own clock 100 ms apart; the server sees each start after a variable
    // delay (on a loaded machine one request can arrive late and the next on time), so allow one
    // short gap and ask the median to be near the delay. Unpaced, half the gaps would be ~0.
    const gaps = startGaps(hits).sort((x, y) => x - y);
    expect(gaps.filter((g) => g < 50).length).toBeLessThanOrEqual(1);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(80);
    expect(results.some((r) => r.waitMs > 0)).toBe(true);
  });

  it('a slot held by a crashed process frees itself when its lease expires', async () => {
    const budget = createRedisHostBudget({ redis, prefix, concurrency: 1, minDelayMs: 0, leaseMs: 300 });
    const held = await budget.tryAcquire('crash.test'); // never released
    expect(held.ok).toBe(true);
    expect((await budget.tryAcquire('crash.test')).ok).toBe(false);
    await new Promise((r) => setTimeout(r, 350));
    const again = await budget.tryAcquire('crash.test');
    expect(again.ok).toBe(true);
    if (again.ok) await budget.release('crash.test', again.token);
  });

  it('the in-process budget has the same semantics', async () => {
    const f = testFetcher({ budget: createMemoryHostBudget({ concurrency: 1, minDelayMs: 50 }) });
    const first = srv.hits.length;
    await Promise.all([1, 2, 3].map(() => f.fetch(`${srv.origin}/slow`, { kind: 'feed' })));
    const hits = srv.hits.slice(first);
    expect(maxOverlap(hits)).toBe(1);
    expect(Math.min(...startGaps(hits))).toBeGreaterThanOrEqual(190); // serialized behind a 200 ms response
  });

  it('gives up with the retryable fetch_host_busy after budgetMaxWaitMs', async () => {
    const f = testFetcher({ hostConcurrency: 1, hostMinDelayMs: 0, budgetMaxWaitMs: 50 });
    const slow = f.fetch(`${srv.origin}/slow`, { kind: 'feed' });
    await new Promise((r) => setTimeout(r, 20));
    const err = await failure(f.fetch(`${srv.origin}/slow`, { kind: 'feed' }));
    expect(err.code).toBe('fetch_host_busy');
    expect(err.retryable).toBe(true);
    await slow;
  });
});

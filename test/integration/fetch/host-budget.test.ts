/**
 * The per-host budget: two fetchers (as if two worker processes) sharing one Redis never exceed the
 * host's concurrency and keep the minimum delay between request starts, measured by the server.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryHostBudget, createRedisHostBudget } from '../../../src/fetch/index.js';
import { startOwnRedis } from '../../helpers/own-servers.js';
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
  const events = hits.flatMap(
    (h) =>
      [
        [h.start, 1],
        [h.end, -1],
      ] as const,
  );
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

  it('runs its scripts by hash, and again after Redis lost them', async () => {
    // An own Redis: SCRIPT FLUSH on the shared one would touch every other client's scripts.
    const own = await startOwnRedis({ aof: false });
    const r = new Redis(own.url, { maxRetriesPerRequest: 1 });
    try {
      const budget = createRedisHostBudget({ redis: r, prefix, concurrency: 1, minDelayMs: 0, leaseMs: 5000 });
      const sent: string[] = [];
      const send = r.sendCommand.bind(r);
      r.sendCommand = (cmd, ...rest) => (sent.push(cmd.name), send(cmd, ...rest));
      const take = async () => {
        const s = await budget.tryAcquire('sha.test');
        expect(s.ok).toBe(true);
        if (s.ok) await budget.release('sha.test', s.token);
        expect(await budget.retryAfter('sha.test', 0)).toBeGreaterThanOrEqual(0);
      };
      await take(); // first use: EVALSHA, NOSCRIPT, then EVAL loads it
      sent.length = 0;
      await take();
      expect(sent).toEqual(['evalsha', 'zrem', 'evalsha']); // the script bodies are not sent again
      await r.script('FLUSH'); // what a restarted Redis without persistence looks like
      await take();
      sent.length = 0;
      await take();
      expect(sent).toEqual(['evalsha', 'zrem', 'evalsha']);
    } finally {
      r.disconnect();
      await own.stop();
    }
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

  it('jobs that found a host busy get places on its retry line one pacing step apart, across processes', async () => {
    const opts = { redis, prefix, concurrency: 2, minDelayMs: 1000, leaseMs: 5000 };
    const a = createRedisHostBudget(opts);
    const b = createRedisHostBudget(opts); // another process
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) waits.push(await (i % 2 ? a : b).retryAfter('line.test', 300));
    // The first comes back when the host is free again; each later one a second (the pacing) after the one before.
    expect(waits[0]).toBeGreaterThanOrEqual(290);
    const steps = waits.slice(1).map((w, i) => w - waits[i]!);
    for (const s of steps) expect(s).toBeGreaterThanOrEqual(950);
    for (const s of steps) expect(s).toBeLessThanOrEqual(1000);
    // A robots.txt Crawl-delay lengthens the step; the line's key expires once it has passed.
    const c = await a.retryAfter('slow-line.test', 0, 3000);
    expect(await a.retryAfter('slow-line.test', 0, 3000)).toBeGreaterThanOrEqual(c + 2950);
    expect(await redis.pttl(`${prefix}:host:line.test:retry`)).toBeGreaterThan(0);
    expect(await redis.pttl(`${prefix}:host:line.test:retry`)).toBeLessThanOrEqual(7_000);
    const memory = createMemoryHostBudget({ concurrency: 1, minDelayMs: 500 });
    const m = [await memory.retryAfter('m.test', 100), await memory.retryAfter('m.test', 100), await memory.retryAfter('m.test', 100)];
    expect(m[1]! - m[0]!).toBeGreaterThanOrEqual(490);
    expect(m[2]! - m[1]!).toBeGreaterThanOrEqual(490);
  });

  it('a busy failure carries the place on the retry line', async () => {
    const f = testFetcher({ redis, keyPrefix: `${prefix}-busy`, hostConcurrency: 1, hostMinDelayMs: 1000, budgetMaxWaitMs: 50 });
    await f.fetch(`${srv.origin}/slow`, { kind: 'feed' });
    const errs = [
      await failure(f.fetch(`${srv.origin}/slow`, { kind: 'feed' })),
      await failure(f.fetch(`${srv.origin}/slow`, { kind: 'feed' })),
    ];
    expect(errs.map((e) => e.code)).toEqual(['fetch_host_busy', 'fetch_host_busy']);
    expect(errs[1]!.retryAfterMs! - errs[0]!.retryAfterMs!).toBeGreaterThanOrEqual(900);
    const keys = await redis.keys(`${prefix}-busy:*`);
    await new Promise((r) => setTimeout(r, 3000)); // everything expires on its own
    expect(await redis.exists(...keys)).toBe(0);
  });
});

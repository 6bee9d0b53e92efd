/**
 * A one-shot command shares the service's per-host budget: while another process (here the test,
 * holding the host's only slot in Redis) is fetching from a site, `wirehouse feeds poll` waits for
 * the slot instead of sending its request, and sends it once the slot is released. The command is
 * the built CLI in a child process, so this checks the wiring the user gets (src/runtime.ts), not
 * a fetcher built by the test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { createRedisHostBudget } from '../../../src/fetch/redis-host-budget.js';
import { killLeftovers, launchCli } from '../../helpers/cli-process.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
let server: Server;
let origin: string;
let redis: Redis;
/** When each request for the feed arrived (ms since the epoch). */
const feedHits: number[] = [];

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Budget</title><link>http://x/</link>
<item><title>One</title><link>http://127.0.0.1:1/one.html</link><guid>one</guid></item></channel></rss>`;

beforeAll(async () => {
  env = await freshEnv();
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      feedHits.push(Date.now());
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  redis = new Redis(env.redisUrl, { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  killLeftovers();
  await new Promise((r) => server?.close(r));
  await redis?.quit();
  await env?.cleanup();
});

describe('CLI fetcher and the Redis host budget', () => {
  it('feeds poll waits while another process holds the host slot, then fetches', { timeout: 60_000 }, async () => {
    const feed = await addFeed(env.db, { url: `${origin}/feed.xml`, intervalSeconds: 600 });
    // The same keys the service's fetchers use: `${QUEUE_PREFIX}:fetch`, per host name.
    const budget = createRedisHostBudget({ redis, prefix: `${env.queuePrefix}:fetch`, concurrency: 1, minDelayMs: 0, leaseMs: 60_000 });
    const held = await budget.tryAcquire('127.0.0.1');
    if (!held.ok) throw new Error('test: could not take the host slot');
    const cli = launchCli(env, ['feeds', 'poll', String(feed.id)], {
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      HOST_CONCURRENCY: '1',
      HOST_MIN_DELAY_MS: '0',
      LOG_LEVEL: 'warn',
    });
    // Long enough for the command to start, migrate-check and reach the fetch on a loaded machine.
    await new Promise((r) => setTimeout(r, 4000));
    expect(feedHits).toEqual([]);
    const releasedAt = Date.now();
    await budget.release('127.0.0.1', held.token);
    expect(await cli.exited).toBe(0);
    expect(feedHits).toHaveLength(1);
    expect(feedHits[0]).toBeGreaterThanOrEqual(releasedAt);
    expect(cli.output()).toMatch(/"status": "ok"/);
  });
});

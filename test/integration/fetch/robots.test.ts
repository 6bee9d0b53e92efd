/** robots.txt: fetched once per origin, obeyed for pages (and feeds when asked), 404 allows, 5xx disallows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from './fixture-server.js';
import type { FixtureServer } from './fixture-server.js';
import type { ServerResponse } from 'node:http';
import { closeFetchers, failure, testFetcher } from './helpers.js';

const ROBOTS = ['User-agent: *', 'Disallow: /private', '', 'User-agent: wirehouse-test', 'Disallow: /secret', 'Allow: /', ''].join('\n');
let rules: FixtureServer;
let missing: FixtureServer;
let broken: FixtureServer;
let paced: FixtureServer;

const page = (_req: unknown, res: ServerResponse) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
const robotsHits = (s: FixtureServer) => s.hits.filter((h) => h.path === '/robots.txt').length;

beforeAll(async () => {
  [rules, missing, broken, paced] = await Promise.all([
    startFixtureServer(),
    startFixtureServer(),
    startFixtureServer(),
    startFixtureServer(),
  ]);
  // Crawl-delay in our own group (600 ms) and a huge one for everyone else, which must not apply to us.
  paced.route(
    '/robots.txt',
    (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: *\nCrawl-delay: 3600\n\nUser-agent: wirehouse-test\nCrawl-delay: 0.6\nAllow: /\n'),
  );
  for (const p of ['/a', '/b', '/c']) paced.route(p, page);
  rules.route('/robots.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(ROBOTS));
  broken.route('/robots.txt', (_req, res) => void res.writeHead(503).end());
  for (const s of [rules, missing, broken]) for (const p of ['/secret/a', '/private/a', '/public/a']) s.route(p, page);
});
afterAll(async () => {
  await closeFetchers();
  await Promise.all([rules.close(), missing.close(), broken.close(), paced.close()]);
});

describe('robots.txt', () => {
  it('obeys the group of our product token for pages and fetches robots.txt once', async () => {
    const f = testFetcher({ robots: {} });
    const err = await failure(f.fetch(`${rules.origin}/secret/a`, { kind: 'page' }));
    expect(err.code).toBe('fetch_robots_disallowed');
    expect(err.message).toBe(`fetch: robots.txt disallows ${rules.origin}/secret/a`);
    // Our own group replaces the * group (RFC 9309 §2.2.1), so /private is allowed for us.
    expect((await f.fetch(`${rules.origin}/private/a`, { kind: 'page' })).status).toBe(200);
    expect((await f.fetch(`${rules.origin}/public/a`, { kind: 'page' })).status).toBe(200);
    expect(robotsHits(rules)).toBe(1);
    expect(rules.hits.some((h) => h.path === '/secret/a')).toBe(false);
  });

  it('ignores robots.txt for feeds unless configured', async () => {
    expect((await testFetcher({ robots: {} }).fetch(`${rules.origin}/secret/a`, { kind: 'feed' })).status).toBe(200);
    const err = await failure(testFetcher({ robots: { forFeeds: true } }).fetch(`${rules.origin}/secret/a`, { kind: 'feed' }));
    expect(err.code).toBe('fetch_robots_disallowed');
  });

  it('a 404 robots.txt allows everything', async () => {
    expect((await testFetcher({ robots: {} }).fetch(`${missing.origin}/secret/a`, { kind: 'page' })).status).toBe(200);
  });

  it('a 5xx robots.txt disallows for a while (cached), as a retryable failure with the time left', async () => {
    const f = testFetcher({ robots: { errorTtlMs: 60_000 } });
    for (const p of ['/public/a', '/private/a']) {
      const err = await failure(f.fetch(`${broken.origin}${p}`, { kind: 'page' }));
      expect(err.code).toBe('fetch_robots_disallowed');
      // The site is down, not forbidding us: the page must come back later, not fail for good.
      expect(err.retryable).toBe(true);
      expect(err.retryAfterMs).toBeGreaterThan(50_000);
    }
    expect(robotsHits(broken)).toBe(1);
  });

  it('re-fetches robots.txt after its TTL', async () => {
    const f = testFetcher({ robots: { ttlMs: 50 } });
    const before = robotsHits(missing);
    await f.fetch(`${missing.origin}/public/a`, { kind: 'page' });
    await new Promise((r) => setTimeout(r, 80));
    await f.fetch(`${missing.origin}/public/a`, { kind: 'page' });
    expect(robotsHits(missing) - before).toBe(2);
  });

  it("spaces page requests by our group's Crawl-delay, not the '*' group's", async () => {
    const f = testFetcher({ robots: {} });
    for (const p of ['/a', '/b', '/c']) expect((await f.fetch(`${paced.origin}${p}`, { kind: 'page' })).status).toBe(200);
    const starts = paced.hits.filter((h) => h.path !== '/robots.txt').map((h) => h.start);
    expect(starts).toHaveLength(3);
    // A lower bound only: the delay is a minimum, never a target. The starts are the server's
    // arrival times: the fetcher spaces its sends, and on a loaded machine one request's connection
    // can reach the server tens of ms later than the next one's (CI saw 587.6 ms; a machine with
    // five test runs at once, 555 ms), so 25% slack: unspaced requests arrive a few ms apart.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(450);
    // Our group's 0.6 s applies, not the '*' group's 3600 s (the whole test would time out).
  });
});

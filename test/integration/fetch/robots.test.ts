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

const page = (_req: unknown, res: ServerResponse) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
const robotsHits = (s: FixtureServer) => s.hits.filter((h) => h.path === '/robots.txt').length;

beforeAll(async () => {
  [rules, missing, broken] = await Promise.all([startFixtureServer(), startFixtureServer(), startFixtureServer()]);
  rules.route('/robots.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(ROBOTS));
  broken.route('/robots.txt', (_req, res) => void res.writeHead(503).end());
  for (const s of [rules, missing, broken]) for (const p of ['/secret/a', '/private/a', '/public/a']) s.route(p, page);
});
afterAll(async () => {
  await closeFetchers();
  await Promise.all([rules.close(), missing.close(), broken.close()]);
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

  it('a 5xx robots.txt disallows for a while (cached)', async () => {
    const f = testFetcher({ robots: { errorTtlMs: 60_000 } });
    for (const p of ['/public/a', '/private/a']) {
      expect((await failure(f.fetch(`${broken.origin}${p}`, { kind: 'page' }))).code).toBe('fetch_robots_disallowed');
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
});

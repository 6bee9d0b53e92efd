/**
 * The SSRF guard end to end: literal and resolved private addresses are refused before any
 * connection, on the first hop and on every redirect, unless allowlisted; DNS is faked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DnsLookup, ResolvedAddress } from '../../../src/fetch/index.js';
import { startFixtureServer } from './fixture-server.js';
import type { FixtureServer } from './fixture-server.js';
import type { ServerResponse } from 'node:http';
import { closeFetchers, failure, testFetcher } from './helpers.js';

let srv: FixtureServer;
const ZONE: Record<string, ResolvedAddress[]> = {
  'feeds.test': [{ address: '127.0.0.1', family: 4 }],
  'rebind.test': [{ address: '127.0.0.1', family: 4 }],
  'metadata.test': [{ address: '169.254.169.254', family: 4 }],
  'mixed.test': [
    { address: '10.0.0.5', family: 4 },
    { address: '127.0.0.1', family: 4 },
  ],
};
const lookups: string[] = [];
const fakeDns: DnsLookup = async (host) => {
  lookups.push(host);
  const a = ZONE[host];
  if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return a;
};

beforeAll(async () => {
  srv = await startFixtureServer();
  srv.route('/feed', (_req, res) => void res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss/>'));
  const redirect = (to: () => string) => (_req: unknown, res: ServerResponse) => void res.writeHead(302, { location: to() }).end();
  srv.route(
    '/to-loopback',
    redirect(() => `http://127.0.0.1:${srv.port}/feed`),
  );
  srv.route(
    '/to-private',
    redirect(() => 'http://10.0.0.1/feed'),
  );
  srv.route(
    '/to-metadata',
    redirect(() => 'http://metadata.test/latest/meta-data/'),
  );
  srv.route(
    '/to-mapped',
    redirect(() => `http://[::ffff:127.0.0.1]:${srv.port}/feed`),
  );
  srv.route(
    '/to-rebind',
    redirect(() => `http://rebind.test:${srv.port}/feed`),
  );
});
afterAll(async () => {
  await closeFetchers();
  await srv.close();
});

const named = (host: string, path: string) => `http://${host}:${srv.port}${path}`;

describe('SSRF guard', () => {
  it('refuses loopback literals unless allowlisted', async () => {
    const hitsBefore = srv.hits.length;
    const err = await failure(testFetcher({ allowPrivateHosts: [] }).fetch(`${srv.origin}/feed`, { kind: 'feed' }));
    expect(err.code).toBe('fetch_blocked_address');
    expect(err.context).toMatchObject({ range: 'loopback', address: '127.0.0.1' });
    expect(srv.hits.length).toBe(hitsBefore); // never connected
    expect((await testFetcher().fetch(`${srv.origin}/feed`, { kind: 'feed' })).status).toBe(200);
  });

  it('allows an allowlisted name that resolves to loopback, and sends its Host', async () => {
    const r = await testFetcher({ allowPrivateHosts: ['feeds.test'], lookup: fakeDns }).fetch(named('feeds.test', '/feed'), {
      kind: 'feed',
    });
    expect(r.status).toBe(200);
    expect(srv.hits.at(-1)!.headers.host).toBe(`feeds.test:${srv.port}`);
  });

  it.each([
    ['/to-loopback', 'loopback'],
    ['/to-private', 'private'],
    ['/to-metadata', 'linkLocal'],
    ['/to-mapped', 'ipv4Mapped'],
    ['/to-rebind', 'loopback'],
  ])('refuses a redirect %s (%s)', async (path, range) => {
    const f = testFetcher({ allowPrivateHosts: ['feeds.test'], lookup: fakeDns });
    const hitsBefore = srv.hits.length;
    const err = await failure(f.fetch(named('feeds.test', path), { kind: 'feed' }));
    expect(err.code).toBe('fetch_blocked_address');
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/^fetch: refusing /);
    expect(err.context.range).toBe(range);
    expect(err.message).toMatch(/ for http:\/\/\S+$/); // the hop's URL, not just its host
    expect(srv.hits.length).toBe(hitsBefore + 1); // only the redirecting hop reached the server
  });

  it('matches allowlist names as written: an allowlisted IP does not admit a name resolving to it', async () => {
    const err = await failure(
      testFetcher({ allowPrivateHosts: ['127.0.0.1'], lookup: fakeDns }).fetch(named('rebind.test', '/feed'), { kind: 'feed' }),
    );
    expect(err.code).toBe('fetch_blocked_address');
  });

  it('connects only to a checked address of a mixed answer (CIDR allowlist)', async () => {
    const r = await testFetcher({ allowPrivateHosts: ['127.0.0.0/8'], lookup: fakeDns }).fetch(named('mixed.test', '/feed'), {
      kind: 'feed',
    });
    expect(r.status).toBe(200); // 10.0.0.5 was dropped, 127.0.0.1 is in the allowed range
  });

  it('maps a failed lookup to fetch_dns', async () => {
    const err = await failure(testFetcher({ lookup: fakeDns }).fetch('http://nowhere.test/feed', { kind: 'feed' }));
    expect(err.code).toBe('fetch_dns');
    expect(err.retryable).toBe(true);
    expect(lookups).toContain('nowhere.test');
  });
});

/** Statuses, conditional GET, redirects and content encodings against a local server. */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from './fixture-server.js';
import type { FixtureServer } from './fixture-server.js';
import { closeFetchers, failure, testFetcher } from './helpers.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title></item></channel></rss>';
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
let srv: FixtureServer;

beforeAll(async () => {
  srv = await startFixtureServer();
  srv.route('/feed', (_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT',
      'cache-control': 'public, max-age=600',
    });
    res.end(FEED);
  });
  srv.route('/conditional', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res.writeHead(200, { etag: '"v1"', 'content-type': 'application/xml' }).end(FEED);
  });
  // Stale validators: always 200 with the same ETag whatever we send.
  srv.route('/stale', (_req, res) => void res.writeHead(200, { etag: '"forever"', 'content-type': 'text/xml' }).end(FEED));
  srv.route('/r1', (_req, res) => void res.writeHead(301, { location: '/r2' }).end());
  srv.route('/r2', (_req, res) => void res.writeHead(302, { location: `${srv.origin}/feed#frag` }).end());
  srv.route('/loop', (_req, res) => void res.writeHead(307, { location: '/loop' }).end());
  srv.route('/ftp', (_req, res) => void res.writeHead(302, { location: 'ftp://example.org/x' }).end());
  srv.route('/429', (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end('slow down'));
  srv.route('/503', (_req, res) => void res.writeHead(503, { 'retry-after': new Date(Date.now() + 90_000).toUTCString() }).end());
  srv.route('/410', (_req, res) => void res.writeHead(410).end('gone'));
  srv.route('/png', (_req, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end('x'));
  srv.route('/html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>'));
  for (const [name, enc, fn] of [
    ['gzip', 'gzip', zlib.gzipSync],
    ['deflate', 'deflate', zlib.deflateSync],
    ['deflate-raw', 'deflate', zlib.deflateRawSync],
    ['br', 'br', zlib.brotliCompressSync],
  ] as const) {
    srv.route(
      `/enc/${name}`,
      (_req, res) => void res.writeHead(200, { 'content-encoding': enc, 'content-type': 'text/xml' }).end(fn(Buffer.from(FEED))),
    );
  }
  // A "gzip" label on a body that is not gzip (seen on misconfigured servers).
  srv.route('/enc/mislabelled', (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip' }).end(FEED));
});
afterAll(async () => {
  await closeFetchers();
  await srv.close();
});

describe('fetch: success and conditional GET', () => {
  it('returns the body, validators, hash and cache hints', async () => {
    const r = await testFetcher().fetch(`${srv.origin}/feed`, { kind: 'feed' });
    expect(r).toMatchObject({
      status: 200,
      notModified: false,
      url: `${srv.origin}/feed`,
      etag: '"v1"',
      contentType: 'application/rss+xml; charset=utf-8',
    });
    expect(r.body.toString()).toBe(FEED);
    expect(r.bodyHash).toBe(sha(FEED));
    expect(r.bytes).toBe(Buffer.byteLength(FEED));
    expect(r.cacheMaxAgeSeconds).toBe(600);
    expect(r.lastModified).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    const hit = srv.hits.at(-1)!;
    expect(hit.headers['user-agent']).toMatch(/^wirehouse-test\/1\.0/);
    expect(hit.headers.accept).toContain('application/rss+xml');
    expect(hit.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends the stored validators and reports a 304 as notModified', async () => {
    const r = await testFetcher().fetch(`${srv.origin}/conditional`, {
      kind: 'feed',
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
      previousBodyHash: 'abc',
    });
    expect(srv.hits.at(-1)!.headers['if-modified-since']).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    expect(r).toMatchObject({ status: 304, notModified: true, etag: '"v1"', bodyHash: 'abc', bytes: 0 });
  });

  it('treats a 200 with an unchanged body hash as notModified (stale validators)', async () => {
    const f = testFetcher();
    const same = await f.fetch(`${srv.origin}/stale`, { kind: 'feed', etag: '"forever"', previousBodyHash: sha(FEED) });
    expect(same).toMatchObject({ status: 200, notModified: true });
    const changed = await f.fetch(`${srv.origin}/stale`, { kind: 'feed', etag: '"forever"', previousBodyHash: sha('older body') });
    expect(changed.notModified).toBe(false);
  });
});

describe('fetch: redirects', () => {
  it('follows relative and absolute redirects and reports the final URL', async () => {
    const r = await testFetcher().fetch(`${srv.origin}/r1`, { kind: 'feed' });
    expect(r.url).toBe(`${srv.origin}/feed`);
    expect(r.redirects).toBe(2);
    expect(r.body.toString()).toBe(FEED);
  });

  it('stops after maxRedirects', async () => {
    const err = await failure(testFetcher({ maxRedirects: 2 }).fetch(`${srv.origin}/loop`, { kind: 'feed' }));
    expect(err.code).toBe('fetch_too_many_redirects');
    expect(err.message).toMatch(/^fetch: more than 2 redirects/);
  });

  it('refuses a redirect to a non-HTTP scheme', async () => {
    expect((await failure(testFetcher().fetch(`${srv.origin}/ftp`, { kind: 'feed' }))).code).toBe('fetch_bad_url');
  });
});

describe('fetch: HTTP errors', () => {
  it.each([
    ['/429', 'fetch_http_retryable', 429, 120_000],
    ['/503', 'fetch_http_retryable', 503, 90_000],
    ['/410', 'fetch_http', 410, undefined],
    ['/missing', 'fetch_http', 404, undefined],
  ])('%s -> %s', async (path, code, status, retryAfterMs) => {
    const err = await failure(testFetcher().fetch(`${srv.origin}${path}`, { kind: 'feed' }));
    expect(err.code).toBe(code);
    expect(err.retryable).toBe(code === 'fetch_http_retryable');
    expect(err.message).toMatch(new RegExp(`^fetch: ${status} for ${srv.origin}${path}`));
    expect(err.context).toMatchObject({ status, url: `${srv.origin}${path}`, host: `127.0.0.1:${srv.port}` });
    if (retryAfterMs === undefined) expect(err.retryAfterMs).toBeUndefined();
    else expect(Math.abs(err.retryAfterMs! - retryAfterMs)).toBeLessThan(3000);
  });

  it('refuses a page that is an image, accepts HTML', async () => {
    const f = testFetcher();
    expect((await failure(f.fetch(`${srv.origin}/png`, { kind: 'page' }))).code).toBe('fetch_bad_content_type');
    expect((await f.fetch(`${srv.origin}/html`, { kind: 'page' })).status).toBe(200);
  });

  it('maps a refused connection to fetch_network and a bad URL to fetch_bad_url', async () => {
    const closed = await startFixtureServer();
    const port = closed.port;
    await closed.close();
    const f = testFetcher();
    expect((await failure(f.fetch(`http://127.0.0.1:${port}/`, { kind: 'feed' }))).code).toBe('fetch_network');
    expect((await failure(f.fetch('not a url', { kind: 'feed' }))).code).toBe('fetch_bad_url');
    expect((await failure(f.fetch('file:///etc/passwd', { kind: 'feed' }))).code).toBe('fetch_bad_url');
  });

  it('rethrows the caller abort untouched', async () => {
    const ctl = new AbortController();
    ctl.abort(new Error('shutting down'));
    await expect(testFetcher().fetch(`${srv.origin}/feed`, { kind: 'feed', signal: ctl.signal })).rejects.toThrow('shutting down');
  });
});

describe('fetch: content encodings', () => {
  it.each(['gzip', 'deflate', 'deflate-raw', 'br', 'mislabelled'])('decodes %s', async (name) => {
    const r = await testFetcher().fetch(`${srv.origin}/enc/${name}`, { kind: 'feed' });
    expect(r.body.toString()).toBe(FEED);
    expect(r.bodyHash).toBe(sha(FEED));
  });
});

/**
 * A page that arrives gzip'd comes back with its wire bytes (`bodyGzip`) so the raw page can be
 * kept without compressing it again, but only when those bytes are one complete gzip member of
 * exactly the decoded body; anything else leaves bodyGzip out.
 */
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { closeFetchers, testFetcher } from './helpers.js';

const PAGE = Buffer.from(`<!doctype html><title>t</title>${'<p>Paragraph of a wire story, long enough to compress.</p>'.repeat(200)}`);
const GZ = zlib.gzipSync(PAGE);
let srv: FixtureServer;

beforeAll(async () => {
  srv = await startFixtureServer();
  const serve = (path: string, encoding: string, body: Buffer) =>
    srv.route(
      path,
      (_req, res) =>
        void res.writeHead(200, { 'content-type': 'text/html', ...(encoding ? { 'content-encoding': encoding } : {}) }).end(body),
    );
  serve('/gzip', 'gzip', GZ);
  serve('/x-gzip', 'x-gzip', GZ);
  // Cut before the trailer: the lenient decoder still yields a prefix, which must not be kept as "the page".
  serve('/truncated', 'gzip', GZ.subarray(0, GZ.length - 8));
  // Two members: decodes to both halves, but the trailer covers only the second.
  serve('/two-members', 'gzip', Buffer.concat([zlib.gzipSync(PAGE.subarray(0, 1000)), zlib.gzipSync(PAGE.subarray(1000))]));
  serve('/br', 'br', zlib.brotliCompressSync(PAGE));
  serve('/deflate', 'deflate', zlib.deflateSync(PAGE));
  serve('/identity', '', PAGE);
  serve('/gzip-then-br', 'gzip, br', zlib.brotliCompressSync(GZ));
  serve('/mislabelled', 'gzip', PAGE);
});
afterAll(async () => {
  await closeFetchers();
  await srv.close();
});

describe('fetch: bodyGzip', () => {
  it.each(['/gzip', '/x-gzip'])('keeps the wire bytes of a complete gzip body (%s)', async (path) => {
    const r = await testFetcher().fetch(`${srv.origin}${path}`, { kind: 'page' });
    expect(r.body.equals(PAGE)).toBe(true);
    expect(r.bodyGzip?.equals(GZ)).toBe(true);
  });

  it.each(['/truncated', '/two-members', '/br', '/deflate', '/identity', '/gzip-then-br', '/mislabelled'])(
    'leaves it out otherwise (%s)',
    async (path) => {
      const r = await testFetcher().fetch(`${srv.origin}${path}`, { kind: 'page' });
      expect(r.body.length).toBeGreaterThan(0);
      expect(r.bodyGzip).toBeUndefined();
    },
  );
});

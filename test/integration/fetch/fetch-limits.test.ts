/**
 * Hostile responses end in a typed error within the caps: compression bombs, a 20 MB body, a
 * server that never sends headers, and one that trickles its body forever.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from './fixture-server.js';
import type { FixtureServer } from './fixture-server.js';
import { closeFetchers, failure, testFetcher } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/http/${name}`, import.meta.url));
let srv: FixtureServer;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  srv = await startFixtureServer();
  const gzBomb = fixture('bomb-256m.gz'); // 255 KB on the wire, 256 MiB decoded
  const brBomb = fixture('bomb-1g.br'); // 1.6 KB on the wire, 1 GiB decoded
  srv.route(
    '/bomb.gz',
    (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/xml' }).end(gzBomb),
  );
  srv.route(
    '/bomb.br',
    (_req, res) => void res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'application/xml' }).end(brBomb),
  );
  const big = Buffer.alloc(20 * 1024 * 1024, 'a');
  srv.route('/20mb', (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml', 'content-length': big.length }).end(big));
  srv.route('/20mb-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(big); // no content-length: the cap must hold while streaming
  });
  srv.route('/no-headers', () => {
    /* never answers */
  });
  srv.route('/trickle', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    const t = setInterval(() => res.write('<'), 50);
    timers.add(t);
    res.on('close', () => clearInterval(t));
  });
});
afterAll(async () => {
  for (const t of timers) clearInterval(t);
  await closeFetchers();
  await srv.close();
});

describe('fetch: size caps', () => {
  it.each(['/bomb.gz', '/bomb.br'])('%s stops at the decoded cap', async (path) => {
    const before = process.memoryUsage().rss;
    const err = await failure(testFetcher({ maxBytes: 2 * 1024 * 1024 }).fetch(`${srv.origin}${path}`, { kind: 'feed' }));
    expect(err.code).toBe('fetch_too_large');
    expect(err.message).toMatch(/^fetch: body over 2097152 bytes \(decoded\)/);
    // Far below the decoded size (256 MiB / 1 GiB): the body was never held whole.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it.each(['/20mb', '/20mb-chunked'])('%s is fetch_too_large with a 5 MB cap', async (path) => {
    const err = await failure(testFetcher({ maxBytes: 5 * 1024 * 1024 }).fetch(`${srv.origin}${path}`, { kind: 'feed' }));
    expect(err.code).toBe('fetch_too_large');
    expect(err.retryable).toBe(false);
  });

  it('accepts the same 20 MB body under a larger cap', async () => {
    const r = await testFetcher({ maxBytes: 32 * 1024 * 1024 }).fetch(`${srv.origin}/20mb`, { kind: 'feed' });
    expect(r.bytes).toBe(20 * 1024 * 1024);
  });
});

describe('fetch: timeouts', () => {
  it('a server that never sends headers ends in fetch_timeout', async () => {
    const t0 = Date.now();
    const err = await failure(
      testFetcher({ headersTimeoutMs: 300, totalTimeoutMs: 5000 }).fetch(`${srv.origin}/no-headers`, { kind: 'feed' }),
    );
    expect(err.code).toBe('fetch_timeout');
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/^fetch: no response headers within 300 ms for http:/);
    expect(Date.now() - t0).toBeLessThan(5000); // the headers cap (300 ms), not the total one (5 s), fired
  });

  it('a body that trickles forever ends in fetch_timeout at the total cap', async () => {
    const t0 = Date.now();
    const err = await failure(
      testFetcher({ headersTimeoutMs: 1000, totalTimeoutMs: 700 }).fetch(`${srv.origin}/trickle`, { kind: 'feed' }),
    );
    expect(err.code).toBe('fetch_timeout');
    expect(err.message).toMatch(/^fetch: timeout after 700 ms \(total\) for http:\/\/127\.0\.0\.1/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(650);
    expect(Date.now() - t0).toBeLessThan(5000); // generous: the machine is shared
  });
});

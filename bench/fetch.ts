/**
 * Fetch-module figures against a local node:http server: requests/s and decoded MB/s for a 1 MB
 * gzip-compressed feed (in-process budget, no pacing), the cost of a gzip bomb stopped at the cap,
 * and nextPoll decisions/s.
 *
 *   npx tsx bench/fetch.ts
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { createFetcher } from '../src/fetch/index.js';
import { nextPoll } from '../src/schedule/next-poll.js';
import { printedHelp } from './usage.js';

function feedOf(bytes: number): Buffer {
  const items: string[] = [];
  for (let i = 0; items.join('').length < bytes; i++) {
    items.push(
      `<item><title>Story ${i}</title><link>https://example.org/${i}</link><description>${'Lorem ipsum dolor sit amet. '.repeat(20)}${i}</description></item>`,
    );
  }
  return Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>${items.join('')}</channel></rss>`);
}

export async function run(): Promise<void> {
  const feed = feedOf(1024 * 1024);
  const gz = zlib.gzipSync(feed);
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const server = http.createServer((req, res) => {
    const body = req.url === '/bomb' ? bomb : gz;
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fetcher = createFetcher({
    userAgent: 'wirehouse-bench/1',
    connectTimeoutMs: 5000,
    headersTimeoutMs: 5000,
    totalTimeoutMs: 30_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowPrivateHosts: ['127.0.0.1'],
    hostConcurrency: 4,
    hostMinDelayMs: 0,
    robots: false,
  });
  try {
    const n = 200;
    const t0 = performance.now();
    let queue = n;
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (queue-- > 0) await fetcher.fetch(`${origin}/feed`, { kind: 'feed' });
      }),
    );
    const s = (performance.now() - t0) / 1000;
    console.log(
      `fetch: ${n} x ${(feed.length / 1e6).toFixed(2)} MB feed (gzip ${(gz.length / 1e3).toFixed(0)} kB), 4 concurrent: ${(n / s).toFixed(0)} req/s, ${((n * feed.length) / 1e6 / s).toFixed(0)} MB/s decoded`,
    );
    const rss0 = process.memoryUsage().rss;
    const b0 = performance.now();
    await fetcher.fetch(`${origin}/bomb`, { kind: 'feed' }).catch((e: { code?: string }) => e.code);
    console.log(
      `fetch: 64 MiB gzip bomb (${(bomb.length / 1e3).toFixed(0)} kB) stopped at the 5 MB cap in ${(performance.now() - b0).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await fetcher.close();
    server.close();
  }
  const policy = { baseIntervalSeconds: 900, minIntervalSeconds: 120, maxIntervalSeconds: 21_600 };
  const m = 200_000;
  let state = { intervalSeconds: 900, errorStreak: 0 };
  const now = new Date();
  const p0 = performance.now();
  for (let i = 0; i < m; i++) {
    const r = nextPoll(state, i % 3 ? { kind: 'ok', newItems: i % 2 } : { kind: 'error', reason: 'timeout' }, now, policy);
    state = { intervalSeconds: r.intervalSeconds, errorStreak: r.errorStreak };
  }
  console.log(`schedule: nextPoll ${(m / ((performance.now() - p0) / 1000) / 1e6).toFixed(2)} M decisions/s`);
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url)) await run();

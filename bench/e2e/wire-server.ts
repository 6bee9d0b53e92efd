/**
 * The bench's wire server: one node:http server on 127.0.0.1 that plays every host of the corpus
 * by the Host header (the names resolve to 127.0.0.1 through localhost-dns). Pages go out gzip'd
 * when the client accepts it, as news sites send them; requests are counted per host.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { feedXml, type Corpus, type WirePage } from './corpus.js';

export interface BenchWireServer {
  port: number;
  /** Requests per host (pages and feeds). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (any free port, or `port`); `corpus(port)` builds what it serves. */
export async function startBenchWireServer(corpus: (port: number) => Corpus, port = 0): Promise<BenchWireServer> {
  const hits = new Map<string, number>();
  let pages = new Map<string, WirePage>();
  let feeds = new Map<string, string>();
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    hits.set(host, (hits.get(host) ?? 0) + 1);
    const key = `${host}${req.url ?? '/'}`;
    const feed = feeds.get(key);
    if (feed !== undefined) return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed);
    const page = pages.get(key);
    if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'max-age=300' };
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      return void res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(page.gzip);
    }
    res.writeHead(200, headers).end(gunzipSync(page.gzip));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  const c = corpus(actual);
  pages = new Map(c.pages.map((p) => [`${p.host}${p.path}`, p]));
  feeds = new Map(c.feeds.map((f) => [`${f.host}${f.path}`, feedXml(f, `http://${f.host}:${actual}`)]));
  return {
    port: actual,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The soak bench's wire: the dev pages published again and again, as a wire publishes all day.
 * Every `editionSeconds` an edition goes out: the next few dev pages, each in the four versions
 * of the e2e wire (original, exact copy, trimmed, paragraph dropped) on four of 20 hosts, under
 * new URLs. Each edition's text is its own: its letters go through a substitution drawn for that
 * edition, so an edition's four copies are one story while the same dev page in another edition
 * is another story (without it, every edition would join one story that grows for the whole run,
 * which no real wire does). Feeds list the last `keepEditions` editions, newest first.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { esc, HOST_COUNT, FEED_COUNT, loadBasePages, markedPage, VERSIONS, versionOf, type Version } from '../e2e/corpus.js';
import { letterSubstitution, substituteText } from '../e2e/letter-substitution.js';

export interface RollingWireOptions {
  dataDir: string;
  /** Articles published per second (all versions counted). */
  ratePerSecond: number;
  editionSeconds: number;
  keepEditions: number;
}

export interface RollingWire {
  port: number;
  hosts: string[];
  feedUrls: string[];
  /** Articles published so far (every version of every edition that has gone out). */
  published(): number;
  /** Page requests answered, and those for an unknown page. */
  requests: { pages: number; feeds: number; notFound: number };
  close(): Promise<void>;
}

/** Starts the wire on 127.0.0.1; editions are counted from this call. */
export async function startRollingWire(o: RollingWireOptions): Promise<RollingWire> {
  const bases = loadBasePages(o.dataDir).map((b) => markedPage(b.html));
  const perEdition = Math.max(1, Math.round((o.ratePerSecond * o.editionSeconds) / VERSIONS.length));
  const editionMs = o.editionSeconds * 1000;
  const hosts = Array.from({ length: HOST_COUNT }, (_, i) => `soak${String(i + 1).padStart(2, '0')}.localhost`);
  // 50 feeds, as the e2e wire: hosts 1-10 have three, hosts 11-20 two.
  const feedsOf = (h: number): number => (h < FEED_COUNT - 2 * HOST_COUNT ? 3 : 2);
  const t0 = Date.now();
  const current = (): number => Math.floor((Date.now() - t0) / editionMs);
  const requests = { pages: 0, feeds: 0, notFound: 0 };
  const hostOf = (slot: number, v: number): number => (7 * slot + 5 * v) % HOST_COUNT;
  let port = 0;

  const itemsOf = (host: number, feed: number): string => {
    const now = current();
    const out: string[] = [];
    for (let e = now; e >= Math.max(0, now - o.keepEditions + 1); e--) {
      const sub = letterSubstitution(e);
      const published = new Date(t0 + e * editionMs).toUTCString();
      for (let j = perEdition - 1; j >= 0; j--) {
        const slot = e * perEdition + j;
        VERSIONS.forEach((version, v) => {
          if (hostOf(slot, v) !== host || slot % feedsOf(host) !== feed) return;
          const link = `http://${hosts[host]}:${port}/e${e}/${slot}-${version}.html`;
          const title = sub(bases[slot % bases.length]!.title);
          out.push(
            `<item><title>${esc(title)}</title><link>${link}</link><guid isPermaLink="true">${link}</guid><pubDate>${published}</pubDate></item>`,
          );
        });
      }
    }
    return out.join('\n');
  };

  const server = createServer((req, res) => {
    const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const host = hosts.indexOf(hostName);
    const url = req.url ?? '/';
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(url);
    if (host >= 0 && feed && Number(feed[1]) >= 1 && Number(feed[1]) <= feedsOf(host)) {
      requests.feeds++;
      const xml = `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${hostName} ${url}</title><link>http://${hostName}:${port}/</link><description>soak wire</description>\n${itemsOf(host, Number(feed[1]) - 1)}\n</channel></rss>\n`;
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(xml);
    }
    const page = /^\/e(\d+)\/(\d+)-([a-z]+)\.html$/.exec(url);
    const e = Number(page?.[1]),
      slot = Number(page?.[2]),
      v = VERSIONS.indexOf(page?.[3] as Version);
    if (!page || v < 0 || e > current() || Math.floor(slot / perEdition) !== e || hostOf(slot, v) !== host) {
      requests.notFound++;
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    requests.pages++;
    const html = substituteText(
      versionOf(bases[slot % bases.length]!.html, VERSIONS[v]!, `http://${hostName}:${port}${url}`),
      letterSubstitution(e),
    );
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'max-age=300' };
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
      return void res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(html));
    res.writeHead(200, headers).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const feedUrls = hosts.flatMap((h, i) => Array.from({ length: feedsOf(i) }, (_, k) => `http://${h}:${port}/feeds/${k + 1}.xml`));
  return {
    port,
    hosts,
    feedUrls,
    published: () => (current() + 1) * perEdition * VERSIONS.length,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

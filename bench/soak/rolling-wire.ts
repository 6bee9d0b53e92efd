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
import { mulberry32 } from '../mulberry32.js';

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

/**
 * Alphabets whose letters an edition substitutes: [first, last, the same letters' other case].
 * Small alphabets get a shuffle; CJK ideographs and Hangul syllables, too many to shuffle per
 * edition, a shift by a drawn offset within their block. Without the non-Latin ones, a Chinese
 * or Korean page would read the same in every edition and its story would grow all run long.
 */
const ALPHABETS: ReadonlyArray<[number, number, number?]> = [
  [0x61, 0x7a, 0x41], // Latin a-z (A-Z)
  [0x430, 0x44f, 0x410], // Cyrillic а-я (А-Я)
  [0x3b1, 0x3c9, 0x391], // Greek
  [0x5d0, 0x5ea], // Hebrew
  [0x621, 0x64a], // Arabic
  [0x905, 0x939], // Devanagari
  [0xe01, 0xe2e], // Thai
  [0x3041, 0x3096], // Hiragana
  [0x30a1, 0x30fa], // Katakana
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul syllables
];
const SHUFFLE_UP_TO = 128;

/** The letter substitution of one edition. */
function substitution(edition: number): (text: string) => string {
  const rnd = mulberry32(0x5eed + edition * 7919);
  const map = new Map<number, number>();
  const shifts: Array<[number, number, number]> = [];
  for (const [lo, hi, upper] of ALPHABETS) {
    const n = hi - lo + 1;
    if (n > SHUFFLE_UP_TO) {
      shifts.push([lo, hi, 1 + Math.floor(rnd() * (n - 1))]);
      continue;
    }
    const to = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [to[i], to[j]] = [to[j]!, to[i]!];
    }
    to.forEach((t, i) => {
      map.set(lo + i, lo + t);
      if (upper !== undefined) map.set(upper + i, upper + t);
    });
  }
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let d = map.get(c);
      if (d === undefined) for (const [lo, hi, k] of shifts) if (c >= lo && c <= hi) d = lo + ((c - lo + k) % (hi - lo + 1));
      out += d === undefined ? text[i] : String.fromCharCode(d);
    }
    return out;
  };
}

/** Applies `sub` to the page's text between tags (attributes, URLs and markup untouched). */
const substituteText = (html: string, sub: (t: string) => string): string => html.replace(/>([^<]+)</g, (_, t: string) => `>${sub(t)}<`);

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
      const sub = substitution(e);
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
      substitution(e),
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

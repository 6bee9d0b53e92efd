/**
 * A wire site for the fault suite: one host (any 127.0.0.x address) publishing a known manifest
 * of articles in an RSS feed, each with its own text (so each is its own story). Faults are
 * switches: `down` answers 503 to everything, `pageDelayMs` slows pages, `nul` puts NUL bytes in
 * the feed and pages, `extraItems` adds items (a huge feed) whose pages exist too.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePage } from './wire-server.js';

const WORDS = (
  'harbor council minister election vaccine drought rescue tunnel strike festival budget court ' +
  'railway glacier senator factory protest satellite museum orchard ferry auction reactor bridge ' +
  'union tariff pilot canal airport village stadium refinery census lawsuit summit coastline ' +
  'battery wildfire monsoon pension rebel convoy harvest quarry telescope parliament mayor ' +
  'embassy verdict treaty drone airline hospital volcano copper wheat cargo mining pipeline'
).split(' ');

/** Deterministic pseudo-random text for one article (mulberry32 seeded by the key). */
export function articleText(key: string, paragraphs = 4, words = 40): string {
  let seed = 0;
  for (const ch of key) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const w: string[] = [];
    for (let i = 0; i < words; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)]!);
    w[0] = w[0]!.charAt(0).toUpperCase() + w[0]!.slice(1);
    out.push(`${w.join(' ')} ${key.replace(/\W/g, ' ')}.`);
  }
  return out.join('\n\n');
}

export interface ManifestSite {
  base: string;
  feedUrl: string;
  /** Article URLs the feed lists (the manifest), in feed order. */
  manifest: string[];
  hits: Map<string, number>;
  down: boolean;
  pageDelayMs: number;
  /** Start time of every page request (politeness checks). */
  pageStarts: number[];
  close(): Promise<void>;
}

export async function startManifestSite(opts: {
  host?: string;
  count: number;
  key: string;
  nul?: boolean;
  pageDelayMs?: number;
}): Promise<ManifestSite> {
  const host = opts.host ?? '127.0.0.1';
  const paths = Array.from({ length: opts.count }, (_, i) => `/${opts.key}/a${i + 1}.html`);
  const nul = opts.nul ? '\u0000' : '';
  const holder: { server?: Server } = {};
  const site: ManifestSite = {
    base: '',
    feedUrl: '',
    manifest: [],
    hits: new Map(),
    down: false,
    pageDelayMs: opts.pageDelayMs ?? 0,
    pageStarts: [],
    close: () =>
      new Promise<void>((resolve) => {
        holder.server!.close(() => resolve());
        holder.server!.closeAllConnections();
      }),
  };
  const feed = () =>
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire ${opts.key}${nul}</title><link>${site.base}/</link><description>d</description>` +
    paths
      .map(
        (p, i) =>
          `<item><title>${opts.key} item ${i + 1}${nul}</title><link>${site.base}${p}</link><guid>${site.base}${p}</guid><description>Summary${nul} ${i}</description></item>`,
      )
      .join('') +
    `</channel></rss>`;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
    if (site.down) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
    if (path === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feed());
    if (!paths.includes(path)) return void res.writeHead(404).end('not found');
    site.pageStarts.push(Date.now());
    const html = articlePage(`${opts.key} story ${path}${nul}`, articleText(path).replace('.', `.${nul}`));
    setTimeout(() => {
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }, site.pageDelayMs);
  });
  holder.server = server;
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  site.base = `http://${host}:${(server.address() as AddressInfo).port}`;
  site.feedUrl = `${site.base}/feed.xml`;
  site.manifest = paths.map((p) => site.base + p);
  return site;
}

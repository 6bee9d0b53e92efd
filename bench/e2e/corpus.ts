/**
 * The end-to-end bench's wire: real dev pages (extraction-dev, metadata-dev), each published in
 * four versions on four of 20 hosts — the original, an exact copy, a trimmed copy (last ~40% of the
 * body paragraphs cut) and a copy with one paragraph dropped — as syndication partners repost a
 * wire story. Every version carries its own URL as canonical/og:url (a partner's page points at
 * itself, not at the agency) and is served as UTF-8. The hosts' articles are listed in 50 feeds.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { decodeBytes } from '../../src/normalize/decode-bytes.js';
import { hasVisibleText, letterSubstitution, substituteText } from './letter-substitution.js';

export const HOST_COUNT = 20;
export const FEED_COUNT = 50;
export const VERSIONS = ['original', 'copy', 'trimmed', 'dropped'] as const;
export type Version = (typeof VERSIONS)[number];

export interface WirePage {
  host: string;
  path: string;
  version: Version;
  base: number;
  title: string;
  published: Date;
  /** The page, gzip-compressed (served as is to clients that accept gzip). */
  gzip: Buffer;
  bytes: number;
}

export interface WireFeed {
  host: string;
  path: string;
  pages: WirePage[];
}

export interface Corpus {
  hosts: string[];
  pages: WirePage[];
  feeds: WireFeed[];
}

export interface BasePage {
  html: string;
  published: Date | null;
}

/** Loads the dev pages as text (decoded with the pipeline's own charset detection). */
export function loadBasePages(dataDir: string): BasePage[] {
  const out: BasePage[] = [];
  const ex = join(dataDir, 'extraction-dev');
  if (existsSync(join(ex, 'ground-truth.json'))) {
    const gt = JSON.parse(readFileSync(join(ex, 'ground-truth.json'), 'utf8')) as Record<string, unknown>;
    for (const id of Object.keys(gt)) {
      const bytes = gunzipSync(readFileSync(join(ex, 'html', `${id}.html.gz`)));
      out.push({ html: decodeBytes(bytes, { kind: 'html' }).text, published: null });
    }
  }
  const md = join(dataDir, 'metadata-dev');
  if (existsSync(join(md, 'truth.jsonl'))) {
    for (const line of readFileSync(join(md, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const t = JSON.parse(line) as { id: string; publishedAt: string | null };
      const bytes = readFileSync(join(md, 'pages', `${t.id}.html`));
      out.push({ html: decodeBytes(bytes, { kind: 'html' }).text, published: t.publishedAt ? new Date(t.publishedAt) : null });
    }
  }
  if (out.length === 0) throw new Error(`e2e bench: no dev pages under ${dataDir}`);
  return out;
}

const URL_MARK = 'http://wh-bench-url.invalid/';

/**
 * The page once, with the paragraphs the trimmed and dropped versions cut wrapped in marker
 * comments (one cheerio parse per page; the versions are cut from the string), canonical and
 * og:url set to a placeholder and the charset declared UTF-8.
 */
export function markedPage(html: string): { html: string; title: string } {
  const $ = cheerio.load(html);
  const paras = $('p')
    .filter((_, el) => $(el).text().trim().length >= 80)
    .toArray();
  if (paras.length >= 3) {
    const wrap = (el: (typeof paras)[number], tag: string) => $(el).before(`<!--wh-${tag}-->`).after(`<!--/wh-${tag}-->`);
    for (const el of paras.slice(Math.ceil(paras.length * 0.6))) wrap(el, 'trim');
    wrap(paras[Math.floor(paras.length / 2)]!, 'drop');
  }
  $('link[rel="canonical"], meta[property="og:url"], meta[charset], meta[http-equiv]').remove();
  $('head').prepend(`<meta charset="utf-8"><link rel="canonical" href="${URL_MARK}"><meta property="og:url" content="${URL_MARK}">`);
  const title = ($('meta[property="og:title"]').attr('content') ?? $('title').first().text()).trim() || 'Untitled';
  return { html: $.html(), title };
}

/** One version of a marked page at `url`. */
export function versionOf(marked: string, version: Version, url: string): string {
  let html = marked.split(URL_MARK).join(url);
  if (version === 'trimmed') html = html.replace(/<!--wh-trim-->[\s\S]*?<!--\/wh-trim-->/g, '');
  if (version === 'dropped') html = html.replace(/<!--wh-drop-->[\s\S]*?<!--\/wh-drop-->/g, '');
  return html.replace(/<!--\/?wh-(trim|drop)-->/g, '');
}

/**
 * Builds the wire from `baseCount` base pages. Up to the number of dev pages, they are picked
 * evenly over both data sets. Beyond it, the dev pages come round again as further editions whose
 * letters are substituted (letter-substitution.ts): another story to dedupe, the same kind of page
 * to every other stage (pages that show no text outside their scripts are left out of editions). That lets the bench serve the 1,980 pages (495 base pages x 4
 * versions) from the 216 dev pages. Version v of base page b goes to host (7b + 5v) mod 20, so
 * the four versions land on four different hosts and every host gets a mix of originals and
 * reposts.
 */
export function buildCorpus(dataDir: string, baseCount: number, port: number): Corpus {
  const all = loadBasePages(dataDir);
  const spread = Math.min(baseCount, all.length);
  const substitutable = all.filter((p) => hasVisibleText(p.html));
  const step = Math.max(1, all.length / spread);
  const bases =
    baseCount <= all.length
      ? Array.from({ length: spread }, (_, i) => ({ page: all[Math.floor(i * step)]!, edition: 0 }))
      : [
          ...all.map((page) => ({ page, edition: 0 })),
          ...Array.from({ length: baseCount - all.length }, (_, i) => ({
            page: substitutable[i % substitutable.length]!,
            edition: 1 + Math.floor(i / substitutable.length),
          })),
        ];
  const hosts = Array.from({ length: HOST_COUNT }, (_, i) => `wire${String(i + 1).padStart(2, '0')}.localhost`);
  const pages: WirePage[] = [];
  const marks = new Map<BasePage, ReturnType<typeof markedPage>>();
  bases.forEach(({ page: b, edition }, bi) => {
    const published = new Date((b.published ?? new Date(Date.UTC(2024, 0, 1) + bi * 3_600_000)).getTime() + edition * 86_400_000);
    let marked = marks.get(b);
    if (!marked) marks.set(b, (marked = markedPage(b.html)));
    if (edition > 0) {
      const sub = letterSubstitution(edition);
      marked = { html: substituteText(marked.html, sub), title: sub(marked.title) };
    }
    VERSIONS.forEach((version, vi) => {
      const host = hosts[(7 * bi + 5 * vi) % HOST_COUNT]!;
      const path = `/news/${bi}-${version}.html`;
      const body = Buffer.from(versionOf(marked.html, version, `http://${host}:${port}${path}`), 'utf8');
      pages.push({
        host,
        path,
        version,
        base: bi,
        title: marked.title,
        published: new Date(published.getTime() + vi * 600_000),
        gzip: gzipSync(body),
        bytes: body.length,
      });
    });
  });
  // 50 feeds: hosts 1-10 have three, hosts 11-20 two; a host's pages go round-robin to its feeds.
  const feeds: WireFeed[] = [];
  hosts.forEach((host, hi) => {
    const n = hi < FEED_COUNT - 2 * HOST_COUNT ? 3 : 2;
    const own = Array.from({ length: n }, (_, k) => ({ host, path: `/feeds/${k + 1}.xml`, pages: [] as WirePage[] }));
    pages.filter((p) => p.host === host).forEach((p, i) => own[i % n]!.pages.push(p));
    feeds.push(...own);
  });
  return { hosts, pages, feeds };
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** RSS 2.0 for one feed, newest item first. */
export function feedXml(feed: WireFeed, base: string): string {
  const items = [...feed.pages]
    .sort((a, b) => b.published.getTime() - a.published.getTime())
    .map(
      (p) =>
        `<item><title>${esc(p.title)}</title><link>${base}${p.path}</link><guid isPermaLink="true">${base}${p.path}</guid><pubDate>${p.published.toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${feed.host} ${feed.path}</title><link>${base}/</link><description>bench wire</description>\n${items}\n</channel></rss>\n`;
}

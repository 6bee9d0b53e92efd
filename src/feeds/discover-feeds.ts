/**
 * Feed autodiscovery: the `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`
 * elements of an HTML page (the convention every browser and feed reader follows), resolved
 * against the page URL and any `<base href>`.
 */
import * as cheerio from 'cheerio';
import { decodeBytes } from '../normalize/decode-bytes.js';

export interface DiscoveredFeed {
  url: string;
  title?: string | undefined;
  type: string;
}

const FEED_TYPES = /^application\/(rss|atom|feed|rdf)\+(xml|json)$|^application\/json$/i;

/**
 * The feeds a page links to. Takes the page as text or as fetched bytes (decoded with the
 * Content-Type's charset, then the page's own declaration, as extractArticle does).
 */
export function discoverFeeds(input: string | Uint8Array, pageUrl: string, opts: { contentType?: string | undefined } = {}): DiscoveredFeed[] {
  const html = typeof input === 'string' ? input : decodeBytes(input, { contentType: opts.contentType, kind: 'html' }).text;
  const $ = cheerio.load(html, { xml: false });
  let base = pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      // an unparseable <base> is ignored, as browsers do
    }
  }
  const seen = new Set<string>();
  const out: DiscoveredFeed[] = [];
  $('link[rel][href]').each((_, el) => {
    const link = $(el);
    const rels = (link.attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.attr('type') ?? '').trim().toLowerCase();
    if (!rels.includes('alternate') || !FEED_TYPES.test(type)) return;
    let url: string;
    try {
      url = new URL(link.attr('href')!, base).href;
    } catch {
      return;
    }
    if (!/^https?:/i.test(url) || seen.has(url)) return;
    seen.add(url);
    out.push({ url, title: link.attr('title')?.trim() || undefined, type });
  });
  return out;
}

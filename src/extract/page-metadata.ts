/**
 * Page metadata, read before the page is cleaned. Order of trust, highest first:
 *   1. JSON-LD (NewsArticle / Article / ReportageNews), the publisher's structured statement;
 *   2. OpenGraph and <meta> (article:published_time, article:modified_time, parsely-*, dc.*,
 *      sailthru.date, pubdate/publishdate);
 *   3. <time datetime> and itemprop attributes in the page;
 *   4. the site rule's visible text (`date` selectors) — used first when it gives a time of day
 *      and the structured sources give only a date, since many Chinese sites publish date-only
 *      <meta> but print the minute in the page.
 */
import type { CheerioAPI } from 'cheerio/slim';

/** Raw strings; dates are parsed later, in the site's zone. */
export interface PageMetadata {
  title: string | null;
  published: string[];
  modified: string[];
  authors: string[];
  site: string | null;
  canonical: string | null;
  image: string | null;
  language: string | null;
  description: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /Article|NewsArticle|ReportageNews|BlogPosting|AnalysisNewsArticle|WebPage|LiveBlogPosting/;

function jsonLdArticles($: CheerioAPI): Json[] {
  const out: Json[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    let data: unknown;
    try {
      data = JSON.parse($(el).text().trim().replace(/^\s*\/\/.*$/gm, ''));
    } catch {
      return;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && out.length < 20) {
      const d = queue.shift();
      if (Array.isArray(d)) queue.push(...d);
      else if (d && typeof d === 'object') {
        const o = d as Json;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        const t = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
        if (ARTICLE_TYPES.test(t)) out.push(o);
      }
    }
  });
  // Prefer article types over WebPage.
  return out.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['name'] ?? (v as Json)['url'] ?? (v as Json)['@id']);
  return null;
}

function names(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return arr.map((x) => str(x)).filter((s): s is string => !!s && !/^https?:/.test(s));
}

/** Reads JSON-LD, OpenGraph, <meta>, <link rel=canonical>, <time> and <html lang>. */
export function pageMetadata($: CheerioAPI): PageMetadata {
  // One pass over <meta>: a selector per key would scan the whole page ~30 times.
  const metas = new Map<string, string[]>();
  $('meta').each((_, el) => {
    const a = el.attribs;
    const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'])?.trim().toLowerCase();
    const c = a['content']?.trim();
    if (key && c) metas.set(key, [...(metas.get(key) ?? []), c]);
  });
  const meta = (...keys: string[]): string[] => keys.flatMap((k) => metas.get(k.toLowerCase()) ?? []);
  const ld = jsonLdArticles($);
  const fromLd = (key: string): string[] => ld.map((o) => str(o[key])).filter((s): s is string => !!s);
  const timeAttrs: string[] = [];
  $('time[datetime], [itemprop="datePublished"][datetime]').each((_, el) => {
    const v = el.attribs['datetime']?.trim();
    if (v) timeAttrs.push(v);
  });
  const published = [
    ...fromLd('datePublished'),
    ...meta('article:published_time', 'og:article:published_time', 'parsely-pub-date', 'sailthru.date', 'datePublished', 'dc.date.issued', 'DC.date.issued', 'dc.date', 'DC.date', 'dcterms.created', 'pubdate', 'publishdate', 'PublishDate', 'publish-date', 'article.published'),
    ...timeAttrs,
  ];
  const modified = [...fromLd('dateModified'), ...meta('article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified', 'DC.date.modified', 'lastmod')];
  const ldAuthors = ld.flatMap((o) => names(o['author']));
  const metaAuthors = meta('author', 'parsely-author', 'article:author', 'dc.creator', 'DC.creator', 'byl', 'sailthru.author').filter((s) => !/^https?:/.test(s));
  const publisher = ld.map((o) => str(o['publisher'])).find((s) => !!s) ?? null;
  return {
    title: fromLd('headline')[0] ?? meta('og:title', 'twitter:title', 'parsely-title', 'dc.title', 'DC.title')[0] ?? null,
    published,
    modified,
    authors: [...new Set((ldAuthors.length > 0 ? ldAuthors : metaAuthors).map((s) => s.replace(/^By\s+/i, '').trim()))],
    site: meta('og:site_name', 'application-name')[0] ?? publisher,
    canonical: $('link[rel="canonical"]').attr('href') ?? meta('og:url')[0] ?? null,
    image: meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src')[0] ?? ld.map((o) => str(o['image'])).find((s) => !!s) ?? null,
    language: $('html').attr('lang') ?? meta('og:locale', 'content-language', 'language', 'dc.language', 'DC.language')[0] ?? null,
    description: meta('og:description', 'description')[0] ?? null,
  };
}

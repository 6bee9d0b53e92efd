/**
 * JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/) -> Feed.
 */
import { PipelineError } from '../errors.js';
import { joinUrl } from './join-url.js';
import { feedPlace, parseFeedDate } from './parse-date.js';
import type { RawFeed, RawItem } from './read-xml-feed.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

function abs(url: string | undefined, base: string | undefined): string | undefined {
  return url && joinUrl(url, base);
}

/** True when the text looks like a JSON document (the caller then uses readJsonFeed). */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

/** Reads a JSON Feed. Throws `not_a_feed` for JSON that is not one, `feed_malformed` for bad JSON. */
export function readJsonFeed(text: string, url: string | undefined, timeZone?: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new PipelineError('feed_malformed', 'feeds: invalid JSON', { cause, context: { url } });
  }
  const feed = obj(doc);
  if (!feed || !Array.isArray(feed['items']) || (feed['version'] !== undefined && !/jsonfeed\.org/.test(String(feed['version'])))) {
    throw new PipelineError('not_a_feed', 'feeds: JSON document is not a JSON Feed', { context: { url } });
  }
  const warnings: string[] = [];
  const base = str(feed['feed_url']) ?? url;
  // JSON Feed 1.1's `language`; where the feed is from picks what an ambiguous zone name means.
  const place = timeZone ?? feedPlace(str(feed['home_page_url']) ?? base, str(feed['language']));
  const date = (v: unknown, where: string): Date | undefined => {
    const s = str(v);
    if (!s) return undefined;
    const p = parseFeedDate(s, timeZone, place);
    if (!p) warnings.push(`feeds: unparseable date ${JSON.stringify(s.slice(0, 60))} in ${where}`);
    else if (p.assumedZone) warnings.push(`feeds: date ${JSON.stringify(s)} in ${where} has no zone, ${timeZone ?? 'UTC'} assumed`);
    return p?.date;
  };
  const author = (o: Json): string | undefined => {
    const list = Array.isArray(o['authors']) ? o['authors'] : [o['author']];
    return list.map((a) => str(obj(a)?.['name'])).find(Boolean);
  };
  const items: RawItem[] = (feed['items'] as unknown[]).flatMap((raw, i): RawItem[] => {
    const it = obj(raw);
    if (!it) {
      warnings.push(`feeds: item ${i + 1} is not an object, skipped`);
      return [];
    }
    const tags = Array.isArray(it['tags']) ? it['tags'].map(str).filter((t): t is string => !!t) : [];
    const attachments = Array.isArray(it['attachments']) ? it['attachments'].map(obj) : [];
    return [
      {
        id: it['id'] === undefined || it['id'] === null ? undefined : String(it['id']).trim() || undefined,
        key: undefined,
        title: str(it['title']),
        link: abs(str(it['url']) ?? str(it['external_url']), base),
        published: date(it['date_published'], `item ${i + 1}`),
        updated: date(it['date_modified'], `item ${i + 1}`),
        author: author(it) ?? author(feed),
        categories: tags,
        summary: str(it['summary']),
        content: str(it['content_html']) ?? str(it['content_text']),
        enclosures: attachments.flatMap((a) => {
          const u = abs(str(a?.['url']), base);
          const size = a?.['size_in_bytes'];
          return u ? [{ url: u, type: str(a?.['mime_type']), length: typeof size === 'number' ? size : undefined }] : [];
        }),
      },
    ];
  });
  return {
    title: str(feed['title']),
    link: abs(str(feed['home_page_url']), base),
    description: str(feed['description']),
    language: str(feed['language']),
    updated: undefined,
    items,
    warnings,
  };
}

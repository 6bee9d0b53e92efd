/**
 * OPML 2.0 subscription lists (http://opml.org/spec2.opml): read the feed outlines of a file,
 * write one. Also accepts a plain list (one URL per line, `#` comments), which is easier to keep
 * in a repository.
 */
import * as cheerio from 'cheerio';
import { PipelineError } from '../errors.js';

export interface FeedEntry {
  url: string;
  title?: string | undefined;
  /** Publishing site name (OPML `text`'s outlet, or our `site` attribute). */
  site?: string | undefined;
  /** Normal polling interval in seconds (our `interval` attribute). */
  intervalSeconds?: number | undefined;
}

const isHttp = (u: string) => /^https?:\/\//i.test(u);

/** Reads the feeds of an OPML document or a plain URL list. Throws input_invalid if neither. */
export function readFeedList(text: string): FeedEntry[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('<')) return readOpml(trimmed);
  const entries: FeedEntry[] = [];
  for (const [i, raw] of trimmed.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [url, ...rest] = line.split(/\s+/);
    if (!url || !isHttp(url)) throw new PipelineError('input_invalid', `feeds: line ${i + 1} is not an http(s) URL: ${line}`);
    entries.push({ url, site: rest.join(' ') || undefined });
  }
  return entries;
}

function readOpml(xml: string): FeedEntry[] {
  const $ = cheerio.load(xml, { xml: true });
  if ($('opml').length === 0) throw new PipelineError('input_invalid', 'feeds: not an OPML document');
  const entries: FeedEntry[] = [];
  $('outline').each((_, el) => {
    const o = $(el);
    // Attribute names are case-sensitive in the spec (xmlUrl) but some exporters write xmlurl.
    const url = o.attr('xmlUrl') ?? o.attr('xmlurl');
    if (!url || !isHttp(url)) return;
    const interval = Number(o.attr('interval'));
    entries.push({
      url,
      title: o.attr('title') ?? o.attr('text') ?? undefined,
      site: o.attr('site') ?? undefined,
      intervalSeconds: Number.isInteger(interval) && interval > 0 ? interval : undefined,
    });
  });
  return entries;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes an OPML 2.0 document with one outline per feed. */
export function writeOpml(title: string, feeds: FeedEntry[], now: Date): string {
  const outlines = feeds.map((f) => {
    const attrs = [
      ['type', 'rss'],
      ['text', f.title ?? f.site ?? f.url],
      ['title', f.title],
      ['xmlUrl', f.url],
      ['site', f.site],
      ['interval', f.intervalSeconds === undefined ? undefined : String(f.intervalSeconds)],
    ].filter((a): a is [string, string] => a[1] !== undefined);
    return `    <outline ${attrs.map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>${esc(title)}</title>\n    <dateCreated>${now.toUTCString()}</dateCreated>\n  </head>\n  <body>\n${outlines.join('\n')}\n  </body>\n</opml>\n`;
}

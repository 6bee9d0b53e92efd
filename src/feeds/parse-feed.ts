/**
 * parseFeed: feed bytes (or text) -> one normalized Feed, for RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and
 * JSON Feed. Tolerant where publishers are sloppy (bare `&`, HTML entities, stray tags, truncation,
 * wrong charsets), strict about what is not a feed at all (an HTML error page, an empty body).
 */
import { createHash } from 'node:crypto';
import type { Feed, FeedItem } from '../domain.js';
import { PipelineError } from '../errors.js';
import { isAscii, isUtf8 } from 'node:buffer';
import { charsetFromContentType, decodeBytes } from '../normalize/decode-bytes.js';
import { startsEbcdicXml } from '../normalize/legacy-charsets.js';
import { looksLikeJson, readJsonFeed } from './read-json-feed.js';
import { c1AsWindows1252 } from './entities.js';
import { expandInternalEntities } from './internal-entities.js';
import { languageTag, readXmlFeed, type RawFeed, type RawItem } from './read-xml-feed.js';
import { buildXmlTree, type XmlNode, type XmlTree } from './xml-tree.js';

export interface ParseFeedOptions {
  /** The HTTP Content-Type the bytes came with (its charset outranks the XML declaration). */
  contentType?: string | undefined;
  /** The feed's address: the base for relative links when no xml:base says otherwise. */
  url?: string | undefined;
  /**
   * IANA zone for dates written without one (the feed's or site's configured zone, e.g.
   * `Asia/Shanghai`); UTC when absent. Either way the assumption is recorded in `warnings`.
   */
  timeZone?: string | undefined;
  /**
   * The HTTP Content-Language header: the feed's language when the feed itself names none
   * (no language element, no xml:lang on the document element), as feedparser does.
   */
  contentLanguage?: string | undefined;
}

const FEED_ROOTS = new Set(['rss', 'rdf:rdf', 'atom:feed', 'feed', 'channel', 'rss:rss']);
const HTML_ROOTS = new Set(['html', 'xhtml:html', 'head', 'body', 'xhtml:body', '!doctype']);
/** Feed document elements looked for behind leading junk (`channel` is too generic a name for that). */
const ROOTS_AFTER_JUNK = new Set(['rss', 'rdf:rdf', 'atom:feed', 'feed', 'rss:rss']);
/** Elements looked at, in document order, before giving up on a feed root behind junk. */
const MAX_JUNK_ELEMENTS = 1_000;

/** Item identity: guid/id, else link, else a hash of title + date; the key of a repeat gets `#2`, `#3` in order. */
function assignIds(items: RawItem[]): FeedItem[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    let base = it.id?.trim() || it.link;
    if (!base) {
      const when = (it.published ?? it.updated)?.toISOString() ?? '';
      const seed = `${it.title ?? ''}\n${when}\n${it.title || when ? '' : (it.summary ?? it.content ?? '')}`;
      base = `urn:sha1:${createHash('sha1').update(seed).digest('hex')}`;
    }
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    // Set in place rather than spread into a copy: a spread would read the lazy summary/content.
    it.id = base;
    (it as FeedItem).key = n === 1 ? base : `${base}#${n}`;
    return it as FeedItem;
  });
}

function hasItems(root: XmlNode): boolean {
  const todo = [root];
  while (todo.length) {
    const n = todo.pop() as XmlNode;
    if (n.key === 'item' || n.key === 'atom:entry' || n.key === 'entry') return true;
    todo.push(...n.children);
  }
  return false;
}

/**
 * The feed's document element when something else comes first: a PHP warning or notice
 * (`<br />\n<b>Warning</b>: ...`), a WordPress database error `<div>`, or an `<html><body>`
 * wrapper around the feed. feedparser reads such feeds (bozo); so do we. Searched in document
 * order over at most MAX_JUNK_ELEMENTS elements, never into items, so an HTML page costs little.
 */
function rootAfterJunk(tree: XmlTree): XmlNode | undefined {
  const todo: XmlNode[] = [];
  // Pre-order walk with an explicit stack; only the first children that could still be reached
  // within the budget are pushed (a page with 100k siblings stays cheap).
  const push = (kids: XmlNode[], budget: number) => {
    for (let i = Math.min(kids.length, budget) - 1; i >= 0; i--) todo.push(kids[i] as XmlNode);
  };
  push((tree.root.parent ?? tree.root).children, MAX_JUNK_ELEMENTS);
  for (let seen = 0; todo.length > 0 && seen < MAX_JUNK_ELEMENTS; seen++) {
    const n = todo.pop() as XmlNode;
    if (ROOTS_AFTER_JUNK.has(n.key)) return n;
    if (n.key !== 'item' && n.key !== 'atom:entry' && n.key !== 'entry') push(n.children, MAX_JUNK_ELEMENTS - seen);
  }
  return undefined;
}

function readText(text: string, opts: ParseFeedOptions): RawFeed {
  const feed = readDocument(text, opts);
  // The feed's own language (element or xml:lang) outranks the HTTP header (feedparser's order).
  feed.language ??= languageTag(opts.contentLanguage);
  return feed;
}

function readDocument(text: string, opts: ParseFeedOptions): RawFeed {
  // XML 1.0 section 2.11: CR LF and lone CR are read as LF (feeds served from Windows hosts).
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const body = expandInternalEntities(lf.replace(/^\uFEFF/, ''));
  if (!/\S/.test(body)) throw new PipelineError('feed_empty', 'feeds: empty body', { context: { url: opts.url } });
  if (looksLikeJson(body)) return readJsonFeed(body, opts.url, opts.timeZone);
  let tree = buildXmlTree(body, opts.url);
  const junk = FEED_ROOTS.has(tree.root.key) ? undefined : tree.root.key;
  const found = junk === undefined ? undefined : rootAfterJunk(tree);
  if (found) tree = { ...tree, root: found, rootNs: found.ns };
  const root = tree.root;
  if (root.key === '#document') {
    // Only a prolog, comments or a doctype: an empty document.
    const rest = body.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?(?:-->|$)|<!DOCTYPE[^>]*>/gi, '');
    const code = !/\S/.test(rest) ? 'feed_empty' : /<html|<body|<!doctype html/i.test(body) ? 'not_a_feed' : 'feed_malformed';
    throw new PipelineError(code, 'feeds: no XML element found', { context: { url: opts.url } });
  }
  if (!FEED_ROOTS.has(root.key) && (HTML_ROOTS.has(root.key) || !hasItems(root))) {
    throw new PipelineError('not_a_feed', `feeds: document element <${root.key}> is not a feed`, { context: { url: opts.url, root: root.key } });
  }
  const feed = readXmlFeed(tree, body, opts.timeZone, opts.url);
  if (found) feed.warnings.push(`feeds: markup before the feed's document element ignored (<${junk}>)`);
  if (tree.recovered) {
    // Recovered markup that yielded nothing a feed has (junk that opens with <rss>, a file cut off
    // before its channel) is nothing parseable: an empty healthy poll would hide it from operators.
    if (feed.items.length === 0 && !feed.title && !feed.link && !feed.description) {
      throw new PipelineError('feed_malformed', 'feeds: ill-formed XML with no channel data and no items', { context: { url: opts.url, root: root.key } });
    }
    feed.warnings.push('feeds: ill-formed XML recovered (unclosed or mismatched tags, or truncated input)');
  }
  return feed;
}

/** Labels for latin-1 and ASCII, which can hold no multi-byte UTF-8 sequence of their own. */
const LATIN1_LABELS = /^["']?(iso[-_]?8859[-_]1|latin-?1|l1|(us-)?ascii|ansi_x3\.4-1968|iso-ir-100|cp819)["']?$/i;

/**
 * Feed bytes -> text. A feed labelled ISO-8859-1 or US-ASCII (HTTP charset or XML declaration)
 * whose bytes are valid UTF-8 with non-ASCII characters is UTF-8 mislabelled (latin-1 text almost
 * never forms valid multi-byte UTF-8 by chance): it is read as UTF-8, as feedparser does.
 * An explicit windows-1252 label is trusted.
 */
function decodeFeedBytes(input: Uint8Array, contentType: string | undefined): string {
  const decoded = decodeBytes(input, { contentType, kind: 'xml' });
  if (decoded.charset !== 'windows-1252' || (decoded.source !== 'http' && decoded.source !== 'declaration')) return decoded.text;
  const label =
    decoded.source === 'http'
      ? charsetFromContentType(contentType)
      : /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(Buffer.from(input.subarray(0, 1024)).toString('latin1'))?.[1];
  if (!label || !LATIN1_LABELS.test(label.trim()) || !input.some((b) => b >= 0x80) || !isUtf8(input)) return decoded.text;
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
}

/**
 * Parses a feed. Bytes are decoded with the feed charset precedence (BOM > HTTP charset > XML
 * declaration > UTF-16/32 sniffing > UTF-8). Never returns an empty feed for a non-feed: throws
 * `PipelineError` `feed_empty` (no content), `not_a_feed` (HTML page, other XML or JSON) or
 * `feed_malformed` (nothing parseable, or ill-formed XML that yields no channel data and no item). Non-fatal problems are listed in `feed.warnings`.
 */
export function parseFeed(input: Uint8Array | string, opts: ParseFeedOptions = {}): Feed {
  let text: string;
  if (typeof input === 'string') text = c1AsWindows1252(input);
  else {
    if (input.byteLength === 0) throw new PipelineError('feed_empty', 'feeds: empty body', { context: { url: opts.url } });
    text = decodeFeedBytes(input, opts.contentType);
    // ASCII bytes decode to no C1 control in any charset this reads but EBCDIC (which maps them itself).
    if (!isAscii(input) || startsEbcdicXml(input)) text = c1AsWindows1252(text);
  }
  try {
    const raw = readText(text, opts);
    return { ...raw, items: assignIds(raw.items) };
  } catch (err) {
    if (err instanceof PipelineError) throw err;
    // Anything else is a bug in this module: typed, and retryable (a fixed deploy can re-run it).
    throw new PipelineError('internal', `feeds: parser failure (${(err as Error)?.message ?? String(err)})`, { cause: err, context: { url: opts.url } });
  }
}

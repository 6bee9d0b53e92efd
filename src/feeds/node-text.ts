/**
 * Values out of tree nodes: text constructs (RFC 4287 section 3.1: text, html, xhtml; Atom 0.3
 * `mode="base64|escaped|xml"`), inline markup left unescaped by the publisher, and URLs resolved
 * against xml:base / the feed address.
 */
import { isUtf8 } from 'node:buffer';
import { htmlFragment, looksLikeHtml } from './html-fragment.js';
import { joinUrl } from './join-url.js';
import type { XmlNode } from './xml-tree.js';

/** Atom 1.0's namespace as the tree records it (lower-cased). */
const ATOM10_NS = 'http://www.w3.org/2005/atom';

/** Child elements of `node` whose key is one of `keys`, in document order. */
export function kids(node: XmlNode, ...keys: string[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of node.children) if (keys.includes(c.key)) out.push(c);
  return out;
}

/** The first child for the first key (in priority order) that has one with a non-empty value. */
export function first(node: XmlNode, src: string, ...keys: string[]): XmlNode | undefined {
  for (const k of keys) {
    // Cheap emptiness test (textOf would re-serialize HTML just to find it non-empty).
    for (const c of node.children) if (c.key === k && (c.children.length > 0 || /\S/.test(c.text))) return c;
  }
  return undefined;
}

/** XHTML's namespace as the tree records it. */
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** The prefixes every feed writes XHTML with; stripped without looking. */
const USUAL_XHTML_PREFIX = /^(?:xhtml|html|h)$/;

/**
 * Other prefixes the descendants of `node` bind to XHTML (`<x:p xmlns:x="...xhtml">`): feedparser
 * reads elements by namespace, so they are HTML elements whatever the prefix. A walk over the
 * element nodes, not the text.
 */
function oddXhtmlPrefixes(node: XmlNode, out: Set<string>): Set<string> {
  for (const c of node.children) {
    if (c.ns === XHTML_NS) {
      const colon = c.name.indexOf(':');
      if (colon > 0 && !USUAL_XHTML_PREFIX.test(c.name.slice(0, colon))) out.add(c.name.slice(0, colon));
    }
    if (c.children.length > 0) oddXhtmlPrefixes(c, out);
  }
  return out;
}

/** Raw markup inside a node: CDATA unwrapped, XHTML namespace prefixes and declarations dropped. */
function innerMarkup(node: XmlNode, src: string, cdataAsText = false): string {
  const end = node.innerEnd >= 0 ? node.innerEnd : src.length;
  let out = src
    .slice(node.innerStart, end)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => (cdataAsText ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text))
    .replace(/(<\/?)(?:xhtml|html|h):(?=[A-Za-z_])/g, '$1')
    .replace(/\s+xmlns(?::[\w.-]+)?\s*=\s*("http:\/\/www\.w3\.org\/1999\/xhtml"|'http:\/\/www\.w3\.org\/1999\/xhtml')/g, '');
  const odd = node.children.length > 0 ? oddXhtmlPrefixes(node, new Set()) : undefined;
  if (odd?.size) {
    const names = [...odd].map((p) => p.replace(/[.]/g, '\\.')).join('|');
    out = out.replace(new RegExp(`(<\\/?)(?:${names}):(?=[A-Za-z_])`, 'gi'), '$1');
  }
  return out;
}

/**
 * Base64 content, decoded only when it is base64 (the alphabet, padded to a multiple of 4) and
 * decodes to UTF-8 text; anything else is kept as written, as feedparser keeps content that
 * fails to decode (Node's decoder would silently turn any text into garbage bytes).
 */
function decodeBase64(s: string): string {
  const b64 = s.replace(/\s+/g, '');
  if (!b64 || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return s;
  const bytes = Buffer.from(b64, 'base64');
  return isUtf8(bytes) ? bytes.toString('utf8') : s;
}

/** Elements whose untyped content is HTML (RSS description and its kin); others are plain text. */
const HTML_BY_DEFAULT = new Set(['description', 'content:encoded', 'fullitem', 'dc:description', 'media:description']);
/**
 * Elements whose untyped content is XHTML: an RSS item's `<body>` / `<xhtml:body>` (feedparser
 * reads both as application/xhtml+xml), so escaped markup in one (`&lt;b&gt;`) is text, not tags.
 */
const XHTML_BY_DEFAULT = new Set(['xhtml:body', 'body']);
/**
 * Elements whose untyped content is plain text unless it looks like HTML (looksLikeHtml): the ones
 * feedparser reads as text/plain and then guesses about outside Atom. A podcast's
 * `itunes:summary` is often its show notes in HTML; `summary` and `abstract` are RSS's
 * text/plain teasers (`AT&amp;T` in one is the text `AT&T`, not HTML).
 */
const GUESSED = new Set(['title', 'dc:title', 'summary', 'abstract', 'itunes:summary', 'itunes:subtitle', 'subtitle', 'content', 'info']);

/**
 * The value of a text-ish element. Elements with child elements (xhtml content, or HTML a publisher
 * forgot to escape) give their markup; plain ones give their decoded character data. HTML values
 * are re-serialized canonically with relative links resolved (see htmlFragment).
 */
export function textOf(node: XmlNode | undefined, src: string): string {
  if (!node) return '';
  const type = (node.attrs['type'] ?? (XHTML_BY_DEFAULT.has(node.key) ? 'application/xhtml+xml' : '')).trim().toLowerCase();
  const mode = (node.attrs['mode'] ?? '').trim().toLowerCase();
  let value: string;
  let html: boolean;
  if ((type === 'xhtml' || type === 'application/xhtml+xml') && mode !== 'base64') {
    // XHTML is XML: its text is character data (`a &lt; b` stays escaped, CDATA is text).
    // RFC 4287 section 3.1.1.3: the xhtml:div is a wrapper, not part of the content (Atom 1.0
    // only, where feedparser also strips it for the MIME-type spelling; Atom 0.3 keeps it, even
    // under a `type="xhtml"` 0.3 never defined, and so do RSS elements).
    const strip = node.ns === ATOM10_NS;
    const div = strip ? node.children.find((c) => c.local === 'div') : undefined;
    const only = div && node.children.length === 1 && node.text.trim() === '';
    return htmlFragment(innerMarkup(only ? div : node, src, true).trim(), node.base, true).trim();
  } else if (node.children.length > 0) {
    return htmlFragment(innerMarkup(node, src).trim(), node.base, true).trim();
  } else {
    value = node.text.trim();
    // Atom 0.3 mode="base64", and Atom 1.0 binary media types (RFC 4287 section 4.1.3.3).
    const binary = type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type) && !type.includes('html');
    if (mode === 'base64' || binary) value = decodeBase64(value).trim();
    if (type) html = /html/.test(type);
    else html = HTML_BY_DEFAULT.has(node.key) || (GUESSED.has(node.key) && looksLikeHtml(value));
  }
  return html ? htmlFragment(value, node.base).trim() : value;
}

/** Resolves a URL against the node's xml:base (which starts from the feed URL), else `fallback`. */
export function resolveUrl(href: string | undefined, node: XmlNode, fallback?: string): string | undefined {
  const h = href?.trim();
  return h ? joinUrl(h, node.base ?? fallback) : undefined;
}

/**
 * Relative reference resolution (RFC 3986 section 5) for feed links, keeping what the publisher
 * wrote where possible: absolute URLs are returned as written but for the normalizations
 * feedparser's resolver (Python's urljoin) makes (scheme lower-cased, an empty trailing `#` or `?`
 * dropped, tabs and line breaks inside the URL removed); no added trailing slash, no host case
 * folding. A reference written with non-ASCII characters stays an IRI (RFC 3987) instead of coming
 * back percent-encoded, as feed readers show it, and keeps the publisher's own `%XX` escapes.
 */

const ABSOLUTE = /^([a-z][a-z0-9+.-]*):/i;
/** Stands in for the publisher's `%` while the URL parser encodes the rest (a private-use character). */
const MARK = '\u{E000}';

/** Resolves `href` against `base`; returns `href` as written when there is no base or it is unresolvable. */
export function joinUrl(href: string, base: string | undefined): string {
  let h = href.trim();
  // `&amp;` left in a URL after the XML is decoded is escaped twice (a CMS escaping an already
  // escaped link: `?id=1&amp;amp;p=2`, WordPress's `&amp;#038;`): no URL means the five characters.
  if (h.includes('&')) h = h.replace(/&(?:amp|#0*38|#x0*26);/gi, '&');
  if (!h || !base) return h;
  // WHATWG URL and Python's urlsplit both drop ASCII tabs and newlines inside a URL.
  if (/[\t\n\r]/.test(h)) h = h.replace(/[\t\n\r]/g, '');
  const scheme = ABSOLUTE.exec(h);
  if (scheme) {
    const lower = scheme[1]!.toLowerCase();
    if (lower !== scheme[1]) h = lower + h.slice(lower.length);
    return /^https?$/.test(lower) ? h.replace(/[?#]$/, '') : h;
  }
  const nonAscii = /[^\x00-\x7f]/.test(h);
  let out: string;
  try {
    out = new URL(nonAscii && h.includes('%') ? h.replace(/%/g, MARK) : h, base).href;
  } catch {
    return h;
  }
  if (nonAscii) {
    try {
      out = decodeURI(out);
    } catch {
      // keep the encoded form
    }
    out = out.replace(/\u{E000}|%EE%80%80/gu, '%');
  }
  return out;
}

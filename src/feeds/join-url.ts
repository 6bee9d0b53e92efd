/**
 * Relative reference resolution (RFC 3986 section 5) for feed links, keeping what the publisher
 * wrote where possible: absolute URLs are returned unchanged (no added trailing slash, no case
 * folding), and a reference written with non-ASCII characters stays an IRI (RFC 3987) instead of
 * coming back percent-encoded, as feed readers show it.
 */

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves `href` against `base`; returns `href` as written when it is absolute or unresolvable. */
export function joinUrl(href: string, base: string | undefined): string {
  const h = href.trim();
  if (!h || !base || ABSOLUTE.test(h)) return h;
  let out: string;
  try {
    out = new URL(h, base).href;
  } catch {
    return h;
  }
  if (/[^\x00-\x7f]/.test(h)) {
    try {
      out = decodeURI(out);
    } catch {
      // keep the encoded form
    }
  }
  return out;
}

/**
 * Character references in feed text. Feeds use HTML named entities (`&eacute;`, `&nbsp;`) that XML
 * does not define, and numeric references to windows-1252 code points (`&#146;` for a right quote);
 * the HTML rules (WHATWG "numeric character reference end state") decode both the way readers do.
 * A bare `&` or an unknown name is kept as written.
 */
import { decodeHTML, decodeHTMLStrict } from 'entities';

/**
 * True when HTML text reading `&name` or `&name;` finds a named reference there: a known name
 * with its `;` (HTML5's list, `&AMP;` and `&bigstar;` too) or a legacy one without (`&copy 2024`).
 */
export function startsNamedReference(ref: string): boolean {
  // Feed HTML repeats a few names (`&amp;`, `&nbsp;`, `&quot;`): remembered, bounded.
  let known = seenRefs.get(ref);
  if (known === undefined) {
    known = decodeHTML(ref) !== ref;
    if (seenRefs.size < 4096) seenRefs.set(ref, known);
  }
  return known;
}
const seenRefs = new Map<string, boolean>();

/** Decodes XML, HTML and numeric character references once. */
export function decodeEntities(s: string): string {
  // `&#X41;` (upper-case X) is valid XML but the HTML decoder only knows `&#x`.
  return s.includes('&') ? decodeHTMLStrict(s.replace(/&#X(?=[0-9a-fA-F]+;)/g, '&#x')) : s;
}

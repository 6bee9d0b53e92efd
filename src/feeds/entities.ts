/**
 * Character references in feed text. Feeds use HTML named entities (`&eacute;`, `&nbsp;`) that XML
 * does not define, and numeric references to windows-1252 code points (`&#146;` for a right quote);
 * the HTML rules (WHATWG "numeric character reference end state") decode both the way readers do.
 * A bare `&` or an unknown name is kept as written.
 */
import { decodeHTMLStrict } from 'entities';

/** Decodes XML, HTML and numeric character references once. */
export function decodeEntities(s: string): string {
  // `&#X41;` (upper-case X) is valid XML but the HTML decoder only knows `&#x`.
  return s.includes('&') ? decodeHTMLStrict(s.replace(/&#X(?=[0-9a-fA-F]+;)/g, '&#x')) : s;
}

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

/** windows-1252 characters for the C1 code points 0x80-0x9F (WHATWG Encoding's index), 0 where unmapped. */
export const CP1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const C1 = /[\x80-\x9f]/;

/**
 * C1 control characters (U+0080-U+009F) as the windows-1252 characters of the same byte: text
 * decoded as ISO-8859-x (or any charset that keeps 0x80-0x9F as controls) whose publisher meant
 * windows-1252 quotes, dashes and euro signs, as feedparser maps them. No feed means a C1 control.
 */
export function c1AsWindows1252(s: string): string {
  if (!C1.test(s)) return s;
  return s.replace(/[\x80-\x9f]/g, (c) => {
    const mapped = CP1252_C1[c.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

/** True when `&name;` is a named character reference (HTML5's list, HTML 4's names among them). */
export function isReferenceName(name: string): boolean {
  let known = seenNames.get(name);
  if (known === undefined) {
    known = decodeHTMLStrict(`&${name};`) !== `&${name};`;
    if (seenNames.size < 4096) seenNames.set(name, known);
  }
  return known;
}
const seenNames = new Map<string, boolean>();

/** HTML 4's angle brackets; HTML5 moved `&lang;` / `&rang;` to the mathematical ones (U+27E8/9). */
const HTML4_ANGLES = /&([lr])ang;/g;

/** Decodes XML, HTML and numeric character references once. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  // `&#X41;` (upper-case X) is valid XML but the HTML decoder only knows `&#x`.
  let t = s.replace(/&#X(?=[0-9a-fA-F]+;)/g, '&#x');
  // Feeds are written against HTML 4 (feedparser reads these two as U+2329 / U+232A).
  if (t.includes('ang;')) t = t.replace(HTML4_ANGLES, (_, side: string) => (side === 'l' ? '\u2329' : '\u232a'));
  return decodeHTMLStrict(t);
}

/** `&name` with no `;` before a character that cannot continue a name (`&copy 2024`, `&hellip.`). */
const BARE_REFERENCE = /&([a-zA-Z][a-zA-Z0-9]*)(?![a-zA-Z0-9;])/g;

/**
 * Element text (character data outside CDATA): references decoded once, and a named reference
 * written without its `;` (`caf&eacute au lait`, `&copy 2024`, `Fish &amp chips`, only in feeds
 * that are not well-formed XML) read as the character, as feedparser's tolerant parser and
 * browsers read it. A name that is no reference (`AT&T`) or runs on into letters or digits
 * (`&copy2024`) stays as written.
 */
export function decodeText(s: string): string {
  if (!s.includes('&')) return s;
  return decodeEntities(s.replace(BARE_REFERENCE, (ref, name: string) => (isReferenceName(name) ? `${ref};` : ref)));
}

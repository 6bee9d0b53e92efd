/**
 * Letter substitution for bench wires that need more stories than there are dev pages: a page
 * whose letters go through another substitution reads as another story to dedupe (no shared
 * shingles) while keeping the page's markup, lengths, scripts and structure, so extraction and
 * every other stage do the same kind of work on it.
 */
import { mulberry32 } from '../mulberry32.js';

/**
 * Alphabets whose letters are substituted: [first, last, the same letters' other case].
 * Small alphabets get a shuffle; CJK ideographs and Hangul syllables, too many to shuffle, a
 * shift by a drawn offset within their block. Without the non-Latin ones, a Chinese or Korean
 * page would read the same in every edition and all editions would join one story.
 */
const ALPHABETS: ReadonlyArray<[number, number, number?]> = [
  [0x61, 0x7a, 0x41], // Latin a-z (A-Z)
  [0x430, 0x44f, 0x410], // Cyrillic а-я (А-Я)
  [0x3b1, 0x3c9, 0x391], // Greek
  [0x5d0, 0x5ea], // Hebrew
  [0x621, 0x64a], // Arabic
  [0x905, 0x939], // Devanagari
  [0xe01, 0xe2e], // Thai
  [0x3041, 0x3096], // Hiragana
  [0x30a1, 0x30fa], // Katakana
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul syllables
];
const SHUFFLE_UP_TO = 128;

/** The substitution drawn for `edition` (the same edition always gets the same one). */
export function letterSubstitution(edition: number): (text: string) => string {
  const rnd = mulberry32(0x5eed + edition * 7919);
  const map = new Map<number, number>();
  const shifts: Array<[number, number, number]> = [];
  for (const [lo, hi, upper] of ALPHABETS) {
    const n = hi - lo + 1;
    if (n > SHUFFLE_UP_TO) {
      shifts.push([lo, hi, 1 + Math.floor(rnd() * (n - 1))]);
      continue;
    }
    const to = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [to[i], to[j]] = [to[j]!, to[i]!];
    }
    to.forEach((t, i) => {
      map.set(lo + i, lo + t);
      if (upper !== undefined) map.set(upper + i, upper + t);
    });
  }
  const blocks = new Map<number, Map<number, number>>();
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let d = map.get(c);
      if (d === undefined) for (const [lo, hi, k] of shifts) if (c >= lo && c <= hi) d = lo + ((c - lo + k) % (hi - lo + 1));
      if (d === undefined && c >= 0x80 && !(c >= 0xd800 && c <= 0xdfff)) {
        const blk = c & ~(BLOCK - 1);
        let perm = blocks.get(blk);
        if (!perm) blocks.set(blk, (perm = blockPermutation(blk, edition)));
        d = perm.get(c);
      }
      out += d === undefined ? text[i] : String.fromCharCode(d);
    }
    return out;
  };
}

const BLOCK = 128;

/**
 * Letters of the other scripts (accented Latin, Armenian, Georgian, Bengali, Persian's extra
 * Arabic letters, ...): within each 128-code-point block, lower-case letters are shuffled among
 * the lower-case ones, capitals among capitals and caseless letters among caseless ones, so a
 * letter stays a letter of its kind and script.
 */
function blockPermutation(blk: number, edition: number): Map<number, number> {
  const rnd = mulberry32((0x5eed + edition * 7919) ^ (blk * 31));
  const out = new Map<number, number>();
  for (const cls of [/\p{Ll}/u, /\p{Lu}/u, /\p{Lo}/u]) {
    const from: number[] = [];
    for (let c = blk; c < blk + BLOCK; c++) if (cls.test(String.fromCharCode(c))) from.push(c);
    const to = [...from];
    for (let i = to.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [to[i], to[j]] = [to[j]!, to[i]!];
    }
    from.forEach((c, i) => out.set(c, to[i]!));
  }
  return out;
}

/**
 * Applies `sub` to the page's text between tags, to its description and title meta tags, and to
 * the prose in its JSON-LD's string values (headline, articleBody: some pages' extractable article
 * is there). Markup, other attributes, URLs, JSON keys and one-word values (`"@type":
 * "NewsArticle"`, dates) stay as they are, so structured data still parses; other scripts and styles
 * stay as they are (a framework's state embeds HTML and JSON in its strings, which substitution
 * would break: pages whose article lives only there are left out of editions, see `hasVisibleText`).
 */
export const substituteText = (html: string, sub: (t: string) => string): string =>
  html.replace(
    /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|>([^<]+)(?=<)|(<meta\b[^>]*)(?=>)/gi,
    (m, open: string, _tag: string, body: string, close: string, text: string | undefined, meta: string | undefined) =>
      text !== undefined
        ? `>${sub(text)}`
        : meta !== undefined
          ? substituteMeta(meta, sub)
          : /application\/ld\+json/i.test(open)
            ? open + substituteStrings(body, sub) + close
            : m,
  );

/**
 * A description or title meta tag's content (`og:description`, `twitter:title`, ...): an extractor
 * falls back to it for a page whose paragraphs are few, so an edition must not keep the original's.
 * Entities stay as written.
 */
const substituteMeta = (tag: string, sub: (t: string) => string): string =>
  /\b(?:name|property)\s*=\s*["']?[\w:.-]*(?:description|title)\b/i.test(tag)
    ? tag.replace(
        /(\bcontent\s*=\s*)(["'])([\s\S]*?)\2/i,
        (_, pre: string, q: string, v: string) =>
          pre + q + v.replace(/&#?\w+;|[^&]+|&/g, (part) => (part.length > 1 && part[0] === '&' ? part : sub(part))) + q,
      )
    : tag;

/** Substitutes string literals that hold prose (a space or a non-ASCII letter), not keys, URLs or escapes. */
const substituteStrings = (code: string, sub: (t: string) => string): string =>
  code.replace(
    /"((?:[^"\\\n]|\\.)*)"(\s*:)?/g,
    (m, v: string, key: string | undefined) =>
      key !== undefined || /^(?:https?:|\/)/.test(v) || !/ |[^\x00-\x7f]/.test(v)
        ? m
        : `"${v.replace(/\\(?:u[0-9a-fA-F]{4}|[^])|[^\\]+/g, (part) => (part[0] === '\\' ? part : sub(part)))}"`, // escapes kept
  );

/** Whether the page shows its text in markup (at least `min` characters outside scripts and styles). */
export const hasVisibleText = (html: string, min = 500): boolean =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ').length >= min;

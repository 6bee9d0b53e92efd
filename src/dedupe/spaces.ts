/**
 * Whitespace scans for the line and paragraph tests (furniture.ts, strip-credits.ts): what
 * `s.split(/\s+/).length` and `s.replace(/\s+/g, ' ').trim()` give, without a regex pass that
 * copies the string or an array of its words (issue 16: those were ~15% of the CPU of an
 * article's stored keys). `\s` is ECMAScript's: WhiteSpace and LineTerminator, as `trim` uses.
 */

const SPACE_RE = /^\s$/;
/** Per BMP code unit: 0 not yet known, 1 whitespace, 2 not. Every `\s` character is in the BMP. */
const SPACES = new Uint8Array(0x10000);

/** True when the code unit `c` is `\s`. */
function isSpace(c: number): boolean {
  let k = SPACES[c]!;
  if (k === 0) SPACES[c] = k = SPACE_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** `s.split(/\s+/).length`: one more than the runs of whitespace in `s`. */
export function wordCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/** Whitespace other than a space, or two spaces: with a space at either end, what the collapse changes. */
const UNCOLLAPSED_RE = /[^\S ]| {2}/;

/**
 * `s.replace(/\s+/g, ' ').trim()`. Most lines of extracted text have single spaces only: those are
 * returned as they are, found by one search, and the rest go through the replace.
 */
export function collapseSpaces(s: string): string {
  const edge = s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20;
  return edge || UNCOLLAPSED_RE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * Whitespace helpers shared by extraction and dedupe: what `/\s/`, `s.replace(/\s+/g, ' ')`,
 * `.trim()` and `s.split(/\s+/).length` give, without a regex pass that copies the string or an
 * array of its words (issue 16: these ran on every line and paragraph of every page).
 */

/** Whether a UTF-16 code unit is whitespace to `/\s/` and String#trim (WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 160) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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

/**
 * Whitespace runs other than a lone space: replacing these by ' ' gives what replacing every
 * `/\s+/` run does, but a string with nothing to change matches nowhere and comes back as is,
 * where `/\s+/g` rebuilds any string with a space in it.
 */
const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/** `s.replace(/\s+/g, ' ')`, without a copy of a string that has nothing to collapse. */
export function collapseRuns(s: string): string {
  return s.replace(SPACE_RUNS, ' ');
}

/** `s.replace(/\s+/g, ' ').trim()`, without a copy of a string that has nothing to collapse. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUNS, ' ').trim();
}

/**
 * A cheaper compile for patterns with a bounded run of letters (`\p{L}{3,12}`): V8 emits the
 * `\p{L}` class, hundreds of ranges for a two-byte subject, once per repetition, so such a
 * pattern costs a fresh process up to ~25 ms to compile for two-byte strings (issue 16: the day,
 * month and year pattern of parse-zoned-date.ts), where `\p{L}+` costs ~0.5 ms. Any string sliced
 * from a page with a non-Latin-1 character is two-byte, so every process pays it early.
 */

/**
 * What `exact.exec(s)` gives, found with `cheap`: the same pattern with its bounded letter run
 * (capture `group`, `\p{L}{min,max}`) written `\p{L}+`. Exact when, on every path through the
 * pattern, what follows the run cannot begin with a letter: then the only length of the run that
 * can succeed on a path is the whole run of letters there, so `exact` succeeds on a path exactly
 * when `cheap` does with a run of min..max code points, with the same captures. `cheap`'s first
 * match is `exact`'s when its run is in bounds; otherwise `exact` runs (compiled then, if ever).
 * Neither pattern may be global or sticky.
 */
export function execLetterRun(cheap: RegExp, exact: RegExp, group: number, min: number, max: number, s: string): RegExpExecArray | null {
  const m = cheap.exec(s);
  if (!m) return null;
  const run = codePoints(m[group]!);
  return run >= min && run <= max ? m : exact.exec(s);
}

/** Code points of a string of letters (a letter above U+FFFF is a surrogate pair). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

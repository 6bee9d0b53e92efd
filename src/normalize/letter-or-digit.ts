/**
 * `\p{L}` or `\p{N}` for one code point, shared by extraction's word count and dedupe's paragraph
 * keys. Per BMP code unit the answer is cached as text shows it (0 not yet known, 1 yes, 2 no):
 * testing all 65,408 non-ASCII units up front cost every fresh process ~7 ms on its first
 * non-ASCII page (issue 16), and a text uses a few hundred. Lone surrogates are neither.
 */
// ASCII ranges are tested as one unsigned compare, `(c - lo) >>> 0 <= hi - lo` (below lo wraps past
// hi), not `c >= lo && c <= hi`: the second compare of the latter runs only for c >= lo, so in a
// fresh process it often has no type feedback yet when TurboFan compiles the loop, and the first
// such character deopts the compiled code ('Insufficient type feedback for compare operation'),
// which is then compiled again (issue 16, warm-up).
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const KNOWN = new Uint8Array(0x10000);

export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp - 97) >>> 0 <= 122 - 97 || (cp - 65) >>> 0 <= 90 - 65 || (cp - 48) >>> 0 <= 57 - 48;
  if (cp > 0xffff) return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp));
  let known = KNOWN[cp]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    KNOWN[cp] = known;
  }
  return known === 1;
}

/**
 * `\p{L}` or `\p{N}` for one code point, shared by extraction's word count and dedupe's paragraph
 * keys. Per BMP code unit the answer is cached as text shows it (0 not yet known, 1 yes, 2 no):
 * testing all 65,408 non-ASCII units up front cost every fresh process ~7 ms on its first
 * non-ASCII page (issue 16), and a text uses a few hundred. Lone surrogates are neither.
 */
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const KNOWN = new Uint8Array(0x10000);

export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp > 0xffff) return LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp));
  let known = KNOWN[cp]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    KNOWN[cp] = known;
  }
  return known === 1;
}

/**
 * The comparison text of an article: what two copies of one wire story still share after every
 * outlet has re-templated, credited, copy-edited and re-encoded it. Produces the token stream the
 * exact keys, shingles and MinHash fingerprints are computed from.
 */
import { bodyLines } from './furniture.js';
import { stripCredits } from './strip-credits.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  shy: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

/**
 * Decodes HTML entities left in extracted text (`&amp;`, `&#8217;`, `&#x2019;`, `&nbsp;`).
 *
 * Deliberately not the HTML decoder of src/feeds/entities.ts (the `entities` package): every
 * stored `content_hash`, `lead_hash` and band was computed through this one, and the two disagree
 * on classes real text carries: `&eacute;` (kept here, "é" there), `&#146;` (U+0092 here, the
 * windows-1252 "’" there), `&shy;` (removed here, U+00AD there, which splits the word), names in
 * capitals (`&MDASH;`, decoded here only) and `&#0;` (kept here, U+FFFD there). Swapping it would
 * change the keys of such articles, so new copies would miss exact-hash matches with stored ones
 * and every re-fetch would bump their version; that takes a re-key of the stored articles, not a
 * refactor. test/unit/dedupe/comparison-text.test.ts pins the differences.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Scripts written without spaces between words: each character becomes a token, so shingles of
 * consecutive tokens are character n-grams (the standard choice for CJK near-duplicate detection;
 * word segmentation would need a dictionary and differ between segmenters).
 */
const UNSPACED_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * US/UK spelling folded to one form (a lossy key, applied to both sides, so collisions such as
 * "four"/"for" are harmless): -ise/-ize, -yse/-yze (z->s everywhere), -our/-or, -tre/-ter,
 * -mme/-m, doubled l (travelled), -ogue/-og, -ence/-ense, ae/e (paediatric).
 */
export function foldSpelling(word: string): string {
  if (word.length < 4) return word;
  // Words repeat (a body has ~600 tokens, ~250 distinct; sentences are tokenized again for their
  // keys), so folded forms are memoized; the fold itself only runs the replaces whose pattern
  // can match. Same result as applying all eight unconditionally (issue 16: 3-4% of Node CPU).
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    folded = LOWER_WORD_RE.test(word) ? fold(word) : word;
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(word, folded);
  }
  return folded;
}

const LOWER_WORD_RE = /^[a-z]+$/;
/** Bound of the memo (a few MB); cleared when full, which only costs recomputation. */
const FOLDED_MAX = 50_000;
const FOLDED = new Map<string, string>();

/** The folds of `foldSpelling`, in order, on a word of a-z only. */
function fold(word: string): string {
  let w = word;
  if (w.includes('z')) w = w.replace(/z/g, 's');
  if (w.includes('our')) w = w.replace(/our/g, 'or');
  if (w.endsWith('tre') || w.endsWith('tres')) w = w.replace(/tre(s?)$/, 'ter$1');
  if (w.endsWith('mme') || w.endsWith('mmes')) w = w.replace(/mme(s?)$/, 'm$1');
  if (w.includes('ll')) w = w.replace(/ll/g, 'l');
  if (w.endsWith('ogue') || w.endsWith('ogues')) w = w.replace(/ogue(s?)$/, 'og$1');
  if (w.endsWith('ce') || w.endsWith('ces')) w = w.replace(/ce(s?)$/, 'se$1');
  if (w.includes('ae')) w = w.replace(/ae/g, 'e');
  return w;
}

/**
 * Unicode and typography folded: NFKC (full-width `，：（）` and digits become ASCII), entities
 * decoded, case folded, quotes/apostrophes removed, digit grouping removed ("1,000" -> "1000"),
 * "%"/"per cent" -> "percent".
 */
export function normalizeText(text: string): string {
  return decodeEntities(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['‘’‚‛"“”„‟«»‹›`´]/g, '')
    .replace(/(\d)[,\u202f\u2009](?=\d{3}(?!\d))/g, '$1')
    .replace(/\bper cent\b/g, 'percent')
    .replace(/%/g, ' percent ');
}

/**
 * Tokens of normalized text: words, and single characters for unspaced scripts. The maximal
 * runs of word characters are exactly the non-empty pieces of a split on runs of the others;
 * matching them is ~1.8x faster than split + filter and builds one array instead of three.
 */
export function tokenize(normalized: string): string[] {
  const tokens = normalized.replace(UNSPACED_RE, ' $& ').match(WORD_RE);
  if (!tokens) return [];
  for (let i = 0; i < tokens.length; i++) tokens[i] = foldSpelling(tokens[i]!);
  return tokens;
}

/**
 * The comparison paragraphs of a body: page template lines and the site's learned furniture
 * (paragraph keys in `furniture`, see furniture.ts) dropped, entities decoded and NFKC, then
 * credits, bylines and the leading dateline stripped.
 */
export function comparisonParagraphs(body: string, furniture?: ReadonlySet<string>): string[] {
  return paragraphsOfLines(bodyLines(body).kept(furniture));
}

/** The comparison paragraphs of a body's kept lines (see `BodyLines.kept`). */
export function paragraphsOfLines(kept: readonly string[]): string[] {
  return stripCredits(decodeEntities(kept.join('\n\n')).normalize('NFKC'));
}

/** Body -> comparison tokens (furniture, credits, datelines, bylines and trailers removed, then normalized). */
export function comparisonTokens(body: string, furniture?: ReadonlySet<string>): string[] {
  return tokenize(normalizeText(comparisonParagraphs(body, furniture).join('\n\n')));
}

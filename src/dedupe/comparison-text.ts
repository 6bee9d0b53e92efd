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
  if (!text.includes('&')) return text; // most text has none: no regex pass (issue 16)
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
const UNSPACED_CHAR_RE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
/** A word character: tokens are the maximal runs of them. */
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * US/UK spelling folded to one form (a lossy key, applied to both sides, so collisions such as
 * "four"/"for" are harmless): -ise/-ize, -yse/-yze (z->s everywhere), -our/-or, -tre/-ter,
 * -mme/-m, doubled l (travelled), -ogue/-og, -ence/-ense, ae/e (paediatric).
 */
export function foldSpelling(word: string): string {
  // Most words meet none of the folds' conditions and are returned as they are, found by one
  // pass over their letters (issue 16: cheaper than hashing every fresh token for the memo).
  if (word.length < 4) return word;
  let hit = false;
  let p1 = 0; // previous code unit
  let p2 = 0; // the one before it
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return word; // not a-z only: no fold applies
    if (innerFold(c, p1, p2)) hit = true;
    p2 = p1;
    p1 = c;
  }
  return foldLower(word, hit);
}

/**
 * True when the letter `c` after `p1` (after `p2`) ends a "z", "ll", "ae" or "our": a condition of
 * a fold anywhere in a word. The other folds' conditions are endings (see `foldLower`). Each fold
 * only runs when its condition holds on the word it receives, and the first fold to run needs a
 * condition of the original word: a word meeting none is its own folded form.
 */
const innerFold = (c: number, p1: number, p2: number): boolean =>
  c === 0x7a || (c === 0x6c && p1 === 0x6c) || (c === 0x65 && p1 === 0x61) || (c === 0x72 && p1 === 0x75 && p2 === 0x6f);

/** The folded form of `word`, a-z only and 4+ letters; `inner`: it meets an `innerFold` condition. */
function foldLower(word: string, inner: boolean): string {
  if (!inner && !foldingEnd(word)) return word;
  // Words repeat (a body has ~600 tokens, ~250 distinct), so the folded forms are memoized. Same
  // result as applying all eight replaces unconditionally.
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(word, folded);
  }
  return folded;
}

/** True when `word` ends with "tre", "mme", "ogue" or "ce", or one of them and "s": the endings the folds change. */
function foldingEnd(word: string): boolean {
  const end = word.charCodeAt(word.length - 1) === 0x73 ? word.length - 1 : word.length; // a plural's "s"
  if (word.charCodeAt(end - 1) !== 0x65) return false; // every ending is an "e"
  const c = (back: number): number => word.charCodeAt(end - back);
  return (
    c(2) === 0x63 || // ce
    (c(2) === 0x72 && c(3) === 0x74) || // tre
    (c(2) === 0x6d && c(3) === 0x6d) || // mme
    (c(2) === 0x75 && c(3) === 0x67 && c(4) === 0x6f) // ogue
  );
}

/** Bound of the memo (a few MB); cleared when full, which only costs recomputation. */
const FOLDED_MAX = 50_000;
const FOLDED = new Map<string, string>();

/** The folds of `foldSpelling`, in order, on a word of a-z only (see `innerFold`). */
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
  // Called per sentence (sentence-keys.ts): the replaces that cannot match are skipped on a plain
  // search for what each needs (issue 16).
  let t = decodeEntities(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['‘’‚‛"“”„‟«»‹›`´]/g, '')
    .replace(/(\d)[,\u202f\u2009](?=\d{3}(?!\d))/g, '$1');
  if (t.includes('per cent')) t = t.replace(/\bper cent\b/g, 'percent');
  return t.includes('%') ? t.replace(/%/g, ' percent ') : t;
}

/**
 * Tokens of normalized text: the maximal runs of word characters (letters, digits, marks), each
 * word character of an unspaced script a token of its own, spelling folded. One pass over a
 * table of code-point classes; it gives what `text.replace(/[unspaced]/gu, ' $& ')
 * .match(/[\p{L}\p{N}\p{M}]+/gu)` gave before issue 16 (an unspaced character that is not a word
 * character separates, like any other) without the two regex passes and the copy the replace
 * made (~2x faster). test/unit/dedupe/scans.test.ts checks that they agree.
 */
export function tokenize(normalized: string): string[] {
  const tokens = scratchTokens;
  tokens.length = 0;
  const n = normalized.length;
  // The current run of word characters: where it starts (-1: none), whether it is a-z only so
  // far, and the `foldSpelling` state of its letters, kept here so no token is read twice.
  let start = -1;
  let lower = true;
  let inner = false;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < n;) {
    let cp = normalized.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = normalized.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    const c = charClass(cp);
    if (c === WORD) {
      if (start < 0) {
        start = i;
        lower = true;
        inner = false;
        p1 = p2 = 0;
      }
      if (lower) {
        if (cp < 0x61 || cp > 0x7a) lower = false;
        else {
          if (innerFold(cp, p1, p2)) inner = true;
          p2 = p1;
          p1 = cp;
        }
      }
    } else {
      if (start >= 0) {
        const word = normalized.slice(start, i);
        tokens.push(lower && word.length >= 4 ? foldLower(word, inner) : word);
        start = -1;
      }
      if (c === UNSPACED_WORD) tokens.push(normalized.slice(i, i + width)); // one character: never folded
    }
    i += width;
  }
  if (start >= 0) {
    const word = start === 0 ? normalized : normalized.slice(start);
    tokens.push(lower && word.length >= 4 ? foldLower(word, inner) : word);
  }
  return tokens.slice();
}

/**
 * The tokens of the `tokenize` call running, copied out at its end. A new array literal per call
 * was what V8 pretenured: the token lists live on (memoized with the comparison text, in the
 * feature cache), so after a few collections the literal's allocation site switched to old-space
 * allocation, and every optimized function that had inlined `tokenize` was thrown away and
 * compiled again (twice in bench/cold-dedupe.mjs's first pass, `tokenize` and `sentenceTokens`;
 * issue 16). The copy `slice` makes carries no allocation site.
 */
const scratchTokens: string[] = [];

/** `tokenize`'s classes of a code point. */
const WORD = 1;
const UNSPACED_WORD = 2;
const SEPARATOR = 3;
/** Classes of BMP code points, filled in when first met (0: not yet known). */
const CLASSES = new Uint8Array(0x10000);

function charClass(cp: number): number {
  if (cp < 0x10000) {
    const c = CLASSES[cp]!;
    if (c !== 0) return c;
    return (CLASSES[cp] = classify(String.fromCharCode(cp)));
  }
  return classify(String.fromCodePoint(cp));
}

function classify(ch: string): number {
  if (!WORD_CHAR_RE.test(ch)) return SEPARATOR;
  return UNSPACED_CHAR_RE.test(ch) ? UNSPACED_WORD : WORD;
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

// Run once at import, in the interpreter, so that TurboFan's first compile of `tokenize` (it
// becomes hot within a fresh process's first article) has type feedback for its rarer paths: a
// surrogate pair, an unspaced script, a letter outside a-z, each spelling fold's letters and
// endings, a code point not yet classified, a text ending inside a word. Without it each was met
// later as a deoptimization and a recompile (issue 16: 7 compiles of `tokenize` in
// bench/cold-dedupe.mjs's first pass). Pure: it only fills the memos with what they would hold.
// The text twice: V8 gives a function its feedback vector only after it has run a while, so the
// first words would leave no feedback in the small helpers (`innerFold`). Latin-1 and UTF-16 text
// are strings of different maps.
const PRIMER = 'organize colour travelled paediatric centres programme catalogues licence café 2026 rule';
tokenize(`${PRIMER} ${PRIMER}`);
tokenize(`${PRIMER} 東京 𠀀 😀 ${PRIMER}`);

/**
 * The cheap test find-credits.ts runs on every line of a page before its credit regexes: does
 * the line hold some agency alias at all? Most lines do not, so this is the per-line cost of
 * credit finding (issue 16: as three regexes over the lowercased line it was ~0.3 ms per article
 * warm, more in a fresh process, which compiles each for both string encodings).
 *
 * The answer is what these regexes gave (test/unit/normalize/agency-mention.test.ts compares
 * them on the golden pages' lines, aliases at word edges and random lines; the 10,919 lines of
 * the 216 dev pages agreed too):
 *   single words  `(?<![\p{L}\p{M}\p{N}])(?:alias|…)(?![\p{L}\p{M}\p{N}])`, on the lowercased line
 *   phrases       `(?:alias|…)` (aliases holding a space or hyphen), on the lowercased line
 *   CJK/RTL       `(?:alias|…)` (aliases in those scripts), on the line, if it has such a character
 * A single-word alias is a word of letters, marks and digits, so it matches exactly when it is a
 * whole maximal run of them: one pass over the line's runs, each looked up by a hash computed as
 * it is read. A phrase matches anywhere: each position is filtered on its first three code units
 * (a bit table) before the phrases starting with them are compared.
 */
import { agencyAliases, contextAliases } from './agencies.js';

/** CJK, Arabic-script and Hangul characters: aliases with them are matched as written. */
export const CJK_OR_RTL = /[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter, mark or digit, 2 not (filled as met). */
const WORD_CLASS = new Uint8Array(0x10000);

/** Whether a code point is `[\p{L}\p{M}\p{N}]`. */
function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp - 97) >>> 0 <= 122 - 97 || (cp - 48) >>> 0 <= 57 - 48 || (cp - 65) >>> 0 <= 90 - 65;
  if (cp > 0xffff) return WORD_CHAR_RE.test(String.fromCodePoint(cp));
  let c = WORD_CLASS[cp]!;
  if (c === 0) WORD_CLASS[cp] = c = WORD_CHAR_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}

const SINGLE_WORDS = new Set<string>();
const PHRASES: string[] = [];
const SCRIPT_ALIASES: string[] = [];
for (const a of agencyAliases()) {
  if (CJK_OR_RTL.test(a)) SCRIPT_ALIASES.push(a);
  else if (/[\s-]/u.test(a)) PHRASES.push(a.toLowerCase());
  else if (/^[\p{L}\p{M}\p{N}]+$/u.test(a.toLowerCase())) SINGLE_WORDS.add(a.toLowerCase());
  // Any other single word ("a.p.") holds a character that ends a run: it never matched.
}

const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** Hashes (masked) of the single-word aliases: a run whose hash is not here is not an alias. */
const WORD_HASHES = new Uint8Array(1 << HASH_BITS);
let wordMin = Infinity;
let wordMax = 0;
for (const w of SINGLE_WORDS) {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193); // as hasAliasWord
  WORD_HASHES[h & HASH_MASK] = 1;
  wordMin = Math.min(wordMin, w.length);
  wordMax = Math.max(wordMax, w.length);
}

/** Whether `lower` has a single-word alias as a whole run of letters, marks and digits. */
function hasAliasWord(lower: string): boolean {
  const n = lower.length;
  let start = -1;
  let h = 0;
  for (let i = 0; i <= n;) {
    // codePointAt pairs surrogates as a hand-written decode did, without its rarely taken
    // branches: in a fresh process each was a deopt of the compiled loop when first taken.
    const cp = i < n ? lower.codePointAt(i)! : 0x20; // a separator after the end closes the last run
    const width = cp > 0xffff ? 2 : 1;
    let word: boolean;
    // ASCII and known BMP classes inline: a call per character was most of the cost. Ranges as
    // one unsigned compare each (see src/normalize/letter-or-digit.ts: feedback for every compare).
    if (cp < 0x80) word = (cp - 97) >>> 0 <= 122 - 97 || (cp - 48) >>> 0 <= 57 - 48 || (cp - 65) >>> 0 <= 90 - 65;
    else {
      const known = width === 1 ? WORD_CLASS[cp]! : 0;
      word = known === 1 || (known === 0 && isWordChar(cp));
    }
    if (word) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      // An astral character is in no alias: its low bits still feed the hash, which only filters.
      h = Math.imul(h ^ (cp & 0xffff), 0x01000193);
    } else if (start >= 0) {
      const len = i - start;
      if (len >= wordMin && len <= wordMax && WORD_HASHES[h & HASH_MASK] === 1 && SINGLE_WORDS.has(lower.slice(start, i))) return true;
      start = -1;
    }
    i += width;
  }
  return false;
}

/** Phrases by the key of their first three code units; PHRASE_KEYS marks the keys in use. */
const phraseKey = (a: number, b: number, c: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c) & HASH_MASK;
const PHRASE_KEYS = new Uint8Array(1 << HASH_BITS);
const PHRASES_BY_KEY = new Map<number, string[]>();
let phraseMin = Infinity;
// A phrase holding another ("the associated press", "dpa deutsche presse-agentur") is found by
// that one: left out, so the common "the" is no key.
const phrases = [...new Set(PHRASES)];
for (const p of phrases.filter((p) => !phrases.some((q) => q !== p && p.includes(q)))) {
  const k = phraseKey(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2));
  PHRASE_KEYS[k] = 1;
  const list = PHRASES_BY_KEY.get(k);
  if (list) list.push(p);
  else PHRASES_BY_KEY.set(k, [p]);
  phraseMin = Math.min(phraseMin, p.length);
}

/** Whether `lower` contains a phrase alias anywhere. */
function hasAliasPhrase(lower: string): boolean {
  const last = lower.length - phraseMin;
  if (last < 0) return false;
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let i = 0; i <= last; i++) {
    const c = lower.charCodeAt(i + 2);
    const k = phraseKey(a, b, c);
    if (PHRASE_KEYS[k] === 1) for (const p of PHRASES_BY_KEY.get(k)!) if (lower.startsWith(p, i)) return true;
    a = b;
    b = c;
  }
  return false;
}

/**
 * Per BMP code unit: 1 + the code unit toLowerCase gives it alone, -1 when the line's lower case is
 * not read unit by unit there (a surrogate, U+0130 which lower-cases to two units, U+03A3 whose
 * lower case depends on its place in a word), 0 not yet known (filled as met).
 */
const LOWER_UNIT = new Int32Array(0x10000);

/** The lower case of code unit `c` in the line's toLowerCase, or -1 (see LOWER_UNIT). */
function lowerUnit(c: number): number {
  let v = LOWER_UNIT[c]!;
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    v = (c - 0xd800) >>> 0 <= 0xdfff - 0xd800 || c === 0x3a3 || l.length !== 1 ? -1 : l.charCodeAt(0) + 1;
    LOWER_UNIT[c] = v;
  }
  return v < 0 ? -1 : v - 1;
}

/** `line.toLowerCase().startsWith(p, at)` for a line lower-cased unit by unit up to there; -1 when a unit is not. */
function phraseAt(line: string, at: number, p: string): number {
  if (at + p.length > line.length) return 0;
  for (let k = 0; k < p.length; k++) {
    const c = line.charCodeAt(at + k);
    const lc = c < 0x80 ? c + ((c - 65) >>> 0 <= 90 - 65 ? 32 : 0) : lowerUnit(c);
    if (lc < 0) return -1;
    if (lc !== p.charCodeAt(k)) return 0;
  }
  return 1;
}

/**
 * hasAliasWord(lower) || hasAliasPhrase(lower) for `lower = line.toLowerCase()`, in one pass over
 * the line lower-casing each code unit as it is read, without the lower-cased copy: 1 yes, 0 no,
 * -1 when the line holds a unit whose lower case is not its own unit's (LOWER_UNIT), for the two
 * scans to answer. Before such a unit the line and its copy agree position by position, so a
 * run or phrase found there is found in the copy too. The line is two-byte on most pages, and
 * toLowerCase copies it through ICU (issue 16: a sixth of the test; the second scan most of the rest).
 */
function aliasInLine(line: string): number {
  const n = line.length;
  const phraseLast = n - phraseMin;
  let start = -1;
  let h = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i <= n; i++) {
    let lc = 0x20; // a separator after the end closes the last run
    if (i < n) {
      const c = line.charCodeAt(i);
      lc = c < 0x80 ? c + ((c - 65) >>> 0 <= 90 - 65 ? 32 : 0) : lowerUnit(c);
      if (lc < 0) return -1;
    }
    // As hasAliasWord, on the lower-cased unit (no surrogates get here: every unit is a code point).
    let word: boolean;
    if (lc < 0x80) word = (lc - 97) >>> 0 <= 122 - 97 || (lc - 48) >>> 0 <= 57 - 48;
    else {
      const known = WORD_CLASS[lc]!;
      word = known === 1 || (known === 0 && isWordChar(lc));
    }
    if (word) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ lc, 0x01000193);
    } else if (start >= 0) {
      const len = i - start;
      if (len >= wordMin && len <= wordMax && WORD_HASHES[h & HASH_MASK] === 1 && SINGLE_WORDS.has(line.slice(start, i).toLowerCase()))
        return 1;
      start = -1;
    }
    // As hasAliasPhrase, for a phrase starting two units back.
    if (i >= 2 && i - 2 <= phraseLast && i < n) {
      const k = phraseKey(a, b, lc);
      if (PHRASE_KEYS[k] === 1)
        for (const p of PHRASES_BY_KEY.get(k)!) {
          const at = phraseAt(line, i - 2, p);
          if (at !== 0) return at;
        }
    }
    a = b;
    b = lc;
  }
  return 0;
}

/**
 * Literals found anywhere in a text, as the plain alternation `new RegExp(literals.map(escape).join('|'))`
 * finds them (a substring test; without the `i` flag the `u` flag changes nothing for literals
 * of BMP characters that are no surrogates, which all aliases are). Each position is filtered on
 * its first two code units (a bit table) before the literals starting with them are compared:
 * irregexp cannot skip ahead on an alternation holding literals in several scripts, and tried
 * every alternative's first character at every position (issue 16: the context aliases' test
 * took ~40% more than this scan on the dev pages' lines).
 */
class LiteralSet {
  private readonly keys = new Uint8Array(1 << HASH_BITS);
  private readonly byKey = new Map<number, string[]>();
  private readonly min: number;

  constructor(literals: Iterable<string>) {
    let min = Infinity;
    for (const l of new Set(literals)) {
      // Two code units make the key: a shorter literal would need another scan.
      if (l.length < 2) throw new Error(`agency-mention: literal ${JSON.stringify(l)} shorter than two code units`);
      const k = pairKey(l.charCodeAt(0), l.charCodeAt(1));
      this.keys[k] = 1;
      const list = this.byKey.get(k);
      if (list) list.push(l);
      else this.byKey.set(k, [l]);
      min = Math.min(min, l.length);
    }
    this.min = min;
  }

  /** Whether `text` contains one of the literals. */
  in(text: string): boolean {
    const last = text.length - this.min;
    if (last < 0) return false;
    const keys = this.keys;
    let a = text.charCodeAt(0);
    for (let i = 0; i <= last; i++) {
      const b = text.charCodeAt(i + 1);
      const k = pairKey(a, b);
      if (keys[k] === 1) for (const l of this.byKey.get(k)!) if (text.startsWith(l, i)) return true;
      a = b;
    }
    return false;
  }
}

/** Key of two code units (masked): ASCII pairs get a key each. */
const pairKey = (a: number, b: number): number => ((a << 7) ^ b) & HASH_MASK;

const SCRIPT_ALIAS_SET = new LiteralSet(SCRIPT_ALIASES);

/**
 * Whether `line` holds some agency alias as a word or phrase: the cheap test before the credit
 * regexes. `scripts`, when the caller knows it, is whether the line has a CJK_OR_RTL character.
 */
export function mayNameAgency(line: string, scripts?: boolean): boolean {
  const inLine = aliasInLine(line);
  if (inLine === 1) return true;
  if (inLine < 0) {
    const lower = line.toLowerCase();
    if (hasAliasWord(lower) || hasAliasPhrase(lower)) return true;
  }
  return (scripts ?? CJK_OR_RTL.test(line)) && SCRIPT_ALIAS_SET.in(line);
}

/**
 * Whether the line holds a context alias (`AAP`, `CP`, `rtr`) anywhere, word edges not checked: the
 * gate in front of the whole-word pattern, whose lookbehind makes irregexp try every position
 * (issue 16: that test was ~0.1 ms of every article's credit scan). As the plain alternation
 * `new RegExp(contextAliasPattern())` answers, by LiteralSet's scan.
 */
const CONTEXT_ALIAS_SET = new LiteralSet(contextAliases());
export function mayNameContextAlias(line: string): boolean {
  return CONTEXT_ALIAS_SET.in(line);
}

import { describe, expect, it } from 'vitest';
import { ShingleIndex } from '../../../src/dedupe/compare.js';
import { foldSpelling, tokenize } from '../../../src/dedupe/comparison-text.js';
import { bandKeys, shingleHashes } from '../../../src/dedupe/fingerprint.js';
import { isTemplateLine, lettersAndDigits, paragraphKey } from '../../../src/dedupe/furniture.js';
import { fnv1a32, int64Key } from '../../../src/dedupe/hash.js';
import { collapseSpaces, wordCount } from '../../../src/normalize/spaces.js';

// Issue 16 replaced regex passes of the comparison text by scans over code-point tables. Every
// stored content hash, lead hash and band key comes from these functions, so each scan must give
// exactly what the regexes it replaced gave: these are those regexes, checked against the scans
// on every BMP code point (alone and between letters), astral samples and random mixed text.

const UNSPACED_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const refFold = (w: string): string => {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  return w
    .replace(/z/g, 's')
    .replace(/our/g, 'or')
    .replace(/tre(s?)$/, 'ter$1')
    .replace(/mme(s?)$/, 'm$1')
    .replace(/ll/g, 'l')
    .replace(/ogue(s?)$/, 'og$1')
    .replace(/ce(s?)$/, 'se$1')
    .replace(/ae/g, 'e');
};
const refTokenize = (s: string): string[] => (s.replace(UNSPACED_RE, ' $& ').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map(refFold);
const refTemplate = (line: string): boolean => {
  const p = line.trim();
  if (p === '') return true;
  const res = [
    /^(?:photo|image|picture|file photo|video|graphic|illustration|caption)s?\b\s*[:|/-]?/iu,
    /^(?:\(|\[)?(?:photo|image|file|video)\b[^)\]]*[)\]]/iu,
    /\b(?:AP|Reuters|AFP|Getty Images|EPA|Xinhua|Bloomberg|Shutterstock)\s*(?:Photo)?\s*\/\s*[\p{Lu}]/u,
    /^(?:credit|source|copyright|©)\s*:/iu,
    /^(?:share|share this|follow us|sign up|subscribe|newsletter|advertisement|sponsored|related|more from|recommended|trending|most read|read more|read next|also read|see also|click here|comments?|listen to)\b/iu,
    /^(?:(?:facebook|twitter|x|linkedin|whatsapp|email|print|reddit|telegram)\s*)+$/iu,
    /\b(?:all rights reserved|cookie policy|privacy policy|terms of (?:use|service))\b/iu,
  ];
  if (res.some((re) => re.test(p))) return p.length < 400;
  const cjk = (p.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  const words = cjk > p.length / 3 ? cjk / 2 : p.split(/\s+/).length;
  return words < 8 && !/[.!?。！？…"”'’)）」』]\s*$/u.test(p);
};
const refParagraphKey = (p: string): string => {
  const s = lettersAndDigits(p.normalize('NFKC').toLowerCase());
  return int64Key(fnv1a32(s, 0x811c9dc5), fnv1a32(s, 0x01000193));
};

/** Every BMP code point and every 97th astral one, each alone and inside text. */
function* codePointCases(): Generator<string> {
  for (let cp = 0; cp < 0x110000; cp += cp < 0x10000 ? 1 : 97) {
    const ch = String.fromCodePoint(cp);
    yield ch;
    yield `ab${ch}cd ${ch}${ch}x`;
    yield `${ch.repeat(4)} `.repeat(5); // many of it: a CJK line's words are its characters
  }
}

/** Random text over the classes these scans tell apart (seeded: the same cases every run). */
function* randomCases(n: number): Generator<string> {
  const pool = [
    ...['a', 'z', 'll', 'our', 'ae', 'colour', 'travelled', 'centre', 'programmes', 'catalogue', 'defences', 'Ärzte'],
    ...['中', '文', '々', '〇', '⺀', 'ก', 'ั', '한', 'ー', '𠀀', '𝐀', 'é', 'e\u0301', 'ſ', 'K', 'Σ', 'İ', '٣', '😀'],
    ...[' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\ud800', '\udc00', '-', '.', '1', ',', '/', '(AP Photo/J', ')'],
    ...['Photo', 'Source:', 'Share this', 'ALL RIGHTS RESERVED', 'all rightſ reserved', 'Terms of Use', 'policy', 'Reuters'],
  ];
  let seed = 11;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let k = 1 + (next() % 30); k > 0; k--) s += pool[next() % pool.length];
    yield s;
  }
}

/** The cases on which `f` and `ref` disagree (the first few: one expect over a million cases). */
function disagree<T>(cases: Iterable<string>, f: (s: string) => T, ref: (s: string) => T): string[] {
  const bad: string[] = [];
  for (const s of cases) if (bad.length < 5 && JSON.stringify(f(s)) !== JSON.stringify(ref(s))) bad.push(s);
  return bad;
}

describe('scans that replaced regexes give what the regexes gave', () => {
  const cases = [...codePointCases(), ...randomCases(20000), '', ' ', '  a  b  ', '\ta\u00a0b\n'];

  it('tokenize and foldSpelling', () => {
    expect(disagree(cases, tokenize, refTokenize)).toEqual([]);
    expect(
      disagree(
        cases,
        (s) => tokenize(s.toLowerCase()),
        (s) => refTokenize(s.toLowerCase()),
      ),
    ).toEqual([]);
    const words = ['colourise', 'theatres', 'programmes', 'catalogues', 'defences', 'paediatric', 'travelled', 'zzzz', 'ouro', 'aeae'];
    expect(disagree(words, foldSpelling, refFold)).toEqual([]);
  });

  it('wordCount and collapseSpaces', () => {
    expect(disagree(cases, wordCount, (s) => s.split(/\s+/).length)).toEqual([]);
    expect(disagree(cases, collapseSpaces, (s) => s.replace(/\s+/g, ' ').trim())).toEqual([]);
  });

  it('isTemplateLine and paragraphKey', () => {
    expect(disagree(cases, isTemplateLine, refTemplate)).toEqual([]);
    expect(disagree(cases, paragraphKey, refParagraphKey)).toEqual([]);
  });
});

describe('typed-array structures that replaced strings and maps', () => {
  it('shingleHashes: fnv1a32 of each three tokens joined by U+0001', () => {
    const tokens = tokenize('the union said 中文 strike would go on 𠀀 and é e\u0301 ok');
    const ref = tokens.slice(2).map((_, i) => fnv1a32(tokens.slice(i, i + 3).join('\u0001')));
    expect(shingleHashes(tokens)).toEqual(ref);
    expect(shingleHashes(['a', 'b'])).toEqual([fnv1a32('a\u0001b')]);
    expect(shingleHashes([])).toEqual([]);
  });

  it('bandKeys: both hashes of `${kind}:${band}:${rows joined by ","}`, as the string gave them', () => {
    const sig = [0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 4_294_967_295, 2_147_483_648, 12_345, 7];
    const ref = (rows: number, kind: string): string[] =>
      Array.from({ length: sig.length / rows }, (_, b) => {
        const part = `${kind}:${b}:${sig.slice(b * rows, (b + 1) * rows).join(',')}`;
        return int64Key(fnv1a32(part, 0x811c9dc5), fnv1a32(part, 0x01000193));
      });
    expect(bandKeys(sig, 4, 3, 'f')).toEqual(ref(3, 'f'));
    expect(bandKeys(sig, 6, 2, 'l')).toEqual(ref(2, 'l'));
    expect(bandKeys(sig, 12, 1, 'xy')).toEqual(ref(1, 'xy'));
  });

  it('ShingleIndex: every position of each shingle, ascending, as a map of position lists gives', () => {
    let seed = 5;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 200; n++) {
      // Few distinct values, sharing their low bits (one slot chain), 0 and values over 2^31.
      const seq = Array.from({ length: next() % 80 }, () => [0, 0xffffffff, 0x80000000, 16, 32, 48, next()][next() % 7]!);
      const ref = new Map<number, number[]>();
      seq.forEach((h, i) => ref.set(h, [...(ref.get(h) ?? []), i]));
      const index = new ShingleIndex(seq);
      expect(index.size).toBe(ref.size);
      expect([...index.firsts]).toEqual([...ref.values()].map((at) => at[0]));
      for (const [h, at] of ref) {
        const got: number[] = [];
        for (let x = index.first(h); x >= 0; x = index.next[x]!) got.push(x);
        expect(got).toEqual(at);
      }
      expect(index.first(12345)).toBe(ref.has(12345) ? ref.get(12345)![0] : -1);
    }
  });
});

/**
 * The per-text alias patterns (alias-regexp.ts) must find exactly what the full alternation
 * finds: same match, index and captures, for every pattern the stages build. Checked on the
 * text of the golden pages, on every alias in the lines each pattern is written for (as
 * spelled, in capitals, in lower case, and with letters swapped for the odd characters that
 * `iu` still matches: ſ for s, K for k, final ς, ϱ for ρ ...), and on seeded random lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyAliasList } from '../../../src/normalize/agencies.js';
import { aliasFold, aliasRegExps, type AliasRegExp } from '../../../src/normalize/alias-regexp.js';
// Loaded for the patterns they build.
import '../../../src/normalize/find-credits.js';
import '../../../src/normalize/parse-dateline.js';
import '../../../src/normalize/strip-wire-markup.js';

const ALIASES = agencyAliasList();
const FIXTURES = join(import.meta.dirname, '../../fixtures/html');

/** Characters `iu` matches to a more common letter: a text may spell an alias with them. */
const ODD: Record<string, string> = {
  s: 'ſ',
  S: 'ſ',
  k: '\u212a',
  K: '\u212a',
  σ: 'ς',
  Σ: 'ς',
  ρ: 'ϱ',
  Ρ: 'ϱ',
  ε: 'ϵ',
  Ε: 'ϵ',
  κ: 'ϰ',
  π: 'ϖ',
  Π: 'ϖ',
  ι: '\u1fbe',
  с: '\u1c83',
  С: '\u1c83',
  т: '\u1c84',
  Т: '\u1c85',
  о: '\u1c82',
  О: '\u1c82',
  д: '\u1c81',
  Д: '\u1c81',
  в: '\u1c80',
  ъ: '\u1c86',
  å: '\u212b',
};

function spellings(a: string): string[] {
  const odd = [...a].map((c) => ODD[c] ?? c).join('');
  const mixed = [...a].map((c, i) => (i % 2 ? c.toLowerCase() : c.toUpperCase())).join('');
  return [...new Set([a, a.toUpperCase(), a.toLowerCase(), mixed, odd])];
}

/** Lines in the shapes the patterns are written for; `a` and `b` are alias spellings. */
const FRAMES: Array<(a: string, b: string) => string> = [
  (a) => `MOSCOW, May 15 (${a}) -- The talks`,
  (a) => `MOSCOW, May 15. /${a}/. Russia will`,
  (a) => `HANOI, Vietnam (${a}) — U.S. Defense`,
  (a) => `TOKYO, May 15 ${a} - Japan will`,
  (a) => `МОСКВА, 15 мая. /${a}/. Президент`,
  (a) => `МОСКВА, 15 мая - ${a}. Президент`,
  (a) => `(서울=${a}) 정부는`,
  (a) => `【ワシントン${a}】米政府は`,
  (a) => `${a}北京5月15日电 国家`,
  (a, b) => `Le Monde with material from ${a} and ${b}`,
  (a, b) => `(FR mit ${a}/${b})`,
  (a) => `Additional reporting by ${a} in Paris`,
  (a) => `${a} | July 9, 2020`,
  (a) => `${a}2020.10.26`,
  (a) => `KVELLER via ${a} — The`,
  (a, b) => `Redacción / ${a}, ${b}`,
  (a) => `${a} / Redazione`,
  (a, b) => `The ${a} and the ${b} contributed to this report.`,
  (a) => `… sagde han. /${a}/`,
  (a) => `(${a}) 11:02, May 15, 2024`,
  (a) => `Source: ${a} | May 15, 2024`,
  (a) => `© 2024 ${a}`,
  (a) => a,
  (a) => `he said. (${a})`,
  (a, b) => `he said — ${a}${b}`,
];

function* framed(): Generator<string> {
  for (let i = 0; i < ALIASES.length; i++) {
    const b = ALIASES[(i * 7 + 3) % ALIASES.length]!;
    for (const a of spellings(ALIASES[i]!)) for (const frame of FRAMES) yield frame(a, b);
  }
}

function* fixtureLines(): Generator<string> {
  for (const f of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, f), 'utf8');
    const plain = f.endsWith('.json')
      ? Object.values(JSON.parse(text) as Record<string, unknown>).join('\n')
      : text.replace(/<[^>]*>/g, '\n');
    for (const line of plain.split(/\n+/)) if (line.trim() !== '') yield line.trim();
  }
}

/** A seeded PRNG (mulberry32), so a failure repeats. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* randomLines(n: number): Generator<string> {
  const next = rng(16);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const bits = [
    '(',
    ')',
    '/',
    ' ',
    ' - ',
    ' — ',
    ', ',
    '. ',
    ': ',
    ' and ',
    ' via ',
    'MOSCOW, May 15 ',
    'Redacción',
    '2024',
    '(서울=',
    '】',
    '【東京',
    '日电',
    ' contributed to this report',
  ];
  for (let i = 0; i < n; i++) {
    let line = '';
    const parts = 1 + Math.floor(next() * 6);
    for (let k = 0; k < parts; k++) line += next() < 0.5 ? pick(spellings(pick(ALIASES))) : pick(bits);
    yield line;
  }
}

const shape = (m: RegExpExecArray | null): unknown => m && { index: m.index, groups: [...m] };

function mismatches(lines: Iterable<string>): string[] {
  const out: string[] = [];
  const patterns: readonly AliasRegExp[] = aliasRegExps();
  for (const line of lines)
    for (const re of patterns) {
      const got = shape(re.exec(line));
      const want = shape(re.full().exec(line));
      if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${re.full().source.slice(0, 40)}… on ${JSON.stringify(line)}`);
      if (re.test(line) !== (want !== null)) out.push(`test() on ${JSON.stringify(line)}`);
    }
  return out.slice(0, 10);
}

describe('aliasRegExp', () => {
  it('covers the stages: every pattern that holds the alternation is built through it', () => {
    expect(aliasRegExps().length).toBeGreaterThanOrEqual(17);
  });

  it('folds any two characters that iu matches to each other alike (every code point, every alias character)', () => {
    const chars = [...new Set(ALIASES.flatMap((a) => [...a]))];
    const any = new RegExp(`[${chars.map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`, 'iu');
    // A backreference under `iu` compares by the engine's own case folding.
    const same = /^(.)\1$/iu;
    const bad: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const x = String.fromCodePoint(cp);
      if (!any.test(x)) continue;
      for (const a of chars) if (same.test(x + a) && aliasFold(x) !== aliasFold(a)) bad.push(`U+${cp.toString(16)} ~ ${a}`);
    }
    expect(bad).toEqual([]);
  });

  it('matches like the full alternation on the golden pages', () => {
    expect(mismatches(fixtureLines())).toEqual([]);
  });

  it('matches like the full alternation on every alias, in every spelling, in the lines the patterns read', () => {
    expect(mismatches(framed())).toEqual([]);
  }, 120_000);

  it('matches like the full alternation on random lines of aliases and punctuation', () => {
    expect(mismatches(randomLines(3000))).toEqual([]);
  }, 60_000);
});

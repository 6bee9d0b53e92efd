/**
 * mayNameAgency scans runs and phrase prefixes instead of running three regexes over every line
 * (issue 16). It must answer exactly what the regexes did: they are rebuilt here as find-credits.ts
 * built them before, and both are run on the golden pages' lines, on every alias in several
 * spellings inside, at the edge of and across words (letters, marks, digits, astral letters,
 * lone surrogates around it), and on seeded random lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/mulberry32.js';
import { agencyAliases, contextAliasPattern } from '../../../src/normalize/agencies.js';
import { mayNameAgency, mayNameContextAlias } from '../../../src/normalize/agency-mention.js';

const ALIASES = agencyAliases();
const FIXTURES = join(import.meta.dirname, '../../fixtures/html');

// The regexes of find-credits.ts before issue 16's scan, as they were written.
const CJK_OR_RTL = /[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;
const SINGLE_WORDS: string[] = [];
const MULTI_WORD: string[] = [];
const SCRIPT_ALIASES: string[] = [];
for (const a of ALIASES) {
  if (CJK_OR_RTL.test(a)) SCRIPT_ALIASES.push(a);
  else if (/[\s-]/u.test(a)) MULTI_WORD.push(a.toLowerCase());
  else SINGLE_WORDS.push(a.toLowerCase());
}
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (list: string[]): string =>
  list.length === 0
    ? '(?!)'
    : [...new Set(list)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|');
const SINGLE_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${anyOf(SINGLE_WORDS.filter((w) => /^[\p{L}\p{M}\p{N}]+$/u.test(w)))})(?![\\p{L}\\p{M}\\p{N}])`,
  'u',
);
const MULTI_WORD_RE = new RegExp(anyOf(MULTI_WORD), 'u');
const SCRIPT_ALIAS_RE = new RegExp(anyOf(SCRIPT_ALIASES), 'u');
function byRegexes(line: string): boolean {
  const lower = line.toLowerCase();
  return SINGLE_WORD_RE.test(lower) || MULTI_WORD_RE.test(lower) || (CJK_OR_RTL.test(line) && SCRIPT_ALIAS_RE.test(line));
}

function mismatches(lines: Iterable<string>): string[] {
  const out: string[] = [];
  let n = 0;
  for (const line of lines) {
    n++;
    if (mayNameAgency(line) !== byRegexes(line)) out.push(JSON.stringify(line));
  }
  expect(n).toBeGreaterThan(0);
  return out.slice(0, 10);
}

function* fixtureLines(): Generator<string> {
  for (const f of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, f), 'utf8');
    const plain = f.endsWith('.json')
      ? Object.values(JSON.parse(text) as Record<string, unknown>).join('\n')
      : text.replace(/<[^>]*>/g, '\n');
    for (const line of plain.split(/\n+/)) if (line.trim() !== '') yield line;
  }
}

/** What may stand next to an alias: separators, letters, a digit, a combining mark, an astral letter, lone surrogates. */
// Σ (lower case by its place in a word), ſ and K (Kelvin: lower-cases to ASCII k) for the line scan's unit-by-unit lower case.
const NEIGHBOURS = [
  '',
  ' ',
  '(',
  '-',
  'x',
  'É',
  'é',
  '7',
  '\u0301',
  '\u{1d400}',
  '\u{1f600}',
  '\ud835',
  '\udc00',
  '字',
  'ß',
  'İ',
  '_',
  'Σ',
  'ſ',
  '\u212a',
];

function* framed(): Generator<string> {
  for (const a of ALIASES) {
    const spellings = new Set([a, a.toUpperCase(), a.toLowerCase(), a.slice(1), a.slice(0, -1), a.replace(/ /g, '  ')]);
    for (const s of spellings) for (const before of NEIGHBOURS) for (const after of NEIGHBOURS) yield `${before}${s}${after}`;
  }
}

/** Seeded (mulberry32), so a failure repeats. */
function* randomLines(n: number): Generator<string> {
  const next = mulberry32(16);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    let line = '';
    const parts = 1 + Math.floor(next() * 8);
    for (let k = 0; k < parts; k++) {
      const a = pick(ALIASES);
      line += next() < 0.4 ? pick([a, a.toUpperCase(), a.slice(0, 1 + Math.floor(next() * a.length))]) : pick(NEIGHBOURS);
    }
    yield line;
  }
}

describe('mayNameAgency', () => {
  it('answers as the regexes did on the golden pages', () => {
    expect(mismatches(fixtureLines())).toEqual([]);
  });

  it('answers as the regexes did for every alias inside, beside and across words', () => {
    expect(mismatches(framed())).toEqual([]);
  }, 60_000);

  it('answers as the regexes did on random lines of aliases and their neighbours', () => {
    expect(mismatches(randomLines(20000))).toEqual([]);
  }, 60_000);

  it('finds whole words and phrases only where the regexes do', () => {
    expect(mayNameAgency('LOS ANGELES (AP) — The')).toBe(true);
    expect(mayNameAgency('The happening')).toBe(false); // "ap", "pa" inside words
    expect(mayNameAgency('with material from Deutsche Presse-Agentur')).toBe(true);
    expect(mayNameAgency('xdeutsche presse-agenturx')).toBe(true); // a phrase matches anywhere
    expect(mayNameAgency('（新华社）')).toBe(true);
  });
});

describe('mayNameContextAlias', () => {
  // The gate in front of find-credits' whole-word context-alias pattern: wherever that pattern
  // matches, the gate must say yes (a gate that says no there would lose a credit).
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])(?:${contextAliasPattern()})(?![\\p{L}\\p{N}])`, 'u');
  const aliases = contextAliasPattern().split('|');
  it('says yes wherever the whole-word pattern matches', () => {
    for (const a of aliases)
      for (const line of [`(${a})`, `SYDNEY, May 15 (${a}) - Text`, `Text. ${a}`, `x/${a}/y`]) {
        expect(whole.test(line)).toBe(true);
        expect(mayNameContextAlias(line)).toBe(true);
      }
  });
  it('says no on lines without any alias', () => {
    for (const line of ['The minister said on Monday.', 'Berlin (dpa) - Die Regierung', '2024-05-15 11:02', ''])
      expect(mayNameContextAlias(line)).toBe(false);
  });
  // The scan replaced the plain alternation of the aliases (issue 16): it must answer as that did.
  const any = new RegExp(contextAliasPattern());
  const differ = (lines: Iterable<string>): string[] => {
    const out: string[] = [];
    for (const line of lines) if (mayNameContextAlias(line) !== any.test(line)) out.push(JSON.stringify(line));
    return out.slice(0, 10);
  };
  it('answers as the plain alternation on the golden pages, framed aliases and random lines', () => {
    expect(differ(fixtureLines())).toEqual([]);
    expect(differ(randomLines(20000))).toEqual([]);
  }, 60_000);
  it('answers as the plain alternation for every alias at the edges, cut short and in other case', () => {
    const lines: string[] = [];
    for (const a of aliases)
      for (const s of [a, a.toLowerCase(), a.toUpperCase(), a.slice(1), a.slice(0, -1)])
        for (const before of NEIGHBOURS) for (const after of NEIGHBOURS) lines.push(`${before}${s}${after}`);
    expect(differ(lines)).toEqual([]);
  });
});

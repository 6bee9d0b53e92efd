/**
 * agencyAliasGroup() puts an empty lookahead before the alias alternation so V8 compiles the
 * patterns that embed it faster (issue 16). The lookahead must change no result: every pattern
 * the stages build with it is held against the same pattern with the bare `(?:a|b|…)`, on the
 * golden pages' text, on every alias in every spelling in the lines the patterns are written
 * for (capitals, lower case, and the odd letters `iu` also matches: ſ, the Kelvin sign, final
 * sigma …), and on seeded random lines. Same match, index and captures, or the test fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/mulberry32.js';
import { agencyAliasGroup, agencyAliasPattern, agencyAliases } from '../../../src/normalize/agencies.js';

const GROUP = agencyAliasGroup();
const BARE = `(?:${agencyAliasPattern()})`;
const ALIASES = agencyAliases();
const FIXTURES = join(import.meta.dirname, '../../fixtures/html');

/** [the stage's pattern, the same pattern with the bare alternation] */
const pairs: Array<[RegExp, RegExp]> = [];

beforeAll(async () => {
  // Catch the patterns as the stage modules build them (they are module-private).
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      if (re.source.includes(GROUP)) pairs.push([re, new Native(re.source.split(GROUP).join(BARE), re.flags)]);
      return re;
    },
  });
  try {
    await import('../../../src/normalize/find-credits.js');
    await import('../../../src/normalize/parse-dateline.js');
    await import('../../../src/normalize/strip-wire-markup.js');
  } finally {
    globalThis.RegExp = Native;
  }
});

/** Letters `iu` matches to a more common one: a text may spell an alias with them. */
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
  Π: 'ϖ',
  с: '\u1c83',
  С: '\u1c83',
  т: '\u1c84',
  Т: '\u1c85',
  о: '\u1c82',
  О: '\u1c82',
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
  (a) => `PARIS, 15 mai 2024 (${a}) - Le gouvernement`,
  (a) => `(${a}) - ROMA, 30 DIC - Il governo`,
  (a) => `Москва. 15 мая. ${a} - Президент`,
  (a) => `Bamberg (${a}/lby) - Die Stadtwerke`,
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
  (a) => `${a} Mumbai`,
  (a) => `Київ • ${a}`,
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

/** Seeded (mulberry32), so a failure repeats. */
function* randomLines(n: number): Generator<string> {
  const next = mulberry32(16);
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

const shape = (m: RegExpExecArray | null): string => JSON.stringify(m && { index: m.index, groups: [...m] });

function mismatches(lines: Iterable<string>): string[] {
  const out: string[] = [];
  for (const line of lines)
    for (const [staged, bare] of pairs) {
      staged.lastIndex = bare.lastIndex = 0;
      if (shape(staged.exec(line)) !== shape(bare.exec(line))) out.push(`${staged.source.slice(0, 40)}… on ${JSON.stringify(line)}`);
    }
  return out.slice(0, 10);
}

describe('agencyAliasGroup', () => {
  it('is what every stage pattern over the aliases is built with', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(26);
  });

  it('changes no match on the golden pages', () => {
    expect(mismatches(fixtureLines())).toEqual([]);
  });

  it('changes no match for any alias, in any spelling, in the lines the patterns read', () => {
    expect(mismatches(framed())).toEqual([]);
  }, 120_000);

  it('changes no match on random lines of aliases and punctuation', () => {
    expect(mismatches(randomLines(5000))).toEqual([]);
  }, 60_000);
});

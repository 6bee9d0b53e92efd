/**
 * stopwordHits scans the letters instead of splitting the text (issue 16). Its counts, and their
 * order (the first language to reach the highest count wins a tie), must be those of the split it
 * replaced: that is rebuilt here and both run on the golden pages' text, on texts longer than the
 * 600-piece cut, and on seeded random texts of stopwords, letters of other scripts, astral
 * letters, lone surrogates and separators at either end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/mulberry32.js';
import { stopwordHits } from '../../../src/normalize/detect-language.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/html');
const STOPS = ['the', 'and', 'de', 'la', 'que', 'és', 'è', 'não', 'für', 'için', 'și', 'în', 'această', 'amesema', 'na', 'ya', 'ke'];

/** The split-based counts before issue 16, with the words' languages taken from stopwordHits itself. */
function bySplit(text: string): [string, number][] {
  const counts = new Map<string, number>();
  let n = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (++n > 600) break;
    for (const [lang, k] of stopwordHits(w)) counts.set(lang, (counts.get(lang) ?? 0) + k);
  }
  return [...counts];
}

function mismatches(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const t of texts) if (JSON.stringify([...stopwordHits(t)]) !== JSON.stringify(bySplit(t))) out.push(JSON.stringify(t.slice(0, 80)));
  return out.slice(0, 10);
}

function* fixtureTexts(): Generator<string> {
  for (const f of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, f), 'utf8');
    const plain = f.endsWith('.json')
      ? Object.values(JSON.parse(text) as Record<string, unknown>).join('\n')
      : text.replace(/<[^>]*>/g, ' ');
    yield plain.slice(0, 2000);
    yield plain;
  }
}

/** Seeded (mulberry32), so a failure repeats. */
function* randomTexts(n: number): Generator<string> {
  const next = mulberry32(16);
  const bits = [
    ...STOPS,
    ...STOPS.map((w) => w.toUpperCase()),
    ' ',
    '  ',
    '.',
    '-',
    '1',
    'x',
    'İ',
    'ß',
    '字',
    '\u0301',
    '\u{1d400}',
    '\u{1f600}',
    '\ud835',
    '\udc00',
  ];
  for (let i = 0; i < n; i++) {
    let t = '';
    const parts = Math.floor(next() * (i % 10 === 0 ? 2000 : 30));
    for (let k = 0; k < parts; k++) t += bits[Math.floor(next() * bits.length)];
    yield t;
  }
}

describe('stopwordHits', () => {
  it('counts as the split did on the golden pages', () => {
    expect(mismatches(fixtureTexts())).toEqual([]);
  });

  it('counts as the split did on random texts, past the 600-piece cut too', () => {
    expect(mismatches(randomTexts(5000))).toEqual([]);
  });

  it('counts each language of a shared stopword, once per occurrence', () => {
    expect([...stopwordHits('De la, de!')]).toEqual(bySplit('De la, de!'));
    expect(stopwordHits('the the the').get('en')).toBe(3);
  });
});

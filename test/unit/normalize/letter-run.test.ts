/**
 * execLetterRun finds a bounded letter run's match with the cheaper `\p{L}+` pattern (issue 16).
 * Held against the bounded patterns it stands for (the date patterns of parse-zoned-date.ts and
 * parse-dateline.ts, copied here) on dates as pages write them and on seeded random strings of
 * digits, month words, runs of 1-15 letters (astral ones too), "de", dots, commas and spaces.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/mulberry32.js';
import { execLetterRun } from '../../../src/normalize/letter-run.js';

const PAIRS: Array<[RegExp, RegExp, number, number, number]> = [
  [
    /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u,
    /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})/u,
    2,
    3,
    12,
  ],
  [/^(\d{1,2})\.? ?(?:de )?(\p{L}+)\.?(?: (\d{4}))?$/u, /^(\d{1,2})\.? ?(?:de )?(\p{L}{3,10})\.?(?: (\d{4}))?$/u, 2, 3, 10],
  [/^(\p{L}+)\.? (\d{1,2})(?:, (\d{4}))?$/u, /^(\p{L}{3,10})\.? (\d{1,2})(?:, (\d{4}))?$/u, 1, 3, 10],
];

const shape = (m: RegExpExecArray | null): string => JSON.stringify(m && { index: m.index, groups: [...m] });

function mismatches(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const t of texts)
    for (const [cheap, exact, group, min, max] of PAIRS)
      if (shape(execLetterRun(cheap, exact, group, min, max, t)) !== shape(exact.exec(t)))
        out.push(`${exact.source.slice(0, 20)} on ${JSON.stringify(t)}`);
  return out.slice(0, 10);
}

const DATES = [
  '15 May 2024',
  '4 de mayo de 2020',
  '15 мая 2024, 11:02',
  '02. januar 2020',
  '10th September 2005',
  'Mon, 16 September 2024 10:00PM',
  '16 Septemberandmore 2024 then 3 May 2024',
  '1 de de 2024',
  '5 ab 2024 and 6 Juni 2024',
  'May 15',
  'Sept. 9, 2024',
  'Septemberrrrrrr 9',
  '15. Mai',
  '15 de mayo',
  '3 𝐀𝐁𝐂 2024',
  '3 𝐀𝐁 2024 4 ab𝐂 2024',
  'Jänner 5, 2024',
];

/** Seeded (mulberry32), so a failure repeats. */
function* randomTexts(n: number): Generator<string> {
  const next = mulberry32(16);
  const letters = ['a', 'é', 'ж', '字', '𝐀', 'M'];
  const run = (): string =>
    Array.from({ length: 1 + Math.floor(next() * 15) }, () => letters[Math.floor(next() * letters.length)]).join('');
  const bits = [' ', ' ', '.', ',', 'de ', 'th', '1', '15', '2024', '12345', run, run, run, 'May', 'mayo'];
  for (let i = 0; i < n; i++) {
    let t = '';
    const parts = 1 + Math.floor(next() * 10);
    for (let k = 0; k < parts; k++) {
      const b = bits[Math.floor(next() * bits.length)]!;
      t += typeof b === 'string' ? b : b();
    }
    yield t;
  }
}

describe('execLetterRun', () => {
  it('gives the bounded patterns’ match on dates as pages write them', () => {
    expect(mismatches(DATES)).toEqual([]);
  });

  it('gives the bounded patterns’ match on random strings', () => {
    expect(mismatches(randomTexts(50000))).toEqual([]);
  });
});

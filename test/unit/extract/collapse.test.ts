/**
 * The whitespace collapsing that replaced `s.replace(/\s+/g, ' ').trim()` on hot paths (textOf,
 * the sanitizer's text, pageLines' lines) gives the same strings, on random text rich in the
 * whitespace `\s` knows (and \u200b, which it does not).
 */
import { describe, expect, it } from 'vitest';
import { collapseRuns, collapseSpaces } from '../../../src/normalize/spaces.js';
import { LineText } from '../../../src/extract/page-lines.js';

const ALPHABET = [
  'a',
  'Wort',
  '中文',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u2028',
  ',',
  'x y',
];

function randomText(rand: () => number, max: number): string {
  let s = '';
  for (let i = Math.floor(rand() * max); i > 0; i--) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

function lcg(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('collapseSpaces / collapseRuns', () => {
  it('equal the /\\s+/ replacement (trimmed or not)', () => {
    const rand = lcg(11);
    for (let k = 0; k < 2000; k++) {
      const s = randomText(rand, 12);
      expect(collapseRuns(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' '));
      expect(collapseSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('LineText', () => {
  it('builds the collapsed, trimmed text of what was appended, a gap counting as a space', () => {
    const rand = lcg(5);
    const line = new LineText();
    for (let k = 0; k < 2000; k++) {
      let raw = '';
      for (let i = Math.floor(rand() * 8); i > 0; i--) {
        if (rand() < 0.25) {
          line.gap = true;
          raw += ' ';
        } else {
          const s = randomText(rand, 5);
          line.add(s);
          raw += s;
        }
      }
      expect(line.take(), JSON.stringify(raw)).toBe(raw.replace(/\s+/g, ' ').trim());
    }
  });
});

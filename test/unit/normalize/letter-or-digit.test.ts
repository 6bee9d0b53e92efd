/**
 * isLetterOrDigit tests its ASCII ranges as unsigned compares (`(c - lo) >>> 0 <= hi - lo`, issue 16:
 * no compare without type feedback in a fresh process); held against `\p{L}|\p{N}` on every BMP
 * code unit (each twice: the second answer comes from its cache) and on astral code points.
 */
import { describe, expect, it } from 'vitest';
import { isLetterOrDigit } from '../../../src/normalize/letter-or-digit.js';

const RE = /^[\p{L}\p{N}]$/u;

describe('isLetterOrDigit', () => {
  it('agrees with \\p{L}|\\p{N} on every BMP code unit, cached or not', () => {
    for (let pass = 0; pass < 2; pass++) {
      const wrong: number[] = [];
      for (let cp = 0; cp <= 0xffff; cp++) if (isLetterOrDigit(cp) !== RE.test(String.fromCharCode(cp))) wrong.push(cp);
      expect(wrong).toEqual([]);
    }
  });

  it('agrees on astral code points', () => {
    for (const cp of [0x10000, 0x1d400, 0x1d7ce, 0x1f600, 0x20000, 0x2a6d6, 0xe0001, 0x10ffff])
      expect(isLetterOrDigit(cp)).toBe(RE.test(String.fromCodePoint(cp)));
  });
});

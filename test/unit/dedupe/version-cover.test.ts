/**
 * The write-thru path (compare.ts MIN_VERSION_COVER): neighbouring versions of one wire story that
 * share a third of the shorter text, kept paragraphs from the top half of one of them, link; two
 * texts sharing the same amount at the end of both (a background block, a company's boilerplate)
 * do not. Found by a probe of one big event's coverage (four agencies' write-thru chains).
 */
import { describe, expect, it } from 'vitest';
import { comparePair, DEFAULT_THRESHOLDS, MIN_SHARED } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { mulberry32 } from '../../../bench/mulberry32.js';

/** A paragraph of 40 made-up words, distinct per seed (no accidental overlap between paragraphs). */
function paragraph(seed: number): string {
  const rnd = mulberry32(seed);
  const word = (): string =>
    Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join('');
  return `${Array.from({ length: 40 }, word).join(' ')}.`;
}
const P = Array.from({ length: 10 }, (_, i) => paragraph(100 + i));
const Q = Array.from({ length: 6 }, (_, i) => paragraph(200 + i));
const X = Array.from({ length: 7 }, (_, i) => paragraph(300 + i));
const feats = (paras: readonly string[], n: number) => dedupeFeatures({ url: `https://wire.example/${n}`, body: paras.join('\n\n') });

describe('neighbouring versions under the 0.4 cover bar', () => {
  // Version 2: a new top of six paragraphs, then three paragraphs kept from version 1's top half.
  const v1 = feats(P, 1);
  const v2 = feats([...Q, P[1]!, P[2]!, P[3]!], 2);

  it('link through the write-thru path', () => {
    const p = comparePair(v2, v1);
    expect(p.shortCover).toBeGreaterThan(0.3);
    expect(p.shortCover).toBeLessThan(0.4);
    expect(p.shared).toBeGreaterThanOrEqual(MIN_SHARED);
    expect(p.match).toBe(true);
  });

  it('do not without it (the 0.4 bar alone)', () => {
    expect(comparePair(v2, v1, { ...DEFAULT_THRESHOLDS, minVersionCover: 1 }).match).toBe(false);
  });
});

describe('the same share at the end of both texts', () => {
  it('a shared background block or boilerplate is no version link', () => {
    const a = feats(P, 3);
    const sibling = feats([...X.slice(0, 6), P[7]!, P[8]!, P[9]!], 4);
    const p = comparePair(sibling, a);
    expect(p.shortCover).toBeGreaterThan(0.3);
    expect(p.shared).toBeGreaterThanOrEqual(MIN_SHARED);
    expect(p.match).toBe(false);
  });
});

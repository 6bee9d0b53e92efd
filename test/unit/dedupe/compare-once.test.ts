/** comparePairOnce: the decision's pair results, computed once per pair of features objects (issue 16). */
import { describe, expect, it } from 'vitest';
import { comparePair, comparePairOnce, DEFAULT_THRESHOLDS } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { PORT_STRIKE, TRANSFORMS, body } from './texts.js';

describe('comparePairOnce', () => {
  const full = dedupeFeatures({ url: 'https://a.example/1', body: body(PORT_STRIKE) });
  const teaser = dedupeFeatures({ url: 'https://b.example/1', body: TRANSFORMS.teaser!(PORT_STRIKE) });

  it('equals comparePair, in each direction, and is computed once per pair', () => {
    const ab = comparePairOnce(teaser, full);
    expect(ab).toEqual(comparePair(teaser, full));
    expect(comparePairOnce(teaser, full)).toBe(ab);
    const ba = comparePairOnce(full, teaser);
    expect(ba).not.toBe(ab);
    expect(ba).toEqual(comparePair(full, teaser));
    expect(ba.aCover).not.toBe(ab.aCover);
  });

  it('other thresholds or other features objects (new furniture, a new body) are compared anew', () => {
    const strict = { ...DEFAULT_THRESHOLDS, minShortCover: 2, minResemblance: 2 };
    const base = comparePairOnce(teaser, full);
    const other = comparePairOnce(teaser, full, strict);
    expect(other).not.toBe(base);
    expect(other).toEqual(comparePair(teaser, full, strict));
    expect([base.match, other.match]).toEqual([true, false]);
    const again = dedupeFeatures({ url: 'https://b.example/1', body: TRANSFORMS.teaser!(PORT_STRIKE) });
    expect(comparePairOnce(again, full)).not.toBe(base);
    expect(comparePairOnce(again, full)).toEqual(base);
  });
});

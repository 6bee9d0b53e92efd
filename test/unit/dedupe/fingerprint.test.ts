import { describe, expect, it } from 'vitest';
import { comparisonTokens } from '../../../src/dedupe/comparison-text.js';
import { dedupeFeatures, indexBands } from '../../../src/dedupe/features.js';
import { dedupeKeys } from '../../../src/dedupe/dedupe-keys.js';
import { FULL_BANDS, fingerprint, leadBands, minhash, shingleHashes } from '../../../src/dedupe/fingerprint.js';
import { fmix32, sha256Hex } from '../../../src/dedupe/hash.js';
import { sentenceTokens } from '../../../src/dedupe/sentence-keys.js';
import { PORT_STRIKE, TELESCOPE, TRANSFORMS, ZH_ECONOMY, ZH_WEATHER, body } from './texts.js';

const shared = (a: string[], b: string[]): number => a.filter((k) => b.includes(k)).length;

describe('fingerprint', () => {
  it('Chinese text: non-empty, non-constant, different for different texts', () => {
    const a = fingerprint(comparisonTokens(body(ZH_ECONOMY)));
    const b = fingerprint(comparisonTokens(body(ZH_WEATHER)));
    expect(a.bands).toHaveLength(FULL_BANDS);
    expect(new Set(a.minhash).size).toBeGreaterThan(a.minhash.length / 2);
    expect(shared(a.bands, b.bands)).toBe(0);
  });

  it('Chinese repost shares bands with its original', () => {
    const orig = dedupeFeatures({ url: 'http://news.cn/1', body: body(ZH_ECONOMY) });
    const copy = dedupeFeatures({ url: 'http://x.example/1', body: body(ZH_ECONOMY.slice(0, 3)).replace(/，/g, ',') });
    expect(shared(indexBands(orig), indexBands(copy))).toBeGreaterThan(0);
  });

  it('empty text has no bands (never matches everything)', () => {
    expect(fingerprint([]).bands).toEqual([]);
    expect(leadBands([])).toEqual([]);
  });

  it('MinHash agreement estimates Jaccard', () => {
    const a = shingleHashes(comparisonTokens(body(PORT_STRIKE)));
    const b = shingleHashes(comparisonTokens(body(PORT_STRIKE.slice(0, 4))));
    const jaccard = new Set(b).size / new Set(a).size; // b is a subset of a
    const sa = minhash(a, 60);
    const sb = minhash(b, 60);
    const agree = sa.filter((v, i) => v === sb[i]).length / 60;
    expect(Math.abs(agree - jaccard)).toBeLessThan(0.2);
  });

  it('a teaser shares lead bands with its original; an unrelated text shares none', () => {
    const orig = dedupeFeatures({ url: 'https://a.example/1', body: body(PORT_STRIKE) });
    const teaser = dedupeFeatures({ url: 'https://b.example/1', body: TRANSFORMS.teaser!(PORT_STRIKE) });
    const other = dedupeFeatures({ url: 'https://c.example/1', body: body(TELESCOPE) });
    expect(shared(orig.leadBands, teaser.leadBands)).toBeGreaterThan(0);
    expect(shared(indexBands(orig), indexBands(other))).toBe(0);
  });

  it('dedupeKeys: identical comparison text -> identical content hash; lead hash null on short text', () => {
    expect(dedupeKeys({ body: TRANSFORMS['credit-byline']!(PORT_STRIKE) }).contentHash).toBe(
      dedupeKeys({ body: body(PORT_STRIKE) }).contentHash,
    );
    expect(dedupeKeys({ body: body(PORT_STRIKE) }).contentHash).not.toBe(dedupeKeys({ body: body(TELESCOPE) }).contentHash);
    expect(dedupeKeys({ body: 'Too short.' }).leadHash).toBeNull();
    expect(dedupeKeys({ body: 'Too short.' }).tokenCount).toBe(2);
  });

  it('minhash: the minimum of fmix32(x ^ seed_i) over the distinct shingles, for every i', () => {
    const seeds = Array.from({ length: 64 }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));
    const xs = shingleHashes(comparisonTokens(body(PORT_STRIKE)));
    const reference = (k: number): number[] =>
      Array.from({ length: k }, (_, i) => Math.min(...[...new Set(xs)].map((x) => fmix32(x ^ seeds[i]!))));
    expect(minhash(xs, 60)).toEqual(reference(60));
    expect(minhash([...xs, ...xs.slice(0, 20)], 24)).toEqual(reference(24));
    expect(minhash(xs, 7)).toEqual(reference(7)); // four hash functions per pass, and the rest
    expect(minhash([], 60)).toEqual([]);
  });

  it('features: the tokens of the sentences joined are the tokens of the text, except where a capital sigma makes them differ', () => {
    const greek = 'Η ΟΔΟΣ.Και ο δρόμος έκλεισε για πολλές ώρες μετά την έντονη βροχή στην περιοχή της πόλης σήμερα.';
    for (const text of [body(PORT_STRIKE), body(ZH_ECONOMY), TRANSFORMS.teaser!(PORT_STRIKE), greek]) {
      const keyed = dedupeFeatures({ url: 'https://a.example/1', body: text });
      // The reference tokenizes the whole text (features share the body's tokens, so a second
      // dedupeFeatures call would not be an independent computation).
      const tokens = comparisonTokens(text);
      expect([keyed.shingles, keyed.bodyHash, keyed.leadHash, keyed.tokenCount]).toEqual([
        shingleHashes(tokens),
        tokens.length >= 20 ? sha256Hex(tokens.join(' ')) : null,
        tokens.length >= 30 ? sha256Hex(tokens.slice(0, 30).join(' ')) : null,
        tokens.length,
      ]);
    }
    // Lowercasing the sigma depends on the letters after the cut: final in the sentence, not in the text.
    const split = sentenceTokens([greek]);
    expect(split.joinable).toBe(false);
    expect(split.sentences.flat()).not.toEqual(comparisonTokens(greek));
    expect(sentenceTokens([body(PORT_STRIKE)]).joinable).toBe(true);
  });
});

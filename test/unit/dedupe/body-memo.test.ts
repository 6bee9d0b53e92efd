/**
 * The comparison text of a body is memoized per process (furniture.ts `bodyLines`, features.ts
 * `comparisonText`) so that storePage's keys, the paragraph counts and the features of one article
 * share it (issue 16). These pin that sharing changes nothing: every result equals one computed
 * from scratch on the whole text, whatever was asked before, with or without learned furniture.
 */
import { describe, expect, it } from 'vitest';
import { comparisonTokens } from '../../../src/dedupe/comparison-text.js';
import { dedupeKeys } from '../../../src/dedupe/dedupe-keys.js';
import { comparisonText, dedupeFeatures } from '../../../src/dedupe/features.js';
import { shingleHashes } from '../../../src/dedupe/fingerprint.js';
import { bodyLines, pageLines, paragraphKey, paragraphKeys } from '../../../src/dedupe/furniture.js';
import { sha256Hex } from '../../../src/dedupe/hash.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, ZH_ECONOMY, body } from './texts.js';

const CAPTION = 'The harbour at dawn, seen from the pilot boat on an ordinary working day in spring.';
const page = (ps: readonly string[]): string => [CAPTION, ...ps].join('\n\n');
/** A fresh string with the same text (what reading the body back from Postgres gives). */
const copyOf = (s: string): string => (' ' + s).slice(1);

/** The keys and features' text fields computed from scratch (whole-text tokenization, no memo). */
function reference(text: string, furniture?: ReadonlySet<string>) {
  const tokens = comparisonTokens(text, furniture);
  return {
    contentHash: sha256Hex(tokens.join(' ')),
    leadHash: tokens.length >= 30 ? sha256Hex(tokens.slice(0, 30).join(' ')) : null,
    tokenCount: tokens.length,
    shingles: shingleHashes(tokens),
  };
}

describe('body memo', () => {
  it('keys, then paragraph counts, then features of one body (as a job asks): each equals its computation from scratch', () => {
    const greek = 'Η ΟΔΟΣ.Και ο δρόμος έκλεισε για πολλές ώρες μετά την έντονη βροχή στην περιοχή της πόλης σήμερα.';
    for (const text of [page(PORT_STRIKE), body(ZH_ECONOMY), greek, 'Too short.', '']) {
      const ref = reference(text);
      expect(dedupeKeys({ body: text })).toEqual({ contentHash: ref.contentHash, leadHash: ref.leadHash, tokenCount: ref.tokenCount });
      const stored = copyOf(text);
      expect(paragraphKeys(stored)).toEqual([
        ...new Set(
          text
            .split(/\n+/)
            .filter((l) => l.trim())
            .map((l) => paragraphKey(l.trim())),
        ),
      ]);
      const f = dedupeFeatures({ url: 'https://a.example/1', body: stored });
      expect([f.bodyHash, f.leadHash, f.tokenCount, f.shingles]).toEqual([
        ref.tokenCount >= 20 ? ref.contentHash : null,
        ref.leadHash,
        ref.tokenCount,
        ref.shingles,
      ]);
    }
  });

  it('the same text read back as another string finds the memo; learned furniture that drops a line does not', () => {
    const text = page(TELESCOPE);
    const plain = comparisonText(text);
    expect(comparisonText(copyOf(text))).toBe(plain);
    // Furniture that drops nothing of this page keeps the shared text.
    expect(comparisonText(text, new Set(['123']))).toBe(plain);
    const furniture = new Set([paragraphKey(CAPTION)]);
    const without = comparisonText(text, furniture);
    expect(without).not.toBe(plain);
    const f = dedupeFeatures({ url: 'https://a.example/2', body: text }, furniture);
    const ref = reference(text, furniture);
    expect([f.bodyHash, f.tokenCount, f.shingles]).toEqual([ref.contentHash, ref.tokenCount, ref.shingles]);
    expect(ref.tokenCount).toBeLessThan(reference(text).tokenCount);
    expect(dedupeKeys({ body: text }).tokenCount).toBe(reference(text).tokenCount);
  });

  it('callers get copies of the lines: changing them changes nothing later', () => {
    const text = page(FLOOD);
    const lines = pageLines(text);
    lines.splice(0, lines.length, 'changed');
    expect(pageLines(text)).toEqual([CAPTION, ...FLOOD]);
    const keys = paragraphKeys(text);
    keys.length = 0;
    expect(paragraphKeys(text)).toHaveLength(FLOOD.length + 1);
  });

  it('is bounded: a body pushed out by 64 others is computed again, to the same values', () => {
    const text = page(PORT_STRIKE);
    const first = bodyLines(text);
    const before = dedupeKeys({ body: text });
    for (let i = 0; i < 64; i++) bodyLines(`${i} ${FLOOD[0]}`);
    expect(bodyLines(text)).not.toBe(first);
    expect(dedupeKeys({ body: text })).toEqual(before);
  });
});

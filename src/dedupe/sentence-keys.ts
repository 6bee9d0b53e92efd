/**
 * Sentence fingerprints: the containment-oriented candidate keys (issue 10, classes 3 and 4).
 * MinHash bands find texts of similar length; a teaser, an excerpt, a partial version or the
 * older copy at the bottom of a live file is a SHORTER text INSIDE a longer one, and shares whole
 * sentences with it wherever they sit. Each sentence of >= MIN_SENTENCE_TOKENS comparison tokens
 * gives one key (kind "s", salted apart from the band keys). To bound the index, an article keeps
 * its first LEAD_SENTENCES sentences (teasers and excerpts are leads) plus those whose hash falls
 * in a fixed 1-in-SAMPLE_EVERY sample (so two texts sharing k sentences anywhere share ~k/3 sampled
 * keys), at most MAX_SENTENCE_KEYS in all.
 */
import { normalizeText, tokenize } from './comparison-text.js';
import { fnv1a32, int64Key } from './hash.js';

export const MIN_SENTENCE_TOKENS = 8;
/** CJK: one token per character, so a sentence needs more of them. */
const MIN_CJK_SENTENCE_TOKENS = 14;
export const LEAD_SENTENCES = 4;
export const SAMPLE_EVERY = 3;
export const MAX_SENTENCE_KEYS = 24;

const SENTENCE_SPLIT_RE = /(?<=[.!?。！？])\s*(?=[\p{Lu}\p{Script=Han}"“‘'(（\d])|(?<=[。！？])/u;

/** Sentence keys of comparison paragraphs (already free of furniture and credits). */
export function sentenceKeys(paragraphs: readonly string[]): string[] {
  const keys: string[] = [];
  const sampled: string[] = [];
  const seen = new Set<string>();
  for (const sentence of paragraphs.flatMap((p) => p.split(SENTENCE_SPLIT_RE))) {
    const tokens = tokenize(normalizeText(sentence));
    const cjk = tokens.length > 0 && tokens.filter((t) => t.length === 1).length * 2 > tokens.length;
    if (tokens.length < (cjk ? MIN_CJK_SENTENCE_TOKENS : MIN_SENTENCE_TOKENS)) continue;
    const s = 's:' + tokens.join(' ');
    const lo = fnv1a32(s, 0x811c9dc5);
    const key = int64Key(fnv1a32(s, 0x01000193), lo);
    if (seen.has(key)) continue;
    seen.add(key);
    if (keys.length < LEAD_SENTENCES) keys.push(key);
    else if (lo % SAMPLE_EVERY === 0) sampled.push(key);
  }
  return [...keys, ...sampled].slice(0, MAX_SENTENCE_KEYS);
}

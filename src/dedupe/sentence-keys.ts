/**
 * Sentence fingerprints: the containment-oriented candidate keys (issue 10, classes 3 and 4).
 * MinHash bands find texts of similar length; a teaser, an excerpt, a partial version or the
 * older copy at the bottom of a live file is a SHORTER text INSIDE a longer one, and shares whole
 * sentences with it wherever they sit. Each sentence of >= MIN_SENTENCE_TOKENS comparison tokens
 * gives one key (kind "s", salted apart from the band keys). An article keeps its first
 * LEAD_SENTENCES sentences (teasers and excerpts are leads) and every other sentence while they fit
 * in MAX_SENTENCE_KEYS; a longer text keeps those whose hash falls in a 1-in-2, 1-in-4, ... sample,
 * the densest that fits. The samples nest (a sentence in the 1-in-4 sample is in the 1-in-2 one),
 * so a sentence two texts share is a key of both whenever the sparser text sampled it: a
 * write-thru's neighbour versions, which share two or three paragraphs away from both tops, now
 * always share keys (with a fixed 1-in-3 sample, 3 shared sentences were missed 30% of the time).
 */
import { normalizeText, tokenize } from './comparison-text.js';
import { fmix32, int64Key } from './hash.js';

export const MIN_SENTENCE_TOKENS = 8;
/** CJK: one token per character, so a sentence needs more of them. */
const MIN_CJK_SENTENCE_TOKENS = 14;
export const LEAD_SENTENCES = 4;
export const MAX_SENTENCE_KEYS = 32;

const SENTENCE_SPLIT_RE = /(?<=[.!?。！？])\s*(?=[\p{Lu}\p{Script=Han}"“‘'(（\d])|(?<=[。！？])/u;

/** Sentence keys of comparison paragraphs (already free of furniture and credits). */
export function sentenceKeys(paragraphs: readonly string[]): string[] {
  return keysOfSentences(sentenceTokens(paragraphs).sentences);
}

/** Final or medial sigma: where lowercasing depends on the letters around it (see `sentenceTokens`). */
const SIGMA_RE = /[σς]/;

/**
 * The comparison tokens of each sentence of `paragraphs`, in order. `joinable`: their
 * concatenation is exactly the token list of the paragraphs' whole text, so a caller needing both
 * tokenizes once (issue 16). A sentence ends after sentence punctuation and the spaces after it,
 * where no token, entity, digit group or "per cent" can straddle, and NFKC, quote removal and
 * spelling folds work character by character or within a word; the one context-dependent step is
 * lowercasing a capital sigma (final or not, by the letters around it across the cut), so text
 * with a sigma is not joinable.
 */
export function sentenceTokens(paragraphs: readonly string[]): { sentences: string[][]; joinable: boolean } {
  const sentences = scratchSentences;
  sentences.length = 0;
  let joinable = true;
  for (const p of paragraphs) {
    for (const sentence of p.split(SENTENCE_SPLIT_RE)) {
      const normalized = normalizeText(sentence);
      if (joinable && SIGMA_RE.test(normalized)) joinable = false;
      sentences.push(tokenize(normalized));
    }
  }
  const out = new SentenceTokens(sentences.slice(), joinable);
  sentences.length = 0;
  return out;
}

/**
 * What `sentenceTokens` returns, made by a constructor and a copy rather than by literals (issue
 * 16): the results live on (memoized with the comparison text), so V8 pretenured the literals'
 * allocation sites after a few collections and threw away the optimized `sentenceTokens` each
 * time (see `tokenize`).
 */
class SentenceTokens {
  constructor(
    readonly sentences: string[][],
    readonly joinable: boolean,
  ) {}
}
const scratchSentences: string[][] = [];

/** `fnv1a32('s:' + tokens.join(' '), seed)`, without building the string. */
function sentenceHash(tokens: readonly string[], seed: number): number {
  let h = Math.imul(Math.imul(seed ^ 0x73, 0x01000193) ^ 0x3a, 0x01000193); // 's', ':'
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) h = Math.imul(h ^ 0x20, 0x01000193);
    const t = tokens[i]!;
    for (let k = 0; k < t.length; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
  }
  return fmix32(h);
}

/** Sentence keys of sentences' comparison tokens (see the module comment). */
export function keysOfSentences(sentences: readonly (readonly string[])[]): string[] {
  const keys: string[] = [];
  // The keys past the lead sentences and their `lo` hashes, in two arrays: objects { key, lo }
  // took a Smi or a heap-number `lo` by the hash, and the field's change of representation made
  // V8 deoptimize this function in a fresh process (issue 16).
  const rest: string[] = [];
  const restLo: number[] = [];
  const seen = new Set<string>();
  for (const tokens of sentences) {
    if (tokens.length < MIN_SENTENCE_TOKENS) continue;
    let single = 0;
    for (const t of tokens) if (t.length === 1) single++;
    const cjk = single * 2 > tokens.length;
    if (tokens.length < (cjk ? MIN_CJK_SENTENCE_TOKENS : MIN_SENTENCE_TOKENS)) continue;
    const lo = sentenceHash(tokens, 0x811c9dc5);
    const key = int64Key(sentenceHash(tokens, 0x01000193), lo);
    if (seen.has(key)) continue;
    seen.add(key);
    if (keys.length < LEAD_SENTENCES) keys.push(key);
    else {
      rest.push(key);
      restLo.push(lo);
    }
  }
  const room = MAX_SENTENCE_KEYS - keys.length;
  let every = 1;
  while (sampled(restLo, every) > room) every *= 2;
  for (let i = 0; i < rest.length && keys.length < MAX_SENTENCE_KEYS; i++) if (restLo[i]! % every === 0) keys.push(rest[i]!);
  return keys;
}

/** How many of `los` are in the 1-in-`every` sample. */
function sampled(los: readonly number[], every: number): number {
  let n = 0;
  for (let i = 0; i < los.length; i++) if (los[i]! % every === 0) n++;
  return n;
}

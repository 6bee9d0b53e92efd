/**
 * The exact keys the db layer stores on `articles` when an article is saved (`content_hash`,
 * `lead_hash`). Same comparison text as `dedupeFeatures`. (A MinHash `fingerprint` was stored here
 * too until issue 16; nothing read it, and it cost ~1-2 ms per article.)
 */
import { comparisonText } from './features.js';

/** What `dedupeKeys` reads. Title and language are accepted but unused: titles never decide a merge. */
export interface DedupeKeysInput {
  title?: string | null | undefined;
  body: string;
  language?: string | null | undefined;
}

/** The keys of one article. `contentHash` is never null (the column is NOT NULL); `leadHash` is null under 30 tokens. */
export interface DedupeKeys {
  contentHash: string;
  leadHash: string | null;
  /** Comparison tokens in the body (a content hash of fewer than 20 says little). */
  tokenCount: number;
}

/** Computes `content_hash` and `lead_hash` of an article body. */
export function dedupeKeys(input: DedupeKeysInput): DedupeKeys {
  // Tokenized by sentence, as the features of the same body want them next (see `comparisonText`).
  const text = comparisonText(input.body);
  text.sentences();
  const { whole, lead } = text.exact();
  return { contentHash: whole, leadHash: lead, tokenCount: text.tokens().length };
}

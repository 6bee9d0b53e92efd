/**
 * The exact and fingerprint keys the db layer stores on `articles` when an article is saved
 * (`content_hash`, `lead_hash`, `fingerprint`). Same comparison text as `dedupeFeatures`.
 */
import { comparisonTokens } from './comparison-text.js';
import { LEAD_HASH_TOKENS } from './features.js';
import { fullFingerprint, leadBands, shingleHashes } from './fingerprint.js';
import { sha256Hex } from './hash.js';

/** Version of the comparison text and fingerprint scheme; bump when keys change (re-index). */
export const DEDUPE_KEYS_VERSION = 1;

/** What `dedupeKeys` reads. Title and language are accepted but unused: titles never decide a merge. */
export interface DedupeKeysInput {
  title?: string | null | undefined;
  body: string;
  language?: string | null | undefined;
}

/** Stored form of the fingerprint (`articles.fingerprint` jsonb). */
export interface StoredFingerprint {
  v: number;
  tokens: number;
  /** Full-text MinHash signature (60 x uint32). */
  minhash: number[];
  /** All band keys (full + lead), as stored in `article_bands.band`. */
  bands: string[];
}

/** The keys of one article. `contentHash` is never null (the column is NOT NULL); `leadHash` is null under 30 tokens. */
export interface DedupeKeys {
  contentHash: string;
  leadHash: string | null;
  fingerprint: StoredFingerprint;
}

/** Computes `content_hash`, `lead_hash` and the fingerprint of an article body. */
export function dedupeKeys(input: DedupeKeysInput): DedupeKeys {
  const tokens = comparisonTokens(input.body);
  const full = fullFingerprint(shingleHashes(tokens));
  return {
    contentHash: sha256Hex(tokens.join(' ')),
    leadHash: tokens.length >= LEAD_HASH_TOKENS ? sha256Hex(tokens.slice(0, LEAD_HASH_TOKENS).join(' ')) : null,
    fingerprint: { v: DEDUPE_KEYS_VERSION, tokens: tokens.length, minhash: full.minhash, bands: [...full.bands, ...leadBands(tokens)] },
  };
}

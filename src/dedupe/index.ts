/** The dedupe stage's public face: comparison text, keys, fingerprints, the story decision. */
export { comparisonTokens, comparisonParagraphs, normalizeText, tokenize, decodeEntities, foldSpelling } from './comparison-text.js';
export { stripCredits, stripDateline, isCreditParagraph } from './strip-credits.js';
export { urlKey, urlHost } from './url-key.js';
export { dedupeFeatures, indexBands, MIN_HASH_TOKENS, LEAD_HASH_TOKENS, type DedupeFeatures, type DedupeInput } from './features.js';
export { dedupeKeys, DEDUPE_KEYS_VERSION, type DedupeKeys, type DedupeKeysInput, type StoredFingerprint } from './dedupe-keys.js';
export { fingerprint, fullFingerprint, leadBands, shingleHashes, minhash, type Fingerprint } from './fingerprint.js';
export { comparePair, MIN_RESEMBLANCE, MIN_CONTAINMENT, MIN_CONTAIN_SHINGLES, MIN_TEXT_SHINGLES, ANCHOR_SLACK, type PairScore } from './compare.js';
export { decideStory, MIN_SAME_URL_OVERLAP, type StoryCandidate, type StoryDecision, type JoinDecision, type NewDecision } from './decide-story.js';
export { chooseOriginal, assignRoles, agencyOfHost, type StoryMember } from './choose-original.js';
export { MemoryStoryIndex, DEFAULT_WINDOW_MS, MAX_BAND_CANDIDATES, type IndexedArticleInput, type Membership } from './memory-index.js';

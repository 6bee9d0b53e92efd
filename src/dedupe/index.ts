/** The dedupe stage's public face: comparison text, keys, fingerprints, links and the story algorithm. */
export { comparisonTokens, comparisonParagraphs, normalizeText, tokenize, decodeEntities, foldSpelling } from './comparison-text.js';
export { stripCredits, stripDateline, isCreditParagraph } from './strip-credits.js';
export { isTemplateLine, paragraphKey, paragraphKeys, FURNITURE_MIN_PAGES } from './furniture.js';
export { detectAgency } from './detect-agency.js';
export { urlKey, urlHost } from './url-key.js';
export { dedupeFeatures, indexBands, MIN_HASH_TOKENS, LEAD_HASH_TOKENS, type DedupeFeatures, type DedupeInput } from './features.js';
export { dedupeKeys, DEDUPE_KEYS_VERSION, type DedupeKeys, type DedupeKeysInput, type StoredFingerprint } from './dedupe-keys.js';
export { fingerprint, fullFingerprint, leadBands, shingleHashes, minhash, type Fingerprint } from './fingerprint.js';
export { comparePair, DEFAULT_THRESHOLDS, MIN_RESEMBLANCE, MIN_SHARED, MIN_SHORT_COVER, MIN_BRIDGE_LONG_COVER, type LinkThresholds, type PairScore } from './compare.js';
export { decideStory, MIN_SAME_URL_OVERLAP, type StoryCandidate, type StoryDecision, type JoinDecision, type NewDecision } from './decide-story.js';
export { chooseOriginal, chooseReference, assignRoles, agencyOfHost, type StoryMember } from './choose-original.js';
export { assignStory, DEFAULT_ASSIGN_OPTIONS, DEFAULT_WINDOW_MS, MAX_BAND_CANDIDATES, type AssignOptions, type Assignment } from './assign-story.js';
export type { StoryStore, StoryTx, StoryArticle, Membership, MemberRef, CandidateQuery, StoryUpdate } from './story-store.js';
export { MemoryStoryStore } from './memory-store.js';
export { MemoryStoryIndex, type IndexedArticleInput } from './memory-index.js';

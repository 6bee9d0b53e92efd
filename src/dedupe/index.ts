/**
 * The dedupe stage's public face: what callers outside the stage use (knip fails `npm test` on a
 * re-export nobody imports). Modules inside the stage import each other directly.
 */
export { urlKey } from './url-key.js';
export { dedupeFeatures, indexBands, type DedupeFeatures } from './features.js';
export { dedupeKeys } from './dedupe-keys.js';
export { comparePair, type PairScore } from './compare.js';
export { decideStory, type StoryCandidate, type StoryDecision } from './decide-story.js';
export { chooseOriginal, assignRoles } from './choose-original.js';
export { MemoryStoryIndex } from './memory-index.js';

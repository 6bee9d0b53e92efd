/**
 * The dedupe stage's public face: keys and features, the pair comparison, the story decision and
 * roles. Modules inside the stage import each other directly; this file lists only what callers
 * outside it use (knip fails `npm test` on a re-export nobody imports).
 */
export { urlKey } from './url-key.js';
export { dedupeFeatures, indexBands, type DedupeFeatures } from './features.js';
export { dedupeKeys } from './dedupe-keys.js';
export { comparePair, type PairScore } from './compare.js';
export { decideStory, type StoryCandidate, type StoryDecision } from './decide-story.js';
export { chooseOriginal, assignRoles } from './choose-original.js';
export { MemoryStoryIndex } from './memory-index.js';

/**
 * The dedupe method packaged as the `DedupeStrategy` that `src/db/stories.repo.ts#assignStory`
 * takes. The shapes below mirror that interface structurally (pure stages may not import db/),
 * so `assignStory(db, id, dedupeStrategy)` type-checks without either side importing the other.
 */
import type { MergeMethod, StoryRole } from '../domain.js';
import { chooseOriginal, type StoryMember } from './choose-original.js';
import { decideStory, type StoryCandidate } from './decide-story.js';
import { dedupeFeatures, indexBands, type DedupeFeatures } from './features.js';
import { DEFAULT_WINDOW_MS } from './memory-index.js';

/** An article row as the db layer hands it over (mirrors `DedupeArticle`). */
export interface StrategyArticle {
  id: number;
  canonicalUrl: string;
  host: string;
  site: string | null;
  agency: string | null;
  body: string;
  publishedAt: Date | null;
  firstSeenAt: Date;
  contentHash: string;
  leadHash: string | null;
}

/** A stored candidate (mirrors `DedupeCandidate`). */
export interface StrategyCandidate extends StrategyArticle {
  storyId: number;
  isOriginal: boolean;
}

/** Mirrors the db layer's `StoryDecision`. */
export type StrategyDecision =
  | { kind: 'new' }
  | { kind: 'join'; storyId: number; method: MergeMethod; score: number; comparedArticleId: number; role: StoryRole };

/** Features are recomputed from the stored body; a small cache keyed by id + content hash saves it for hot stories. */
const cache = new Map<string, DedupeFeatures>();
const CACHE_MAX = 5000;

function featuresOf(a: StrategyArticle): DedupeFeatures {
  const key = `${a.id}:${a.contentHash}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const f = dedupeFeatures({ url: a.canonicalUrl, body: a.body, site: a.site });
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(key, f);
  return f;
}

function member(a: StrategyArticle): StoryMember {
  const f = featuresOf(a);
  return { articleId: String(a.id), urlKey: f.urlKey, host: f.host, agency: a.agency, publishedAt: a.publishedAt, firstSeenAt: a.firstSeenAt, tokenCount: f.tokenCount };
}

/** The dedupe strategy for `assignStory`. */
export const dedupeStrategy = {
  windowDays: DEFAULT_WINDOW_MS / 86_400_000,

  /** Advisory-lock keys: every lookup key, so two copies that could find each other serialize. */
  lockKeys(self: StrategyArticle): string[] {
    const f = featuresOf(self);
    const keys = [`u:${f.urlKey}`, `ch:${self.contentHash}`, ...indexBands(f).map((b) => `b:${b}`)];
    if (self.leadHash) keys.push(`lh:${self.leadHash}`);
    return keys;
  },

  /** Band keys to store in `article_bands` and look up with `band = any(...)`. */
  bandKeys(self: StrategyArticle): string[] {
    return indexBands(featuresOf(self));
  },

  /** The pure story decision (the candidates must include each candidate story's original). */
  decide(self: StrategyArticle, candidates: readonly StrategyCandidate[]): StrategyDecision {
    const cands: StoryCandidate[] = candidates
      .filter((c) => c.id !== self.id)
      .map((c) => ({ articleId: String(c.id), storyId: String(c.storyId), isOriginal: c.isOriginal, features: featuresOf(c) }));
    const d = decideStory(featuresOf(self), cands);
    if (d.action === 'new') return { kind: 'new' };
    return { kind: 'join', storyId: Number(d.storyId), method: d.method, score: d.score, comparedArticleId: Number(d.comparedArticleId), role: d.role };
  },

  /** Whether `challenger` should replace `current` as the story's original (see `chooseOriginal`). */
  betterOriginal(challenger: StrategyArticle, current: StrategyArticle): boolean {
    return chooseOriginal([member(current), member(challenger)]).articleId === String(challenger.id);
  },
};

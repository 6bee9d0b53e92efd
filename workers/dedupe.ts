/**
 * dedupe: attach an article to a story. The db layer holds the locks and does the lookups; the
 * pure dedupe stage computes features, decides, and picks the original and roles.
 */
import { assignStory, type Assignment, type DedupeStrategy, type StoredArticle } from '../src/db/stories.repo.js';
import { assignRoles } from '../src/dedupe/choose-original.js';
import { decideStory } from '../src/dedupe/decide-story.js';
import { dedupeFeatures, indexBands, MIN_HASH_TOKENS, type DedupeFeatures } from '../src/dedupe/features.js';
import { DEFAULT_WINDOW_MS, MAX_BAND_CANDIDATES } from '../src/dedupe/memory-index.js';
import type { DedupeJob } from '../src/queues.js';
import type { Deps } from './deps.js';

/** A strategy whose feature cache lives for one assignment. */
export function dedupeStrategy(): DedupeStrategy {
  const cache = new Map<number, DedupeFeatures>();
  const features = (a: StoredArticle): DedupeFeatures => {
    let f = cache.get(a.id);
    if (!f) {
      f = dedupeFeatures({ url: a.canonicalUrl, body: a.body, site: a.site, agency: a.agency });
      cache.set(a.id, f);
    }
    return f;
  };
  return {
    windowDays: DEFAULT_WINDOW_MS / 86_400_000,
    maxBandCandidates: MAX_BAND_CANDIDATES,
    keys(self) {
      const f = features(self);
      return { bodyHash: f.tokenCount >= MIN_HASH_TOKENS ? f.bodyHash : null, leadHash: f.leadHash, bands: indexBands(f) };
    },
    decide(self, candidates) {
      const d = decideStory(
        features(self),
        candidates.map((c) => ({ articleId: String(c.id), storyId: String(c.storyId), isOriginal: c.isOriginal, features: features(c) })),
      );
      if (d.action === 'new') return { kind: 'new' };
      return { kind: 'join', storyId: Number(d.storyId), method: d.method, score: d.score, comparedArticleId: Number(d.comparedArticleId), role: d.role };
    },
    roles(members) {
      const { originalId, roles } = assignRoles(
        members.map((m) => {
          const f = features(m);
          return { articleId: String(m.id), urlKey: f.urlKey, host: f.host, agency: m.agency, publishedAt: m.publishedAt, firstSeenAt: m.firstSeenAt, tokenCount: f.tokenCount };
        }),
      );
      return { originalId: Number(originalId), roles: new Map([...roles].map(([id, role]) => [Number(id), role])) };
    },
  };
}

export async function dedupeArticle(deps: Deps, job: DedupeJob): Promise<Assignment | { skipped: 'gone' }> {
  const result = await assignStory(deps.db, job.articleId, dedupeStrategy());
  return result ?? { skipped: 'gone' };
}

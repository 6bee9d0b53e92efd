/**
 * dedupe: attach an article to a story. The story algorithm (src/dedupe/assign-story.ts) runs on
 * the Postgres story store (src/db/stories.repo.ts); this adapter converts ids and logs merges.
 */
import type { Db } from '../src/db/db.js';
import { pgStoryStore } from '../src/db/stories.repo.js';
import { assignStory as runAssignment } from '../src/dedupe/assign-story.js';
import type { MergeMethod, StoryRole } from '../src/domain.js';
import type { Logger } from '../src/logger.js';
import type { DedupeJob } from '../src/queues.js';
import type { Deps } from '../src/app/deps.js';

/** What an assignment did, with database ids. */
export interface Assignment {
  storyId: number;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  comparedArticleId: number | null;
  /** True when this call created the story. */
  created: boolean;
  /** True when the article was already a member (a re-run). */
  existing: boolean;
  /** Stories merged into `storyId` because this article bridged them. */
  merged: number[];
}

/** Puts a stored article in a story (null when the article is gone). */
export async function assignStory(db: Db, articleId: number, log?: Pick<Logger, 'info'>): Promise<Assignment | null> {
  const a = await runAssignment(pgStoryStore(db), String(articleId));
  if (!a) return null;
  const merged = a.merged.map(Number);
  if (merged.length) log?.info({ articleId, storyId: Number(a.storyId), merged }, 'dedupe: article bridged stories; merged');
  return {
    storyId: Number(a.storyId), role: a.role, method: a.method, score: a.score,
    comparedArticleId: a.comparedArticleId === null ? null : Number(a.comparedArticleId), created: a.created, existing: a.existing, merged,
  };
}

export async function dedupeArticle(deps: Deps, job: DedupeJob): Promise<Assignment | { skipped: 'gone' }> {
  const result = await assignStory(deps.db, job.articleId, deps.log);
  return result ?? { skipped: 'gone' };
}

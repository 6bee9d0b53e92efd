/**
 * Puts a stored article in its story: the story algorithm (src/dedupe/assign-story.ts) runs on the
 * Postgres story store (src/db/stories.repo.ts); this converts the store's string ids to database
 * ids and logs merges. Called by the fetch-article job right after it stores the page, by the
 * dedupe job (its fall-back, and the reconciler's re-drives), and by backfill, replay and import.
 */
import type { Db } from '../db/db.js';
import { pgStoryStore, type LoadedStoryArticle } from '../db/stories.repo.js';
import { assignStory } from '../dedupe/assign-story.js';
import type { MergeMethod, StoryRole } from '../domain.js';
import type { Logger } from '../logger.js';

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

/**
 * Puts a stored article in a story (null when the article is gone). `loaded`: the article as the
 * statement that stored it returned it (the fetch job), so the assignment does not read it again.
 * `revised`: the store wrote a new text for an article stored before (a page fetched again that
 * had changed): an article already in a story keeps it, and its story takes in the stories the
 * new text bridges (see `assignStory`).
 */
export async function placeInStory(
  db: Db,
  articleId: number,
  log?: Pick<Logger, 'info'>,
  loaded?: LoadedStoryArticle,
  revised = false,
): Promise<Assignment | null> {
  const a = await assignStory(pgStoryStore(db, loaded), String(articleId), undefined, revised);
  if (!a) return null;
  const merged = a.merged.map(Number);
  if (merged.length) log?.info({ articleId, storyId: Number(a.storyId), merged }, 'dedupe: article bridged stories; merged');
  return {
    storyId: Number(a.storyId),
    role: a.role,
    method: a.method,
    score: a.score,
    comparedArticleId: a.comparedArticleId === null ? null : Number(a.comparedArticleId),
    created: a.created,
    existing: a.existing,
    merged,
  };
}

/** dedupe job: put the stored article in its story (src/app/place-in-story.ts). */
import type { Deps } from '../src/app/deps.js';
import { placeInStory, type Assignment } from '../src/app/place-in-story.js';
import type { DedupeJob } from '../src/queues.js';

export async function dedupeArticle(deps: Deps, job: DedupeJob): Promise<Assignment | { skipped: 'gone' }> {
  // A later version of the article: its new text may bridge stories (a re-run of a revision
  // bridges nothing new).
  const result = await placeInStory(deps.db, job.articleId, deps.log, undefined, job.version > 1);
  return result ?? { skipped: 'gone' };
}

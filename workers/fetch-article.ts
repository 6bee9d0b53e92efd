/**
 * fetch-article job: fetch and store one feed item's page (src/app/store-page.ts), then put the
 * article in its story in the same job (src/app/place-in-story.ts, its own transaction). One job
 * per article instead of two: a second queue job cost a Redis round of its own and left the
 * article waiting for a dedupe worker (p50 seen -> story 31 s vs 15 s to stored, issue 16).
 * A job that runs twice leaves the same rows: every write is an upsert, and an article already in
 * its story is left there.
 */
import type { Deps } from '../src/app/deps.js';
import { placeInStory, type Assignment } from '../src/app/place-in-story.js';
import { fetchPage, type StoredArticle } from '../src/app/store-page.js';
import { isPipelineError, isRetryable } from '../src/errors.js';
import { recordItemFailure } from '../src/db/redrive.repo.js';
import type { FetchArticleJob } from '../src/queues.js';
import { redrivePolicy } from '../src/app/reconcile.js';

/** The stored article and where it went: its assignment, or the dedupe job that will place it. */
export type FetchArticleOutcome = StoredArticle & { story: Assignment | { skipped: 'gone' } | { deferred: 'dedupe-job'; code: string } };

/** The story step, passed in so a test can make it fail (the fall-back path). */
export type PlaceInStory = typeof placeInStory;

export async function fetchArticle(deps: Deps, job: FetchArticleJob, place: PlaceInStory = placeInStory): Promise<FetchArticleOutcome> {
  // The loaded article stays out of the outcome: the outcome is the job's result, kept in Redis.
  const { loaded, ...stored } = await fetchPage(deps, job);
  try {
    // Crash after the page's commit and before this one: the stalled job re-runs (the page upsert
    // changes nothing) and places the article; failing that, the reconciler re-drives the article
    // without a story as a dedupe job after REDRIVE_GRACE_MS.
    // The store statement returned the article and its site's furniture: the assignment's
    // transaction starts at the key locks.
    const story = await place(deps.db, stored.articleId, deps.log, loaded, stored.changed && stored.version > 1);
    return { ...stored, story: story ?? { skipped: 'gone' } };
  } catch (err) {
    // The page is stored: retrying this job would fetch it again. The dedupe job (the same one
    // the reconciler uses) retries the assignment alone, with the queue's back-off; its id carries
    // the version, so a re-run of this job adds nothing. If even the enqueue fails, the job fails
    // and its retry (or the reconciler) covers both.
    const code = isPipelineError(err) ? err.code : 'internal';
    deps.log.warn({ articleId: stored.articleId, code, err }, 'dedupe: inline assignment failed; left to a dedupe job');
    await deps.enqueue.dedupe({ articleId: stored.articleId, version: stored.version });
    return { ...stored, story: { deferred: 'dedupe-job', code } };
  }
}

/**
 * The job failed for the last time: record it on the feed items. A permanent failure is final
 * (failed_for_good_at); a retryable one waits for the reconciler's next, slower re-drive.
 */
export async function fetchFailedForGood(deps: Deps, job: FetchArticleJob, err: unknown): Promise<void> {
  const code = isPipelineError(err) ? err.code : 'internal';
  const reason = err instanceof Error ? err.message : String(err);
  await recordItemFailure(deps.db, job.url, { code, reason, permanent: !isRetryable(err), now: deps.now() }, redrivePolicy(deps.config));
}

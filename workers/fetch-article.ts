/**
 * fetch-article job: fetch and store one feed item's page (src/app/store-page.ts), then enqueue
 * its dedupe. A job that runs twice leaves the same rows: every write is an upsert.
 */
import type { Deps } from '../src/app/deps.js';
import { fetchPage, type StoredArticle } from '../src/app/store-page.js';
import { isPipelineError, isRetryable } from '../src/errors.js';
import { recordItemFailure } from '../src/db/redrive.repo.js';
import type { FetchArticleJob } from '../src/queues.js';
import { redrivePolicy } from '../src/app/reconcile.js';

export type FetchArticleOutcome = StoredArticle;

export async function fetchArticle(deps: Deps, job: FetchArticleJob): Promise<FetchArticleOutcome> {
  const stored = await fetchPage(deps, job);
  // Always enqueue: the job id carries the version, so a re-run adds nothing new, and a crash
  // between the upsert and this line is repaired by the retry.
  await deps.enqueue.dedupe({ articleId: stored.articleId, version: stored.version });
  return stored;
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

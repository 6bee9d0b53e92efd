/**
 * fetch-article: fetch one article page, keep the raw page, decode and extract it, upsert the
 * article on its canonical URL, link the feed items, and enqueue dedupe when the text is new or
 * changed. Every write is an upsert, so a job that runs twice leaves the same rows.
 */
import { saveRawPage, storeArticlePage, type ArticleInput, type RawPageInput } from '../src/db/articles.repo.js';
import { isPipelineError, isRetryable, PipelineError } from '../src/errors.js';
import { recordItemFailure } from '../src/db/redrive.repo.js';
import { decodeBytes } from '../src/normalize/decode-bytes.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { FetchArticleJob } from '../src/queues.js';
import { articleInput } from './article-input.js';
import type { Deps } from './deps.js';
import { redrivePolicy } from './reconcile.js';

export interface FetchArticleOutcome {
  articleId: number;
  version: number;
  changed: boolean;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

export async function fetchArticle(deps: Deps, job: FetchArticleJob): Promise<FetchArticleOutcome> {
  const { db } = deps;
  const res = await deps.fetcher.fetch(job.url, { kind: 'page' });
  const page: RawPageInput = {
    url: job.url,
    finalUrl: res.url,
    httpStatus: res.status,
    headers: res.headers,
    contentType: res.contentType,
    body: res.body,
    bodyGzip: res.bodyGzip,
    bodySha256: res.bodyHash,
  };
  let input: ArticleInput;
  try {
    if (res.contentType && !HTML_TYPES.test(res.contentType)) {
      throw new PipelineError('fetch_bad_content_type', `fetch: ${res.contentType} is not an HTML page at ${res.url}`, {
        context: { url: res.url, contentType: res.contentType },
      });
    }
    const decoded = decodeBytes(res.body, { contentType: res.contentType ?? undefined, kind: 'html' });
    const r = decoded.redetected;
    page.charset = decoded.charset;
    page.charsetRedetected = r ? `${r.declared} (${r.from}): ${r.reason}` : null;
    if (r) deps.log.info({ url: res.url, declared: r.declared, from: r.from, reason: r.reason, charset: decoded.charset }, 'page charset re-detected from its bytes');
    const article = extractArticle(decoded.text, res.url);
    if (!article.title && job.feedTitle) article.title = job.feedTitle;
    if (!article.publishedAt && job.feedPublished) article.publishedAt = new Date(job.feedPublished);
    input = articleInput(article, { url: res.url, fetchedAt: deps.now() });
  } catch (err) {
    // Keep a page that did not become an article, so a later extractor can replay it.
    await saveRawPage(db, page);
    throw err;
  }
  // The page, the article and the feed items' links in one statement (one commit).
  const saved = await storeArticlePage(db, page, input, [job.url, res.url]);
  // Always enqueue: the job id carries the version, so a re-run adds nothing new, and a crash
  // between the write and this line is repaired by the retry.
  await deps.enqueue.dedupe({ articleId: saved.id, version: saved.version });
  return { articleId: saved.id, version: saved.version, changed: saved.changed };
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

/**
 * The page path, written once: fetched (or stored) bytes -> decode -> extract -> article row ->
 * upsert on the canonical URL -> link the raw page and the feed items. The fetch job, backfill and
 * replay all store pages through here; each decides how the article then reaches its story (the
 * job enqueues dedupe, the one-shot commands assign it at once). Every write is an upsert or a
 * keyed update, so a page stored twice leaves the same rows.
 */
import { saveRawPage, setRawPageArticle, setRawPageCharset, upsertArticle } from '../db/articles.repo.js';
import { linkFeedItems } from '../db/feeds.repo.js';
import { extractArticle } from '../extract/extract-article.js';
import { decodeBytes } from '../normalize/decode-bytes.js';
import type { FetchArticleJob } from '../queues.js';
import { articleInput } from './article-input.js';
import type { Deps } from './deps.js';

/** A page's bytes and where they came from. */
export interface PageBytes {
  /** The URL asked for (a feed item's link). */
  url: string;
  /** The URL after redirects: the article's URL unless the page names a canonical one. */
  finalUrl: string;
  body: Uint8Array;
  contentType: string | null;
  fetchedAt: Date;
  /** The raw_pages row holding these bytes: its charset and article are recorded on it. */
  rawPageId: number | null;
  /** What the feed said, used when the page itself has no title or date. */
  feedTitle?: string | null | undefined;
  feedPublished?: string | null | undefined;
}

export interface StoredArticle {
  articleId: number;
  version: number;
  changed: boolean;
}

export async function storePage(deps: Pick<Deps, 'db' | 'log'>, page: PageBytes): Promise<StoredArticle> {
  const { db } = deps;
  // Decoded here rather than inside extractArticle: the charset (and why it was re-detected) is
  // recorded on the raw page, so a mis-declared site can be found later.
  const decoded = decodeBytes(page.body, { contentType: page.contentType ?? undefined, kind: 'html' });
  const r = decoded.redetected;
  if (page.rawPageId !== null) await setRawPageCharset(db, page.rawPageId, decoded.charset, r ? `${r.declared} (${r.from}): ${r.reason}` : null);
  if (r) deps.log.info({ url: page.finalUrl, declared: r.declared, from: r.from, reason: r.reason, charset: decoded.charset }, 'page charset re-detected from its bytes');
  const article = extractArticle(decoded.text, page.finalUrl);
  if (!article.title && page.feedTitle) article.title = page.feedTitle;
  if (!article.publishedAt && page.feedPublished) article.publishedAt = new Date(page.feedPublished);
  const saved = await upsertArticle(db, articleInput(article, { url: page.finalUrl, fetchedAt: page.fetchedAt }));
  if (page.rawPageId !== null) await setRawPageArticle(db, page.rawPageId, saved.id);
  await linkFeedItems(db, page.url, saved.id);
  if (page.finalUrl !== page.url) await linkFeedItems(db, page.finalUrl, saved.id);
  return { articleId: saved.id, version: saved.version, changed: saved.changed };
}

/**
 * Fetches a feed item's page, keeps the raw bytes before anything can fail on them (so a later
 * extractor can replay the page), and stores the article. The fetcher has already refused a body
 * that is not HTML (src/fetch/content-type.ts).
 */
export async function fetchPage(deps: Pick<Deps, 'db' | 'log' | 'fetcher' | 'now'>, job: FetchArticleJob): Promise<StoredArticle> {
  const res = await deps.fetcher.fetch(job.url, { kind: 'page' });
  const rawPageId = await saveRawPage(deps.db, {
    url: job.url,
    finalUrl: res.url,
    httpStatus: res.status,
    headers: res.headers,
    contentType: res.contentType,
    body: res.body,
    bodyGzip: res.bodyGzip,
    bodySha256: res.bodyHash,
  });
  return storePage(deps, {
    url: job.url,
    finalUrl: res.url,
    body: res.body,
    contentType: res.contentType,
    fetchedAt: deps.now(),
    rawPageId,
    feedTitle: job.feedTitle,
    feedPublished: job.feedPublished,
  });
}

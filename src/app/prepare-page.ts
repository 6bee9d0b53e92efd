/**
 * The pure part of the page path: bytes -> decoded text -> article -> upsert input, with the
 * charset found. No I/O and no logging, so it runs the same in the job's thread or in a worker
 * thread (src/app/prepare-pool.ts), which is where the service runs it.
 */
import type { ArticleInput } from '../db/articles.repo.js';
import { extractArticle } from '../extract/extract-article.js';
import { decodeBytes } from '../normalize/decode-bytes.js';
import { articleInput } from './article-input.js';

/** A fetched page as the preparation needs it. */
export interface PageToPrepare {
  finalUrl: string;
  body: Uint8Array;
  contentType: string | null;
  fetchedAt: Date;
  /** What the feed said, used when the page itself has no title or date. */
  feedTitle?: string | null | undefined;
  feedPublished?: string | null | undefined;
}

export interface PreparedPage {
  input: ArticleInput;
  charset: string;
  /** Set when the declared charset was overruled by the bytes (logged and recorded on the raw page). */
  redetected: { declared: string; from: string; reason: string } | null;
}

export function preparePage(page: PageToPrepare): PreparedPage {
  // Decoded here rather than inside extractArticle: the charset (and why it was re-detected) is
  // recorded on the raw page, so a mis-declared site can be found later.
  const decoded = decodeBytes(page.body, { contentType: page.contentType ?? undefined, kind: 'html' });
  const article = extractArticle(decoded.text, page.finalUrl);
  if (!article.title && page.feedTitle) article.title = page.feedTitle;
  if (!article.publishedAt && page.feedPublished) article.publishedAt = new Date(page.feedPublished);
  const r = decoded.redetected;
  return {
    input: articleInput(article, { url: page.finalUrl, fetchedAt: page.fetchedAt }),
    charset: decoded.charset,
    redetected: r ? { declared: r.declared, from: r.from, reason: r.reason } : null,
  };
}

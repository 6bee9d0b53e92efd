/**
 * The library face of wirehouse: the pure stages, usable without Redis or Postgres.
 */
export { parseFeed } from './feeds/parse-feed.js';
export type { ParseFeedOptions } from './feeds/parse-feed.js';
export { extractArticle } from './extract/extract-article.js';
export { PipelineError, ERROR_CODES, isPipelineError, isRetryable } from './errors.js';
export type { ErrorCode } from './errors.js';
export type * from './domain.js';

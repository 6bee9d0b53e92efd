/**
 * The library face of wirehouse: the pure stages (usable without Redis or Postgres) and the
 * HTTP fetcher. The service itself is the `wirehouse` CLI.
 */
// feeds: bytes -> Feed
export { parseFeed } from './feeds/parse-feed.js';
export type { ParseFeedOptions } from './feeds/parse-feed.js';
export { discoverFeeds, type DiscoveredFeed } from './feeds/discover-feeds.js';
export { readFeedList, writeOpml, type FeedEntry } from './feeds/opml.js';

// extraction and normalization: html + url -> Article
export { extractArticle, EXTRACTOR_VERSION, type ExtractOptions } from './extract/extract-article.js';
export { decodeBytes } from './normalize/decode-bytes.js';
export { canonicalUrl } from './normalize/canonical-url.js';
export { parseDateline } from './normalize/parse-dateline.js';
export { stripWireMarkup, parseEditorTrailer, type WireMarkup } from './normalize/strip-wire-markup.js';
export { AGENCIES, agencyForDomain } from './normalize/agencies.js';
export { detectLanguage, resolveLanguage } from './normalize/detect-language.js';
export { parseZonedDate } from './normalize/parse-zoned-date.js';
export { articleFromRecord, type ImportRecord } from './normalize/article-from-record.js';

// dedupe: the method, pure (the service runs it under Postgres advisory locks)
export {
  dedupeKeys,
  dedupeFeatures,
  indexBands,
  comparePair,
  decideStory,
  assignRoles,
  chooseOriginal,
  urlKey,
  MemoryStoryIndex,
} from './dedupe/index.js';
export type { DedupeFeatures, PairScore, StoryDecision, StoryCandidate } from './dedupe/index.js';

// scheduling and fetching
export { nextPoll, classifyFailure } from './schedule/next-poll.js';
export { createFetcher, type Fetcher, type FetcherOptions, type FetchRequest, type FetchResult } from './fetch/create-fetcher.js';

export { PipelineError, ERROR_CODES, isPipelineError, isRetryable } from './errors.js';
export type { ErrorCode } from './errors.js';
export type * from './domain.js';

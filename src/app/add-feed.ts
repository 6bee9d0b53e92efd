/**
 * Adding a feed by URL: if the URL serves a feed, add it; if it serves an HTML page, discover the
 * page's feeds (`<link rel=alternate>`) and add the first (or all).
 */
import { addFeed, type StoredFeed } from '../db/feeds.repo.js';
import { discoverFeeds } from '../feeds/discover-feeds.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { PipelineError, isPipelineError } from '../errors.js';
import type { Deps } from './deps.js';

export interface AddFeedResult {
  /** The feeds added, or updated when already present (`inserted` false). */
  added: Array<StoredFeed & { inserted: boolean }>;
  /** Set when the URL was a page and its feeds were discovered. */
  discoveredFrom?: string;
}

export async function addFeedByUrl(
  deps: Pick<Deps, 'db' | 'fetcher'>,
  url: string,
  opts: { intervalSeconds: number; site?: string | undefined; all?: boolean },
): Promise<AddFeedResult> {
  const res = await deps.fetcher.fetch(url, { kind: 'feed' });
  const contentType = res.contentType ?? undefined;
  try {
    const feed = parseFeed(res.body, { contentType, url: res.url });
    const row = await addFeed(deps.db, { url, intervalSeconds: opts.intervalSeconds, site: opts.site, title: feed.title ?? null });
    return { added: [row] };
  } catch (err) {
    if (!isPipelineError(err) || !['not_a_feed', 'feed_malformed', 'feed_empty'].includes(err.code)) throw err;
    const found = discoverFeeds(res.body, res.url, { contentType });
    if (found.length === 0) {
      throw new PipelineError('not_a_feed', `feeds: ${url} is neither a feed nor a page that links to one`, {
        cause: err,
        context: { url },
      });
    }
    const chosen = opts.all ? found : found.slice(0, 1);
    const added: AddFeedResult['added'] = [];
    for (const f of chosen) {
      added.push(await addFeed(deps.db, { url: f.url, intervalSeconds: opts.intervalSeconds, site: opts.site, title: f.title ?? null }));
    }
    return { added, discoveredFrom: res.url };
  }
}

/**
 * `wirehouse backfill`: fetch, extract, store and dedupe the feed items that have no article yet:
 * fetches that failed for good while a site was down, jobs cleaned from the queue, items recorded
 * during an outage. It stores each page the way the fetch job does (same fetcher rules: SSRF
 * guard, robots.txt, the per-host budget shared with the service through Redis) and puts each
 * article in its story at once, service running or not. One item's failure is counted by its
 * error code; the rest goes on.
 */
import { itemsWithoutArticle, type BackfillFilter } from '../db/feeds.repo.js';
import { isPipelineError } from '../errors.js';
import type { Deps } from './deps.js';
import { placeInStory } from './place-in-story.js';
import { fetchPage } from './store-page.js';

export interface BackfillReport {
  items: number;
  stored: number;
  failed: Record<string, number>;
}

export async function backfill(
  deps: Pick<Deps, 'db' | 'log' | 'fetcher' | 'now'>,
  filter: BackfillFilter,
  opts: { concurrency?: number; onStart?: (total: number) => void; onProgress?: () => void } = {},
): Promise<BackfillReport> {
  const items = await itemsWithoutArticle(deps.db, filter);
  opts.onStart?.(items.length);
  const report: BackfillReport = { items: items.length, stored: 0, failed: {} };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i]!;
      try {
        const saved = await fetchPage(deps, {
          url: item.url,
          feedId: item.feedId,
          guid: item.guid,
          feedTitle: item.title,
          feedPublished: item.publishedAt?.toISOString() ?? null,
        });
        await placeInStory(deps.db, saved.articleId, deps.log, undefined, saved.changed && saved.version > 1);
        report.stored++;
      } catch (err) {
        if (!isPipelineError(err)) throw err;
        report.failed[err.code] = (report.failed[err.code] ?? 0) + 1;
        deps.log.warn({ url: item.url, feedId: item.feedId, code: err.code, err }, 'backfill: item failed');
      }
      opts.onProgress?.();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  return report;
}

/**
 * `wirehouse replay`: re-run the current extractor over stored raw pages (the latest page of each
 * URL) and update the articles, recording the extractor version on each row. A page whose text
 * changed gets a new article version and is (re)deduped in the same pass.
 */
import { countReplayPages, replayPages, type ReplayFilter } from '../db/articles.repo.js';
import { isPipelineError } from '../errors.js';
import type { Deps } from './deps.js';
import { placeInStory } from './place-in-story.js';
import { storePage } from './store-page.js';

export interface ReplayReport {
  pages: number;
  changed: number;
  unchanged: number;
  failed: Record<string, number>;
}

export async function replay(
  deps: Pick<Deps, 'db' | 'log'>,
  filter: ReplayFilter,
  opts: { onStart?: (total: number) => void; onProgress?: () => void } = {},
): Promise<ReplayReport> {
  opts.onStart?.(await countReplayPages(deps.db, filter));
  const report: ReplayReport = { pages: 0, changed: 0, unchanged: 0, failed: {} };
  for await (const page of replayPages(deps.db, filter)) {
    report.pages++;
    try {
      const saved = await storePage(deps, {
        url: page.url,
        finalUrl: page.finalUrl,
        body: page.body,
        contentType: page.contentType,
        fetchedAt: page.fetchedAt,
        rawPageId: page.id,
      });
      await placeInStory(deps.db, saved.articleId, deps.log, undefined, saved.changed && saved.version > 1);
      if (saved.changed) report.changed++;
      else report.unchanged++;
    } catch (err) {
      if (!isPipelineError(err)) throw err;
      // A page the current extractor cannot read is counted, not fatal: the rest still replays.
      report.failed[err.code] = (report.failed[err.code] ?? 0) + 1;
      deps.log.warn({ url: page.url, code: err.code, err }, 'replay: page failed');
    }
    opts.onProgress?.();
  }
  return report;
}

/**
 * `wirehouse replay`: re-run the current extractor over stored raw pages (the latest page of each
 * URL) and update the articles, recording the extractor version on each row. A page whose text
 * changed gets a new article version and is (re)deduped in the same pass.
 */
import { countReplayPages, replayPages, setRawPageArticle, upsertArticle, type ReplayFilter } from '../src/db/articles.repo.js';

import { isPipelineError } from '../src/errors.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { decodeBytes } from '../src/normalize/decode-bytes.js';
import { articleInput } from '../src/app/article-input.js';
import { assignStory } from './dedupe.js';
import type { Deps } from '../src/app/deps.js';

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
      const { text } = decodeBytes(page.body, { contentType: page.contentType ?? undefined, kind: 'html' });
      const article = extractArticle(text, page.finalUrl);
      const saved = await upsertArticle(deps.db, articleInput(article, { url: page.finalUrl, fetchedAt: page.fetchedAt }));
      await setRawPageArticle(deps.db, page.id, saved.id);
      await assignStory(deps.db, saved.id, deps.log);
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

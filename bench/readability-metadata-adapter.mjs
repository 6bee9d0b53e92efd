// The metadata scorer's adapter for the baseline: @mozilla/readability 0.6 on linkedom, its
// title / byline / publishedTime / lang / siteName mapped to the scorer's fields. Readability
// names no agency, dateline, editors or sources.
//   node ../shared/tools/score-metadata.mjs --extractor bench/readability-metadata-adapter.mjs
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export const name = 'readability 0.6 + linkedom';

export function extractArticle(html) {
  const { document } = parseHTML(html);
  const r = new Readability(document).parse();
  if (!r) return {};
  return {
    title: r.title ?? null,
    body: r.textContent?.trim() ?? '',
    authors: r.byline ? [r.byline] : [],
    publishedAt: r.publishedTime ?? null,
    language: r.lang ?? null,
  };
}

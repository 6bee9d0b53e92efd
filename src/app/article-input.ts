/**
 * The upsert input of an extracted Article: its canonical URL resolved and the dedupe keys
 * computed from its text (src/db maps it to the row). Shared by storePage (fetch, replay,
 * backfill) and `wirehouse import`.
 */
import type { ArticleInput } from '../db/articles.repo.js';
import type { Article } from '../domain.js';
import { dedupeKeys } from '../dedupe/dedupe-keys.js';
import { urlKey } from '../dedupe/url-key.js';

export interface ArticleSource {
  url: string;
  fetchedAt: Date;
  externalId?: string | null | undefined;
}

export function articleInput(a: Article, src: ArticleSource): ArticleInput {
  const canonical = a.canonicalUrl || src.url;
  const keys = dedupeKeys({ title: a.title, body: a.body, language: a.language });
  return {
    article: canonical === a.canonicalUrl ? a : { ...a, canonicalUrl: canonical },
    url: src.url,
    fetchedAt: src.fetchedAt,
    externalId: src.externalId ?? null,
    urlKey: urlKey(canonical),
    contentHash: keys.contentHash,
    leadHash: keys.leadHash,
  };
}

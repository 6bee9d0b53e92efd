/**
 * Maps an extracted Article to the row the db layer stores, with the dedupe keys computed from
 * its text. Shared by storePage (fetch, replay, backfill) and `wirehouse import`.
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
    canonicalUrl: canonical,
    url: src.url,
    urlKey: urlKey(canonical),
    host: new URL(canonical).hostname,
    site: a.site,
    title: a.title,
    body: a.body,
    html: a.html || null,
    authors: a.authors,
    agency: a.agency[0] ?? null,
    agencies: a.agency,
    sources: a.sources,
    datelinePlace: a.dateline?.place ?? null,
    datelineCity: a.dateline?.city ?? null,
    datelineDate: a.dateline?.date ?? null,
    editors: a.editors,
    language: a.language,
    publishedAt: a.publishedAt,
    publishedPrecision: a.publishedPrecision,
    timeZoneAssumed: a.timeZoneAssumed,
    updatedAt: a.updatedAt,
    contentHash: keys.contentHash,
    leadHash: keys.leadHash,
    wordCount: a.wordCount,
    leadImage: a.leadImage,
    extractor: a.extractor,
    externalId: src.externalId ?? null,
    fetchedAt: src.fetchedAt,
  };
}

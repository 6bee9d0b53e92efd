/**
 * The page path, written once: fetched (or stored) bytes -> decode -> extract -> article row ->
 * upsert on the canonical URL -> link the raw page and the feed items. The fetch job, backfill and
 * replay all store pages through here, then place the article in its story themselves, in a
 * transaction of its own (the job falls back to a dedupe job when that fails). Every write is an
 * upsert or a keyed update, so a page stored twice leaves the same rows.
 */
import { attachRawPage, saveRawPage, storeArticlePage, upsertArticle, type RawPageInput } from '../db/articles.repo.js';
import type { LoadedStoryArticle } from '../db/stories.repo.js';
import type { FetchArticleJob } from '../queues.js';
import { preparePage, type PageToPrepare, type PreparedPage } from './prepare-page.js';
import type { Deps } from './deps.js';

/** A page's bytes and where they came from. */
export interface PageBytes {
  /** The URL asked for (a feed item's link). */
  url: string;
  /** The URL after redirects: the article's URL unless the page names a canonical one. */
  finalUrl: string;
  body: Uint8Array;
  contentType: string | null;
  fetchedAt: Date;
  /** The raw_pages row holding these bytes: its charset and article are recorded on it. */
  rawPageId: number;
  /** What the feed said, used when the page itself has no title or date. */
  feedTitle?: string | null | undefined;
  feedPublished?: string | null | undefined;
}

export interface StoredArticle {
  articleId: number;
  version: number;
  changed: boolean;
}

/** A fetched page's article, with the article as the story assignment reads it (see `placeInStory`). */
export interface FetchedArticle extends StoredArticle {
  loaded: LoadedStoryArticle;
}

/** The page prepared (in a worker thread when the process has a pool), its re-detected charset logged. */
async function prepare(deps: Pick<Deps, 'log' | 'prepare'>, page: PageToPrepare): Promise<PreparedPage> {
  const prepared = deps.prepare ? await deps.prepare(page) : preparePage(page);
  const r = prepared.redetected;
  if (r)
    deps.log.info(
      { url: page.finalUrl, declared: r.declared, from: r.from, reason: r.reason, charset: prepared.charset },
      'page charset re-detected from its bytes',
    );
  return prepared;
}

const redetectedNote = (p: PreparedPage): string | null =>
  p.redetected ? `${p.redetected.declared} (${p.redetected.from}): ${p.redetected.reason}` : null;

/** Stores a page already kept in raw_pages (replay): the article, then the page's charset and article. */
export async function storePage(deps: Pick<Deps, 'db' | 'log' | 'prepare'>, page: PageBytes): Promise<StoredArticle> {
  const prepared = await prepare(deps, page);
  const saved = await upsertArticle(deps.db, prepared.input);
  await attachRawPage(
    deps.db,
    page.rawPageId,
    { articleId: saved.id, charset: prepared.charset, charsetRedetected: redetectedNote(prepared) },
    [page.url, page.finalUrl],
  );
  return { articleId: saved.id, version: saved.version, changed: saved.changed };
}

/**
 * Fetches a feed item's page and stores it. The hot path: the article, the raw page and the feed
 * items' links are one statement (one commit), which also returns the article as the story
 * assignment reads it (`loaded`). A page that does not become an article is still
 * kept, so a later extractor can replay it. The fetcher has already refused a body that is not
 * HTML (src/fetch/content-type.ts).
 */
export async function fetchPage(
  deps: Pick<Deps, 'db' | 'log' | 'fetcher' | 'now' | 'prepare'>,
  job: FetchArticleJob,
): Promise<FetchedArticle> {
  const res = await deps.fetcher.fetch(job.url, { kind: 'page' });
  const raw: RawPageInput = {
    url: job.url,
    finalUrl: res.url,
    httpStatus: res.status,
    headers: res.headers,
    contentType: res.contentType,
    body: res.body,
    bodyGzip: res.bodyGzip,
    bodySha256: res.bodyHash,
  };
  let prepared: PreparedPage;
  try {
    prepared = await prepare(deps, {
      finalUrl: res.url,
      body: res.body,
      contentType: res.contentType,
      fetchedAt: deps.now(),
      feedTitle: job.feedTitle,
      feedPublished: job.feedPublished,
    });
  } catch (err) {
    await saveRawPage(deps.db, raw);
    throw err;
  }
  raw.charset = prepared.charset;
  raw.charsetRedetected = redetectedNote(prepared);
  const saved = await storeArticlePage(deps.db, raw, prepared.input, [job.url, res.url]);
  return { articleId: saved.id, version: saved.version, changed: saved.changed, loaded: saved.loaded };
}

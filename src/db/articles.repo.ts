/**
 * Article and raw page persistence. Articles are keyed by canonical URL; a re-fetch with changed
 * text bumps `version` (an update of the same article, never a second row).
 */
import { promisify } from 'node:util';
import { gzip, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import type { Db } from './db.js';
import { jsonParam } from './store-text.js';


export interface ArticleInput {
  canonicalUrl: string;
  url: string;
  urlKey: string;
  host: string;
  site: string | null;
  title: string;
  body: string;
  html: string | null;
  authors: string[];
  agency: string | null;
  /** Every credited agency, the primary first (optional for callers that know one). */
  agencies?: string[] | undefined;
  sources?: string[] | undefined;
  datelinePlace: string | null;
  datelineCity?: string | null | undefined;
  datelineDate: string | null;
  editors: string[];
  language: string | null;
  publishedAt: Date | null;
  publishedPrecision?: 'day' | 'minute' | 'second' | null | undefined;
  timeZoneAssumed?: string | null | undefined;
  updatedAt: Date | null;
  contentHash: string;
  leadHash: string | null;
  fingerprint: unknown;
  wordCount: number;
  leadImage: string | null;
  extractor: string;
  externalId?: string | null | undefined;
  fetchedAt?: Date | undefined;
}

export interface UpsertResult {
  id: number;
  version: number;
  /** True when the row was created or its text changed: dedupe must (re)consider it. */
  changed: boolean;
}

/** Inserts or updates the article with this canonical URL. */
export async function upsertArticle(db: Db, a: ArticleInput): Promise<UpsertResult> {
  return db.transaction().execute(async (trx) => {
    const externalId = a.externalId ?? null;
    const before = await trx
      .selectFrom('articles')
      .select(['id', 'content_hash', 'version'])
      .where('canonical_url', '=', a.canonicalUrl)
      .where(sql<boolean>`external_id is not distinct from ${externalId}`)
      .forUpdate()
      .executeTakeFirst();
    const values = {
      canonical_url: a.canonicalUrl,
      url: a.url,
      url_key: a.urlKey,
      host: a.host,
      site: a.site,
      title: a.title,
      body: a.body,
      html: a.html,
      authors: a.authors,
      agency: a.agency,
      agencies: a.agencies ?? (a.agency ? [a.agency] : []),
      sources: a.sources ?? [],
      dateline_place: a.datelinePlace,
      dateline_city: a.datelineCity ?? null,
      dateline_date: a.datelineDate,
      editors: a.editors,
      language: a.language,
      published_at: a.publishedAt,
      published_precision: a.publishedPrecision ?? null,
      time_zone_assumed: a.timeZoneAssumed ?? null,
      updated_at: a.updatedAt,
      content_hash: a.contentHash,
      lead_hash: a.leadHash,
      fingerprint: a.fingerprint === null || a.fingerprint === undefined ? null : jsonParam(a.fingerprint),
      word_count: a.wordCount,
      lead_image: a.leadImage,
      extractor: a.extractor,
      fetched_at: a.fetchedAt ?? new Date(),
    };
    if (!before) {
      const row = await trx
        .insertInto('articles')
        .values({ ...values, external_id: externalId })
        .onConflict((oc) => oc.constraint('articles_canonical_url_key').doNothing())
        .returning(['id', 'version'])
        .executeTakeFirst();
      if (row) return { id: row.id, version: row.version, changed: true };
      // Lost an insert race to a concurrent job for the same URL: theirs stands; treat as an update.
    }
    const changed = before ? before.content_hash !== a.contentHash : false;
    const row = await trx
      .updateTable('articles')
      .set((eb) => ({
        ...values,
        version: changed ? eb('version', '+', 1) : eb.ref('version'),
      }))
      .where('canonical_url', '=', a.canonicalUrl)
      .where(sql<boolean>`external_id is not distinct from ${externalId}`)
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    return { id: row.id, version: row.version, changed };
  });
}

export interface RawPageInput {
  url: string;
  finalUrl: string;
  httpStatus: number;
  headers: Record<string, string>;
  contentType: string | null;
  body: Buffer;
  /** `body` already gzip'd (as it arrived): stored as is instead of compressing `body` again. */
  bodyGzip?: Buffer | undefined;
  bodySha256: string;
}

// zlib's async gzip runs on the libuv thread pool: a page that did not arrive gzip'd is
// compressed off the event loop (gzipSync of a 100-200 kB page took ~4 ms of it per article).
const gzipAsync = promisify(gzip);

/** Keeps a fetched page (gzip) for replay; the same URL + body is stored once. */
export async function saveRawPage(db: Db, p: RawPageInput): Promise<number> {
  const row = await db
    .insertInto('raw_pages')
    .values({
      url: p.url,
      final_url: p.finalUrl,
      http_status: p.httpStatus,
      headers: jsonParam(p.headers),
      content_type: p.contentType,
      body_gzip: p.bodyGzip ?? (await gzipAsync(p.body)),
      body_sha256: p.bodySha256,
      bytes: p.body.length,
      article_id: null,
    })
    .onConflict((oc) => oc.columns(['url', 'body_sha256']).doUpdateSet({ fetched_at: new Date() }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setRawPageArticle(db: Db, rawPageId: number, articleId: number): Promise<void> {
  await db.updateTable('raw_pages').set({ article_id: articleId }).where('id', '=', rawPageId).execute();
}

/** Records the charset a page was decoded with and, when the declared one was overruled, why. */
export async function setRawPageCharset(db: Db, rawPageId: number, charset: string, redetected: string | null): Promise<void> {
  await db.updateTable('raw_pages').set({ charset, charset_redetected: redetected }).where('id', '=', rawPageId).execute();
}

export interface StoredPage {
  id: number;
  url: string;
  finalUrl: string;
  contentType: string | null;
  headers: Record<string, string>;
  body: Buffer;
  fetchedAt: Date;
}

export interface ReplayFilter {
  host?: string | undefined;
  since?: Date | undefined;
}

/** Counts the latest stored page per URL matching the filter (for replay progress). */
export async function countReplayPages(db: Db, f: ReplayFilter): Promise<number> {
  let q = db.selectFrom('raw_pages').select((eb) => eb.fn.count<number>('url').distinct().as('n'));
  if (f.since) q = q.where('fetched_at', '>=', f.since);
  if (f.host) q = q.where('final_url', 'like', `%://${f.host}/%`);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Streams the latest stored page of each URL, in id order, in batches. */
export async function* replayPages(db: Db, f: ReplayFilter, batch = 100): AsyncGenerator<StoredPage> {
  let after = 0;
  for (;;) {
    let q = db
      .selectFrom('raw_pages as r')
      .selectAll()
      .where('r.id', '>', after)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('raw_pages as n').select('n.id').whereRef('n.url', '=', 'r.url').whereRef('n.id', '>', 'r.id'))),
      )
      .orderBy('r.id')
      .limit(batch);
    if (f.since) q = q.where('r.fetched_at', '>=', f.since);
    if (f.host) q = q.where('r.final_url', 'like', `%://${f.host}/%`);
    const rows = await q.execute();
    for (const r of rows) {
      yield {
        id: r.id,
        url: r.url,
        finalUrl: r.final_url,
        contentType: r.content_type,
        headers: r.headers,
        body: gunzipSync(r.body_gzip),
        fetchedAt: r.fetched_at,
      };
    }
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Whether an article with this id exists. */
export async function articleExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Ids of the articles with this canonical URL or fetched from this URL (a takedown names either). */
export async function findArticleIdsByUrl(db: Db, url: string): Promise<number[]> {
  const rows = await db.selectFrom('articles').select('id').where((eb) => eb.or([eb('canonical_url', '=', url), eb('url', '=', url)])).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Article and raw page persistence. Articles are keyed by canonical URL; a re-fetch with changed
 * text bumps `version` (an update of the same article, never a second row).
 */
import { promisify } from 'node:util';
import { gzip, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import type { Article } from '../domain.js';
import { prepared, type Db } from './db.js';
import { jsonParam, storeString } from './store-text.js';
import { loadedStoryArticle, STORY_ARTICLE_COLUMNS, type LoadedStoryArticle, type StoryArticleRow } from './stories.repo.js';

/**
 * What an article upsert writes: the extracted `Article` (a domain type; this module maps it to
 * the `articles` columns), where it was fetched from, and the keys src/dedupe computed for it.
 * Built by src/app/article-input.ts.
 */
export interface ArticleInput {
  /** The extracted article, its `canonicalUrl` resolved (the page URL when the page named none). */
  article: Article;
  /** The URL the page was fetched from (after redirects). */
  url: string;
  fetchedAt: Date;
  /** The id a pre-extracted import gave the record (the `import` command); null for fetched pages. */
  externalId: string | null;
  /** The canonical URL's dedupe key (src/dedupe/url-key.ts). */
  urlKey: string;
  /** The text's hashes (src/dedupe/dedupe-keys.ts). */
  contentHash: string;
  leadHash: string | null;
}

export interface UpsertResult {
  id: number;
  version: number;
  /** True when the row was created or its text changed: dedupe must (re)consider it. */
  changed: boolean;
}

/** The `articles` row of an input (every column an upsert writes). */
function articleRow(i: ArticleInput) {
  const a = i.article;
  return {
    canonical_url: a.canonicalUrl,
    url: i.url,
    url_key: i.urlKey,
    host: new URL(a.canonicalUrl).hostname,
    site: a.site,
    title: a.title,
    body: a.body,
    html: a.html || null,
    authors: a.authors,
    agency: a.agency[0] ?? null,
    agencies: a.agency,
    sources: a.sources,
    dateline_place: a.dateline?.place ?? null,
    dateline_city: a.dateline?.city ?? null,
    dateline_date: a.dateline?.date ?? null,
    editors: a.editors,
    language: a.language,
    published_at: a.publishedAt,
    published_precision: a.publishedPrecision ?? null,
    time_zone_assumed: a.timeZoneAssumed ?? null,
    updated_at: a.updatedAt,
    content_hash: i.contentHash,
    lead_hash: i.leadHash,
    word_count: a.wordCount,
    lead_image: a.leadImage,
    extractor: a.extractor,
    fetched_at: i.fetchedAt,
    external_id: i.externalId,
  };
}

/** The column list and SET list of the upsert, from `articleRow`'s keys (the same for every row), built once. */
let upsertColumns: { list: string; set: string } | undefined;

function columnsOf(row: ReturnType<typeof articleRow>) {
  const cols = Object.keys(row);
  return { list: cols.join(', '), set: cols.map((c) => `${c} = excluded.${c}`).join(', ') };
}

/**
 * The article upsert as CTEs of one statement, `old` and `art` (the opening of a WITH):
 * `old` is the stored content hash, read from the statement's snapshot; `art` inserts, or on the
 * canonical URL + external id updates every column and bumps `version` when the text changed,
 * returning id, version, inserted and the columns of a `StoryArticle` but the body. One statement
 * is atomic on its own: no BEGIN/COMMIT, no select-then-write round trips (issue 16).
 *
 * The version bump compares with the row ON CONFLICT sees (a concurrent writer's latest version),
 * so it is right even when `old` read an older one. xmax is 0 on a freshly inserted row version
 * and set on one the conflict branch updated.
 *
 * Raw SQL with a column list built once, not the query builder: building and compiling the
 * builder's version of the store statement cost 0.48 ms of CPU per call, this one 0.08 (issue 16).
 */
function articleUpsert(a: ArticleInput) {
  const row = articleRow(a);
  const cols = (upsertColumns ??= columnsOf(row));
  return sql`
    old as (
      select content_hash from articles where canonical_url = ${row.canonical_url} and external_id is not distinct from ${row.external_id}::text
    ), art as (
      insert into articles (${sql.raw(cols.list)}) values (${sql.join(Object.values(row))})
      on conflict on constraint articles_canonical_url_key do update set ${sql.raw(cols.set)},
        version = case when articles.content_hash = excluded.content_hash then articles.version else articles.version + 1 end
      returning id, version, xmax = 0 as inserted, canonical_url, site, host, agency, title, published_at, published_precision, first_seen_at, external_id
    )`;
}

/** `changed` of an upsert (`art` as `a`): created, or stored with a different text (an insert race lost counts as unchanged). */
const CHANGED = (hash: string) => sql<boolean>`a.inserted or coalesce(old.content_hash <> ${hash}, false)`;

/** Inserts or updates the article with this canonical URL, in one statement. */
export async function upsertArticle(db: Db, a: ArticleInput): Promise<UpsertResult> {
  const query = sql<UpsertResult>`with ${articleUpsert(a)}
    select a.id, a.version, ${CHANGED(a.contentHash)} as changed from art a left join old on true`;
  const row = (await prepared(db, query)).rows[0]!;
  return { id: row.id, version: row.version, changed: row.changed };
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
  /** The charset the page was decoded with, when it was. */
  charset?: string | null | undefined;
  /** Why the declared charset was overruled by the bytes, when it was. */
  charsetRedetected?: string | null | undefined;
}

// zlib's async gzip runs on the libuv thread pool: a page that did not arrive gzip'd is
// compressed off the event loop (gzipSync of a 100-200 kB page took ~4 ms of it per article).
const gzipAsync = promisify(gzip);

/** The `raw_pages` row of a fetched page (compressing the body when it did not arrive gzip'd). */
async function rawPageRow(p: RawPageInput) {
  return {
    url: p.url,
    final_url: p.finalUrl,
    http_status: p.httpStatus,
    headers: jsonParam(p.headers),
    content_type: p.contentType,
    body_gzip: p.bodyGzip ?? (await gzipAsync(p.body)),
    body_sha256: p.bodySha256,
    bytes: p.body.length,
    charset: p.charset ?? null,
    charset_redetected: p.charsetRedetected ?? null,
  };
}

/**
 * Keeps a fetched page (gzip) for replay; the same URL + body is stored once. The fetch path
 * uses it for a page that did not become an article (wrong type, no article in it); a page that
 * did is stored with its article by `storeArticlePage`.
 */
export async function saveRawPage(db: Db, p: RawPageInput): Promise<number> {
  const row = await rawPageRow(p);
  const saved = await db
    .insertInto('raw_pages')
    .values({ ...row, article_id: null })
    .onConflict((oc) =>
      oc.columns(['url', 'body_sha256']).doUpdateSet((eb) => ({
        fetched_at: new Date(),
        charset: eb.fn.coalesce(eb.ref('excluded.charset'), eb.ref('raw_pages.charset')),
        charset_redetected: eb.fn.coalesce(eb.ref('excluded.charset_redetected'), eb.ref('raw_pages.charset_redetected')),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return saved.id;
}

export interface StoredArticlePage extends UpsertResult {
  rawPageId: number;
  /** The article as the story algorithm reads it, with its site's furniture (for `pgStoryStore`). */
  loaded: LoadedStoryArticle;
}

/**
 * Everything the fetch stage writes for a page that became an article, as ONE statement (one
 * round trip, one commit): the article upsert (see `articleUpsert`), the raw page with its
 * charset and article id, and the link from every feed item with one of `itemUrls` (the job's
 * URL and the final URL after redirects). It replaced 8 statements and 5 commits per page:
 * insert page, update charset, begin, select, insert/update article, commit, update page,
 * update feed items (issue 16). A retry writes the same rows: every part is an upsert or an
 * idempotent update.
 *
 * It also returns the stored article as the story assignment reads it, with its site's furniture
 * (`STORY_ARTICLE_COLUMNS`, the same SQL the assignment's own read uses), so the assignment that
 * follows in the fetch job skips that read. The body is not sent back: the upsert writes every
 * column of the input, insert or update (no trigger rewrites them), so the stored body is the
 * input's as the store boundary cleaned it (`storeString`).
 */
export async function storeArticlePage(
  db: Db,
  page: RawPageInput,
  a: ArticleInput,
  itemUrls: readonly string[],
): Promise<StoredArticlePage> {
  const raw = await rawPageRow(page);
  const query = sql<StoryArticleRow & { version: number; changed: boolean; raw_page_id: number }>`
    with ${articleUpsert(a)}, page as (
      insert into raw_pages (url, final_url, http_status, headers, content_type, body_gzip, body_sha256, bytes, charset, charset_redetected, article_id)
      select ${raw.url}::text, ${raw.final_url}::text, ${raw.http_status}::int4, ${raw.headers}::jsonb, ${raw.content_type}::text,
        ${raw.body_gzip}::bytea, ${raw.body_sha256}::text, ${raw.bytes}::int4, ${raw.charset}::text, ${raw.charset_redetected}::text, art.id
      from art
      on conflict (url, body_sha256) do update set fetched_at = ${new Date()}::timestamptz, article_id = excluded.article_id,
        charset = excluded.charset, charset_redetected = excluded.charset_redetected
      returning id
    ), items as (
      update feed_items set article_id = (select art.id from art) where url = any(${[...new Set(itemUrls)]}::text[])
    )
    select ${STORY_ARTICLE_COLUMNS}, a.version, ${CHANGED(a.contentHash)} as changed, (select page.id from page) as raw_page_id
    from art a left join old on true`;
  const row = (await prepared(db, query)).rows[0]!;
  return {
    id: row.id,
    version: row.version,
    changed: row.changed,
    rawPageId: Number(row.raw_page_id),
    loaded: loadedStoryArticle(row, storeString(a.article.body)),
  };
}

/**
 * Records on a kept raw page the article it became and the charset it was read in, and links the
 * feed items of its URLs to that article (replay: the page is already in raw_pages). One statement.
 */
export async function attachRawPage(
  db: Db,
  rawPageId: number,
  page: { articleId: number; charset: string; charsetRedetected: string | null },
  itemUrls: readonly string[],
): Promise<void> {
  await db
    .with('items', (qb) =>
      qb
        .updateTable('feed_items')
        .set({ article_id: page.articleId })
        .where((eb) => (itemUrls.length ? eb('url', 'in', [...new Set(itemUrls)]) : eb.lit(false))),
    )
    .updateTable('raw_pages')
    .set({ article_id: page.articleId, charset: page.charset, charset_redetected: page.charsetRedetected })
    .where('id', '=', rawPageId)
    .execute();
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
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) => eb.or([eb('canonical_url', '=', url), eb('url', '=', url)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

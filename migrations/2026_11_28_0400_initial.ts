/**
 * Schema v1: feeds, their polls and items, articles with their raw pages, stories and story
 * membership, the story_overview and feed_health views, and comments on everything (the schema
 * is a public interface: users query it directly). Frozen: later changes go in new migrations.
 */
import { sql, type Kysely } from 'kysely';

const comments: Record<string, string> = {
  feeds: 'Feeds wirehouse polls (RSS, Atom, RDF, JSON Feed), with their schedule and error state.',
  'feeds.id': 'Surrogate key.',
  'feeds.url': 'Feed URL as added (unique).',
  'feeds.title': 'Feed title, from the feed itself once polled.',
  'feeds.site': 'Publishing site of the feed (e.g. "Xinhua", "People\'s Daily Online").',
  'feeds.language': 'Feed language (ISO 639-1) when declared.',
  'feeds.poll_interval_seconds': 'Normal polling interval chosen by the user (seconds); the adaptive interval moves around it.',
  'feeds.current_interval_seconds': 'Interval in use now after adaptation and back-off (seconds).',
  'feeds.min_poll_seconds': 'Lower bound the feed itself asks for (RSS ttl, sy:updatePeriod/Frequency), seconds.',
  'feeds.next_poll_at': 'When the scheduler polls this feed next.',
  'feeds.last_polled_at': 'Start time of the last poll attempt.',
  'feeds.last_success_at': 'Time of the last successful poll (200 or 304).',
  'feeds.etag': 'ETag validator from the last 200 response, sent as If-None-Match.',
  'feeds.last_modified': 'Last-Modified validator from the last 200 response, sent as If-Modified-Since.',
  'feeds.body_hash': 'SHA-256 of the last feed body; a 200 with the same hash counts as not modified (stale validators).',
  'feeds.error_streak': 'Consecutive failed polls; 0 when healthy. Drives exponential back-off.',
  'feeds.last_error_code': 'Error code of the last failed poll (see feed_fetches.reason), NULL after a success.',
  'feeds.last_error': 'Human-readable message of the last failed poll, NULL after a success.',
  'feeds.time_zone': 'IANA zone assumed for dates without a zone in this feed (NULL: UTC).',
  'feeds.created_at': 'When the feed was added.',
  feed_fetches: 'One row per poll of a feed: outcome, reason, timing and item counts. Feeds the feed_health view.',
  'feed_fetches.id': 'Surrogate key.',
  'feed_fetches.feed_id': 'The polled feed.',
  'feed_fetches.poll_slot': 'Scheduled slot of the poll (its planned time); with feed_id it is the natural key, so a re-run poll job rewrites its row instead of adding one.',
  'feed_fetches.started_at': 'When the poll started.',
  'feed_fetches.duration_ms': 'Wall time of fetch + parse, milliseconds.',
  'feed_fetches.status': 'ok (new content parsed), not_modified (304 or same body hash), or error.',
  'feed_fetches.http_status': 'HTTP status of the final response, if one was received.',
  'feed_fetches.reason': 'For errors, the classified reason: dns, tls, timeout, http_404, not_a_feed, malformed, too_large, blocked, ...',
  'feed_fetches.error': 'Error message for failed polls.',
  'feed_fetches.bytes': 'Decoded body size in bytes.',
  'feed_fetches.items_seen': 'Items in the parsed feed.',
  'feed_fetches.items_new': 'Items not seen before in this feed.',
  feed_items: 'Items seen in each feed (feed x guid), linking a feed to the articles it announced.',
  'feed_items.feed_id': 'The feed the item appeared in.',
  'feed_items.guid': 'Item identity within the feed: guid/id, else link, else a hash of title + date.',
  'feed_items.url': 'Absolute article link given by the item.',
  'feed_items.title': 'Item title as given by the feed.',
  'feed_items.published_at': 'Item date given by the feed (UTC), if any.',
  'feed_items.first_seen_at': 'When wirehouse first saw this item.',
  'feed_items.first_poll_slot': 'Slot of the poll that first saw the item; a re-run of that poll finds (and enqueues) the same new items.',
  'feed_items.article_id': 'The stored article for this item, once fetched and extracted.',
  articles: 'One row per article page (canonical URL), extracted and normalized. The core table.',
  'articles.id': 'Surrogate key.',
  'articles.canonical_url': 'Canonical URL (rel=canonical or og:url, tracking parameters removed); with external_id the natural key (one row per crawled URL).',
  'articles.url': 'URL the page was fetched from (after redirects), or the imported record URL.',
  'articles.url_key': 'Coarser URL identity for dedupe (scheme, www., tracking parameters and trailing slash ignored): the same page reached by different links.',
  'articles.host': 'Host name of canonical_url.',
  'articles.site': 'Publishing site name ("People\'s Daily Online").',
  'articles.title': 'Headline.',
  'articles.body': 'Article text: paragraphs separated by a blank line; credits, datelines, bylines and editor trailers removed (kept in their own columns).',
  'articles.html': 'Sanitized HTML of the article body (allowlisted tags and attributes only).',
  'articles.authors': 'Bylines.',
  'articles.agency': 'Agency that wrote the story originally (Xinhua, TASS, AP, Reuters, AFP, ...), from credit lines and datelines.',
  'articles.dateline_place': 'Dateline place ("Moscow" from "MOSCOW, May 15 (Xinhua) --").',
  'articles.dateline_date': 'Dateline date, when the dateline gives one.',
  'articles.editors': 'Editors from trailers such as "(Web editor: ...)" or "Editing by ...".',
  'articles.language': 'ISO 639-1 language code.',
  'articles.published_at': 'Publication time in UTC (site-local times converted using the site\'s zone).',
  'articles.updated_at': 'Last modification time in UTC, when the page gives one.',
  'articles.first_seen_at': 'When wirehouse first stored this article.',
  'articles.fetched_at': 'When the page was last fetched (or imported).',
  'articles.content_hash': 'SHA-256 of the normalized comparison text (exact-duplicate key).',
  'articles.lead_hash': 'SHA-256 of the normalized lead paragraph(s) (exact-lead key).',
  'articles.fingerprint': 'Near-duplicate fingerprint data (MinHash signature), used by dedupe to verify candidates.',
  'articles.word_count': 'Words in body.',
  'articles.lead_image': 'Lead image URL.',
  'articles.extractor': 'Extractor name and version that produced the row (replay updates it).',
  'articles.version': 'Text version: 1 at first store, incremented whenever a re-fetch changes the text.',
  'articles.external_id': 'Id of the record this article was imported from (wirehouse import); NULL for crawled pages.',
  'articles.search': 'Full-text search vector over title and body (simple configuration, so any language).',
  raw_pages: 'Every fetched article page, compressed, with status and headers, so extraction can be replayed.',
  'raw_pages.id': 'Surrogate key.',
  'raw_pages.url': 'Requested URL.',
  'raw_pages.final_url': 'URL after redirects.',
  'raw_pages.fetched_at': 'When the page was fetched.',
  'raw_pages.http_status': 'HTTP status.',
  'raw_pages.headers': 'Response headers (JSON object).',
  'raw_pages.content_type': 'Content-Type header.',
  'raw_pages.body_gzip': 'Response body, gzip-compressed.',
  'raw_pages.body_sha256': 'SHA-256 of the uncompressed body; with url the natural key (a retried fetch does not add a copy).',
  'raw_pages.bytes': 'Uncompressed body size.',
  'raw_pages.article_id': 'Article extracted from this page, if extraction succeeded.',
  article_bands: 'Near-duplicate index: one row per LSH band key of each article, looked up by dedupe within a time window.',
  'article_bands.band': 'Band key (a hash of one band of the MinHash signature, or of a lead shingle set).',
  'article_bands.article_id': 'Article having this band.',
  'article_bands.at': 'The article\'s time (published, else first seen), for the lookup window.',
  stories: 'A wire story: one original and its reposts and updates across outlets.',
  'stories.id': 'Surrogate key.',
  'stories.original_article_id': 'The original copy: the agency\'s own page if present, else the earliest, else the most complete.',
  'stories.title': 'Headline of the original.',
  'stories.agency': 'Agency of the original, when known.',
  'stories.first_published_at': 'Earliest publication time among members.',
  'stories.member_count': 'Number of member articles.',
  'stories.created_at': 'When the story was created.',
  'stories.updated_at': 'When membership or the original last changed.',
  story_members: 'Membership of articles in stories, with how each merge was decided.',
  'story_members.article_id': 'Member article (an article is in exactly one story).',
  'story_members.story_id': 'The story.',
  'story_members.role': 'original, repost (another outlet\'s copy) or update (same source, newer version).',
  'story_members.method': 'How the merge was decided: new (started the story), url, body_hash, lead_hash or near_dup.',
  'story_members.score': 'Similarity score of the deciding comparison (1 for exact methods).',
  'story_members.compared_article_id': 'The article this one was compared with when it joined.',
  'story_members.decided_at': 'When the membership was decided.',
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('site', 'text')
    .addColumn('language', 'text')
    .addColumn('poll_interval_seconds', 'integer', (c) => c.notNull().defaultTo(900).check(sql`poll_interval_seconds > 0`))
    .addColumn('current_interval_seconds', 'integer', (c) => c.notNull().defaultTo(900))
    .addColumn('min_poll_seconds', 'integer')
    .addColumn('next_poll_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_polled_at', 'timestamptz')
    .addColumn('last_success_at', 'timestamptz')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('body_hash', 'text')
    .addColumn('error_streak', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error_code', 'text')
    .addColumn('last_error', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('feeds_next_poll_at_idx').on('feeds').column('next_poll_at').execute();

  await db.schema
    .createTable('feed_fetches')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('feed_id', 'bigint', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('poll_slot', 'timestamptz', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ok', 'not_modified', 'error')`))
    .addColumn('http_status', 'integer')
    .addColumn('reason', 'text')
    .addColumn('error', 'text')
    .addColumn('bytes', 'integer')
    .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('items_new', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('feed_fetches_feed_slot_key', ['feed_id', 'poll_slot'])
    .execute();
  await db.schema.createIndex('feed_fetches_feed_started_idx').on('feed_fetches').columns(['feed_id', 'started_at desc']).execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('canonical_url', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('url_key', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('site', 'text')
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('html', 'text')
    .addColumn('authors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('agency', 'text')
    .addColumn('dateline_place', 'text')
    .addColumn('dateline_date', 'date')
    .addColumn('editors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('language', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('fetched_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('lead_hash', 'text')
    .addColumn('fingerprint', 'jsonb')
    .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lead_image', 'text')
    .addColumn('extractor', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))`).stored(),
    )
    .execute();
  // One row per crawled canonical URL (external_id null); imported records (external_id set) are
  // kept apart even when they share a URL, because an import file may carry distinct texts under one URL.
  await sql`alter table articles add constraint articles_canonical_url_key unique nulls not distinct (canonical_url, external_id)`.execute(db);
  await db.schema.createIndex('articles_search_idx').on('articles').using('gin').column('search').execute();
  await db.schema.createIndex('articles_url_key_idx').on('articles').column('url_key').execute();
  await db.schema.createIndex('articles_content_hash_idx').on('articles').column('content_hash').execute();
  await db.schema.createIndex('articles_lead_hash_idx').on('articles').column('lead_hash').execute();
  await db.schema.createIndex('articles_published_at_idx').on('articles').column('published_at').execute();
  await db.schema.createIndex('articles_first_seen_at_idx').on('articles').column('first_seen_at').execute();
  await db.schema.createIndex('articles_agency_idx').on('articles').column('agency').execute();

  await db.schema
    .createTable('feed_items')
    .addColumn('feed_id', 'bigint', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('first_poll_slot', 'timestamptz', (c) => c.notNull())
    .addColumn('article_id', 'bigint', (c) => c.references('articles.id').onDelete('set null'))
    .addPrimaryKeyConstraint('feed_items_pkey', ['feed_id', 'guid'])
    .execute();
  await db.schema.createIndex('feed_items_url_idx').on('feed_items').column('url').execute();

  await db.schema
    .createTable('raw_pages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('final_url', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('http_status', 'integer', (c) => c.notNull())
    .addColumn('headers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('content_type', 'text')
    .addColumn('body_gzip', 'bytea', (c) => c.notNull())
    .addColumn('body_sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'bigint', (c) => c.references('articles.id').onDelete('set null'))
    .addUniqueConstraint('raw_pages_url_sha_key', ['url', 'body_sha256'])
    .execute();
  await db.schema.createIndex('raw_pages_fetched_at_idx').on('raw_pages').column('fetched_at').execute();

  await db.schema
    .createTable('article_bands')
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_bands_pkey', ['band', 'article_id'])
    .execute();
  await db.schema.createIndex('article_bands_band_at_idx').on('article_bands').columns(['band', 'at']).execute();
  await db.schema.createIndex('article_bands_article_idx').on('article_bands').column('article_id').execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('original_article_id', 'bigint', (c) => c.notNull().references('articles.id'))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agency', 'text')
    .addColumn('first_published_at', 'timestamptz')
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('stories_created_at_idx').on('stories').column('created_at').execute();

  await db.schema
    .createTable('story_members')
    .addColumn('article_id', 'bigint', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', 'bigint', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('original', 'repost', 'update')`))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('new', 'url', 'body_hash', 'lead_hash', 'near_dup')`))
    .addColumn('score', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('compared_article_id', 'bigint', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('story_members_story_idx').on('story_members').column('story_id').execute();

  await sql`
    create view story_overview as
    select s.id as story_id,
           s.title,
           s.agency,
           s.first_published_at,
           s.member_count,
           o.id as original_article_id,
           o.canonical_url as original_url,
           o.site as original_site,
           coalesce((
             select jsonb_agg(jsonb_build_object(
                      'article_id', a.id, 'url', a.canonical_url, 'site', a.site, 'title', a.title,
                      'role', m.role, 'method', m.method, 'score', m.score,
                      'compared_article_id', m.compared_article_id, 'published_at', a.published_at)
                    order by a.published_at nulls last, a.id)
             from story_members m join articles a on a.id = m.article_id
             where m.story_id = s.id and m.article_id <> s.original_article_id
           ), '[]'::jsonb) as reposts,
           s.updated_at
    from stories s
    join articles o on o.id = s.original_article_id`.execute(db);

  await sql`
    create view feed_health as
    select f.id as feed_id,
           f.url,
           f.title,
           case when f.error_streak = 0 then 'healthy'
                when f.error_streak < 3 then 'degraded'
                else 'failing' end as state,
           f.error_streak,
           f.last_error_code,
           f.last_error,
           f.last_polled_at,
           f.last_success_at,
           f.next_poll_at,
           f.current_interval_seconds,
           lf.status as last_status,
           lf.http_status as last_http_status,
           lf.reason as last_reason,
           (select count(*) from feed_fetches x where x.feed_id = f.id and x.started_at > now() - interval '24 hours') as polls_24h,
           (select count(*) from feed_fetches x where x.feed_id = f.id and x.status = 'error' and x.started_at > now() - interval '24 hours') as errors_24h,
           (select coalesce(sum(x.items_new), 0) from feed_fetches x where x.feed_id = f.id and x.started_at > now() - interval '24 hours') as new_items_24h
    from feeds f
    left join lateral (
      select * from feed_fetches ff where ff.feed_id = f.id order by ff.started_at desc limit 1
    ) lf on true`.execute(db);

  const viewComments: Record<string, string> = {
    story_overview: 'Each story with its original (url, site) and its reposts/updates as a JSON array, with the method and score of each merge.',
    feed_health: 'Each feed with its health state (healthy/degraded/failing), error streak, last error and reason, next poll time, and 24 h poll/error/new-item counts.',
  };
  for (const [key, text] of Object.entries(comments)) {
    const [table, column] = key.split('.');
    const literal = sql.lit(text);
    if (column) await sql`comment on column ${sql.ref(`${table}.${column}`)} is ${literal}`.execute(db);
    else await sql`comment on table ${sql.table(table!)} is ${literal}`.execute(db);
  }
  for (const [view, text] of Object.entries(viewComments)) {
    await sql`comment on view ${sql.table(view)} is ${sql.lit(text)}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop view if exists feed_health`.execute(db);
  await sql`drop view if exists story_overview`.execute(db);
  for (const t of ['story_members', 'stories', 'article_bands', 'raw_pages', 'feed_items', 'articles', 'feed_fetches', 'feeds']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

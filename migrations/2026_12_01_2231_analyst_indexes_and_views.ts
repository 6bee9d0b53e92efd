/**
 * For the analyst's obvious questions:
 *  - GIN on articles.authors / editors (`where authors @> array['Li Wei']`), btree on
 *    feed_items.article_id (which feeds announced this article; also the FK's delete path) and
 *    stories.first_published_at (stories of a period);
 *  - syndication_between(since, until): syndication_by_site for the stories first published in a
 *    window, read through the stories.first_published_at index (the all-time view reads everything);
 *  - feed_health gains the feed's site and a 'new' state for never-polled feeds and 'paused' for
 *    feeds taken out of the schedule (feeds.paused, set by `wirehouse feeds pause`);
 *  - feeds.language holds the ISO 639-1 code its comment promises (feeds declare en-us, zh-CN, EN);
 *  - COMMENT ON COLUMN for every view column (\d+ on a view shows them).
 */
import { sql, type Kysely } from 'kysely';

const FEED_HEALTH = sql`
  create view feed_health as
  select f.id as feed_id,
         f.url,
         f.site,
         f.title,
         case when f.paused then 'paused'
              when f.last_polled_at is null then 'new'
              when f.error_streak = 0 then 'healthy'
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
  ) lf on true`;

const SYNDICATION_COLUMNS: Record<string, string> = {
  agency: 'Credited agency: the article\'s credit, else its story\'s; \'(none)\' when neither is known.',
  site: 'Publishing site (its host when the site name is unknown).',
  stories: 'Stories of this agency the site carried.',
  originals: 'Of those, how many times the site\'s copy is the story original.',
  reposts: 'Copies that are reposts of another outlet\'s original.',
  updates: 'Copies that are newer versions from the same source.',
  median_minutes_after_original: 'Median minutes between the original\'s publication and the site\'s copy (copies only; NULL when no copy has both times).',
  first_published_at: 'Earliest publication time among the site\'s copies.',
  last_published_at: 'Latest publication time among the site\'s copies.',
};

const VIEW_COLUMNS: Record<string, Record<string, string>> = {
  story_overview: {
    story_id: 'The story (stories.id).',
    title: 'Headline of the original.',
    agency: 'Agency of the original, when known.',
    first_published_at: 'Earliest publication time among the members.',
    member_count: 'Number of member articles, the original included.',
    original_article_id: 'The original copy (articles.id).',
    original_url: 'Canonical URL of the original.',
    original_site: 'Publishing site of the original.',
    reposts: 'The other members as a JSON array of {article_id, url, site, title, role, method, score, compared_article_id, published_at}, in publication order.',
    updated_at: 'When membership or the original last changed.',
  },
  feed_health: {
    feed_id: 'The feed (feeds.id).',
    url: 'Feed URL.',
    site: 'Publishing site of the feed, as set by `wirehouse feeds add/edit --site`.',
    title: 'Feed title, from the feed itself once polled.',
    state: 'paused (out of the schedule), new (never polled), healthy (last poll succeeded), degraded (1-2 failed polls in a row) or failing (3 or more).',
    error_streak: 'Consecutive failed polls; 0 when healthy.',
    last_error_code: 'Error code of the last failed poll, NULL after a success.',
    last_error: 'Message of the last failed poll, NULL after a success.',
    last_polled_at: 'Start time of the last poll attempt (NULL: never polled).',
    last_success_at: 'Time of the last successful poll.',
    next_poll_at: 'When the scheduler polls the feed next.',
    current_interval_seconds: 'Polling interval in use now, after adaptation and back-off (seconds).',
    last_status: 'Outcome of the last poll: ok, not_modified or error.',
    last_http_status: 'HTTP status of the last poll, if a response was received.',
    last_reason: 'Classified reason of the last poll when it failed (dns, timeout, http_404, ...).',
    polls_24h: 'Polls in the last 24 hours.',
    errors_24h: 'Failed polls in the last 24 hours.',
    new_items_24h: 'New items found in the last 24 hours.',
  },
  story_articles: {
    story_id: 'The story (stories.id).',
    article_id: 'The member article (articles.id).',
    role: 'original, repost (another outlet\'s copy) or update (same source, newer version).',
    is_original: 'True for the story\'s original copy.',
    method: 'How the merge was decided: new, url, body_hash, lead_hash or near_dup.',
    score: 'Similarity score of the deciding comparison (1 for exact methods).',
    compared_article_id: 'The article this one was compared with when it joined.',
    compared_url: 'Canonical URL of the compared article.',
    url: 'Canonical URL of the member article.',
    site: 'Publishing site of the member article.',
    host: 'Host of the member article\'s canonical URL.',
    agency: 'Credited agency: the article\'s own credit, else the story\'s.',
    title: 'Headline of the member article.',
    language: 'Language of the member article (ISO 639-1).',
    dateline_place: 'Dateline place of the member article.',
    published_at: 'Publication time of the member article (UTC).',
    first_seen_at: 'When wirehouse first stored the member article.',
    original_site: 'Publishing site of the story original.',
    original_url: 'Canonical URL of the story original.',
    minutes_after_original: 'published_at minus the original\'s, in minutes (NULL when either is unknown; negative when the copy is dated before the original).',
    decided_at: 'When the membership was decided.',
  },
  syndication_by_site: SYNDICATION_COLUMNS,
  articles_without_story: {
    article_id: 'The article (articles.id).',
    url: 'Canonical URL.',
    site: 'Publishing site.',
    title: 'Headline.',
    first_seen_at: 'When wirehouse first stored the article.',
    fetched_at: 'When the page was last fetched.',
    waiting: 'Time since fetched_at: how long the article has waited for the dedupe stage.',
  },
};

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index articles_authors_idx on articles using gin (authors)`.execute(db);
  await sql`create index articles_editors_idx on articles using gin (editors)`.execute(db);
  await sql`create index feed_items_article_id_idx on feed_items (article_id)`.execute(db);
  await sql`create index stories_first_published_at_idx on stories (first_published_at)`.execute(db);

  await sql`update feeds set language = wirehouse_lang_code(language) where language is distinct from wirehouse_lang_code(language)`.execute(db);
  await sql`comment on column feeds.language is ${sql.lit('Feed language as an ISO 639-1 code (en, zh, ...), from the feed\'s declaration (<language>, xml:lang, JSON Feed language); NULL when it declares none.')}`.execute(db);

  await sql`alter table feeds add column paused boolean not null default false`.execute(db);
  await sql`comment on column feeds.paused is ${sql.lit('True while the feed is out of the schedule (`wirehouse feeds pause ID`); its history is kept.')}`.execute(db);

  await sql`drop view feed_health`.execute(db);
  await FEED_HEALTH.execute(db);
  await sql`comment on view feed_health is ${sql.lit('Each feed with its site, state (paused/new/healthy/degraded/failing), error streak, last error and reason, next poll time, and 24 h poll/error/new-item counts.')}`.execute(db);

  // A set-returning SQL function with one SELECT is inlined by the planner: an outer
  // `where agency = 'Xinhua'` reaches the grouping, and the window reaches the index.
  await sql`
    create function syndication_between(since timestamptz, until timestamptz default now())
    returns table (agency text, site text, stories bigint, originals bigint, reposts bigint, updates bigint,
                   median_minutes_after_original double precision, first_published_at timestamptz, last_published_at timestamptz)
    language sql stable parallel safe
    as $$
      select coalesce(a.agency, s.agency, '(none)'),
             coalesce(a.site, a.host),
             count(distinct s.id),
             count(*) filter (where a.id = s.original_article_id),
             count(*) filter (where m.role = 'repost'),
             count(*) filter (where m.role = 'update'),
             percentile_cont(0.5) within group (order by extract(epoch from (a.published_at - o.published_at)) / 60)
               filter (where a.id <> s.original_article_id and a.published_at is not null and o.published_at is not null),
             min(a.published_at),
             max(a.published_at)
      from stories s
      join story_members m on m.story_id = s.id
      join articles a on a.id = m.article_id
      join articles o on o.id = s.original_article_id
      where s.first_published_at >= since and s.first_published_at < until
      group by 1, 2
    $$`.execute(db);
  await sql`comment on function syndication_between(timestamptz, timestamptz) is ${sql.lit(
    'syndication_by_site for the stories first published in [since, until): which outlets carried which agency\'s stories in that window, how many and how fast. ' +
      'Example: select * from syndication_between(now() - interval \'7 days\') where agency = \'Xinhua\' order by stories desc;',
  )}`.execute(db);

  for (const [view, columns] of Object.entries(VIEW_COLUMNS)) {
    for (const [column, text] of Object.entries(columns)) {
      await sql`comment on column ${sql.ref(`${view}.${column}`)} is ${sql.lit(text)}`.execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists syndication_between(timestamptz, timestamptz)`.execute(db);
  await sql`drop view feed_health`.execute(db);
  await sql`alter table feeds drop column paused`.execute(db);
  for (const ix of ['articles_authors_idx', 'articles_editors_idx', 'feed_items_article_id_idx', 'stories_first_published_at_idx']) {
    await sql`drop index if exists ${sql.raw(ix)}`.execute(db);
  }
  // feed_health as it was before (migration 2026_11_28_0400_initial).
  await sql`
    create view feed_health as
    select f.id as feed_id, f.url, f.title,
           case when f.error_streak = 0 then 'healthy' when f.error_streak < 3 then 'degraded' else 'failing' end as state,
           f.error_streak, f.last_error_code, f.last_error, f.last_polled_at, f.last_success_at, f.next_poll_at,
           f.current_interval_seconds, lf.status as last_status, lf.http_status as last_http_status, lf.reason as last_reason,
           (select count(*) from feed_fetches x where x.feed_id = f.id and x.started_at > now() - interval '24 hours') as polls_24h,
           (select count(*) from feed_fetches x where x.feed_id = f.id and x.status = 'error' and x.started_at > now() - interval '24 hours') as errors_24h,
           (select coalesce(sum(x.items_new), 0) from feed_fetches x where x.feed_id = f.id and x.started_at > now() - interval '24 hours') as new_items_24h
    from feeds f
    left join lateral (select * from feed_fetches ff where ff.feed_id = f.id order by ff.started_at desc limit 1) lf on true`.execute(db);
}

/**
 * Views for the questions users ask most after "what is in this story" (story_overview):
 *  - story_articles: one flat row per story member (no JSON to unpack), with the original's
 *    site and how long after the original each copy appeared;
 *  - syndication_by_site: which outlets carry which agency's stories, how many and how fast;
 *  - articles_without_story: stored articles the dedupe stage has not placed yet (a backlog or
 *    failed dedupe jobs; normally empty or only seconds old).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create view story_articles as
    select m.story_id,
           m.article_id,
           m.role,
           m.article_id = s.original_article_id as is_original,
           m.method,
           m.score,
           m.compared_article_id,
           c.canonical_url as compared_url,
           a.canonical_url as url,
           a.site,
           a.host,
           coalesce(a.agency, s.agency) as agency,
           a.title,
           a.language,
           a.dateline_place,
           a.published_at,
           a.first_seen_at,
           o.site as original_site,
           o.canonical_url as original_url,
           round((extract(epoch from (a.published_at - o.published_at)) / 60)::numeric, 1) as minutes_after_original,
           m.decided_at
    from story_members m
    join stories s on s.id = m.story_id
    join articles a on a.id = m.article_id
    join articles o on o.id = s.original_article_id
    left join articles c on c.id = m.compared_article_id`.execute(db);

  await sql`
    create view syndication_by_site as
    select coalesce(sa.agency, '(none)') as agency,
           coalesce(sa.site, sa.host) as site,
           count(distinct sa.story_id) as stories,
           count(*) filter (where sa.is_original) as originals,
           count(*) filter (where sa.role = 'repost') as reposts,
           count(*) filter (where sa.role = 'update') as updates,
           percentile_cont(0.5) within group (order by sa.minutes_after_original)
             filter (where not sa.is_original and sa.minutes_after_original is not null) as median_minutes_after_original,
           min(sa.published_at) as first_published_at,
           max(sa.published_at) as last_published_at
    from story_articles sa
    group by 1, 2`.execute(db);

  await sql`
    create view articles_without_story as
    select a.id as article_id, a.canonical_url as url, a.site, a.title, a.first_seen_at, a.fetched_at,
           now() - a.fetched_at as waiting
    from articles a
    where not exists (select 1 from story_members m where m.article_id = a.id)`.execute(db);

  const comments: Record<string, string> = {
    story_articles:
      'One row per story member: its role, how the merge was decided (method, score, compared article), the article fields, the story original, and minutes_after_original (published_at minus the original\'s, NULL when either is unknown; negative when a copy is dated before the copy chosen as original).',
    syndication_by_site:
      'Per credited agency and publishing site: stories carried, originals, reposts and updates, median minutes after the original for copies, and the first and last publication time. agency is the article\'s credit, else the story\'s; \'(none)\' when neither is known.',
    articles_without_story:
      'Stored articles not yet placed in a story by the dedupe stage, with how long since they were fetched (a growing list means dedupe jobs are failing or backlogged).',
  };
  for (const [view, text] of Object.entries(comments)) {
    await sql`comment on view ${sql.table(view)} is ${sql.lit(text)}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop view if exists articles_without_story`.execute(db);
  await sql`drop view if exists syndication_by_site`.execute(db);
  await sql`drop view if exists story_articles`.execute(db);
}

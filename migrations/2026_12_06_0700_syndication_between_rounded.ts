/**
 * syndication_between(since, until) gives the same median as the all-time syndication_by_site view:
 * the median of the copies' minutes after the original rounded to one decimal (story_articles'
 * minutes_after_original), not of the raw minutes. The README sells the function as the view for a
 * window; it said 24.916666666666668 where the view said 24.9 for the same stories.
 */
import { sql, type Kysely } from 'kysely';

const signature = (median: ReturnType<typeof sql>) => sql`
  create or replace function syndication_between(since timestamptz, until timestamptz default now())
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
           percentile_cont(0.5) within group (order by ${median})
             filter (where a.id <> s.original_article_id and a.published_at is not null and o.published_at is not null),
           min(a.published_at),
           max(a.published_at)
    from stories s
    join story_members m on m.story_id = s.id
    join articles a on a.id = m.article_id
    join articles o on o.id = s.original_article_id
    where s.first_published_at >= since and s.first_published_at < until
    group by 1, 2
  $$`;

export async function up(db: Kysely<any>): Promise<void> {
  // `create or replace` keeps the function's comment and grants.
  await signature(sql`round(extract(epoch from (a.published_at - o.published_at)) / 60, 1)::double precision`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await signature(sql`extract(epoch from (a.published_at - o.published_at)) / 60`).execute(db);
}

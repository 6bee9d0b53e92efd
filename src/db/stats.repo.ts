/** Counts for progress waits, the status page and metrics. */
import { sql } from 'kysely';
import type { Db } from './db.js';
import { toFeedHealth, type FeedHealth, type FeedState } from './feed-health.js';

export interface PipelineCounts {
  feeds: number;
  feedsPolled: number;
  feedsFailing: number;
  items: number;
  itemsWithArticle: number;
  articles: number;
  articlesInStories: number;
  stories: number;
  reposts: number;
}

export async function pipelineCounts(db: Db): Promise<PipelineCounts> {
  const { rows } = await sql<PipelineCounts>`
    select
      (select count(*) from feeds)::int as "feeds",
      (select count(*) from feeds where last_polled_at is not null)::int as "feedsPolled",
      (select count(*) from feeds where error_streak > 0)::int as "feedsFailing",
      (select count(*) from feed_items)::int as "items",
      (select count(*) from feed_items where article_id is not null)::int as "itemsWithArticle",
      (select count(*) from articles)::int as "articles",
      (select count(*) from story_members)::int as "articlesInStories",
      (select count(*) from stories)::int as "stories",
      (select count(*) from story_members where role <> 'original')::int as "reposts"`.execute(db);
  return rows[0]!;
}

/** Feeds per health state of the `feed_health` view (every state present, zero when none). */
export async function feedHealthCounts(db: Db): Promise<Record<FeedState, number>> {
  const rows = await db
    .selectFrom('feed_health')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const out: Record<FeedState, number> = { new: 0, healthy: 0, degraded: 0, failing: 0, paused: 0 };
  for (const r of rows) out[r.state] = Number(r.n);
  return out;
}

/** Feeds whose last poll(s) failed (degraded or failing), worst first. */
export async function unhealthyFeeds(db: Db, limit = 50): Promise<FeedHealth[]> {
  const rows = await db
    .selectFrom('feed_health')
    .selectAll()
    .where('state', 'in', ['degraded', 'failing'])
    .orderBy('error_streak', 'desc')
    .orderBy('feed_id')
    .limit(limit)
    .execute();
  return rows.map(toFeedHealth);
}

/** Stored totals and what arrived in the last hour and day, for the status page and metrics. */
export interface ActivityCounts {
  articles: { total: number; lastHour: number; lastDay: number };
  stories: { total: number; lastHour: number; lastDay: number };
  /** Articles merged into an existing story (role repost or update). */
  reposts: { total: number; lastHour: number; lastDay: number };
}

export async function activityCounts(db: Db): Promise<ActivityCounts> {
  // One round trip; the windows are relative to the database clock so every process agrees.
  const { rows } = await sql<Record<string, number>>`
    select
      (select count(*) from articles)::int as a_total,
      (select count(*) from articles where first_seen_at > now() - interval '1 hour')::int as a_hour,
      (select count(*) from articles where first_seen_at > now() - interval '1 day')::int as a_day,
      (select count(*) from stories)::int as s_total,
      (select count(*) from stories where created_at > now() - interval '1 hour')::int as s_hour,
      (select count(*) from stories where created_at > now() - interval '1 day')::int as s_day,
      (select count(*) from story_members where role <> 'original')::int as r_total,
      (select count(*) from story_members where role <> 'original' and decided_at > now() - interval '1 hour')::int as r_hour,
      (select count(*) from story_members where role <> 'original' and decided_at > now() - interval '1 day')::int as r_day`.execute(db);
  const r = rows[0]!;
  return {
    articles: { total: r.a_total!, lastHour: r.a_hour!, lastDay: r.a_day! },
    stories: { total: r.s_total!, lastHour: r.s_hour!, lastDay: r.s_day! },
    reposts: { total: r.r_total!, lastHour: r.r_hour!, lastDay: r.r_day! },
  };
}

/** When the newest article was first stored (an index lookup on first_seen_at), null when none is. */
export async function lastArticleStoredAt(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.max('first_seen_at').as('at'))
    .executeTakeFirst();
  return row?.at ?? null;
}

/** The database server's clock (for `doctor`'s clock-skew check). */
export async function databaseNow(db: Db): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select clock_timestamp() as now`.execute(db);
  return rows[0]!.now;
}

/** The server's data directory (superusers and pg_read_all_settings only; null otherwise). */
export async function dataDirectory(db: Db): Promise<string | null> {
  try {
    const { rows } = await sql<{ data_directory: string }>`show data_directory`.execute(db);
    return rows[0]?.data_directory ?? null;
  } catch {
    return null;
  }
}

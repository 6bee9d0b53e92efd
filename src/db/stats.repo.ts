/** Counts for progress waits, the status page and metrics. */
import { sql } from 'kysely';
import type { Db } from './db.js';

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

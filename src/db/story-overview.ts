/** A story with its members as the rest of the program sees it: the `story_overview` view row in camelCase. */
import type { MergeMethod, StoryRole } from '../domain.js';
import type { StoryOverviewView } from './stories.table.js';

/** A member of a story other than its original. */
export interface StoryMemberOverview {
  articleId: number;
  url: string;
  site: string | null;
  title: string;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  comparedArticleId: number | null;
  /**
   * The member's publication time as the view's JSON holds it (ISO 8601 with Postgres's offset),
   * kept as text so `stories --json` prints exactly what the view says.
   */
  publishedAt: string | null;
}

export interface StoryOverview {
  storyId: number;
  title: string;
  agency: string | null;
  firstPublishedAt: Date | null;
  memberCount: number;
  originalArticleId: number;
  originalUrl: string;
  originalSite: string | null;
  /** The original copy's own publication time (not the view's: `firstPublishedAt` is the earliest member's, which a repost may hold). */
  originalPublishedAt: Date | null;
  /** The other members, in publication order. */
  reposts: StoryMemberOverview[];
  updatedAt: Date;
}

export function toStoryOverview(r: StoryOverviewView & { original_published_at: Date | null }): StoryOverview {
  return {
    storyId: r.story_id,
    title: r.title,
    agency: r.agency,
    firstPublishedAt: r.first_published_at,
    memberCount: r.member_count,
    originalArticleId: r.original_article_id,
    originalUrl: r.original_url,
    originalSite: r.original_site,
    originalPublishedAt: r.original_published_at,
    reposts: r.reposts.map((m) => ({
      articleId: m.article_id,
      url: m.url,
      site: m.site,
      title: m.title,
      role: m.role,
      method: m.method,
      score: m.score,
      comparedArticleId: m.compared_article_id,
      publishedAt: m.published_at,
    })),
    updatedAt: r.updated_at,
  };
}

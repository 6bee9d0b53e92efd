/**
 * `stories --json` prints a story with the `story_overview` view's snake_case names, in the
 * view's column order, and each repost with the keys in the order Postgres's jsonb keeps them
 * (shorter keys first): that output is a public interface, so the camelCase `StoryOverview` is
 * mapped back here, at the edge, byte for byte.
 */
import type { StoryOverview } from '../db/story-overview.js';

export function storyJson(s: StoryOverview) {
  return {
    story_id: s.storyId,
    title: s.title,
    agency: s.agency,
    first_published_at: s.firstPublishedAt,
    member_count: s.memberCount,
    original_article_id: s.originalArticleId,
    original_url: s.originalUrl,
    original_site: s.originalSite,
    reposts: s.reposts.map((m) => ({
      url: m.url,
      role: m.role,
      site: m.site,
      score: m.score,
      title: m.title,
      method: m.method,
      article_id: m.articleId,
      published_at: m.publishedAt,
      compared_article_id: m.comparedArticleId,
    })),
    updated_at: s.updatedAt,
  };
}

import type { ColumnType, Generated } from 'kysely';
import type { MergeMethod, StoryRole } from '../domain.js';

/** `stories`: one wire story. */
export interface StoriesTable {
  id: Generated<number>;
  original_article_id: number;
  reference_article_id: number | null;
  title: string;
  agency: string | null;
  first_published_at: Date | null;
  member_count: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** `story_members`: article -> story with how the merge was decided. */
export interface StoryMembersTable {
  article_id: number;
  story_id: number;
  role: StoryRole;
  method: MergeMethod;
  score: number;
  compared_article_id: number | null;
  decided_at: Generated<Date>;
  roundup: Generated<boolean>;
}

/** `story_merges`: a story merged into another by a bridging article. */
export interface StoryMergesTable {
  merged_story_id: number;
  into_story_id: number;
  bridge_article_id: number | null;
  merged_at: Generated<Date>;
}

/** `site_paragraphs`: per-site paragraph counts (furniture). `hash` is int8: select it as text. */
export interface SiteParagraphsTable {
  site: string;
  hash: ColumnType<never, string, never>;
  pages: number;
}

/** `paragraph_counted`: articles already counted in site_paragraphs. */
export interface ParagraphCountedTable {
  article_id: number;
}

/** `story_overview` view. */
export interface StoryOverviewView {
  story_id: number;
  title: string;
  agency: string | null;
  first_published_at: Date | null;
  member_count: number;
  original_article_id: number;
  original_url: string;
  original_site: string | null;
  reposts: Array<{
    article_id: number;
    url: string;
    site: string | null;
    title: string;
    role: StoryRole;
    method: MergeMethod;
    score: number;
    compared_article_id: number | null;
    published_at: string | null;
  }>;
  updated_at: Date;
}

/**
 * The ordered, static list of migrations. A static list (not FileMigrationProvider) works the
 * same from dist/, under a test runner, and in a bundled build. Append only.
 */
import type { Migration } from 'kysely';
import * as initial from './2026_11_28_0400_initial.js';
import * as articleBandsInt8 from './2026_11_28_0600_article_bands_int8.js';
import * as storyViews from './2026_11_28_1130_story_views.js';
import * as storyLinks from './2026_12_01_2210_story_links.js';

export const migrations: Record<string, Migration> = {
  '2026_11_28_0400_initial': initial,
  '2026_11_28_0600_article_bands_int8': articleBandsInt8,
  '2026_11_28_1130_story_views': storyViews,
  '2026_12_01_2210_story_links': storyLinks,
};

/**
 * The ordered, static list of migrations. A static list (not FileMigrationProvider) works the
 * same from dist/, under a test runner, and in a bundled build. Append only.
 */
import type { Migration } from 'kysely';
import * as initial from './2026_11_28_0400_initial.js';
import * as articleBandsInt8 from './2026_11_28_0600_article_bands_int8.js';
import * as storyViews from './2026_11_28_1130_story_views.js';
import * as articleWireMetadata from './2026_12_01_2200_article_wire_metadata.js';
import * as storyLinks from './2026_12_01_2210_story_links.js';
import * as redriveState from './2026_12_01_2220_redrive_state.js';
import * as searchByLanguage from './2026_12_01_2230_search_by_language.js';
import * as analystIndexesAndViews from './2026_12_01_2231_analyst_indexes_and_views.js';
import * as readerRole from './2026_12_01_2232_reader_role.js';
import * as storyMemberRoundup from './2026_12_02_0110_story_member_roundup.js';
import * as dropArticlesFingerprint from './2026_12_02_0200_drop_articles_fingerprint.js';
import * as hotPathStorage from './2026_12_02_0400_hot_path_storage.js';
import * as cheaperArticleInsert from './2026_12_02_0900_cheaper_article_insert.js';
import * as articleBandsDeleteTrigger from './2026_12_03_0800_article_bands_delete_trigger.js';
import * as agencyAcronyms from './2026_12_03_1900_agency_acronyms.js';
import * as feedItemRevisions from './2026_12_03_1910_feed_item_revisions.js';
import * as undatedImportedBands from './2026_12_05_2300_undated_imported_bands.js';
import * as syndicationBetweenRounded from './2026_12_06_0700_syndication_between_rounded.js';

export const migrations: Record<string, Migration> = {
  '2026_11_28_0400_initial': initial,
  '2026_11_28_0600_article_bands_int8': articleBandsInt8,
  '2026_11_28_1130_story_views': storyViews,
  '2026_12_01_2200_article_wire_metadata': articleWireMetadata,
  '2026_12_01_2210_story_links': storyLinks,
  '2026_12_01_2220_redrive_state': redriveState,
  '2026_12_01_2230_search_by_language': searchByLanguage,
  '2026_12_01_2231_analyst_indexes_and_views': analystIndexesAndViews,
  '2026_12_01_2232_reader_role': readerRole,
  '2026_12_02_0110_story_member_roundup': storyMemberRoundup,
  '2026_12_02_0200_drop_articles_fingerprint': dropArticlesFingerprint,
  '2026_12_02_0400_hot_path_storage': hotPathStorage,
  '2026_12_02_0900_cheaper_article_insert': cheaperArticleInsert,
  '2026_12_03_0800_article_bands_delete_trigger': articleBandsDeleteTrigger,
  '2026_12_03_1900_agency_acronyms': agencyAcronyms,
  '2026_12_03_1910_feed_item_revisions': feedItemRevisions,
  '2026_12_05_2300_undated_imported_bands': undatedImportedBands,
  '2026_12_06_0700_syndication_between_rounded': syndicationBetweenRounded,
};

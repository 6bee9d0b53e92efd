import type { ColumnType, Generated, Selectable } from 'kysely';
import type { FeedState } from './feed-health.js';

/** `feeds`: what wirehouse polls, with schedule and error state. */
export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  site: string | null;
  language: string | null;
  poll_interval_seconds: Generated<number>;
  current_interval_seconds: Generated<number>;
  min_poll_seconds: number | null;
  next_poll_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_polled_at: Date | null;
  last_success_at: Date | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  error_streak: Generated<number>;
  last_error_code: string | null;
  last_error: string | null;
  time_zone: string | null;
  created_at: Generated<Date>;
  paused: Generated<boolean>;
}

/** `feed_fetches`: one row per poll. */
export interface FeedFetchesTable {
  id: Generated<number>;
  feed_id: number;
  poll_slot: Date;
  started_at: Date;
  duration_ms: number;
  status: 'ok' | 'not_modified' | 'error';
  http_status: number | null;
  reason: string | null;
  error: string | null;
  bytes: number | null;
  items_seen: number;
  items_new: number;
}

/** `feed_items`: feed x guid. */
export interface FeedItemsTable {
  feed_id: number;
  guid: string;
  url: string | null;
  title: string | null;
  published_at: Date | null;
  first_seen_at: Generated<Date>;
  first_poll_slot: Date;
  article_id: number | null;
  redrive_count: Generated<number>;
  redrive_at: Date | null;
  failure_code: string | null;
  failure_reason: string | null;
  failed_for_good_at: Date | null;
  updated_at: Date | null;
  revisions: Generated<number>;
  revised_poll_slot: Date | null;
}

/** `heartbeats`: last run of the scheduler tick and the reconciler. */
export interface HeartbeatsTable {
  name: string;
  at: Date;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export type FeedRow = Selectable<FeedsTable>;

/** `feed_health` view. */
export interface FeedHealthView {
  feed_id: number;
  url: string;
  site: string | null;
  title: string | null;
  state: FeedState;
  error_streak: number;
  last_error_code: string | null;
  last_error: string | null;
  last_polled_at: Date | null;
  last_success_at: Date | null;
  next_poll_at: Date;
  current_interval_seconds: number;
  last_status: string | null;
  last_http_status: number | null;
  last_reason: string | null;
  polls_24h: number;
  errors_24h: number;
  new_items_24h: number;
}

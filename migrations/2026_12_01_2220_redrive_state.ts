/**
 * Postgres as the source of truth for work still to do. Queue jobs live in Redis and can be lost
 * (a Redis restart without persistence, a job that failed its last retry); the reconciler
 * (src/reconcile/) re-queues from these columns instead:
 *  - feed_items: when the item may next be re-driven, how often it was, and its failure. An item
 *    whose failure is permanent (404, not an article, blocked address, or re-driven too often)
 *    has failed_for_good_at set and is never re-queued again; that is a state, not a lost job.
 *  - articles: the same re-drive clock for the dedupe stage (articles without a story).
 *  - heartbeats: last run of the scheduler tick and the reconciler, for /readyz and `status`.
 *  - raw_pages.charset / charset_redetected: the charset a page was decoded with, and when the
 *    declared one was overruled by the bytes (mojibake must not be stored without a sign).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('feed_items')
    .addColumn('redrive_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('redrive_at', 'timestamptz')
    .addColumn('failure_code', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('failed_for_good_at', 'timestamptz')
    .execute();
  // The reconciler's scan: items without an article and not failed for good, by due time.
  await sql`create index feed_items_redrive_idx on feed_items (redrive_at nulls first, first_seen_at)
            where article_id is null and failed_for_good_at is null and url is not null`.execute(db);
  await db.schema
    .alterTable('articles')
    .addColumn('redrive_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('redrive_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('heartbeats')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.alterTable('raw_pages').addColumn('charset', 'text').addColumn('charset_redetected', 'text').execute();
  const comments: [string, string][] = [
    ['column raw_pages.charset', 'The charset the page was decoded with (NULL: not decoded yet, e.g. rows from before this column).'],
    ['column raw_pages.charset_redetected', "Set when the declared charset gave invalid or improbable text and the bytes decided instead: e.g. 'windows-1252 (http): utf8-bytes'."],
    ['column feed_items.redrive_count', 'How many times the reconciler re-queued this item (it backs off from minutes to a day between re-drives).'],
    ['column feed_items.redrive_at', 'Earliest time the reconciler may re-queue this item again (NULL: as soon as no queue job covers it).'],
    ['column feed_items.failure_code', 'Error code of the last failed fetch of this item (PipelineError code), NULL when none failed.'],
    ['column feed_items.failure_reason', 'Message of the last failed fetch of this item.'],
    ['column feed_items.failed_for_good_at', 'Set when the item failed permanently (its failure is not retryable, or it was re-driven too often); never re-queued after.'],
    ['column articles.redrive_count', 'How many times the reconciler re-queued the dedupe of this article (while it has no story).'],
    ['column articles.redrive_at', 'Earliest time the reconciler may re-queue the dedupe of this article again.'],
    ['table heartbeats', 'Last run of periodic components (scheduler tick, reconciler) with a detail object; /readyz and `status` read it.'],
    ['column heartbeats.name', "The component: 'scheduler' (the feed tick) or 'reconciler'."],
    ['column heartbeats.at', 'When it last ran (database clock).'],
    ['column heartbeats.detail', 'What the last run did, e.g. {"redriven": 3, "waiting": 12, "schedulerRecreated": false}.'],
  ];
  for (const [what, text] of comments) await sql`comment on ${sql.raw(what)} is ${sql.lit(text)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('heartbeats').execute();
  await db.schema.alterTable('raw_pages').dropColumn('charset').dropColumn('charset_redetected').execute();
  await sql`drop index if exists feed_items_redrive_idx`.execute(db);
  await db.schema.alterTable('articles').dropColumn('redrive_count').dropColumn('redrive_at').execute();
  await db.schema
    .alterTable('feed_items')
    .dropColumn('redrive_count')
    .dropColumn('redrive_at')
    .dropColumn('failure_code')
    .dropColumn('failure_reason')
    .dropColumn('failed_for_good_at')
    .execute();
}

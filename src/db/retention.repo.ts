/**
 * Retention: raw pages and poll records older than a cutoff, counted and deleted in batches (one
 * short transaction each, so a large prune never holds long locks or one huge WAL burst).
 * Articles, stories and feed items are never touched here.
 */
import { sql } from 'kysely';
import type { Db } from './db.js';

export type PrunableTable = 'raw_pages' | 'feed_fetches';

/**
 * The rows of `table` a prune with this cutoff removes. For feed_fetches the latest poll of each
 * feed is kept whatever its age, so feed_health still shows the last outcome of a quiet or paused feed.
 */
function prunable(table: PrunableTable, before: Date) {
  return table === 'raw_pages'
    ? sql`select id from raw_pages where fetched_at < ${before}`
    : sql`select f.id from feed_fetches f
          where f.started_at < ${before}
            and exists (select 1 from feed_fetches n where n.feed_id = f.feed_id and n.started_at > f.started_at)`;
}

/** How many rows a prune with this cutoff would delete. */
export async function countPrunable(db: Db, table: PrunableTable, before: Date): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from (${prunable(table, before)}) p`.execute(db);
  return rows[0]!.n;
}

/** Deletes up to `batch` prunable rows; returns how many it deleted (0: done). */
export async function pruneBatch(db: Db, table: PrunableTable, before: Date, batch: number): Promise<number> {
  const result = await sql`delete from ${sql.table(table)} where id in (${prunable(table, before)} limit ${batch})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

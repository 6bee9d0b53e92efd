/**
 * Retention (`wirehouse prune`, and the service every PRUNE_INTERVAL_MINUTES): deletes raw pages
 * and poll records older than their retention, in batches, reporting progress. A retention of 0
 * days keeps that table whole. Articles and stories are never pruned; replay then covers the pages
 * still kept.
 */
import type { Config } from '../config.js';
import { countPrunable, pruneBatch, type PrunableTable } from '../db/retention.repo.js';
import type { Deps } from './deps.js';

export interface PruneTableReport {
  table: PrunableTable;
  /** Rows older than this are pruned; null when the retention is 0 (keep forever). */
  before: string | null;
  retentionDays: number;
  /** Rows that were (or, with dryRun, would be) deleted. */
  rows: number;
}

export interface PruneReport {
  dryRun: boolean;
  tables: PruneTableReport[];
}

const BATCH = 5000;

export async function prune(
  deps: Pick<Deps, 'db' | 'now'> & { config: Pick<Config, 'retention'> },
  opts: { dryRun?: boolean; batch?: number; onStart?: (total: number) => void; onProgress?: (n: number) => void } = {},
): Promise<PruneReport> {
  const r = deps.config.retention;
  const plan: Array<{ table: PrunableTable; days: number }> = [
    { table: 'raw_pages', days: r.rawPagesDays },
    { table: 'feed_fetches', days: r.feedFetchesDays },
  ];
  const now = deps.now().getTime();
  const tables: PruneTableReport[] = [];
  const counted: Array<{ table: PrunableTable; before: Date; n: number }> = [];
  for (const { table, days } of plan) {
    if (days === 0) {
      tables.push({ table, before: null, retentionDays: 0, rows: 0 });
      continue;
    }
    const before = new Date(now - days * 86_400_000);
    const n = await countPrunable(deps.db, table, before);
    counted.push({ table, before, n });
    tables.push({ table, before: before.toISOString(), retentionDays: days, rows: n });
  }
  if (opts.dryRun) return { dryRun: true, tables };
  opts.onStart?.(counted.reduce((s, c) => s + c.n, 0));
  for (const c of counted) {
    let deleted = 0;
    for (;;) {
      const n = await pruneBatch(deps.db, c.table, c.before, opts.batch ?? BATCH);
      if (n === 0) break;
      deleted += n;
      opts.onProgress?.(n);
    }
    // A feed polled between count and delete makes its older record prunable too: report what went.
    tables.find((t) => t.table === c.table)!.rows = deleted;
  }
  return { dryRun: false, tables };
}

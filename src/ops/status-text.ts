/** `wirehouse status` in a terminal: the status page as aligned plain text. */
import { QUEUE_STATES } from './queue-depths.js';
import type { StatusData } from './status-data.js';

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  // First column left-aligned (names), the rest right-aligned (numbers).
  return rows.map((r) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

const iso = (d: Date | null): string => (d ? d.toISOString().slice(0, 16).replace('T', ' ') + 'Z' : '-');

/** Renders the status for a terminal (no colours, so it pipes cleanly). */
export function renderStatusText(data: StatusData): string {
  const out: string[] = [`wirehouse status at ${data.generatedAt}`];
  for (const p of data.problems) out.push(`! cannot read ${p}`);
  out.push('');
  if (data.feeds) {
    const f = data.feeds;
    out.push(`Feeds: ${f.healthy} healthy, ${f.degraded} degraded, ${f.failing} failing, ${f.new} new, ${f.paused} paused`);
    for (const h of data.unhealthyFeeds) {
      out.push(
        `  ${h.state.padEnd(8)} ${h.url}  (${h.errorStreak} in a row; ${h.lastErrorCode ?? h.lastReason ?? '?'}: ${h.lastError ?? ''}; last success ${iso(h.lastSuccessAt)})`,
      );
    }
  }
  if (data.reconcile) {
    const r = data.reconcile;
    const age = (s: number | null) => (s === null ? 'never' : `${Math.round(s)} s ago`);
    out.push(`Scheduler: last tick ${age(r.schedulerTickAgeSeconds)}; reconciler: last run ${age(r.reconcilerAgeSeconds)}`);
    out.push(
      `Waiting for re-drive: ${r.waitingItems} items without article, ${r.waitingArticles} articles without story; ${r.failedForGood} items failed for good`,
    );
  }
  if (data.activity) {
    const a = data.activity;
    out.push(
      '',
      ...table([
        ['', 'last hour', 'last day', 'total'],
        ['articles stored', String(a.articles.lastHour), String(a.articles.lastDay), String(a.articles.total)],
        ['stories created', String(a.stories.lastHour), String(a.stories.lastDay), String(a.stories.total)],
        ['reposts merged', String(a.reposts.lastHour), String(a.reposts.lastDay), String(a.reposts.total)],
      ]),
    );
  }
  if (data.queues) {
    out.push(
      '',
      ...table([
        ['queue', ...QUEUE_STATES],
        ...data.queues.map((q) => [q.name + (q.paused ? ' (paused)' : ''), ...QUEUE_STATES.map((s) => String(q.counts[s]))]),
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}

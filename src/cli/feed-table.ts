/** The `feeds list` table: one header, one line per feed, times in UTC to the minute. */
import type { FeedHealth } from '../db/feed-health.js';

/** `2026-12-01 21:40Z`, or `-` for never. */
export function shortTime(d: Date | null): string {
  return d ? `${d.toISOString().slice(0, 16).replace('T', ' ')}Z` : '-';
}

function lastResult(r: FeedHealth): string {
  if (!r.lastStatus) return '-';
  if (r.lastStatus !== 'error') return r.lastStatus;
  return `error ${r.lastReason ?? r.lastErrorCode ?? ''}`.trim();
}

/** Columns padded to their widest cell; the URL last, so long URLs do not push the rest. */
export function feedTable(rows: readonly FeedHealth[]): string {
  const header = ['ID', 'STATE', 'SITE', 'LAST POLL', 'LAST RESULT', 'NEXT POLL', 'URL'];
  const cells = rows.map((r) => [
    String(r.feedId),
    r.state,
    r.site ?? '-',
    shortTime(r.lastPolledAt),
    lastResult(r),
    r.state === 'paused' ? 'paused' : shortTime(r.nextPollAt),
    r.url,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!))).join('  ');
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

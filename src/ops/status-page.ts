/**
 * The status page at `/`: server-rendered HTML with no script and no build step. It shows what an
 * operator looks at first (feeds failing now, recent articles/stories/reposts, queue depths) and
 * links to the queue dashboard and the metrics. `data-cell` attributes name each number so tests
 * and scripts can find them.
 */
import { QUEUE_STATES } from './queue-depths.js';
import type { StatusData } from './status-data.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

function when(d: Date | string | null): string {
  if (!d) return '—';
  const t = typeof d === 'string' ? new Date(d) : d;
  return `<time datetime="${t.toISOString()}">${t.toISOString().replace('T', ' ').slice(0, 19)}Z</time>`;
}

// Only http(s) links: a feed URL inserted into the table by hand must not become a javascript: link.
const feedLink = (url: string, title: string | null): string =>
  /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(title || url)}</a>` : escapeHtml(title || url);

const num = (name: string, n: number | undefined): string => `<td class="n" data-cell="${name}">${n ?? '—'}</td>`;

function activitySection(data: StatusData): string {
  const a = data.activity;
  const row = (label: string, key: 'articles' | 'stories' | 'reposts') =>
    `<tr><th scope="row">${label}</th>${num(`${key}-hour`, a?.[key].lastHour)}${num(`${key}-day`, a?.[key].lastDay)}${num(`${key}-total`, a?.[key].total)}</tr>`;
  return `<section><h2>Activity</h2>
<table><thead><tr><th></th><th>Last hour</th><th>Last day</th><th>Total</th></tr></thead><tbody>
${row('Articles stored', 'articles')}
${row('Stories created', 'stories')}
${row('Reposts merged', 'reposts')}
</tbody></table></section>`;
}

function feedsSection(data: StatusData): string {
  const f = data.feeds;
  const summary = f
    ? `<p class="summary"><span class="ok" data-cell="feeds-healthy">${f.healthy}</span> healthy · <span class="warn" data-cell="feeds-degraded">${f.degraded}</span> degraded · <span class="bad" data-cell="feeds-failing">${f.failing}</span> failing</p>`
    : '<p class="summary">feed health unavailable</p>';
  const rows = data.unhealthyFeeds
    .map(
      (h) => `<tr class="${h.state}"><td>${feedLink(h.url, h.title)}</td><td>${h.state}</td><td class="n">${h.errorStreak}</td>
<td>${escapeHtml(h.lastErrorCode ?? h.lastReason ?? '')}</td><td class="err">${escapeHtml(h.lastError ?? '')}</td><td>${when(h.lastSuccessAt)}</td><td>${when(h.nextPollAt)}</td></tr>`,
    )
    .join('\n');
  const table = data.unhealthyFeeds.length
    ? `<table><thead><tr><th>Feed</th><th>State</th><th>Failures in a row</th><th>Code</th><th>Last error</th><th>Last success</th><th>Next poll</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : f
      ? '<p>No feed is failing.</p>'
      : '';
  return `<section><h2>Feeds failing now</h2>${summary}${table}</section>`;
}

function queuesSection(data: StatusData): string {
  if (!data.queues) return '<section><h2>Queues</h2><p>queue depths unavailable</p></section>';
  const head = QUEUE_STATES.map((s) => `<th>${s}</th>`).join('');
  const rows = data.queues
    .map(
      (q) =>
        `<tr><th scope="row"><a href="/queues/queue/${encodeURIComponent(q.name)}">${escapeHtml(q.name)}</a>${q.paused ? ' (paused)' : ''}</th>${QUEUE_STATES.map((s) => num(`queue-${q.name}-${s}`, q.counts[s])).join('')}</tr>`,
    )
    .join('\n');
  return `<section><h2>Queues</h2><table><thead><tr><th>Queue</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

/** Renders the whole page. */
export function renderStatusPage(data: StatusData): string {
  const problems = data.problems.length
    ? `<div class="problems" role="alert"><strong>Cannot read:</strong><ul>${data.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></div>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="30">
<title>wirehouse status</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1d2430;background:#fafbfc}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
nav a{margin-right:1rem}table{border-collapse:collapse;background:#fff}
th,td{border:1px solid #d8dde4;padding:.3rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}td.err{max-width:28rem;color:#8a1f1f}
tr.failing td{background:#fdecec}tr.degraded td{background:#fff6e0}
.ok{color:#1c7c3c;font-weight:600}.warn{color:#a66a00;font-weight:600}.bad{color:#b42318;font-weight:600}
.problems{background:#fdecec;border:1px solid #f1b0b0;padding:.5rem 1rem;margin:1rem 0}
footer{margin-top:2rem;color:#6b7480}
</style></head>
<body>
<header><h1>wirehouse status</h1>
<nav><a href="/queues">Queue dashboard</a><a href="/metrics">Metrics</a><a href="/readyz">Readiness</a></nav></header>
${problems}
${feedsSection(data)}
${activitySection(data)}
${queuesSection(data)}
<footer>Generated ${when(data.generatedAt)} · refreshes every 30 s</footer>
</body></html>
`;
}

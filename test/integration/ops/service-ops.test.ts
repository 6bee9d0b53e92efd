/**
 * The operations face of a running service after an end-to-end ingest (fixture wire server ->
 * BullMQ -> Postgres -> stories): /healthz, /readyz, /metrics read as Prometheus text with the
 * key series, the status page, and the dashboard's queue API.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExposition, type Exposition } from './prom-text.js';
import { get, ingest, startOpsStack, type OpsStack } from './ops-stack.js';

let stack: OpsStack;
let prom: Exposition;

beforeAll(async () => {
  stack = await startOpsStack();
  await ingest(stack);
  const res = await get(`${stack.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  prom = parseExposition(await res.text());
}, 90_000);

afterAll(async () => {
  await stack?.close();
});

describe('health', () => {
  it('/healthz says the process is up', async () => {
    const res = await get(`${stack.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks postgres, redis, migrations and the scheduler tick', async () => {
    const res = await get(`${stack.url}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; checks: { name: string; ok: boolean }[] };
    expect(body.status).toBe('ready');
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
      ['postgres', true],
      ['redis', true],
      ['migrations', true],
      ['scheduler', true],
    ]);
  });
});

describe('/metrics after an end-to-end run', () => {
  it('counts job outcomes and durations per queue', () => {
    for (const queue of ['poll-feed', 'fetch-article']) {
      expect(prom.sum('wirehouse_jobs_total', { queue, outcome: 'completed' }), queue).toBeGreaterThan(0);
      expect(prom.sum('wirehouse_job_duration_seconds_count', { queue, outcome: 'completed' }), queue).toBeGreaterThan(0);
    }
    // The fetch jobs placed their articles in stories themselves: no dedupe job ran.
    expect(prom.sum('wirehouse_jobs_total', { queue: 'dedupe' })).toBe(0);
    expect(prom.sum('wirehouse_dedupe_deferred_total')).toBe(0);
    expect(prom.types.get('wirehouse_job_duration_seconds')).toBe('histogram');
    // the PNG and the missing page fail for good, each with a typed code
    expect(prom.sum('wirehouse_jobs_total', { queue: 'fetch-article', outcome: 'failed' })).toBe(2);
  });

  it('counts extraction failures by code', () => {
    const failures = prom.find('wirehouse_extraction_failures_total');
    expect(failures.reduce((a, s) => a + s.value, 0)).toBe(2);
    for (const f of failures) expect(f.labels.code).toMatch(/^[a-z_]+$/);
    expect(failures.map((f) => f.labels.code)).not.toContain('internal');
  });

  it('counts HTTP fetches by kind, host and status class, and bytes', () => {
    const host = '127.0.0.1';
    expect(prom.sum('wirehouse_http_fetches_total', { kind: 'feed', host, status_class: '2xx' })).toBe(3);
    expect(prom.sum('wirehouse_http_fetches_total', { kind: 'feed', host, status_class: '4xx' })).toBeGreaterThanOrEqual(1);
    expect(prom.sum('wirehouse_http_fetches_total', { kind: 'page', host, status_class: '2xx' })).toBeGreaterThanOrEqual(3);
    expect(prom.sum('wirehouse_http_fetched_bytes_total', { kind: 'page' })).toBeGreaterThan(1000);
  });

  it('counts dedupe decisions by method, stories created and reposts merged', async () => {
    expect(prom.sum('wirehouse_dedupe_decisions_total', { method: 'new' })).toBe(2);
    expect(prom.sum('wirehouse_dedupe_decisions_total')).toBe(3);
    expect(prom.sum('wirehouse_stories_created_total')).toBe(2);
    // One article joined a story. It is a merged repost when it came after the story's original
    // (the original kept its 'new' method); when the original's page was deduped second it took
    // the story over, and an original is not counted as a repost. Fetch order decides which.
    const { rows } = await sql<{
      n: string;
    }>`select count(*) as n from stories s join story_members m on m.article_id = s.original_article_id where s.member_count > 1 and m.method = 'new'`.execute(
      stack.env.db,
    );
    expect(prom.sum('wirehouse_reposts_merged_total')).toBe(Number(rows[0]!.n));
    expect(prom.find('wirehouse_reposts_merged_total', { role: 'original' })).toEqual([]);
    expect(prom.sum('wirehouse_articles_stored_total', { changed: 'true' })).toBe(3);
  });

  it('reads gauges at scrape time: feeds by health, stored rows, queue depths', () => {
    expect(prom.sum('wirehouse_feeds', { state: 'healthy' })).toBe(3);
    expect(prom.sum('wirehouse_feeds', { state: 'degraded' })).toBe(1);
    expect(prom.sum('wirehouse_articles')).toBe(3);
    expect(prom.sum('wirehouse_stories')).toBe(2);
    expect(prom.sum('wirehouse_reposts')).toBe(1);
    for (const queue of ['scheduler', 'poll-feed', 'fetch-article', 'dedupe']) {
      expect(prom.find('wirehouse_queue_jobs', { queue, state: 'waiting' }), queue).toHaveLength(1);
    }
    expect(prom.sum('wirehouse_queue_jobs', { queue: 'fetch-article', state: 'failed' })).toBe(2);
    expect(prom.sum('wirehouse_queue_jobs', { queue: 'fetch-article', state: 'completed' })).toBe(3);
    expect(prom.sum('wirehouse_queue_jobs', { queue: 'dedupe', state: 'completed' })).toBe(0);
  });

  it('exports Node process metrics', () => {
    expect(prom.find('process_cpu_seconds_total')).toHaveLength(1);
    expect(prom.find('nodejs_eventloop_lag_seconds')).toHaveLength(1);
  });
});

describe('status page', () => {
  it('shows failing feeds, activity, queue depths and links', async () => {
    const res = await get(`${stack.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    const cell = (name: string) => new RegExp(`data-cell="${name}">([^<]*)<`).exec(html)?.[1];
    expect(cell('articles-hour')).toBe('3');
    expect(cell('articles-day')).toBe('3');
    expect(cell('stories-hour')).toBe('2');
    expect(cell('reposts-day')).toBe('1');
    expect(cell('feeds-healthy')).toBe('3');
    expect(cell('feeds-degraded')).toBe('1');
    expect(cell('queue-fetch-article-failed')).toBe('2');
    expect(cell('queue-fetch-article-completed')).toBe('3');
    expect(cell('queue-dedupe-completed')).toBe('0');
    // the 404 feed is listed with its code; the healthy ones are not
    expect(html).toContain(`${stack.bad.base}/feeds/does-not-exist.xml`);
    expect(html).toMatch(/http_404/);
    expect(html).not.toContain(`${stack.wire.base}/xinhua/world.xml`);
    expect(html).toContain('href="/queues"');
    expect(html).toContain('href="/metrics"');
  });
});

describe('queue dashboard', () => {
  it('serves bull-board at /queues with all four queues, retries allowed', async () => {
    const page = await get(`${stack.url}/queues`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const api = await get(`${stack.url}/queues/api/queues`);
    const body = (await api.json()) as {
      queues: { name: string; readOnlyMode: boolean; allowRetries: boolean; counts: Record<string, number> }[];
    };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['dedupe', 'fetch-article', 'poll-feed', 'scheduler']);
    const fetchQ = body.queues.find((q) => q.name === 'fetch-article')!;
    expect(fetchQ).toMatchObject({ readOnlyMode: false, allowRetries: true });
    expect(fetchQ.counts.failed).toBe(2);
  });
});

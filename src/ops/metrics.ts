/**
 * Prometheus metrics (prom-client). Counters and histograms are fed by the `Observer` hooks the
 * workers and the fetcher call; gauges (queue depths, feed health, stored rows) are read at scrape
 * time, so a dashboard-only process reports the same numbers as the one running the workers.
 * Names follow https://prometheus.io/docs/practices/naming/: `wirehouse_` prefix, base units
 * (`_seconds`, `_bytes`), `_total` on counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queue } from 'bullmq';
import type { Db } from '../db/db.js';
import { activityCounts, feedHealthCounts, lastArticleStoredAt } from '../db/stats.repo.js';
import { VERSION } from '../version.js';
import type { Logger } from '../logger.js';
import type { Observer } from '../app/deps.js';
import { QUEUE_STATES, queueDepths } from './queue-depths.js';
import { withTimeout } from './with-timeout.js';

/** A scrape waits at most this long for Redis or Postgres (Prometheus' default timeout is 10 s). */
const COLLECT_TIMEOUT_MS = 3000;

export interface MetricsSources {
  db?: Db;
  /** Queues by name (`openQueues().byName`). */
  queues?: Record<string, Queue>;
  log?: Logger;
  /** Also export Node process metrics (default true; tests creating many registries may skip). */
  processMetrics?: boolean;
  /**
   * Export the scrape-time gauges (queue depths, feeds, articles, stories, reposts; default true).
   * Worker-only processes leave them to the main process, so instances never report them twice.
   */
  storeGauges?: boolean;
}

export interface Metrics {
  registry: Registry;
  /** Hooks for `startService({ observer })`. */
  observer: Observer;
  contentType: string;
  /** Gives the scrape-time gauges their sources once the service has opened them. */
  attach(sources: Omit<MetricsSources, 'processMetrics' | 'storeGauges'>): void;
  /** Refreshes the scrape-time gauges and returns the exposition text. */
  render(): Promise<string>;
}

/** HTTP status class label: "2xx" ... "5xx", or "error" when no response arrived. */
export function statusClass(status: number | null): string {
  return status === null ? 'error' : `${Math.floor(status / 100)}xx`;
}

function createInstruments(registers: Registry[]) {
  return {
    jobSeconds: new Histogram({
      name: 'wirehouse_job_duration_seconds',
      help: 'Time a job body ran, by queue and outcome (completed, retry, failed).',
      labelNames: ['queue', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    jobs: new Counter({
      name: 'wirehouse_jobs_total',
      help: 'Job attempts by queue and outcome (completed, retry, failed).',
      labelNames: ['queue', 'outcome'] as const,
      registers,
    }),
    jobErrors: new Counter({
      name: 'wirehouse_job_errors_total',
      help: 'Failed job attempts (retried or final) by queue and error code.',
      labelNames: ['queue', 'code'] as const,
      registers,
    }),
    fetches: new Counter({
      name: 'wirehouse_http_fetches_total',
      help: 'HTTP fetches by kind (feed, page), host and status class (2xx..5xx, error).',
      labelNames: ['kind', 'host', 'status_class'] as const,
      registers,
    }),
    fetchSeconds: new Histogram({
      name: 'wirehouse_http_fetch_duration_seconds',
      help: 'HTTP fetch time (all hops, body included) by kind.',
      labelNames: ['kind'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    bytes: new Counter({
      name: 'wirehouse_http_fetched_bytes_total',
      help: 'Decoded response bytes fetched, by kind.',
      labelNames: ['kind'] as const,
      registers,
    }),
    extractionFailures: new Counter({
      name: 'wirehouse_extraction_failures_total',
      help: 'fetch-article jobs that failed for good, by error code.',
      labelNames: ['code'] as const,
      registers,
    }),
    feedPolls: new Counter({
      name: 'wirehouse_feed_polls_total',
      help: 'Completed feed polls by result status (ok, not_modified, error).',
      labelNames: ['status'] as const,
      registers,
    }),
    feedItemsNew: new Counter({ name: 'wirehouse_feed_items_new_total', help: 'New feed items found by polls.', registers }),
    articlesStored: new Counter({
      name: 'wirehouse_articles_stored_total',
      help: 'Articles stored by fetch-article, by whether the text was new or changed (changed="true") or unchanged.',
      labelNames: ['changed'] as const,
      registers,
    }),
    dedupe: new Counter({
      name: 'wirehouse_dedupe_decisions_total',
      help: 'Dedupe decisions by method (new, url, body_hash, lead_hash, near_dup).',
      labelNames: ['method'] as const,
      registers,
    }),
    storiesCreated: new Counter({ name: 'wirehouse_stories_created_total', help: 'Stories created by dedupe.', registers }),
    repostsMerged: new Counter({
      name: 'wirehouse_reposts_merged_total',
      help: 'Articles merged into an existing story as a repost or update, by role (a copy that became the original is not a repost).',
      labelNames: ['role'] as const,
      registers,
    }),
    buildInfo: new Gauge({
      name: 'wirehouse_build_info',
      help: 'Always 1; the labels say which wirehouse and Node.js version run.',
      labelNames: ['version', 'node_version'] as const,
      registers,
    }),
    lastArticleStored: new Gauge({
      name: 'wirehouse_last_article_stored_timestamp_seconds',
      help: 'When the newest article was first stored (Unix seconds; 0 when none): alert on time() minus this.',
      registers,
    }),
    queueOldestWaiting: new Gauge({
      name: 'wirehouse_queue_oldest_waiting_age_seconds',
      help: 'Age of the oldest job waiting in each queue (since it was added; 0 when none waits).',
      labelNames: ['queue'] as const,
      registers,
    }),
    dedupeDeferred: new Counter({
      name: 'wirehouse_dedupe_deferred_total',
      help: 'Articles whose inline story assignment in the fetch job failed and went to a dedupe job instead, by error code.',
      labelNames: ['code'] as const,
      registers,
    }),
    storiesMerged: new Counter({
      name: 'wirehouse_stories_merged_total',
      help: 'Stories merged into another by an article that bridged them.',
      registers,
    }),
    queuePaused: new Gauge({
      name: 'wirehouse_queue_paused',
      help: '1 when the queue is paused (no job starts), else 0.',
      labelNames: ['queue'] as const,
      registers,
    }),
    queueJobs: new Gauge({
      name: 'wirehouse_queue_jobs',
      help: 'Jobs per queue and state, read from Redis at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers,
    }),
    feeds: new Gauge({
      name: 'wirehouse_feeds',
      help: 'Feeds by health state (new, healthy, degraded, failing, paused) from the feed_health view.',
      labelNames: ['state'] as const,
      registers,
    }),
    articles: new Gauge({ name: 'wirehouse_articles', help: 'Articles stored in Postgres.', registers }),
    stories: new Gauge({ name: 'wirehouse_stories', help: 'Stories in Postgres.', registers }),
    reposts: new Gauge({ name: 'wirehouse_reposts', help: 'Story members that are reposts or updates (not originals).', registers }),
    collectErrors: new Counter({
      name: 'wirehouse_metrics_collect_errors_total',
      help: 'Scrape-time reads that failed, by source (postgres, redis).',
      labelNames: ['source'] as const,
      registers,
    }),
  };
}

type Instruments = ReturnType<typeof createInstruments>;

function record(m: Instruments, result: unknown, queue: string): void {
  if (typeof result !== 'object' || result === null) return;
  const r = result as Record<string, unknown>;
  if (queue === 'poll-feed') {
    if (typeof r.status === 'string') m.feedPolls.inc({ status: r.status });
    if (typeof r.itemsNew === 'number') m.feedItemsNew.inc(r.itemsNew);
  } else if (queue === 'fetch-article') {
    if (typeof r.changed === 'boolean') m.articlesStored.inc({ changed: String(r.changed) });
    // The fetch job places the article in its story itself (a dedupe job only when that failed).
    const story = r.story as Record<string, unknown> | null | undefined;
    if (typeof story === 'object' && story !== null) {
      if (story.deferred !== undefined) m.dedupeDeferred.inc({ code: typeof story.code === 'string' ? story.code : 'internal' });
      else recordAssignment(m, story);
    }
  } else if (queue === 'dedupe') {
    recordAssignment(m, r);
  }
}

/** Dedupe decisions, whichever job made them (the fetch job inline, or a dedupe job). */
function recordAssignment(m: Instruments, r: Record<string, unknown>): void {
  if (typeof r.method === 'string') m.dedupe.inc({ method: r.method });
  if (r.created === true) m.storiesCreated.inc();
  if (Array.isArray(r.merged) && r.merged.length > 0) m.storiesMerged.inc(r.merged.length);
  // A re-run (existing) merged nothing new; a newcomer that became the original is not a repost.
  else if (r.created === false && r.existing !== true && (r.role === 'repost' || r.role === 'update'))
    m.repostsMerged.inc({ role: r.role });
}

/** The gauges read from Postgres and Redis at scrape time. */
const STORE_GAUGES = [
  'wirehouse_queue_paused',
  'wirehouse_queue_jobs',
  'wirehouse_queue_oldest_waiting_age_seconds',
  'wirehouse_feeds',
  'wirehouse_articles',
  'wirehouse_stories',
  'wirehouse_reposts',
  'wirehouse_last_article_stored_timestamp_seconds',
] as const;

/** Creates a registry with all wirehouse series; `sources` enable the scrape-time gauges. */
export function createMetrics(initial: MetricsSources = {}): Metrics {
  const sources: MetricsSources = { ...initial };
  const registry = new Registry();
  if (sources.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const m = createInstruments([registry]);
  m.buildInfo.set({ version: VERSION, node_version: process.version }, 1);
  if (sources.storeGauges === false) {
    for (const name of STORE_GAUGES) registry.removeSingleMetric(name);
  }

  const observer: Observer = {
    jobFinished(e) {
      m.jobSeconds.observe({ queue: e.queue, outcome: e.outcome }, e.seconds);
      m.jobs.inc({ queue: e.queue, outcome: e.outcome });
      if (e.outcome !== 'completed') m.jobErrors.inc({ queue: e.queue, code: e.code ?? 'internal' });
      if (e.outcome === 'failed' && e.queue === 'fetch-article') m.extractionFailures.inc({ code: e.code ?? 'internal' });
      if (e.outcome === 'completed') record(m, e.result, e.queue);
    },
    fetched(e) {
      m.fetches.inc({ kind: e.kind, host: e.host, status_class: statusClass(e.status) });
      m.fetchSeconds.observe({ kind: e.kind }, e.seconds);
      if (e.bytes > 0) m.bytes.inc({ kind: e.kind }, e.bytes);
    },
  };

  async function refresh(): Promise<void> {
    const jobs: Promise<void>[] = [];
    if (sources.queues) {
      const queues = sources.queues;
      jobs.push(
        withTimeout(
          (async () => {
            for (const d of await queueDepths(queues)) {
              for (const state of QUEUE_STATES) m.queueJobs.set({ queue: d.name, state }, d.counts[state]);
              m.queuePaused.set({ queue: d.name }, d.paused ? 1 : 0);
              m.queueOldestWaiting.set(
                { queue: d.name },
                d.oldestWaitingMs === null ? 0 : Math.max(0, (Date.now() - d.oldestWaitingMs) / 1000),
              );
            }
          })(),
          COLLECT_TIMEOUT_MS,
          'redis',
        ).catch((err: unknown) => failed('redis', err)),
      );
    }
    if (sources.db) {
      const db = sources.db;
      jobs.push(
        withTimeout(
          (async () => {
            const [health, activity, last] = await Promise.all([feedHealthCounts(db), activityCounts(db), lastArticleStoredAt(db)]);
            m.lastArticleStored.set(last ? last.getTime() / 1000 : 0);
            for (const [state, n] of Object.entries(health)) m.feeds.set({ state }, n);
            m.articles.set(activity.articles.total);
            m.stories.set(activity.stories.total);
            m.reposts.set(activity.reposts.total);
          })(),
          COLLECT_TIMEOUT_MS,
          'postgres',
        ).catch((err: unknown) => failed('postgres', err)),
      );
    }
    await Promise.all(jobs);
  }

  function failed(source: string, err: unknown): void {
    // A scrape must still answer when Postgres or Redis is down: the stale gauges stay, the
    // error counter tells, and /readyz says which dependency is missing.
    m.collectErrors.inc({ source });
    sources.log?.warn({ source, err }, 'metrics: collect failed');
  }

  return {
    registry,
    observer,
    contentType: registry.contentType,
    attach(more) {
      Object.assign(sources, more);
    },
    async render() {
      await refresh();
      return registry.metrics();
    },
  };
}

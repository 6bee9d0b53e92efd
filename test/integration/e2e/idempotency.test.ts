/**
 * A job may run twice (a crash after its writes, a retry): the same poll job, the same article
 * job (which also places the article in its story) and the same dedupe job (the reconciler's
 * re-drive, and the fall-back when the inline assignment fails) run twice must leave exactly the
 * same rows, and enqueueing the same
 * work twice must add no job. Worker bodies are called directly with real Postgres, real Redis
 * queues and the real fetcher against the fixture server.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { startFixtureServer, type FixtureServer } from '../../../src/demo/fixture-server.js';
import { createLogger } from '../../../src/logger.js';
import { fetcherFromConfig } from '../../../src/runtime.js';
import { QUEUE, type DedupeJob, type FetchArticleJob } from '../../../src/queues.js';
import type { Deps } from '../../../src/app/deps.js';
import { dedupeArticle } from '../../../workers/dedupe.js';
import { fetchArticle } from '../../../workers/fetch-article.js';
import { pollFeed } from '../../../src/app/poll-feed.js';
import { openQueues, redisConnection, type Queues } from '../../../workers/bullmq.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig } from '../../helpers/service-env.js';

// Columns that record *when* a run happened, not *what* it stored.
const TIMING = new Set([
  'fetched_at',
  'started_at',
  'duration_ms',
  'last_polled_at',
  'last_success_at',
  'decided_at',
  'updated_at',
  'first_seen_at',
]);
const TABLES = ['feeds', 'feed_fetches', 'feed_items', 'articles', 'raw_pages', 'article_bands', 'stories', 'story_members'];

let env: TestEnv;
let wire: FixtureServer;
let queues: Queues;
let deps: Deps;
let redis: ReturnType<typeof redisConnection>;

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t)} order by 1, 2`.execute(env.db);
    out[t] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !TIMING.has(k))));
  }
  return out;
}

/** Which of these articles are in a story. */
async function placed(ids: number[]): Promise<number[]> {
  const rows = await env.db.selectFrom('story_members').select('article_id').where('article_id', 'in', ids).orderBy('article_id').execute();
  return rows.map((r) => Number(r.article_id));
}

async function jobCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of [QUEUE.fetchArticle, QUEUE.dedupe]) {
    const c = await queues.byName[name].getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    out[name] = Object.values(c).reduce((a, b) => a + b, 0);
  }
  return out;
}

beforeAll(async () => {
  env = await freshEnv();
  wire = await startFixtureServer(join(import.meta.dirname, '..', '..', '..', 'demo', 'site'));
  const config = testConfig(env);
  redis = redisConnection(env.redisUrl);
  queues = openQueues(redis, env.queuePrefix, config);
  deps = {
    config,
    db: env.db,
    fetcher: fetcherFromConfig(config, redis),
    enqueue: queues.enqueuer,
    log: createLogger('silent'),
    now: () => new Date(),
  };
});

afterAll(async () => {
  await queues?.close();
  redis?.disconnect();
  await wire?.close();
  await env?.cleanup();
});

describe('a job that runs twice leaves the same rows', () => {
  it('poll-feed, fetch-article and dedupe, each run twice', async () => {
    const feed = await addFeed(env.db, { url: `${wire.base}/xinhua/world.xml` });
    const poll = { feedId: feed.id, slot: new Date('2026-01-01T00:00:00Z').toISOString() };

    const first = await pollFeed(deps, poll);
    expect(first).toMatchObject({ status: 'ok', itemsSeen: 2, itemsNew: 2 });
    const afterPoll = await snapshot();
    const jobsAfterPoll = await jobCounts();
    expect(jobsAfterPoll[QUEUE.fetchArticle]).toBe(2);

    const again = await pollFeed(deps, poll); // same slot: a retried poll job
    expect(again).toMatchObject({ status: 'ok', itemsSeen: 2, itemsNew: 2 });
    expect(await snapshot()).toEqual(afterPoll);
    expect(await jobCounts()).toEqual(jobsAfterPoll);
    expect(afterPoll.feed_fetches).toHaveLength(1);

    const fetchJobs = (await queues.byName[QUEUE.fetchArticle].getJobs(['waiting', 'prioritized'])).map((j) => j.data as FetchArticleJob);
    const outcomes = [];
    for (const job of fetchJobs) outcomes.push(await fetchArticle(deps, job));
    // The fetch job places each article in its story itself: no dedupe job is queued.
    expect(outcomes.map((o) => o.story)).toEqual([expect.objectContaining({ created: true }), expect.objectContaining({ created: true })]);
    const afterFetch = await snapshot();
    const jobsAfterFetch = await jobCounts();
    expect(afterFetch.articles).toHaveLength(2);
    expect(afterFetch.raw_pages).toHaveLength(2);
    expect(afterFetch.stories).toHaveLength(2);
    expect(jobsAfterFetch[QUEUE.dedupe]).toBe(0);
    const rerun = [];
    for (const job of fetchJobs) rerun.push(await fetchArticle(deps, job));
    expect(rerun.map((o) => o.story)).toEqual([expect.objectContaining({ existing: true }), expect.objectContaining({ existing: true })]);
    expect(await snapshot()).toEqual(afterFetch);
    expect(await jobCounts()).toEqual(jobsAfterFetch);

    // The dedupe job (a reconciler re-drive) on articles already placed, twice: nothing changes.
    const dedupeJobs: DedupeJob[] = outcomes.map((o) => ({ articleId: o.articleId, version: o.version }));
    for (const job of dedupeJobs) await dedupeArticle(deps, job);
    for (const job of dedupeJobs) await dedupeArticle(deps, job);
    const afterDedupe = await snapshot();
    expect(afterDedupe).toEqual(afterFetch);

    // A later poll of the unchanged feed: one more poll row, nothing else new.
    const later = await pollFeed(deps, { feedId: feed.id, slot: new Date('2026-01-01T00:15:00Z').toISOString() });
    expect(later.itemsNew).toBe(0);
    const afterLater = await snapshot();
    expect(afterLater.feed_fetches).toHaveLength(2);
    expect(afterLater.feed_items).toEqual(afterDedupe.feed_items);
    expect(afterLater.articles).toEqual(afterDedupe.articles);
  });

  it('a failed inline assignment leaves the article to one dedupe job, which places it; the fetch job is not retried', async () => {
    const feed = await addFeed(env.db, { url: `${wire.base}/people/world.xml` });
    await pollFeed(deps, { feedId: feed.id, slot: new Date('2026-01-02T00:00:00Z').toISOString() });
    const fetchJobs = (await queues.byName[QUEUE.fetchArticle].getJobs(['waiting', 'prioritized']))
      .map((j) => j.data as FetchArticleJob)
      .filter((j) => j.feedId === feed.id);
    expect(fetchJobs.length).toBeGreaterThan(0);
    const failing = () => Promise.reject(new Error('connection terminated unexpectedly'));
    const outcomes = [];
    for (const job of fetchJobs) outcomes.push(await fetchArticle(deps, job, failing));
    expect(outcomes.map((o) => o.story)).toEqual(fetchJobs.map(() => ({ deferred: 'dedupe-job', code: 'internal' })));
    const ids = outcomes.map((o) => o.articleId);
    expect(await placed(ids)).toEqual([]);
    // The same failure on a re-run adds no second dedupe job (the id carries the version).
    for (const job of fetchJobs) await fetchArticle(deps, job, failing);
    const queued = (await queues.byName[QUEUE.dedupe].getJobs(['waiting'])).map((j) => j.data as DedupeJob);
    expect(queued.filter((j) => ids.includes(j.articleId)).sort((a, b) => a.articleId - b.articleId)).toEqual(
      outcomes.map((o) => ({ articleId: o.articleId, version: o.version })).sort((a, b) => a.articleId - b.articleId),
    );
    for (const job of queued) await dedupeArticle(deps, job);
    expect(await placed(ids)).toEqual([...ids].sort((a, b) => a - b));
  });
});

/**
 * SIGTERM while a job is in flight: the service stops taking jobs, lets the in-flight fetch finish
 * (the article is stored and placed in its story by the same job, the job completed, not stalled
 * or failed, no dedupe job left behind), closes and exits 0.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { pipelineCounts } from '../../../src/db/stats.repo.js';
import { QUEUE } from '../../../src/queues.js';
import { PORT_STRIKE, body } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { SERVICE_UNDER_TEST, killLeftovers, launchCli } from '../../helpers/cli-process.js';
import { articlePage, startWireServer, type WireServer } from '../../helpers/wire-server.js';

let env: TestEnv;
let wire: WireServer;
let requested: () => void = () => {};
const pageRequested = new Promise<void>((resolve) => (requested = resolve));
let release: () => void = () => {};
const released = new Promise<void>((resolve) => (release = resolve));

const launch = () => launchCli(env, ['start'], SERVICE_UNDER_TEST);

beforeAll(async () => {
  env = await freshEnv();
  // The page answers only when the test says so: after the SIGTERM has arrived.
  wire = await startWireServer({ '/a/1.html': articlePage('Port workers strike', body(PORT_STRIKE)) }, (path) => {
    if (path !== '/a/1.html') return null;
    requested();
    return released;
  });
  await addFeed(env.db, { url: wire.feedUrl, site: 'Example Wire' });
});

afterAll(async () => {
  killLeftovers();
  release();
  await wire?.close();
  await env?.cleanup();
});

describe('SIGTERM with a job in flight', () => {
  it('finishes the in-flight fetch, exits 0, and loses nothing', async () => {
    const first = launch();
    await pageRequested;
    first.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300)); // the stop has begun while the page is pending
    release();
    expect(await first.exited).toBe(0);

    const stored = await pipelineCounts(env.db);
    expect(stored).toMatchObject({ articles: 1, itemsWithArticle: 1, articlesInStories: 1 });
    expect(wire.hits.get('/a/1.html')).toBe(1);
    const fetchQueue = new Queue(QUEUE.fetchArticle, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    const dedupeQueue = new Queue(QUEUE.dedupe, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    try {
      expect(await fetchQueue.getJobCounts('completed', 'failed', 'active', 'wait')).toEqual({
        completed: 1,
        failed: 0,
        active: 0,
        wait: 0,
      });
      expect(await dedupeQueue.getJobCounts('completed', 'failed', 'active', 'wait')).toEqual({
        completed: 0,
        failed: 0,
        active: 0,
        wait: 0,
      });
    } finally {
      await fetchQueue.close();
      await dedupeQueue.close();
    }
  }, 60_000);
});

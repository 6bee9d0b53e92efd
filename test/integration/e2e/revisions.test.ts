/**
 * A feed item whose time moves on after its page was stored (an agency updating its story in
 * place) is fetched again: the poll enqueues a fetch job of its own for the revision, the changed
 * page becomes version 2 of the same article, which keeps its story; the same feed polled again
 * enqueues nothing more. Real Postgres, real Redis queues, the real fetcher and a wire server on
 * 127.0.0.1 whose files the test edits between polls.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { startFixtureServer, type FixtureServer } from '../../../src/demo/fixture-server.js';
import { createLogger } from '../../../src/logger.js';
import { fetcherFromConfig } from '../../../src/runtime.js';
import { QUEUE, jobIds, type FetchArticleJob } from '../../../src/queues.js';
import type { Deps } from '../../../src/app/deps.js';
import { fetchArticle } from '../../../workers/fetch-article.js';
import { pollFeed } from '../../../src/app/poll-feed.js';
import { openQueues, redisConnection, type Queues } from '../../../workers/bullmq.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig } from '../../helpers/service-env.js';

let env: TestEnv;
let wire: FixtureServer;
let queues: Queues;
let deps: Deps;
let redis: ReturnType<typeof redisConnection>;
let root: string;

beforeAll(async () => {
  env = await freshEnv();
  root = await mkdtemp(join(tmpdir(), 'wirehouse-revisions-'));
  await cp(join(import.meta.dirname, '..', '..', '..', 'demo', 'site'), root, { recursive: true });
  wire = await startFixtureServer(root);
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
  if (root) await rm(root, { recursive: true, force: true });
});

const queued = async (): Promise<FetchArticleJob[]> =>
  (await queues.byName[QUEUE.fetchArticle].getJobs(['waiting', 'prioritized'])).map((j) => j.data as FetchArticleJob);

describe('an updated feed item is fetched again', () => {
  it('a later item time re-fetches the page; the new text is version 2 of the article, in its story', async () => {
    const feed = await addFeed(env.db, { url: `${wire.base}/xinhua/world.xml` });
    const slot = (min: number): string => new Date(Date.parse('2024-05-15T03:00:00Z') + min * 60_000).toISOString();
    await pollFeed(deps, { feedId: feed.id, slot: slot(0) });
    const first = await queued();
    expect(first).toHaveLength(2);
    const stored = new Map<string, Awaited<ReturnType<typeof fetchArticle>>>();
    for (const job of first) stored.set(job.url, await fetchArticle(deps, job));
    await queues.byName[QUEUE.fetchArticle].drain();

    // Xinhua updates the Putin story: a new top paragraph, and a later pubDate in the feed.
    const feedFile = join(root, 'xinhua', 'world.xml');
    const pageFile = join(root, 'xinhua', '20240515', 'putin.html');
    await writeFile(
      feedFile,
      (await readFile(feedFile, 'utf8')).replace('Wed, 15 May 2024 02:41:00 +0000', 'Wed, 15 May 2024 05:10:00 +0000'),
    );
    const page = await readFile(pageFile, 'utf8');
    const at = page.lastIndexOf('<p', page.indexOf('MOSCOW'));
    expect(at).toBeGreaterThan(0);
    await writeFile(
      pageFile,
      page.slice(0, at) +
        '<p>Putin arrived in Beijing early on Thursday for a two-day state visit, the first foreign trip of his new term, and was met at the airport by senior Chinese officials.</p>\n' +
        page.slice(at),
    );

    const poll = await pollFeed(deps, { feedId: feed.id, slot: slot(150) });
    expect(poll).toMatchObject({ status: 'ok', itemsNew: 0 });
    const again = await queued();
    expect(again).toHaveLength(1);
    const job = again[0]!;
    expect(job).toMatchObject({ url: `${wire.base}/xinhua/20240515/putin.html`, revision: '2024-05-15T05:10:00.000Z' });
    expect(jobIds.fetchArticle(job.url, job.revision)).not.toBe(jobIds.fetchArticle(job.url));
    const before = stored.get(job.url)!;
    const out = await fetchArticle(deps, job);
    expect(out).toMatchObject({ articleId: before.articleId, version: 2, changed: true });
    expect(out.story).toMatchObject({ existing: true, storyId: (before.story as { storyId: number }).storyId });
    await queues.byName[QUEUE.fetchArticle].drain();

    // The same feed again: nothing more to fetch.
    await pollFeed(deps, { feedId: feed.id, slot: slot(165) });
    expect(await queued()).toEqual([]);
  });
});

/**
 * A crash mid-job loses nothing and duplicates nothing: a service process is SIGKILLed while one
 * of its fetch-article jobs is waiting on a page; a second process finds the stalled job once its
 * lock lapses and runs it again. The dead process's per-host slots (in Redis) free themselves when
 * their lease runs out (HTTP_TOTAL_TIMEOUT_MS + 10 s), so the second process gets the host back.
 * Every article is stored once, in its story, and the poll is recorded once.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { pipelineCounts } from '../../../src/db/stats.repo.js';
import { QUEUE } from '../../../src/queues.js';
import { FLOOD, PORT_STRIKE, TRANSFORMS, body } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { waitFor } from '../../helpers/service-env.js';
import { SERVICE_UNDER_TEST, killLeftovers, launchCli } from '../../helpers/cli-process.js';
import { articlePage, startWireServer, type WireServer } from '../../helpers/wire-server.js';

let env: TestEnv;
let wire: WireServer;
let firstHangSeen: () => void = () => {};
const hangSeen = new Promise<void>((resolve) => (firstHangSeen = resolve));

const PAGES: Record<string, string> = {
  '/a/1.html': articlePage('Port workers strike', body(PORT_STRIKE)),
  '/a/2.html': articlePage('Floods in the valley', body(FLOOD)),
  '/a/3.html': articlePage('Port workers walk out', TRANSFORMS.trim50!(PORT_STRIKE)),
};

const launch = () =>
  launchCli(env, ['start'], {
    ...SERVICE_UNDER_TEST,
    JOB_LOCK_MS: '2000',
    HTTP_TOTAL_TIMEOUT_MS: '3000',
    HTTP_HEADERS_TIMEOUT_MS: '3000',
    HOST_CONCURRENCY: '2',
  });

beforeAll(async () => {
  env = await freshEnv();
  // The first request for page 1 never gets an answer: its process dies while waiting.
  wire = await startWireServer(PAGES, (path, n) => {
    if (path !== '/a/1.html' || n !== 1) return null;
    firstHangSeen();
    return new Promise<void>(() => {});
  });
  await addFeed(env.db, { url: wire.feedUrl, site: 'Example Wire' });
});

afterAll(async () => {
  killLeftovers();
  await wire?.close();
  await env?.cleanup();
});

describe('a process killed mid-job', () => {
  it('loses no article and duplicates none: another process finishes the stalled job', async () => {
    const first = launch();
    await Promise.race([
      hangSeen,
      first.exited.then(() => {
        throw new Error(`first process exited early:\n${first.output()}`);
      }),
    ]);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = launch();
    try {
      const counts = await waitFor(
        'the second process to finish every article',
        async () => {
          const c = await pipelineCounts(env.db);
          return c.articles === 3 && c.articlesInStories === 3 ? c : null;
        },
        60_000,
      ).catch(async (err: unknown) => {
        const q = new Queue(QUEUE.fetchArticle, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
        console.log(
          'crash test state on timeout:',
          await pipelineCounts(env.db),
          [...wire.hits],
          await q.getJobCounts(),
          second.output().slice(0, 3000),
        );
        const jobs = await q.getJobs(['failed', 'active', 'wait', 'delayed']);
        console.log(jobs.map((j) => [j.id, j.failedReason, j.attemptsMade, j.stalledCounter]));
        await q.close();
        throw err;
      });
      expect(counts).toMatchObject({ items: 3, itemsWithArticle: 3, stories: 2, reposts: 1 });
      // Page 1 was asked for twice: the request that died with the first process, and the re-run.
      expect(wire.hits.get('/a/1.html')).toBe(2);

      const perUrl = await env.db
        .selectFrom('articles')
        .select(['canonical_url', (eb) => eb.fn.countAll<string>().as('n')])
        .groupBy('canonical_url')
        .execute();
      expect(perUrl.map((r) => Number(r.n))).toEqual([1, 1, 1]);
      const raw = await env.db
        .selectFrom('raw_pages')
        .select(['url', (eb) => eb.fn.countAll<string>().as('n')])
        .groupBy('url')
        .execute();
      expect(raw.map((r) => Number(r.n))).toEqual([1, 1, 1]);
      const polls = await env.db.selectFrom('feed_fetches').select('status').execute();
      expect(polls).toEqual([{ status: 'ok' }]);

      const queue = new Queue(QUEUE.fetchArticle, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
      try {
        // The story's commit is the job's last write; BullMQ marks the job completed just after it.
        await waitFor('the last fetch job to be marked completed', async () => (await queue.getCompletedCount()) >= 3, 10_000);
        expect(await queue.getFailedCount()).toBe(0);
        expect(await queue.getCompletedCount()).toBe(3);
      } finally {
        await queue.close();
      }
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 90_000);
});

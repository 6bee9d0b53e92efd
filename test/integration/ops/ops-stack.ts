/**
 * A running service with the operations routes and metrics observer, fed by the demo wire server
 * (Xinhua original, People's Daily repost, an unrelated story) plus bad inputs (a 404 feed, a feed
 * whose items link to a PNG and a missing page) so every panel has something to show.
 */
import { join } from 'node:path';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { pipelineCounts } from '../../../src/db/stats.repo.js';
import { startFixtureServer, type FixtureServer } from '../../../src/demo/fixture-server.js';
import { opsRoutes } from '../../../src/ops/routes.js';
import type { Metrics } from '../../../src/ops/metrics.js';
import { QUEUE } from '../../../src/queues.js';
import { startService, type Service } from '../../../src/service.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig, waitFor } from '../../helpers/service-env.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface OpsStack {
  env: TestEnv;
  svc: Service;
  metrics: Metrics;
  /** The service's base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  wire: FixtureServer;
  bad: FixtureServer;
  close(): Promise<void>;
}

export async function startOpsStack(extraEnv: Record<string, string> = {}): Promise<OpsStack> {
  const env = await freshEnv();
  const wire = await startFixtureServer(join(ROOT, 'demo', 'site'));
  const bad = await startFixtureServer(join(ROOT, 'test', 'fixtures', 'site-bad'));
  const ops = opsRoutes();
  const svc = await startService(testConfig(env, extraEnv), {
    roles: ['scheduler', 'poll', 'fetch', 'dedupe'],
    http: true,
    observer: ops.metrics.observer,
    routes: ops.routes,
  });
  return {
    env,
    svc,
    metrics: ops.metrics,
    url: svc.http!.url,
    wire,
    bad,
    async close() {
      await svc.close();
      await wire.close();
      await bad.close();
      await env.cleanup();
    },
  };
}

/** Adds the feeds and waits until the wire stories are merged and the bad pages have failed. */
export async function ingest(stack: OpsStack): Promise<void> {
  const { env, wire, bad, svc } = stack;
  await addFeed(env.db, { url: `${wire.base}/xinhua/world.xml`, site: 'Xinhua' });
  await addFeed(env.db, { url: `${wire.base}/people/world.xml`, site: "People's Daily Online" });
  await addFeed(env.db, { url: `${bad.base}/feeds/does-not-exist.xml` });
  await addFeed(env.db, { url: `${bad.base}/feeds/mixed.xml` });
  await waitFor(
    'the wire feeds to be ingested and deduped',
    async () => {
      const c = await pipelineCounts(env.db);
      return c.feedsPolled === 4 && c.articles === 3 && c.articlesInStories === 3 ? c : null;
    },
    60_000,
  );
  await waitFor('the bad pages to fail', async () => (await svc.queues.byName[QUEUE.fetchArticle].getFailedCount()) === 2);
}

/** GET with optional basic credentials. */
export async function get(url: string, auth?: { user: string; password: string }): Promise<Response> {
  const headers: Record<string, string> = auth
    ? { authorization: `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` }
    : {};
  return fetch(url, { headers });
}

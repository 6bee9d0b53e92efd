/**
 * Redis faults against the real service (in process) and a wire site publishing a known manifest:
 * a Redis restart without persistence loses every queued job and the scheduler's repeatable tick;
 * the reconciler rebuilds both from Postgres. A Redis with AOF killed -9 keeps its jobs. Each case
 * ends with the database checked against the manifest.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/db/feeds.repo.js';
import { heartbeatAges } from '../../src/db/redrive.repo.js';
import { startService, type Service } from '../../src/service.js';
import { freshEnv, type TestEnv } from '../helpers/fresh-db.js';
import { startManifestSite, type ManifestSite } from '../helpers/manifest-site.js';
import { freePort, startOwnRedis, type OwnRedis } from '../helpers/own-servers.js';
import { expectStoredExactlyOnce, report, scaledConfig, storeState, waitAllStored } from './harness.js';

let env: TestEnv;
let redis: OwnRedis | null = null;
let svc: Service | null = null;
let site: ManifestSite | null = null;

beforeAll(async () => {
  env = await freshEnv();
});
afterEach(async () => {
  await svc?.close();
  await site?.close();
  await redis?.stop();
  svc = site = redis = null;
});
afterAll(async () => env?.cleanup());

async function stored(): Promise<number> {
  return (await storeState(env.db, site!.manifest)).manifestStored;
}

describe('Redis data loss', () => {
  it('restart without persistence: the reconciler re-creates the scheduler and re-queues every recorded item', async () => {
    redis = await startOwnRedis({ aof: false });
    site = await startManifestSite({ count: 40, key: 'nopersist', pageDelayMs: 150 });
    svc = await startService(scaledConfig({ ...env, redisUrl: redis.url }, { FETCH_CONCURRENCY: '2' }), {
      roles: ['scheduler', 'poll', 'fetch', 'dedupe'],
      http: false,
    });
    await addFeed(env.db, { url: site.feedUrl, intervalSeconds: 3600 });
    // Let the poll record all 40 items and a few articles arrive, then lose Redis's data.
    const until = Date.now() + 20_000;
    while ((await stored()) < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const before = await stored();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(40);
    await redis.kill();
    await redis.start(); // empty: no jobs, no scheduler
    const t0 = Date.now();
    const ms = await waitAllStored(env.db, site.manifest, 60_000);
    await expectStoredExactlyOnce(env.db, site.manifest);
    // The scheduler ticks again (re-created by the reconciler) and says so in Postgres.
    expect(await svc.queues.byName.scheduler.getJobScheduler('feed-tick')).toBeTruthy();
    const beats = await heartbeatAges(env.db);
    expect(beats.scheduler!.ageSeconds).toBeLessThan(5);
    expect(beats.reconciler!.ageSeconds).toBeLessThan(5);
    report('redis restart without persistence', { articles: 40, storedBeforeLoss: before, recoverMs: Date.now() - t0, allStoredMs: ms });
  }, 90_000);

  it('AOF Redis killed -9 and restarted: the queued jobs survive, nothing lost or doubled', async () => {
    redis = await startOwnRedis({ aof: true });
    site = await startManifestSite({ count: 30, key: 'aof', pageDelayMs: 100 });
    // Reconciler slowed right down: this case shows the queue itself survived.
    svc = await startService(scaledConfig({ ...env, redisUrl: redis.url }, { FETCH_CONCURRENCY: '2', RECONCILE_INTERVAL_MS: '600000' }), {
      roles: ['scheduler', 'poll', 'fetch', 'dedupe'],
      http: false,
    });
    await addFeed(env.db, { url: `${site.feedUrl}`, intervalSeconds: 3600 });
    const until = Date.now() + 20_000;
    while ((await stored()) < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    await redis.kill();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    const t0 = Date.now();
    await waitAllStored(env.db, site.manifest, 60_000);
    await expectStoredExactlyOnce(env.db, site.manifest, 40);
    report('redis with AOF killed', { articles: 30, recoverMs: Date.now() - t0 });
  }, 90_000);

  it('Redis down at start: /healthz answers, /readyz says why, and the service starts once Redis comes up', async () => {
    const [redisPort, httpPort] = [await freePort(), await freePort()];
    const config = scaledConfig({ ...env, redisUrl: `redis://127.0.0.1:${redisPort}` }, { PORT: String(httpPort) });
    const starting = startService(config, { roles: ['scheduler', 'poll', 'fetch', 'dedupe'], http: true });
    const base = `http://127.0.0.1:${httpPort}`;
    let healthz = 0;
    for (let i = 0; i < 100 && healthz !== 200; i++) {
      healthz = await fetch(`${base}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (healthz !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(healthz).toBe(200);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    const body = (await notReady.json()) as { checks: { name: string; ok: boolean; detail?: string }[] };
    expect(body.checks.find((c) => c.name === 'redis')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/not reachable at redis:\/\/127\.0\.0\.1:\d+/),
    });
    redis = await startOwnRedis({ aof: false, port: redisPort });
    svc = await starting;
    let ready = 0;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (await fetch(`${base}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toBe(200);
  }, 60_000);
});

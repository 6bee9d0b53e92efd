/**
 * Postgres faults: the service's own Postgres (initdb in a temp dir, its own port) is restarted,
 * then stopped for an outage longer than every job's retry window. Jobs that ran out of retries
 * during the outage are re-driven by the reconciler once Postgres is back; nothing is stored twice.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/db.js';
import { addFeed } from '../../src/db/feeds.repo.js';
import { startService, type Service } from '../../src/service.js';
import { REDIS_URL, deleteKeys } from '../helpers/fresh-db.js';
import { startManifestSite, type ManifestSite } from '../helpers/manifest-site.js';
import { startOwnPostgres, type OwnPostgres } from '../helpers/own-servers.js';
import { expectStoredExactlyOnce, report, scaledConfig, storeState, waitAllStored } from './harness.js';

let pg: OwnPostgres;
const queuePrefix = `wh-rel-pg-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  pg = await startOwnPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.destroy();
  await deleteKeys(REDIS_URL, `${queuePrefix}*`);
});

async function run(name: string, count: number, fault: (pg: OwnPostgres) => Promise<void>): Promise<void> {
  const databaseUrl = `${pg.serverUrl}/wh_rel_${name}`;
  const target = { databaseUrl, redisUrl: REDIS_URL, queuePrefix: `${queuePrefix}-${name}` };
  const site: ManifestSite = await startManifestSite({ count, key: `pg${name}`, pageDelayMs: 100 });
  let svc: Service | null = null;
  const db: Db = createDb(databaseUrl, { max: 2 });
  try {
    svc = await startService(scaledConfig(target, { AUTO_MIGRATE: 'true', FETCH_CONCURRENCY: '2' }), {
      roles: ['scheduler', 'poll', 'fetch', 'dedupe'],
      http: false,
    });
    await addFeed(db, { url: site.feedUrl, intervalSeconds: 3600 });
    const until = Date.now() + 20_000;
    while ((await storeState(db, site.manifest)).manifestStored < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const before = (await storeState(db, site.manifest)).manifestStored;
    expect(before).toBeLessThan(count);
    const f0 = Date.now();
    await fault(pg);
    const faultMs = Date.now() - f0;
    const t0 = Date.now();
    await waitAllStored(db, site.manifest, 90_000);
    await expectStoredExactlyOnce(db, site.manifest);
    report(`postgres ${name}`, { articles: count, storedBeforeFault: before, faultMs, recoverMs: Date.now() - t0 });
  } finally {
    await db.destroy();
    await svc?.close();
    await site.close();
  }
}

describe('Postgres faults', () => {
  it('restart while pages are being stored', async () => {
    await run('restart', 30, async (p) => {
      await p.stop();
      await p.start();
    });
  }, 120_000);

  it('an outage longer than the job retry window (scaled: 6 s against a 1.4 s job retry window)', async () => {
    await run('outage', 30, async (p) => {
      await p.stop();
      await new Promise((r) => setTimeout(r, 6000));
      await p.start();
    });
  }, 120_000);
});

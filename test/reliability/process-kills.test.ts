/**
 * Process faults, with the service as users run it (`wirehouse start` / `wirehouse worker` child
 * processes of the built CLI): the whole service SIGKILLed five times mid-fetch, and four fetch
 * worker processes of which two are SIGKILLed. Jobs held by a dead process stall, go back to
 * waiting when their lock lapses (maxStalledCount is high, so a twice-stalled job is not failed),
 * and the reconciler re-drives anything else. The database is checked against the manifest.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../src/db/feeds.repo.js';
import { freshEnv, REDIS_URL, type TestEnv } from '../helpers/fresh-db.js';
import { killLeftovers, launchCli, type CliProcess } from '../helpers/cli-process.js';
import { startManifestSite, type ManifestSite } from '../helpers/manifest-site.js';
import { expectStoredExactlyOnce, report, SCALED, storeState, waitAllStored } from './harness.js';

let env: TestEnv;
let site: ManifestSite | null = null;

// Politeness is not under test here: a killed process's host leases would only slow the next one.
const ENV = { ...SCALED, REDIS_URL, AUTO_MIGRATE: 'false', LOG_LEVEL: 'warn', HOST_CONCURRENCY: '64', FETCH_CONCURRENCY: '4' };

beforeAll(async () => {
  env = await freshEnv();
});
afterEach(async () => {
  killLeftovers();
  await site?.close();
  site = null;
});
afterAll(async () => env?.cleanup());

async function waitMore(than: number, timeoutMs: number): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const n = (await storeState(env.db, site!.manifest)).manifestStored;
    if (n > than || Date.now() > end) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function kill(p: CliProcess): Promise<void> {
  p.child.kill('SIGKILL');
  await p.exited;
}

describe('killed processes', () => {
  it('kill -9 of the whole service five times mid-fetch: nothing lost, nothing stored twice', async () => {
    site = await startManifestSite({ count: 60, key: 'kill9', pageDelayMs: 300 });
    await addFeed(env.db, { url: site.feedUrl, intervalSeconds: 3600 });
    const progress: number[] = [];
    for (let i = 0; i < 5; i++) {
      const p = launchCli(env, ['start'], ENV);
      // Killed once it has stored a few more (or after a while), i.e. with fetches in flight.
      progress.push(await waitMore((progress.at(-1) ?? 0) + 3, 15_000));
      await kill(p);
    }
    expect(progress.at(-1)!).toBeLessThan(60);
    const last = launchCli(env, ['start'], ENV);
    const t0 = Date.now();
    await waitAllStored(env.db, site.manifest, 90_000);
    await expectStoredExactlyOnce(env.db, site.manifest);
    last.child.kill('SIGTERM');
    expect(await last.exited).toBe(0);
    report('kill -9 x5', { articles: 60, storedAtEachKill: progress.join('/'), recoverMs: Date.now() - t0 });
  }, 180_000);

  it('four worker processes, two killed -9: the other two finish their jobs', async () => {
    site = await startManifestSite({ count: 60, key: 'workers', pageDelayMs: 300 });
    const before = (await storeState(env.db, [])).articles;
    const main = launchCli(env, ['start'], { ...ENV, FETCH_CONCURRENCY: '1' });
    const workers = Array.from({ length: 4 }, () => launchCli(env, ['worker', '--role', 'fetch'], ENV));
    await addFeed(env.db, { url: site.feedUrl, intervalSeconds: 3600 });
    const n = await waitMore(10, 30_000);
    await kill(workers[0]!);
    await kill(workers[1]!);
    const t0 = Date.now();
    await waitAllStored(env.db, site.manifest, 90_000);
    await expectStoredExactlyOnce(env.db, site.manifest, before);
    for (const p of [main, workers[2]!, workers[3]!]) p.child.kill('SIGTERM');
    for (const p of [main, workers[2]!, workers[3]!]) expect(await p.exited).toBe(0);
    report('2 of 4 workers killed', { articles: 60, storedAtKill: n, recoverMs: Date.now() - t0 });
  }, 180_000);
});

/**
 * `wirehouse start --workers N` (issue 16): N processes start, take work from the same queues
 * (three pages are fetched at once although each process fetches one at a time), and stop
 * together: SIGTERM to `start` stops every worker and exits 0; a `start` killed outright leaves
 * no worker behind (each notices its supervisor is gone and stops itself).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { SERVICE_NODE_FLAGS } from '../../../src/cli/node-flags.js';
import { pipelineCounts } from '../../../src/db/stats.repo.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, ZH_ECONOMY, ZH_WEATHER, body } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { waitFor } from '../../helpers/service-env.js';
import { SERVICE_UNDER_TEST, killLeftovers, launchCli, type CliProcess } from '../../helpers/cli-process.js';
import { articlePage, startWireServer, type WireServer } from '../../helpers/wire-server.js';

let env: TestEnv;
let wire: WireServer;
let pending: Array<() => void> = [];
let peak = 0;
let inFlight = 0;

const TEXTS = [PORT_STRIKE, TELESCOPE, FLOOD, ZH_ECONOMY, ZH_WEATHER];
const pages = Object.fromEntries(TEXTS.map((t, i) => [`/a/${i + 1}.html`, articlePage(`Story ${i + 1}`, body(t))]));

beforeAll(async () => {
  env = await freshEnv();
  // Page requests are held until three are open at once (or 3 s pass, well inside the fetch
  // timeouts): only three processes, each allowed one fetch at a time, can get there.
  wire = await startWireServer(pages, (path) => {
    if (!path.startsWith('/a/')) return null;
    inFlight++;
    peak = Math.max(peak, inFlight);
    const done = new Promise<void>((resolve) => {
      pending.push(resolve);
      setTimeout(resolve, 3_000).unref();
    });
    if (inFlight >= 3) {
      for (const r of pending) r();
      pending = [];
    }
    return done.then(() => void inFlight--);
  });
  await addFeed(env.db, { url: wire.feedUrl, site: 'Example Wire' });
});

afterAll(async () => {
  killLeftovers();
  for (const r of pending) r();
  await wire?.close();
  await env?.cleanup();
});

const WORKERS_ENV = { ...SERVICE_UNDER_TEST, LOG_LEVEL: 'info', FETCH_CONCURRENCY: '1', HOST_CONCURRENCY: '4' };

/** Pids of the supervised workers, from the "worker process started" log lines. */
function workerPids(p: CliProcess): number[] {
  return p
    .output()
    .split('\n')
    .filter((l) => l.includes('"worker process started"'))
    .map((l) => (JSON.parse(l) as { pid: number }).pid);
}

/** Gone: no such process, or a zombie nobody reaped yet (a container's pid 1 may not). */
function gone(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

const started = (p: CliProcess) => p.output().split('"service started"').length - 1;

describe('start --workers N', () => {
  it('starts N processes that share the queues, and SIGTERM stops them all', async () => {
    const svc = launchCli(env, ['start', '--workers', '3'], WORKERS_ENV);
    try {
      await waitFor('three processes started', async () => started(svc) === 3, 30_000);
      expect(workerPids(svc)).toHaveLength(2);
      // The supervisor was started without the service's V8 flags; its workers get them anyway.
      for (const pid of workerPids(svc))
        expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining([...SERVICE_NODE_FLAGS]));
      await waitFor(
        'every page stored and deduplicated',
        async () => (await pipelineCounts(env.db)).articlesInStories === TEXTS.length,
        60_000,
      );
      expect(peak).toBe(3);
    } finally {
      const pids = workerPids(svc);
      svc.child.kill('SIGTERM');
      expect(await svc.exited).toBe(0);
      expect(pids.filter((pid) => !gone(pid))).toEqual([]);
    }
    expect(svc.output()).not.toContain('worker process exited');
  }, 120_000);

  it('workers stop on their own when start is killed outright', async () => {
    const svc = launchCli(env, ['start', '--workers', '2'], WORKERS_ENV);
    await waitFor('two processes started', async () => started(svc) === 2, 30_000);
    const [pid] = workerPids(svc);
    svc.child.kill('SIGKILL');
    await svc.exited;
    await waitFor('the orphaned worker stopped', async () => gone(pid!), 30_000);
  }, 90_000);
});

/**
 * The service as users run it: `wirehouse start` and `wirehouse worker` as child processes exit 0
 * on SIGTERM after closing cleanly, and `wirehouse demo` prints the merged story offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { QUEUE, jobIds } from '../../../src/queues.js';
import { freshEnv, deleteKeys, type TestEnv } from '../../helpers/fresh-db.js';
import { waitFor } from '../../helpers/service-env.js';
import { killLeftovers, launchCli } from '../../helpers/cli-process.js';

let env: TestEnv;

const launch = (args: string[], extra: Record<string, string> = {}) => launchCli(env, args, extra);

beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => {
  killLeftovers();
  await env?.cleanup();
});

describe('service processes', () => {
  it('start: serves /healthz, then exits 0 on SIGTERM', async () => {
    const p = launch(['start'], { PORT: '0' });
    const url = await waitFor('the HTTP server', async () => /"url":"(http:\/\/[^"]+)"/.exec(p.output())?.[1], 20_000);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain('service stopped');
    // With this process's dedupe counts, so a run's feature-cache misses and lock paths can be read per process.
    expect(p.output()).toMatch(/"featureCache":\{"hits":0,"misses":0,"size":0\},"assign":\{"assignments":0,.*"msg":"service stopped"/);
  });

  it('worker --role fetch: exits 0 on SIGINT', async () => {
    const p = launch(['worker', '--role', 'fetch']);
    await waitFor('the worker', async () => p.output().includes('service started'), 20_000);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
  });

  it('worker --port: serves its own /metrics with the jobs it ran, and no queue or table gauges', async () => {
    const p = launch(['worker', '--role', 'dedupe', '--port', '0']);
    const url = await waitFor('the worker HTTP server', async () => /"url":"(http:\/\/[^"]+)"/.exec(p.output())?.[1], 20_000);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // A dedupe job for an article that does not exist completes as skipped.
    const queue = new Queue(QUEUE.dedupe, { connection: { url: env.redisUrl }, prefix: env.queuePrefix });
    try {
      const job = { articleId: 987654321, version: 1 };
      await queue.add(QUEUE.dedupe, job, { jobId: jobIds.dedupe(job) });
      const text = await waitFor(
        'the job in /metrics',
        async () => {
          const t = await (await fetch(`${url}/metrics`)).text();
          return t.includes('wirehouse_jobs_total{queue="dedupe",outcome="completed"} 1') ? t : null;
        },
        20_000,
      );
      expect(text).toContain('process_cpu_seconds_total');
      expect(text).not.toMatch(/^wirehouse_queue_jobs\{/m);
      expect(text).not.toMatch(/^wirehouse_articles /m);
    } finally {
      await queue.close();
    }
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it("demo: prints the Xinhua original with the People's Daily repost, offline", async () => {
    const demoDb = `${env.databaseUrl}_demo`;
    const p = launch(['demo', '--timeout', '60'], { DEMO_DATABASE_URL: demoDb, LOG_LEVEL: 'warn' });
    expect(await p.exited).toBe(0);
    const out = p.output();
    expect(out).toMatch(/ingested 3 articles into 2 stories \(1 reposts merged\)/);
    expect(out).toMatch(/story \d+: Russia-China relations continue to develop .*\[agency: Xinhua\]/);
    expect(out).toMatch(/original\s+Xinhua\s+https:\/\/english\.news\.cn\//);
    expect(out).toMatch(/repost\s+People's Daily Online\s+http:\/\/en\.people\.cn\//);
    // It ends by saying where the rows are and how to query them (the views the README documents).
    const demoName = new URL(demoDb).pathname.slice(1);
    expect(out).toContain(`The rows stay in ${demoName} until the next demo`);
    expect(out).toMatch(new RegExp(`psql \\S*/${demoName} -c 'select story_id, title, member_count, original_site from story_overview'`));
    expect(out).toMatch(/story_articles/);
    expect(out).toMatch(/search_articles\('Putin'\)/);
    const { dropDatabase } = await import('../../../src/db/db.js');
    await dropDatabase(demoDb);
    await deleteKeys(env.redisUrl, 'wirehouse-demo-*');
  }, 90_000);
});

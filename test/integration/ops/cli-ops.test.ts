/**
 * The built CLI as an operator runs it: `wirehouse doctor` against a stopped Redis says exactly
 * that and exits 1; against a healthy stack it passes; `wirehouse status --json` reads a database.
 * Needs `dist/` (npm test builds first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { judgeDisk, judgeSkew, redactUrl } from '../../../src/ops/doctor.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { ROOT } from './ops-stack.js';

const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env }, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let env: TestEnv;
let base: Record<string, string>;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run npm run build first`);
  env = await freshEnv();
  base = { DATABASE_URL: env.databaseUrl, REDIS_URL: env.redisUrl, QUEUE_PREFIX: env.queuePrefix };
});

afterAll(async () => {
  await env?.cleanup();
});

describe('wirehouse doctor', () => {
  it('reports a stopped Redis, says what to fix, and exits 1', async () => {
    const r = await run(['doctor'], { ...base, REDIS_URL: 'redis://:s3cret@127.0.0.1:1' });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => /^FAIL\s+redis\s/.test(l))).toMatch(
      /Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 is not reachable: connect ECONNREFUSED/,
    );
    expect(r.stdout).toMatch(/fix: start Redis/);
    // the checks that need Redis are skipped, not failed; Postgres is fine
    expect(lines.find((l) => /redis eviction policy/.test(l))).toMatch(/^skip/);
    expect(lines.find((l) => /^\S+\s+postgres\s/.test(l))).toMatch(/^ok/);
    expect(lines.find((l) => /^\S+\s+migrations\s/.test(l))).toMatch(/^ok/);
    expect(r.stdout).toMatch(/^1 problem\(s\) found\.$/m);
    // the password never appears
    expect(r.stdout + r.stderr).not.toContain('s3cret');
  });

  it('passes on a healthy stack (noeviction Redis, migrated database) and exits 0', async () => {
    const r = await run(['doctor', '--json'], base);
    const out = JSON.parse(r.stdout) as { ok: boolean; checks: { name: string; status: string }[] };
    expect(out.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(out.ok).toBe(true);
    expect(r.code).toBe(0);
    expect(out.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining(['postgres', 'migrations', 'redis', 'redis eviction policy', 'clock (postgres)', 'clock (redis)', 'disk']),
    );
  });

  it('reports a missing database with the command that creates it', async () => {
    const missing = new URL(env.databaseUrl);
    missing.pathname = '/wh_doctor_missing_db';
    const r = await run(['doctor'], { ...base, DATABASE_URL: missing.toString() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+postgres\s+.*database "wh_doctor_missing_db" does not exist/);
    expect(r.stdout).toMatch(/fix: run `wirehouse migrate`/);
  });

  it('reports invalid configuration as a failed check', async () => {
    const r = await run(['doctor'], { ...base, PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+config\s+.*PORT: expected an integer/);
  });
});

describe('doctor judgements', () => {
  it.each([
    [100 * 2 ** 30, 200 * 2 ** 30, 'ok'],
    [3 * 2 ** 30, 20 * 2 ** 30, 'warn'], // < 5 GiB
    [0.5 * 2 ** 30, 2 * 2 ** 30, 'fail'], // < 1 GiB
    [40 * 2 ** 30, 1000 * 2 ** 30, 'fail'], // 4 %
  ])('disk %d free of %d is %s', (free, total, status) => {
    expect(judgeDisk('/x', free, total).status).toBe(status);
  });

  it.each([
    [10, 'ok'],
    [-1500, 'warn'],
    [6000, 'fail'],
    [-6000, 'fail'],
  ])('clock skew %d ms is %s', (skew, status) => {
    expect(judgeSkew('clock', skew, 5000, 'x').status).toBe(status);
  });

  it('redacts passwords from URLs', () => {
    expect(redactUrl('postgres://u:pw@h:5432/db')).toBe('postgres://u:***@h:5432/db');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});

describe('wirehouse status', () => {
  it('prints the status as JSON (empty database: zero counts, four queues)', async () => {
    const r = await run(['status', '--json'], base);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      feeds: Record<string, number>;
      activity: { articles: { total: number } };
      queues: { name: string }[];
      problems: string[];
    };
    expect(s.problems).toEqual([]);
    expect(s.feeds).toEqual({ new: 0, healthy: 0, degraded: 0, failing: 0, paused: 0 });
    expect(s.activity.articles.total).toBe(0);
    expect(s.queues.map((q) => q.name)).toEqual(['scheduler', 'poll-feed', 'fetch-article', 'dedupe']);
  });

  it('prints a table in the terminal and exits 1 when Redis cannot be read', async () => {
    const r = await run(['status'], { ...base, REDIS_URL: 'redis://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^! cannot read redis/m);
    expect(r.stdout).toMatch(/^articles stored\s+0\s+0\s+0$/m);
  });

  it("prints a failing feed with the feed_health view's names and values (--json is a public interface)", async () => {
    const { id } = await addFeed(env.db, { url: 'https://wire.example/failing.xml', site: 'Wire' });
    await env.db
      .updateTable('feeds')
      .set({ error_streak: 3, last_error_code: 'fetch_http', last_error: 'fetch: 404', last_polled_at: new Date() })
      .where('id', '=', id)
      .execute();
    const r = await run(['status', '--json'], base);
    expect(r.code).toBe(0);
    const view = await env.db.selectFrom('feed_health').selectAll().where('feed_id', '=', id).execute();
    expect((JSON.parse(r.stdout) as { unhealthyFeeds: unknown[] }).unhealthyFeeds).toEqual(JSON.parse(JSON.stringify(view)));
    expect(r.stdout).toContain('"error_streak": 3');
  });
});

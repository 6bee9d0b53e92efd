/**
 * Retention and takedowns, run as users run them (the built CLI in a child process): `prune
 * --dry-run` counts, `prune` deletes old raw pages and poll records (keeping each feed's latest
 * poll, every article and story), the service prunes on its own schedule, and `articles delete`
 * removes an article and re-elects its story's original.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRawPage } from '../../../src/db/articles.repo.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { createIngester, portStrikeStory, type Ingester } from '../../helpers/port-strike-story.js';
import { waitFor } from '../../helpers/service-env.js';
import { SERVICE_UNDER_TEST, killLeftovers, launchCli } from '../../helpers/cli-process.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
let env: TestEnv;
let ids: Ingester['ids'];
const DAY = 86_400_000;

async function cli(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
      env: { ...process.env, DATABASE_URL: env.databaseUrl, QUEUE_PREFIX: env.queuePrefix, LOG_LEVEL: 'silent', ...extra },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Raw pages and polls: `old` ones 40 days back, `fresh` ones today; feed 2 was last polled long ago. */
async function seedHistory(): Promise<void> {
  const now = Date.now();
  for (const [i, age] of [
    [1, 40],
    [2, 45],
    [3, 1],
  ] as const) {
    const id = await saveRawPage(env.db, {
      url: `https://news.example/p${i}`,
      finalUrl: `https://news.example/p${i}`,
      httpStatus: 200,
      headers: {},
      contentType: 'text/html',
      body: Buffer.from(`<p>${i}</p>`),
      bodySha256: `sha${i}`,
    });
    await sql`update raw_pages set fetched_at = ${new Date(now - age * DAY)} where id = ${id}`.execute(env.db);
  }
  await sql`insert into feeds (id, url) values (1, 'https://feeds.example/1.xml'), (2, 'https://feeds.example/2.xml')`.execute(env.db);
  for (const [feed, age] of [
    [1, 50],
    [1, 40],
    [1, 0],
    [2, 60],
    [2, 50],
  ] as const) {
    const at = new Date(now - age * DAY);
    await sql`insert into feed_fetches (feed_id, poll_slot, started_at, duration_ms, status) values (${feed}, ${at}, ${at}, 10, 'ok')`.execute(
      env.db,
    );
  }
}

async function counts(): Promise<{ raw: number; fetches: number; articles: number; stories: number }> {
  const { rows } = await sql<{ raw: number; fetches: number; articles: number; stories: number }>`
    select (select count(*)::int from raw_pages) as raw, (select count(*)::int from feed_fetches) as fetches,
           (select count(*)::int from articles) as articles, (select count(*)::int from stories) as stories`.execute(env.db);
  return rows[0]!;
}

beforeAll(async () => {
  env = await freshEnv();
  const ingester = createIngester(env);
  ids = ingester.ids;
  await portStrikeStory(ingester, { title: 'Port workers strike' });
  await seedHistory();
});
afterAll(async () => {
  killLeftovers();
  await env?.cleanup();
});

describe('wirehouse prune', () => {
  it('--dry-run counts and deletes nothing', async () => {
    const before = await counts();
    const r = await cli(['prune', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^raw_pages: would delete 2 rows older than \S+ \(30 days\)$/m);
    // Feed 1: the polls 50 and 40 days back; feed 2: only the one 60 days back (its latest stays).
    expect(r.stdout).toMatch(/^feed_fetches: would delete 3 rows older than \S+ \(30 days\)$/m);
    expect(await counts()).toEqual(before);
  });

  it('deletes what the retention settings say, with progress on stderr, and never articles or stories', async () => {
    const r = await cli(['prune', '--json'], { RAW_PAGES_RETENTION_DAYS: '42', FEED_FETCHES_RETENTION_DAYS: '0' });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      dryRun: false,
      tables: [
        { table: 'raw_pages', rows: 1, retentionDays: 42 },
        { table: 'feed_fetches', rows: 0, before: null },
      ],
    });
    expect(r.stderr).toMatch(/prune: 1\/1 100\.0%/);
    expect(await counts()).toMatchObject({ raw: 2, fetches: 5, articles: 3, stories: 1 });

    const again = await cli(['prune']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^raw_pages: deleted 1 rows/m);
    expect(again.stdout).toMatch(/^feed_fetches: deleted 3 rows/m);
    expect(await counts()).toMatchObject({ raw: 1, fetches: 2, articles: 3, stories: 1 });
    const { rows } = await sql<{
      feed_id: number;
      last_status: string | null;
    }>`select feed_id, last_status from feed_health order by feed_id`.execute(env.db);
    expect(rows.map((x) => x.last_status)).toEqual(['ok', 'ok']);
  });

  it('runs on a schedule in the service (the first run at start)', async () => {
    const old = new Date(Date.now() - 90 * DAY);
    await sql`update raw_pages set fetched_at = ${old}`.execute(env.db);
    expect((await counts()).raw).toBeGreaterThan(0);
    const svc = launchCli(env, ['start'], { ...SERVICE_UNDER_TEST, RAW_PAGES_RETENTION_DAYS: '30' });
    try {
      await waitFor('the scheduled prune', async () => (await counts()).raw === 0, 20_000);
    } finally {
      svc.child.kill('SIGTERM');
      expect(await svc.exited).toBe(0);
    }
    expect(await counts()).toMatchObject({ raw: 0, articles: 3, stories: 1 });
  });
});

describe('wirehouse articles delete', () => {
  it('removes the original and re-elects the story original; the last member takes the story with it', async () => {
    const story = async () =>
      (
        await sql<{ original_article_id: number; member_count: number }>`select original_article_id, member_count from stories`.execute(
          env.db,
        )
      ).rows;
    expect(await story()).toEqual([{ original_article_id: ids.xinhua, member_count: 3 }]);

    const r = await cli(['articles', 'delete', 'https://english.news.cn/20260310/a1/c.html']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).deleted).toEqual([
      { articleId: ids.xinhua, storyId: expect.any(Number), originalId: ids.people, storyDeleted: false },
    ]);
    expect(await story()).toEqual([{ original_article_id: ids.people, member_count: 2 }]);
    const roles = await sql<{ article_id: number; role: string }>`select article_id, role from story_members order by article_id`.execute(
      env.db,
    );
    expect(roles.rows).toEqual([
      { article_id: ids.people, role: 'original' },
      { article_id: ids.cd, role: 'repost' },
    ]);

    expect((await cli(['articles', 'delete', String(ids.cd)])).code).toBe(0);
    const last = await cli(['articles', 'delete', String(ids.people)]);
    expect(JSON.parse(last.stdout).deleted[0]).toMatchObject({ storyDeleted: true });
    expect(await counts()).toMatchObject({ articles: 0, stories: 0 });
  });

  it('exits 1 for an article that does not exist', async () => {
    const r = await cli(['articles', 'delete', '999999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article 999999/);
  });
});

/**
 * The feed management commands, run as a user runs them: the built CLI in a child process,
 * against a fresh database and the fixture wire server.
 */
import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFeedItems } from '../../../src/db/feeds.repo.js';
import { listStories } from '../../../src/db/stories.repo.js';
import { startFixtureServer, type FixtureServer } from '../../../src/demo/fixture-server.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
let env: TestEnv;
let wire: FixtureServer;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
      env: {
        ...process.env,
        DATABASE_URL: env.databaseUrl,
        QUEUE_PREFIX: env.queuePrefix,
        ALLOW_PRIVATE_HOSTS: '127.0.0.1',
        HOST_MIN_DELAY_MS: '0',
        LOG_LEVEL: 'silent',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  env = await freshEnv();
  wire = await startFixtureServer(join(root, 'demo', 'site'));
});
afterAll(async () => {
  await wire?.close();
  await env?.cleanup();
});

describe('wirehouse feeds', () => {
  it('add: a page URL adds the feed it links to (autodiscovery)', async () => {
    const r = await cli('feeds', 'add', `${wire.base}/index.html`, '--interval', '600');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.discoveredFrom).toBe(`${wire.base}/index.html`);
    expect(out.added).toEqual([expect.objectContaining({ url: `${wire.base}/xinhua/world.xml`, title: 'Xinhua | World', interval: 600 })]);
  });

  it('add: a feed URL is added as is; a URL that is neither fails with exit 1', async () => {
    const ok = await cli('feeds', 'add', `${wire.base}/people/world.xml`, '--site', "People's Daily Online");
    expect(ok.code).toBe(0);
    const bad = await cli('feeds', 'add', `${wire.base}/people/n3/2024/0515/c90000-20169813.html`);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not_a_feed: feeds: .* is neither a feed nor a page that links to one/);
    const usage = await cli('feeds', 'add', 'ftp://x');
    expect(usage.code).toBe(2);
  });

  // Eight CLI processes in a row: more than 30 s on a busy 2-core machine.
  it('import / export-opml / list / remove', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wh-'));
    const list = join(dir, 'list.txt');
    writeFileSync(list, `# two more\n${wire.base}/feeds/a.xml Alpha\n${wire.base}/feeds/b.xml\n`);
    const imp = await cli('feeds', 'import', list);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.stdout)).toEqual({ imported: 2 });
    const opml = (await cli('feeds', 'export-opml')).stdout;
    expect(opml.match(/<outline /g)).toHaveLength(4);
    const opmlFile = join(dir, 'feeds.opml');
    writeFileSync(opmlFile, opml);
    expect(JSON.parse((await cli('feeds', 'import', opmlFile)).stdout)).toEqual({ imported: 4 }); // upserts: no duplicates
    const listed = JSON.parse((await cli('feeds', 'list', '--json')).stdout) as { url: string }[];
    expect(listed).toHaveLength(4);
    expect((await cli('feeds', 'remove', `${wire.base}/feeds/b.xml`)).code).toBe(0);
    expect((await cli('feeds', 'remove', '999')).code).toBe(1);
    expect(JSON.parse((await cli('feeds', 'list', '--json')).stdout)).toHaveLength(3);
  }); // eight CLI processes in a row: about 20 s on an idle machine

  it('poll ID: polls now and queues the new items', async () => {
    const listed = JSON.parse((await cli('feeds', 'list', '--json')).stdout) as { feed_id: number; url: string }[];
    const xinhua = listed.find((f) => f.url.endsWith('/xinhua/world.xml'))!;
    const r = await cli('feeds', 'poll', String(xinhua.feed_id));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'ok', itemsSeen: 2, itemsNew: 2 });
    const missing = listed.find((f) => f.url.endsWith('/feeds/a.xml'))!;
    const failed = await cli('feeds', 'poll', String(missing.feed_id));
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ status: 'error', reason: 'http_404' });
  });
  it('backfill: fetches, stores and dedupes items without an article; a bad item is counted, not fatal', async () => {
    const listed = JSON.parse((await cli('feeds', 'list', '--json')).stdout) as { feed_id: number; url: string }[];
    const people = listed.find((f) => f.url.endsWith('/people/world.xml'))!;
    expect((await cli('feeds', 'poll', String(people.feed_id))).code).toBe(0);
    // An item whose page is gone (the fetch job failed for good while the service ran).
    const missing = listed.find((f) => f.url.endsWith('/feeds/a.xml'))!;
    await recordFeedItems(env.db, missing.feed_id, new Date(), [
      { guid: 'gone', url: `${wire.base}/xinhua/gone.html`, title: 'Gone', publishedAt: null },
    ]);

    const r = await cli('backfill', '--json');
    expect(r.code).toBe(1); // an item failed: the backfill did not do all it was asked to
    expect(JSON.parse(r.stdout)).toEqual({ items: 4, stored: 3, failed: { fetch_http: 1 } });
    const stories = await listStories(env.db);
    expect(stories).toHaveLength(2);
    const putin = stories.find((st) => st.reposts.length === 1)!;
    expect(putin.originalUrl).toMatch(/^https:\/\/english\.news\.cn\//);
    expect(putin.reposts[0]).toMatchObject({ role: 'repost', site: "People's Daily Online" });
    // `stories --json` and `feeds list --json` are a public interface: they print the view rows as
    // Postgres returns them, names and key order included, whatever shape the repositories return.
    const view = await env.db
      .selectFrom('story_overview')
      .selectAll()
      .orderBy('first_published_at', (ob) => ob.desc().nullsLast())
      .orderBy('story_id', 'desc')
      .execute();
    expect((await cli('stories', '--json')).stdout).toBe(`${JSON.stringify(view, null, 2)}\n`);
    const health = await env.db.selectFrom('feed_health').selectAll().orderBy('feed_id').execute();
    expect((await cli('feeds', 'list', '--json')).stdout).toBe(`${JSON.stringify(health, null, 2)}\n`);

    // Run again: only the gone item is left, and nothing is stored twice.
    const again = await cli('backfill', '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toEqual({ items: 1, stored: 0, failed: { fetch_http: 1 } });
    const n = await env.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);
  });
});

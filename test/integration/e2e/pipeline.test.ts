/**
 * End to end on the real stack: fixture wire server on 127.0.0.1 -> scheduler -> poll-feed ->
 * fetch-article -> dedupe (BullMQ on Redis) -> rows in Postgres -> one story with the Xinhua
 * original and the People's Daily repost. Bad inputs alongside fail typed and stop nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from '../../../src/db/feeds.repo.js';
import { pipelineCounts } from '../../../src/db/stats.repo.js';
import { listStories } from '../../../src/db/stories.repo.js';
import { startFixtureServer, type FixtureServer } from '../../../src/demo/fixture-server.js';
import { startService, type Service } from '../../../src/service.js';
import { QUEUE } from '../../../src/queues.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig, waitFor } from '../../helpers/service-env.js';

const root = join(import.meta.dirname, '..', '..', '..');
let env: TestEnv;
let wire: FixtureServer;
let bad: FixtureServer;
let svc: Service;

beforeAll(async () => {
  env = await freshEnv();
  wire = await startFixtureServer(join(root, 'demo', 'site'));
  bad = await startFixtureServer(join(root, 'test', 'fixtures', 'site-bad'));
  svc = await startService(testConfig(env), { roles: ['scheduler', 'poll', 'fetch', 'dedupe'], http: true });
  await addFeed(env.db, { url: `${wire.base}/xinhua/world.xml`, site: 'Xinhua' });
  await addFeed(env.db, { url: `${wire.base}/people/world.xml`, site: "People's Daily Online" });
  await addFeed(env.db, { url: `${bad.base}/feeds/does-not-exist.xml` });
  await addFeed(env.db, { url: `${bad.base}/feeds/malformed.xml` });
  await addFeed(env.db, { url: `${bad.base}/feeds/mixed.xml` });
  await waitFor('the wire feeds to be ingested and deduped', async () => {
    const c = await pipelineCounts(env.db);
    return c.feedsPolled === 5 && c.articles === 3 && c.articlesInStories === 3 ? c : null;
  });
  // The two bad pages of mixed.xml end as failed fetch jobs (not retried: permanent errors).
  await waitFor('the bad pages to fail', async () => {
    const failed = await svc.queues.byName[QUEUE.fetchArticle].getFailedCount();
    return failed === 2;
  });
}, 90_000);

afterAll(async () => {
  await svc?.close();
  await wire?.close();
  await bad?.close();
  await env?.cleanup();
});

describe('feed -> queue -> page -> Postgres -> story', () => {
  it('stores the seed repost with the fields a news analyst queries', async () => {
    const a = await env.db.selectFrom('articles').selectAll().where('canonical_url', 'like', '%en.people.cn%').executeTakeFirstOrThrow();
    expect(a.title).toBe('Russia-China relations continue to develop despite challenging international situation, says Putin');
    expect(a.site).toBe("People's Daily Online");
    expect(a.agency).toBe('Xinhua');
    expect(a.dateline_place).toBe('Moscow');
    expect(a.published_at?.toISOString()).toBe('2024-05-15T03:02:00.000Z');
    expect(a.editors).toEqual(['Zhang Kaiwei', 'Liang Jun']);
    expect(a.language).toBe('en');
    expect(a.body.startsWith('On the eve of his two-day state visit to China')).toBe(true);
    expect(a.body).not.toMatch(/\(Xinhua\)|Web editor|Related Stories/);
    // the raw page is kept for replay, linked to the article
    const raw = await env.db.selectFrom('raw_pages').select(['article_id', 'http_status']).where('article_id', '=', a.id).execute();
    expect(raw).toHaveLength(1);
  });

  it('links the repost to the Xinhua original in one story, and keeps the unrelated story apart', async () => {
    const stories = await listStories(env.db);
    expect(stories).toHaveLength(2);
    const putin = stories.find((s) => s.title.includes('Putin'))!;
    expect(putin.originalUrl).toContain('english.news.cn');
    expect(putin.agency).toBe('Xinhua');
    expect(putin.reposts).toHaveLength(1);
    expect(putin.reposts[0]).toMatchObject({ role: 'repost', site: "People's Daily Online" });
    expect(['body_hash', 'lead_hash', 'near_dup']).toContain(putin.reposts[0]!.method);
    const other = stories.find((s) => s !== putin)!;
    expect(other.reposts).toEqual([]);
    // feed items point at their articles
    const unlinked = await env.db
      .selectFrom('feed_items')
      .select('guid')
      .where('article_id', 'is', null)
      .where('url', 'like', `${wire.base}%`)
      .execute();
    expect(unlinked).toEqual([]);
  });

  it("stores the feed language as ISO 639-1 (the People's Daily feed declares en-us)", async () => {
    const feed = await env.db
      .selectFrom('feeds')
      .select('language')
      .where('url', '=', `${wire.base}/people/world.xml`)
      .executeTakeFirstOrThrow();
    expect(feed.language).toBe('en');
  });

  it('records typed failures for a 404 feed and a non-feed, and goes on', async () => {
    const rows = await env.db
      .selectFrom('feed_health')
      .select(['url', 'state', 'last_status', 'last_reason', 'error_streak'])
      .where('url', 'like', `${bad.base}%`)
      .orderBy('url')
      .execute();
    const byName = Object.fromEntries(rows.map((r) => [r.url.split('/').pop(), r]));
    expect(byName['does-not-exist.xml']).toMatchObject({ last_status: 'error', last_reason: 'http_404', error_streak: 1 });
    expect(byName['malformed.xml']).toMatchObject({ last_status: 'error', error_streak: 1 });
    expect(['not_a_feed', 'malformed']).toContain(byName['malformed.xml']!.last_reason);
    expect(byName['mixed.xml']).toMatchObject({ last_status: 'ok', error_streak: 0 });
  });

  it('fails a non-HTML page and a 404 page as permanent, typed job failures', async () => {
    const failed = await svc.queues.byName[QUEUE.fetchArticle].getFailed();
    const reasons = failed.map((j) => j.failedReason).sort();
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/^fetch_bad_content_type: /);
    expect(reasons[1]).toMatch(/^fetch_http: fetch: 404/);
    for (const j of failed) expect(j.attemptsMade).toBe(1);
  });

  it('answers health and readiness', async () => {
    const health = await fetch(`${svc.http!.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${svc.http!.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: { ok: boolean }[] }).checks.every((c) => c.ok)).toBe(true);
  });
});

/**
 * Faults from outside: a site down for longer than the job retry window, a page asking to come
 * back later (Retry-After), NUL bytes in a feed, its pages and an import file, and a cross-origin
 * write to the dashboard. The service runs in process on the shared Postgres (a fresh database)
 * and Redis (a unique queue prefix).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { addFeed } from '../../src/db/feeds.repo.js';
import { opsRoutes } from '../../src/ops/routes.js';
import { startService, type Service } from '../../src/service.js';
import { importArticles } from '../../src/app/import-articles.js';
import { freshEnv, type TestEnv } from '../helpers/fresh-db.js';
import { startManifestSite, type ManifestSite } from '../helpers/manifest-site.js';
import { articlePage } from '../helpers/wire-server.js';
import { articleText } from '../helpers/manifest-site.js';
import { expectStoredExactlyOnce, report, scaledConfig, storeState, waitAllStored } from './harness.js';

let env: TestEnv;
let svc: Service | null = null;
let site: ManifestSite | null = null;
const ROLES = ['scheduler', 'poll', 'fetch', 'dedupe'] as const;

beforeAll(async () => {
  env = await freshEnv();
});
afterEach(async () => {
  await svc?.close();
  await site?.close();
  svc = site = null;
});
afterAll(async () => env?.cleanup());

describe('a site down for a while', () => {
  it('pages that used up their retries while the site was down are re-driven by the reconciler and stored once', async () => {
    site = await startManifestSite({ count: 20, key: 'down' });
    svc = await startService(scaledConfig(env), { roles: [...ROLES], http: false });
    // Down right after the feed poll recorded its items (the feed's own back-off is not under test).
    site.pageDelayMs = 0;
    const feed = await addFeed(env.db, { url: site.feedUrl, intervalSeconds: 3600 });
    const until = Date.now() + 20_000;
    for (;;) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from feed_items where feed_id = ${feed.id}`.execute(env.db);
      if (rows[0]!.n === 20 || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    site.down = true;
    // Scaled "10 minutes": 6 s, over four times the 1.4 s job retry window.
    await new Promise((r) => setTimeout(r, 6000));
    const during = await sql<{ failed: number; redriven: number; forGood: number }>`
      select count(*) filter (where failure_code is not null)::int as failed,
             count(*) filter (where redrive_count > 0)::int as redriven,
             count(*) filter (where failed_for_good_at is not null)::int as "forGood"
      from feed_items where feed_id = ${feed.id}`.execute(env.db);
    site.down = false;
    const t0 = Date.now();
    await waitAllStored(env.db, site.manifest, 60_000);
    await expectStoredExactlyOnce(env.db, site.manifest);
    const f = during.rows[0]!;
    // Jobs did run out of retries while the site was down, and none was given up for good.
    expect(f.failed).toBeGreaterThan(0);
    expect(f.redriven).toBeGreaterThan(0);
    expect(f.forGood).toBe(0);
    report('site down', { articles: 20, downMs: 6000, failedJobsDuringOutage: f.failed, recoverMs: Date.now() - t0 });
  }, 90_000);

  it('a page answering 429 with Retry-After is retried no sooner than asked', async () => {
    const starts: number[] = [];
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      starts.push(Date.now());
      if (starts.length === 1) return void res.writeHead(429, { 'retry-after': '2' }).end('slow down');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage('Retry after story', articleText('retry-after')));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story.html`;
    try {
      svc = await startService(scaledConfig(env), { roles: ['fetch', 'dedupe'], http: false });
      await svc.queues.enqueuer.fetchArticles([{ url }]);
      await waitAllStored(env.db, [url], 20_000);
      expect(starts).toHaveLength(2);
      // The scaled back-off alone would retry after 200 ms.
      expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(1900);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 30_000);
});

describe('NUL bytes', () => {
  it('in a feed and its pages: everything stored, without the NULs, the poll recorded ok', async () => {
    site = await startManifestSite({ count: 5, key: 'nul', nul: true });
    svc = await startService(scaledConfig(env), { roles: [...ROLES], http: false });
    const feed = await addFeed(env.db, { url: site.feedUrl, intervalSeconds: 3600 });
    const before = (await storeState(env.db, [])).articles;
    await waitAllStored(env.db, site.manifest, 30_000);
    await expectStoredExactlyOnce(env.db, site.manifest, before);
    const polls = await env.db.selectFrom('feed_fetches').select(['status', 'items_seen']).where('feed_id', '=', feed.id).execute();
    expect(polls[0]).toMatchObject({ status: 'ok', items_seen: 5 });
    const titles = await env.db.selectFrom('feed_items').select('title').where('feed_id', '=', feed.id).execute();
    expect(titles.every((t) => t.title && !t.title.includes('\u0000') && /nul item \d/.test(t.title))).toBe(true);
    const stored = await env.db.selectFrom('articles').select(['title', 'body']).where('url', 'in', site.manifest).execute();
    expect(stored.every((a) => a.title.startsWith('nul story') && a.body.length > 100 && !a.body.includes('\u0000'))).toBe(true);
  }, 60_000);

  it('in an import: bad lines (NUL, numeric title, not JSON, over the size cap) are skipped and counted, the rest imported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wh-import-'));
    const file = join(dir, 'in.jsonl');
    const rec = (id: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ id, url: `https://import.example/${id}`, title: `Import ${id}`, body: articleText(id), ...extra });
    writeFileSync(
      file,
      [
        rec('ok1'),
        rec('nul', { title: 'With\u0000NUL', body: `${articleText('nul')}\u0000` }),
        rec('numeric-title', { title: 42 }),
        '{not json',
        rec('huge', { body: 'x'.repeat(200_000) }),
        rec('ok2'),
      ].join('\n'),
    );
    try {
      const r = await importArticles({ db: env.db, now: () => new Date() }, file, { maxLineBytes: 100_000 });
      expect(r.lines).toBe(6);
      expect(r.imported).toBe(3); // ok1, nul (cleaned), ok2
      expect(r.invalid.map((i) => i.line)).toEqual([3, 4, 5]);
      expect(r.invalid[2]!.error).toMatch(/over the 100000-byte limit/);
      const nul = await env.db.selectFrom('articles').select('title').where('external_id', '=', 'nul').executeTakeFirstOrThrow();
      expect(nul.title).toBe('WithNUL');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('dashboard', () => {
  it('refuses a cross-origin text/plain POST (no job created) and a foreign Host header', async () => {
    const ops = opsRoutes();
    svc = await startService(scaledConfig(env), { roles: [], http: true, routes: ops.routes });
    const add = `${svc.http!.url}/queues/api/queues/fetch-article/add`;
    const count = () => svc!.queues.byName['fetch-article'].count();
    const before = await count();
    const body = JSON.stringify({ name: 'x', data: { url: 'http://127.0.0.1:9/evil' } });
    const cross = await fetch(add, { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body });
    expect(cross.status).toBe(403);
    const noOrigin = await fetch(add, { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
    expect(noOrigin.status).toBe(415);
    // fetch() cannot set Host; a DNS-rebound browser request looks like this one.
    const rebound = await new Promise<number>((resolve, reject) => {
      const u = new URL(svc!.http!.url);
      request(
        { host: u.hostname, port: u.port, path: '/', headers: { host: 'evil.example' } },
        (res) => (res.resume(), resolve(res.statusCode!)),
      )
        .on('error', reject)
        .end();
    });
    expect(rebound).toBe(421);
    expect(await count()).toBe(before);
    // The same request from the dashboard's own origin goes through.
    const same = await fetch(add, { method: 'POST', headers: { origin: svc.http!.url, 'content-type': 'application/json' }, body });
    expect(same.status).toBeLessThan(300);
    expect(await count()).toBe(before + 1);
  }, 30_000);

  it('will not bind a non-loopback address without auth unless DASHBOARD_ALLOW_OPEN=1', async () => {
    const ops = opsRoutes();
    await expect(startService(scaledConfig(env, { HOST: '0.0.0.0' }), { roles: [], http: true, routes: ops.routes })).rejects.toThrow(
      /DASHBOARD_ALLOW_OPEN/,
    );
  });
});

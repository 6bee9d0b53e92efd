/** Replay re-extracts stored raw pages with the current extractor and updates the articles. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../src/demo/fixture-server.js';
import { createLogger } from '../../../src/logger.js';
import { fetcherFromConfig } from '../../../src/runtime.js';
import { EXTRACTOR_VERSION } from '../../../src/extract/extract-article.js';
import type { Deps } from '../../../src/app/deps.js';
import { fetchArticle } from '../../../workers/fetch-article.js';
import { replay } from '../../../src/app/replay.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig } from '../../helpers/service-env.js';

let env: TestEnv;
let wire: FixtureServer;
let deps: Deps;

beforeAll(async () => {
  env = await freshEnv();
  wire = await startFixtureServer(join(import.meta.dirname, '..', '..', '..', 'demo', 'site'));
  const config = testConfig(env);
  const dedupeJobs: unknown[] = [];
  deps = {
    config,
    db: env.db,
    fetcher: fetcherFromConfig(config, undefined),
    log: createLogger('silent'),
    now: () => new Date(),
    enqueue: { pollFeeds: async () => {}, fetchArticles: async () => {}, dedupe: async (j) => void dedupeJobs.push(j) },
  };
  for (const path of ['/xinhua/20240515/putin.html', '/people/n3/2024/0515/c90000-20169813.html'])
    await fetchArticle(deps, { url: wire.base + path });
});
afterAll(async () => {
  await wire?.close();
  await env?.cleanup();
});

describe('wirehouse replay', () => {
  it('restores rows an older extractor wrote, records the version, and dedupes them', async () => {
    const current = await env.db.selectFrom('articles').select(['id', 'body', 'editors']).orderBy('id').execute();
    await env.db
      .updateTable('articles')
      .set({ body: 'stale text from an old extractor', editors: [], extractor: 'wirehouse/0 old', content_hash: 'x' })
      .execute();
    let total = -1;
    let ticks = 0;
    const report = await replay(deps, {}, { onStart: (n) => (total = n), onProgress: () => ticks++ });
    expect(total).toBe(2);
    expect(ticks).toBe(2);
    expect(report).toEqual({ pages: 2, changed: 2, unchanged: 0, failed: {} });
    const after = await env.db.selectFrom('articles').select(['id', 'body', 'editors', 'extractor', 'version']).orderBy('id').execute();
    expect(after.map((a) => ({ id: a.id, body: a.body, editors: a.editors }))).toEqual(current);
    for (const a of after) {
      expect(a.extractor.startsWith(EXTRACTOR_VERSION)).toBe(true);
      expect(a.version).toBe(2);
    }
    const members = await env.db.selectFrom('story_members').select(['story_id']).execute();
    expect(members).toHaveLength(2);
    expect(new Set(members.map((m) => m.story_id)).size).toBe(1);
  });

  it('filters by site: a host with no pages replays nothing', async () => {
    expect(await replay(deps, { host: 'tass.com' })).toEqual({ pages: 0, changed: 0, unchanged: 0, failed: {} });
  });
});

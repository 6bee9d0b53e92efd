/**
 * The fetch stage's writes (issue 16): a page that became an article is stored with its article
 * and its feed items' links in ONE statement, and the article upsert alone is one statement too;
 * re-running either leaves the same rows, a changed text bumps the version. Also: the dropped
 * `articles.fingerprint` column is gone.
 */
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRawPage, storeArticlePage, upsertArticle, type ArticleInput, type RawPageInput } from '../../../src/db/articles.repo.js';
import { addFeed, recordFeedItems } from '../../../src/db/feeds.repo.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

/** A view of env.db that counts the statements sent through it. */
function counting(): { db: TestEnv['db']; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => (n++, args.node),
    transformResult: async (args) => args.result,
  };
  return { db: env.db.withPlugin(plugin), count: () => n };
}

const article = (url: string, body: string): ArticleInput => ({
  article: {
    canonicalUrl: url,
    site: 'Wire',
    title: 'Port strike ends',
    body,
    html: '',
    authors: ['A. Writer'],
    agency: ['Xinhua'],
    sources: [],
    dateline: { place: 'BEIJING', city: null, date: null },
    editors: ['Zhang Kaiwei'],
    language: 'en',
    publishedAt: new Date('2026-12-01T03:02:00Z'),
    publishedPrecision: 'minute',
    timeZoneAssumed: null,
    updatedAt: null,
    wordCount: body.split(' ').length,
    leadImage: null,
    extractor: 'test',
  },
  url,
  fetchedAt: new Date(),
  externalId: null,
  urlKey: url,
  contentHash: `hash-${body}`,
  leadHash: null,
});
const page = (url: string, finalUrl: string, body: string): RawPageInput => ({
  url,
  finalUrl,
  httpStatus: 200,
  headers: { 'content-type': 'text/html' },
  contentType: 'text/html',
  body: Buffer.from(`<p>${body}</p>`),
  bodySha256: `sha-${body}`,
  charset: 'utf-8',
  charsetRedetected: null,
});

describe('storeArticlePage', () => {
  it('writes the article, the raw page and the feed item links in one statement', async () => {
    const feed = await addFeed(env.db, { url: 'http://wire.example/feed' });
    const slot = new Date('2026-12-01T00:00:00Z');
    await recordFeedItems(env.db, feed.id, slot, [
      { guid: 'g1', url: 'http://wire.example/a?utm=1', title: 'x', publishedAt: null },
      { guid: 'g2', url: 'http://wire.example/a', title: 'x', publishedAt: null },
      { guid: 'g3', url: 'http://wire.example/other', title: 'x', publishedAt: null },
    ]);
    const c = counting();
    const saved = await storeArticlePage(
      c.db,
      page('http://wire.example/a?utm=1', 'http://wire.example/a', 'first text'),
      article('http://wire.example/a', 'first text'),
      ['http://wire.example/a?utm=1', 'http://wire.example/a'],
    );
    expect(c.count()).toBe(1);
    expect(saved).toMatchObject({ version: 1, changed: true });
    const raw = await env.db.selectFrom('raw_pages').select(['id', 'article_id', 'charset', 'final_url']).execute();
    expect(raw).toEqual([{ id: saved.rawPageId, article_id: saved.id, charset: 'utf-8', final_url: 'http://wire.example/a' }]);
    const items = await env.db.selectFrom('feed_items').select(['guid', 'article_id']).orderBy('guid').execute();
    expect(items).toEqual([
      { guid: 'g1', article_id: saved.id },
      { guid: 'g2', article_id: saved.id },
      { guid: 'g3', article_id: null },
    ]);
    const stored = await env.db
      .selectFrom('articles')
      .select([
        'title',
        'agency',
        'agencies',
        'editors',
        'version',
        'host',
        'html',
        'dateline_place',
        'dateline_city',
        'published_precision',
        'url',
        'url_key',
        'external_id',
      ])
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    // The Article is mapped to its columns inside src/db: the primary agency, the host of the
    // canonical URL, an empty html as NULL, the dateline's parts.
    expect(stored).toEqual({
      title: 'Port strike ends',
      agency: 'Xinhua',
      agencies: ['Xinhua'],
      editors: ['Zhang Kaiwei'],
      version: 1,
      host: 'wire.example',
      html: null,
      dateline_place: 'BEIJING',
      dateline_city: null,
      published_precision: 'minute',
      url: 'http://wire.example/a',
      url_key: 'http://wire.example/a',
      external_id: null,
    });
  });

  it('a re-run leaves the same rows; a changed text is a new version of the same article and page row per body', async () => {
    const p = page('http://wire.example/a?utm=1', 'http://wire.example/a', 'first text');
    const a = article('http://wire.example/a', 'first text');
    const first = await storeArticlePage(env.db, p, a, [p.url]);
    const again = await storeArticlePage(env.db, p, a, [p.url]);
    expect(again).toEqual({ ...first, changed: false });
    expect(again.version).toBe(1);
    const changed = await storeArticlePage(
      env.db,
      page(p.url, p.finalUrl, 'second text'),
      article('http://wire.example/a', 'second text'),
      [p.url],
    );
    expect(changed).toMatchObject({ id: first.id, version: 2, changed: true });
    expect(changed.rawPageId).not.toBe(first.rawPageId);
    const counts = await sql<{
      a: number;
      r: number;
    }>`select (select count(*) from articles)::int as a, (select count(*) from raw_pages)::int as r`.execute(env.db);
    expect(counts.rows[0]).toEqual({ a: 1, r: 2 });
  });

  it('upsertArticle is one statement and keeps imported records with the same URL apart', async () => {
    const c = counting();
    const one = await upsertArticle(c.db, { ...article('http://wire.example/imp', 'imported'), externalId: 'rec-1' });
    expect(c.count()).toBe(1);
    const two = await upsertArticle(env.db, { ...article('http://wire.example/imp', 'imported'), externalId: 'rec-2' });
    const oneAgain = await upsertArticle(env.db, { ...article('http://wire.example/imp', 'imported'), externalId: 'rec-1' });
    expect(two.id).not.toBe(one.id);
    expect(oneAgain).toEqual({ ...one, changed: false });
  });

  it('saveRawPage keeps a page that did not become an article, with its charset', async () => {
    const id = await saveRawPage(env.db, {
      ...page('http://wire.example/pdf', 'http://wire.example/pdf', 'not html'),
      charset: 'windows-1251',
      charsetRedetected: 'utf-8 (meta): invalid',
    });
    const row = await env.db
      .selectFrom('raw_pages')
      .select(['article_id', 'charset', 'charset_redetected'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ article_id: null, charset: 'windows-1251', charset_redetected: 'utf-8 (meta): invalid' });
  });

  it('articles.fingerprint is dropped', async () => {
    const cols = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.columns where table_name = 'articles' and column_name = 'fingerprint'`.execute(
      env.db,
    );
    expect(cols.rows[0]!.n).toBe(0);
  });
});

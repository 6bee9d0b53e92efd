/**
 * The fetch job's store statement returns the article as the story assignment reads it, with its
 * site's furniture (issue 16: one statement less per article). What it returns must be what the
 * assignment would have read, and placing with it must give the same stories as the re-read path,
 * one statement fewer per article.
 */
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleInput } from '../../../src/app/article-input.js';
import { placeInStory } from '../../../src/app/place-in-story.js';
import { storeArticlePage, type RawPageInput } from '../../../src/db/articles.repo.js';
import { pgStoryStore, type LoadedStoryArticle } from '../../../src/db/stories.repo.js';
import type { Article } from '../../../src/domain.js';
import { FURNITURE_MIN_PAGES } from '../../../src/dedupe/furniture.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testArticle } from '../../helpers/port-strike-story.js';

/** `a` and `b`: the two paths of the same sequence of writes (ids included); `c`: the field checks. */
let a: TestEnv;
let b: TestEnv;
let c: TestEnv;
beforeAll(async () => {
  [a, b, c] = await Promise.all([freshEnv(), freshEnv(), freshEnv()]);
});
afterAll(async () => Promise.all([a?.cleanup(), b?.cleanup(), c?.cleanup()]));

const page = (url: string, text: string): RawPageInput => ({
  url,
  finalUrl: url,
  httpStatus: 200,
  headers: { 'content-type': 'text/html' },
  contentType: 'text/html',
  body: Buffer.from(`<p>${text}</p>`),
  bodySha256: `sha-${url}-${text.length}`,
  charset: 'utf-8',
});

const store = (db: TestEnv['db'], art: Article) =>
  storeArticlePage(db, page(art.canonicalUrl, art.body), articleInput(art, { url: art.canonicalUrl, fetchedAt: new Date() }), [
    art.canonicalUrl,
  ]);

/** What the assignment's own read gives for `id`: the article, and its site's furniture by the store's separate query. */
async function reread(db: TestEnv['db'], id: number, siteKey: string) {
  const article = await pgStoryStore(db).transaction((tx) => tx.article(String(id)));
  const furniture = await pgStoryStore(db).transaction((tx) => tx.furniture([siteKey], FURNITURE_MIN_PAGES));
  return { article, furniture: [...furniture.get(siteKey)!].sort() };
}

const sorted = (l: LoadedStoryArticle) => ({ article: l.article, furniture: [...l.furniture].sort() });

/** A view of `db` that counts the statements sent through it (BEGIN/COMMIT are not counted). */
function counting(db: TestEnv['db']): { db: TestEnv['db']; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => (n++, args.node),
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), count: () => n };
}

describe('the article returned by the store statement', () => {
  it('is what the assignment reads: fields, cleaned body, site key, furniture (insert and update)', async () => {
    // Furniture of site "wire": two hashes on enough pages, one too rare, one shared with another site.
    await sql`insert into site_paragraphs (site, hash, pages) values
      ('wire', 11, 5), ('wire', 12, ${FURNITURE_MIN_PAGES}), ('wire', 13, 2), ('wire', 14, 9), ('other', 14, 9)`.execute(c.db);
    const text = `Port strike ends\u0000 after talks \uD800 in the capital.\n\n${PORT_STRIKE.join('\n\n')}`;
    const first = await store(
      c.db,
      testArticle('https://wire.example/a', text, '2026-03-01T10:00:00Z', { site: 'Wire', agency: ['Xinhua'] }),
    );
    expect(first.loaded.siteKey).toBe('wire');
    expect(sorted(first.loaded)).toEqual(await reread(c.db, first.id, 'wire'));
    expect(first.loaded.furniture.map(String).sort()).toEqual(['11', '12']);
    expect(first.loaded.article.body).not.toContain('\u0000');
    // The conflict branch (a changed text of the same URL): the stored row, first_seen_at kept.
    const second = await store(c.db, testArticle('https://wire.example/a', `${text} More.`, '2026-03-01T11:00:00Z', { site: 'Wire' }));
    expect(second).toMatchObject({ id: first.id, version: 2, changed: true });
    expect(sorted(second.loaded)).toEqual(await reread(c.db, first.id, 'wire'));
    expect(second.loaded.article.firstSeenAt).toEqual(first.loaded.article.firstSeenAt);
    // No site: the host stands in, without furniture.
    const hosted = await store(c.db, testArticle('https://www.Host.example/b', TELESCOPE.join('\n\n'), '2026-03-01T10:00:00Z'));
    expect(hosted.loaded.siteKey).toBe('www.host.example');
    expect(sorted(hosted.loaded)).toEqual(await reread(c.db, hosted.id, 'www.host.example'));
    expect(hosted.loaded.furniture).toEqual([]);
  });
});

describe('placing with the loaded article', () => {
  it('gives the same stories as the re-read path, one statement fewer per article', async () => {
    // Three stories, copies on four sites, each page carrying its site's footer: after enough pages
    // the footer is furniture, so the furniture the statement returned takes part in the decisions.
    const sites = ['alpha.example', 'beta.example', 'gamma.example', 'delta.example'];
    const footer = (site: string) => `Follow ${site} on social media for the latest updates from our newsroom and around the world.`;
    const articles: Article[] = [];
    let n = 0;
    for (const [name, ps] of Object.entries({ strike: PORT_STRIKE, telescope: TELESCOPE, flood: FLOOD })) {
      for (const [t, transform] of Object.entries(TRANSFORMS).slice(0, 8)) {
        const site = sites[n++ % sites.length]!;
        const text = `${transform(ps)}\n\n${footer(site)}`;
        articles.push(testArticle(`https://${site}/${name}/${t}`, text, '2026-03-01T10:00:00Z', { site }));
      }
    }
    const ca = counting(a.db);
    const cb = counting(b.db);
    const placedA = [];
    const placedB = [];
    const saved: number[] = [];
    for (const art of articles) {
      const sa = await store(a.db, art);
      const sb = await store(b.db, art);
      const [na, nb] = [ca.count(), cb.count()];
      placedA.push(await placeInStory(ca.db, sa.id, undefined, sa.loaded));
      placedB.push(await placeInStory(cb.db, sb.id));
      saved.push(cb.count() - nb - (ca.count() - na));
    }
    expect(saved).toEqual(articles.map(() => 1));
    expect(placedA).toEqual(placedB);
    expect(new Set(placedA.map((p) => p!.storyId)).size).toBeLessThan(articles.length);
    const rows = async (db: TestEnv['db']) => ({
      members: await db
        .selectFrom('story_members')
        .select(['article_id', 'story_id', 'role', 'method', 'score', 'compared_article_id'])
        .orderBy('article_id')
        .execute(),
      stories: await db
        .selectFrom('stories')
        .select(['id', 'original_article_id', 'reference_article_id', 'member_count'])
        .orderBy('id')
        .execute(),
      furniture: (
        await sql<{
          site: string;
          hash: string;
          pages: number;
        }>`select site, hash::text, pages from site_paragraphs order by site, hash`.execute(db)
      ).rows,
    });
    const [ra, rb] = await Promise.all([rows(a.db), rows(b.db)]);
    expect(ra).toEqual(rb);
    // The footers did become furniture.
    expect(ra.furniture.filter((f) => f.pages >= FURNITURE_MIN_PAGES).length).toBeGreaterThan(0);
  });
});

/**
 * The views users query (story_articles, syndication_by_site, articles_without_story) on real rows
 * written by the real article upsert and dedupe stage.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimDueFeeds } from '../../../src/db/feeds.repo.js';
import { FLOOD, body } from '../../unit/dedupe/texts.js';
import { createIngester, portStrikeStory, testArticle, type Ingester } from '../../helpers/port-strike-story.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
let ids: Ingester['ids'];

beforeAll(async () => {
  env = await freshEnv();
  const ingester = createIngester(env);
  ids = ingester.ids;
  const { ingest } = ingester;
  await portStrikeStory(ingester, { publishedPrecision: 'second' });
  await ingest(
    'other',
    testArticle('https://news.example/flood', body(FLOOD), '2026-03-10T04:00:00Z', { site: 'News Example', publishedPrecision: 'second' }),
  );
  await ingest(
    'pending',
    testArticle('https://news.example/pending', body(FLOOD.slice(1)), '2026-03-10T05:00:00Z', {
      site: 'News Example',
      publishedPrecision: 'second',
    }),
    false,
  );
});
afterAll(async () => env?.cleanup());

describe('views', () => {
  it('story_articles: one flat row per member with the original and the delay after it', async () => {
    const { rows } = await sql<{
      article_id: string;
      role: string;
      is_original: boolean;
      method: string;
      compared_url: string | null;
      original_site: string;
      minutes_after_original: string | null;
    }>`
      select article_id, role, is_original, method, compared_url, original_site, minutes_after_original
      from story_articles where original_url = 'https://english.news.cn/20260310/a1/c.html' order by published_at`.execute(env.db);
    expect(rows.map((r) => [Number(r.article_id), r.role, r.is_original, r.original_site, Number(r.minutes_after_original)])).toEqual([
      [ids.xinhua, 'original', true, 'Xinhua', 0],
      [ids.people, 'repost', false, 'Xinhua', 2],
      [ids.cd, 'repost', false, 'Xinhua', 10],
    ]);
    expect(rows[1]!.compared_url).toBe('https://english.news.cn/20260310/a1/c.html');
    expect(rows[1]!.method).not.toBe('new');
  });

  it('syndication_by_site: which outlets carry which agency, how many and how fast', async () => {
    const { rows } = await sql<{
      agency: string;
      site: string;
      stories: string;
      originals: string;
      reposts: string;
      median_minutes_after_original: number | null;
    }>`
      select agency, site, stories, originals, reposts, median_minutes_after_original from syndication_by_site order by agency, site`.execute(
      env.db,
    );
    expect(
      rows.map((r) => [r.agency, r.site, Number(r.stories), Number(r.originals), Number(r.reposts), r.median_minutes_after_original]),
    ).toEqual([
      ['(none)', 'News Example', 1, 1, 0, null],
      ['Xinhua', 'China Daily', 1, 0, 1, 10],
      ['Xinhua', "People's Daily Online", 1, 0, 1, 2],
      ['Xinhua', 'Xinhua', 1, 1, 0, null],
    ]);
  });

  it('syndication_between: the same counts, for the stories first published in the window only', async () => {
    const { rows } = await sql<{
      agency: string;
      site: string;
      stories: string;
      reposts: string;
      median_minutes_after_original: number | null;
    }>`
      select agency, site, stories, reposts, median_minutes_after_original
      from syndication_between(timestamptz '2026-03-10 02:00Z', timestamptz '2026-03-10 03:30Z') order by agency, site`.execute(env.db);
    expect(rows.map((r) => [r.agency, r.site, Number(r.stories), Number(r.reposts), r.median_minutes_after_original])).toEqual([
      ['Xinhua', 'China Daily', 1, 1, 10],
      ['Xinhua', "People's Daily Online", 1, 1, 2],
      ['Xinhua', 'Xinhua', 1, 0, null],
    ]);
    const later = await sql<{
      agency: string;
    }>`select agency from syndication_between(timestamptz '2026-03-10 03:30Z', timestamptz '2026-03-11')`.execute(env.db);
    expect(later.rows.map((r) => r.agency)).toEqual(['(none)']);
  });

  it("syndication_between gives the all-time view's medians for the same stories (minutes to one decimal)", async () => {
    // A copy 2 min 55 s after the original: the view says 2.9, the function said 2.9166666666666665.
    await sql`update articles set published_at = published_at + interval '55 seconds' where id = ${ids.people}`.execute(env.db);
    const pick = (r: { agency: string; site: string; median_minutes_after_original: number | null }) => [
      r.agency,
      r.site,
      r.median_minutes_after_original,
    ];
    const view = await sql<{ agency: string; site: string; median_minutes_after_original: number | null }>`
      select agency, site, median_minutes_after_original from syndication_by_site where agency = 'Xinhua' order by site`.execute(env.db);
    const fn = await sql<{ agency: string; site: string; median_minutes_after_original: number | null }>`
      select agency, site, median_minutes_after_original from syndication_between(timestamptz '2026-03-10 02:00Z', timestamptz '2026-03-10 03:30Z')
      where agency = 'Xinhua' order by site`.execute(env.db);
    expect(view.rows.map(pick)).toContainEqual(['Xinhua', "People's Daily Online", 2.9]);
    expect(fn.rows.map(pick)).toEqual(view.rows.map(pick));
  });

  it('feed_health: the site, and a never-polled feed is new, a paused one paused', async () => {
    await sql`insert into feeds (url, site) values ('https://feeds.example/a.xml', 'Example Wire'), ('https://feeds.example/b.xml', null)`.execute(
      env.db,
    );
    await sql`update feeds set paused = true where url = 'https://feeds.example/b.xml'`.execute(env.db);
    const { rows } = await sql<{
      url: string;
      site: string | null;
      state: string;
    }>`select url, site, state from feed_health order by url`.execute(env.db);
    expect(rows).toEqual([
      { url: 'https://feeds.example/a.xml', site: 'Example Wire', state: 'new' },
      { url: 'https://feeds.example/b.xml', site: null, state: 'paused' },
    ]);
    // The scheduler does not claim a paused feed, however overdue.
    const due = await claimDueFeeds(env.db, new Date(Date.now() + 86_400_000), 600);
    const urls = await sql<{ url: string }>`select url from feeds where id = any(${due.map((d) => d.id)})`.execute(env.db);
    expect(urls.rows.map((r) => r.url)).toEqual(['https://feeds.example/a.xml']);
  });

  it('articles_without_story: exactly the article dedupe has not placed', async () => {
    const { rows } = await sql<{ article_id: string }>`select article_id from articles_without_story`.execute(env.db);
    expect(rows.map((r) => Number(r.article_id))).toEqual([ids.pending]);
  });
});

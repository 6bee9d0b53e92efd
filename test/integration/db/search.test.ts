/**
 * search_articles() on the real Postgres: Chinese by character bigrams, English and German by
 * their stemmers, the lang filter, ranking (title before body), and the GIN index in the plan.
 * Rows are written by the real article upsert, so the generated search column is what users get.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertArticle } from '../../../src/db/articles.repo.js';
import type { Article } from '../../../src/domain.js';
import { articleInput } from '../../../src/app/article-input.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testArticle } from '../../helpers/port-strike-story.js';

let env: TestEnv;
const ids: Record<string, number> = {};

const ARTICLES: Record<string, { language: string; title: string; body: string }> = {
  zhVisit: {
    language: 'zh',
    title: '普京访华 中俄签署多项合作协议',
    body: '新华社北京5月16日电 国家主席习近平16日在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈。两国元首签署并发表联合声明。',
  },
  zhLater: {
    language: 'zh',
    title: '俄总统将于下周访华',
    body: '据俄罗斯媒体报道，普京将出席在天津举行的峰会。外交部发言人表示，中方欢迎俄方领导人访华。',
  },
  zhOther: {
    language: 'zh',
    title: '长江流域迎来强降雨',
    body: '中央气象台发布暴雨预警，长江中下游地区将出现大到暴雨，局地有大暴雨。',
  },
  enTitle: {
    language: 'en',
    title: 'Cholera outbreak spreads in eastern provinces',
    body: 'Health officials said on Monday that cases had doubled in a week and appealed for clean water supplies.',
  },
  enBody: {
    language: 'en',
    title: 'Health ministry report',
    body: 'The report lists measles, dengue and influenza among the diseases that caused an outbreak this year.',
  },
  enNone: {
    language: 'en',
    title: 'Port strike ends after pay deal',
    body: 'Dock workers returned to work on Tuesday after unions accepted a new pay offer, the port authority said.',
  },
  deOutbreak: {
    language: 'de',
    title: 'Ausbruch der Vogelgrippe in Niedersachsen',
    body: 'Nach dem Ausbruch in einem Geflügelbetrieb wurden die Tiere gekeult, teilte das Landwirtschaftsministerium mit.',
  },
  deHarbour: {
    language: 'de',
    title: 'Streik im Hamburger Hafen beendet',
    body: 'Die Hafenarbeiter nahmen ihre Arbeit am Dienstag wieder auf, nachdem die Gewerkschaften dem Angebot zugestimmt hatten.',
  },
};

function article(key: string): Article {
  const a = ARTICLES[key]!;
  return testArticle(`https://news.example/${key}`, a.body, '2026-05-16T08:00:00Z', { title: a.title, language: a.language });
}

async function search(query: string, lang?: string): Promise<string[]> {
  const { rows } =
    lang === undefined
      ? await sql<{ id: number }>`select id from search_articles(${query})`.execute(env.db)
      : await sql<{ id: number }>`select id from search_articles(${query}, ${lang})`.execute(env.db);
  const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return rows.map((r) => byId.get(Number(r.id)) ?? String(r.id));
}

beforeAll(async () => {
  env = await freshEnv();
  for (const key of Object.keys(ARTICLES)) {
    const stored = await upsertArticle(env.db, articleInput(article(key), { url: `https://news.example/${key}`, fetchedAt: new Date() }));
    ids[key] = stored.id;
  }
});
afterAll(async () => env?.cleanup());

describe('search_articles', () => {
  it('finds Chinese words inside unspaced text (character bigrams)', async () => {
    expect((await search('普京')).sort()).toEqual(['zhLater', 'zhVisit']);
    expect(await search('暴雨')).toEqual(['zhOther']);
    // A longer word is a phrase of its bigrams: 普京访华 is in one title, not just 普京 ... 访华 apart.
    expect(await search('普京访华')).toEqual(['zhVisit']);
    // Several words: all must match.
    expect(await search('普京 天津')).toEqual(['zhLater']);
    expect(await search('莫斯科')).toEqual([]);
  });

  it('stems English: outbreaks finds outbreak, title matches first', async () => {
    expect(await search('outbreaks')).toEqual(['enTitle', 'enBody']);
    expect(await search('Outbreaks', 'en')).toEqual(['enTitle', 'enBody']);
    expect(await search('outbreaks cholera')).toEqual(['enTitle']);
    expect(await search('the outbreak')).toEqual(['enTitle', 'enBody']);
  });

  it('stems German and keeps other languages out when lang is given', async () => {
    expect(await search('Ausbrüche', 'de')).toEqual(['deOutbreak']);
    expect(await search('Hafens')).toEqual(expect.arrayContaining(['deHarbour']));
    expect(await search('outbreak', 'de')).toEqual([]);
    expect(await search('普京', 'en')).toEqual([]);
  });

  it('returns whole article rows and nothing for an empty query', async () => {
    const { rows } = await sql<{
      title: string;
      canonical_url: string;
    }>`select title, canonical_url from search_articles('普京访华')`.execute(env.db);
    expect(rows).toEqual([{ title: ARTICLES.zhVisit!.title, canonical_url: 'https://news.example/zhVisit' }]);
    expect(await search('')).toEqual([]);
    expect(await search('  ')).toEqual([]);
  });

  it('stores per-language vectors: stemmed lexemes and CJK bigrams', async () => {
    const { rows } = await sql<{
      key: string;
      search: string;
    }>`select canonical_url as key, search::text as search from articles order by id`.execute(env.db);
    const vec = (key: string) => rows.find((r) => r.key.endsWith(`/${key}`))!.search;
    expect(vec('enTitle')).toContain("'outbreak':");
    expect(vec('enTitle')).toContain("'provinc':");
    expect(vec('deOutbreak')).toContain("'ausbruch':");
    expect(vec('zhVisit')).toContain("'普京':");
    expect(vec('zhVisit')).not.toContain('普京访华');
  });

  it('uses the GIN index', async () => {
    // Eight rows are a seq scan's to win; on one connection, ask the planner for the index path.
    const { rows } = await env.db.connection().execute(async (c) => {
      await sql`set enable_seqscan = off`.execute(c);
      try {
        return await sql<{ 'QUERY PLAN': string }>`explain select id, title from search_articles('普京') limit 20`.execute(c);
      } finally {
        await sql`reset enable_seqscan`.execute(c);
      }
    });
    expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('articles_search_idx');
  });
});

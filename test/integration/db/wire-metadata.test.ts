/** The wire metadata columns (migration 2026_12_01_2200): written by the real upsert, commented. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertArticle } from '../../../src/db/articles.repo.js';
import type { Article } from '../../../src/domain.js';
import { articleInput } from '../../../src/app/article-input.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

const article: Article = {
  title: 'Habeck will Schutz für Brasiliens Regenwald',
  body: 'Brasília (dpa) - Text.',
  html: '',
  authors: [],
  agency: ['dpa', 'AFP'],
  sources: ['DW'],
  dateline: { place: 'Peking', date: null, city: 'Beijing' },
  editors: [],
  site: 'DW',
  language: 'de',
  publishedAt: new Date('2023-03-14T00:00:00Z'),
  publishedPrecision: 'day',
  timeZoneAssumed: null,
  updatedAt: null,
  canonicalUrl: 'https://www.dw.com/de/a-1',
  leadImage: null,
  wordCount: 3,
  extractor: 'test',
};

describe('articles wire metadata', () => {
  it('stores every agency, the sources, the canonical city and the date precision', async () => {
    const { id } = await upsertArticle(env.db, articleInput(article, { url: article.canonicalUrl, fetchedAt: new Date() }));
    const row = await env.db
      .selectFrom('articles')
      .select(['agency', 'agencies', 'sources', 'dateline_place', 'dateline_city', 'published_precision', 'time_zone_assumed'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      agency: 'dpa',
      agencies: ['dpa', 'AFP'],
      sources: ['DW'],
      dateline_place: 'Peking',
      dateline_city: 'Beijing',
      published_precision: 'day',
      time_zone_assumed: null,
    });
    const zoned = {
      ...article,
      canonicalUrl: 'https://www.dw.com/de/a-2',
      publishedAt: new Date('2023-03-14T09:00:00Z'),
      publishedPrecision: 'minute' as const,
      timeZoneAssumed: 'Europe/Berlin',
    };
    const second = await upsertArticle(env.db, articleInput(zoned, { url: zoned.canonicalUrl, fetchedAt: new Date() }));
    const r2 = await env.db
      .selectFrom('articles')
      .select(['published_precision', 'time_zone_assumed'])
      .where('id', '=', second.id)
      .executeTakeFirstOrThrow();
    expect(r2).toEqual({ published_precision: 'minute', time_zone_assumed: 'Europe/Berlin' });
  });

  it('rejects an unknown precision', async () => {
    await expect(sql`update articles set published_precision = 'hour'`.execute(env.db)).rejects.toThrow(/check/i);
  });

  it('comments every new column', async () => {
    const { rows } = await sql<{ column_name: string; comment: string | null }>`
      select column_name, col_description('articles'::regclass, ordinal_position) as comment
      from information_schema.columns where table_name = 'articles'
        and column_name in ('agencies', 'sources', 'dateline_city', 'published_precision', 'time_zone_assumed')`.execute(env.db);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r.comment, r.column_name).toMatch(/\S+ \S+ \S+ \S+/);
  });
});

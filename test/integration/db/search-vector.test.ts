/**
 * Migration 2026_12_02_0900_cheaper_article_insert rewrote the functions behind articles.search
 * for CPU (issue 16) and must give the same vectors, byte for byte, as the definition of
 * 2026_12_01_2230_search_by_language: the stored vectors were not recomputed, and search results
 * (phrases of CJK bigrams, ts_rank_cd) depend on every lexeme, weight and position. The reference
 * here is that definition, written out again; the cases cover what the new one skips (text
 * without CJK) and what it must keep (CJK in the title only, the body only, both; positions past
 * the parts; the per-lexeme position caps).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheaperArticleInsert from '../../../migrations/2026_12_02_0900_cheaper_article_insert.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
  // The 2026_12_01_2230 definitions: the text -> regconfig map (cast at run time) and the vector.
  await sql`
    create function legacy_ts_config(lang text) returns regconfig language sql stable
    return (case wirehouse_lang_code(lang) when 'en' then 'english' when 'de' then 'german' when 'ru' then 'russian'
      when 'fr' then 'french' when 'nb' then 'norwegian' when 'tr' then 'turkish' else 'simple' end)::regconfig`.execute(env.db);
  await sql`
    create function legacy_search_vector(lang text, title text, body text) returns tsvector language sql stable
    return setweight(to_tsvector(legacy_ts_config(lang), wirehouse_strip_cjk(title)), 'A')
        || setweight(to_tsvector('simple'::regconfig, wirehouse_cjk_bigrams(title)), 'A')
        || setweight(to_tsvector(legacy_ts_config(lang), wirehouse_strip_cjk(body)), 'D')
        || setweight(to_tsvector('simple'::regconfig, wirehouse_cjk_bigrams(body)), 'D')`.execute(env.db);
});
afterAll(async () => env?.cleanup());

const many = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

const CASES: [lang: string | null, title: string | null, body: string | null][] = [
  ['en', 'Cholera outbreak spreads in the', 'Health officials said on Monday that cases had doubled in a week.'],
  ['en-US', 'The', 'the of and'],
  ['de', 'Ausbruch der Vogelgrippe', 'Nach dem Ausbruch in einem Geflügelbetrieb wurden die Tiere gekeult.'],
  ['ru', 'Путин прибыл в Пекин', 'Президент России Владимир Путин прибыл в Пекин с государственным визитом.'],
  ['zh', '普京访华 中俄签署多项合作协议', '新华社北京5月16日电 国家主席习近平16日在人民大会堂同普京举行会谈。'],
  ['zh-CN', 'Xi and Putin meet', '普京访华 and talks in 北京 (Xinhua) 京'],
  ['zh', '普京访华 summit', 'No CJK in this body at all.'],
  ['ja', 'カタカナとひらがな・漢字', '東京 — 日本銀行は金曜日、政策金利を据え置いた。'],
  ['ko', '한국 대통령', '서울 (연합뉴스) 대통령은 월요일에 말했다.'],
  ['fr', null, 'Le président est arrivé à Pékin.'],
  ['en', 'Title only', null],
  [null, 'No language given', 'Words under the simple configuration.'],
  ['xx', 'Unknown code', 'Falls back to simple.'],
  ['en', '', ''],
  ['en', null, null],
  ['en', many('strike', 300), many('port', 400)],
  ['zh', many('京', 300), many('北京', 300)],
  ['en', 'Long body', many('word', 17000)],
  ['tr', 'İstanbul', 'Işık ILIK ılık'],
];

describe('articles.search after 2026_12_02_0900', () => {
  it('computes the same vectors as the search_by_language definition', async () => {
    for (const [lang, title, body] of CASES) {
      const { rows } = await sql<{ now: string; before: string }>`
        select wirehouse_search_vector(${lang}, ${title}, ${body})::text as now,
               legacy_search_vector(${lang}, ${title}, ${body})::text as before`.execute(env.db);
      expect(rows[0]!.now, `${lang} ${title?.slice(0, 30)}`).toBe(rows[0]!.before);
    }
  });

  it('maps every language code to the configuration it mapped to before', async () => {
    const codes = ['ar', 'hy', 'eu', 'ca', 'da', 'nl', 'en', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'ne', 'no', 'nb'];
    const more = ['nn', 'pt', 'ro', 'ru', 'sr', 'es', 'sv', 'ta', 'tr', 'yi', 'zh', 'ja', 'EN', 'zh_CN', 'pt-BR', '', 'xx'];
    const { rows } = await sql<{ code: string; cfg: string }>`
      select code, wirehouse_ts_config(code)::text as cfg from unnest(${[...codes, ...more]}::text[]) as code`.execute(env.db);
    const { rows: have } = await sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(env.db);
    const names = new Set(have.map((r) => r.cfgname));
    const expected: Record<string, string> = { ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', da: 'danish', nl: 'dutch' };
    Object.assign(expected, { en: 'english', fi: 'finnish', fr: 'french', de: 'german', el: 'greek', hi: 'hindi', hu: 'hungarian' });
    Object.assign(expected, { id: 'indonesian', ga: 'irish', it: 'italian', lt: 'lithuanian', ne: 'nepali', no: 'norwegian' });
    Object.assign(expected, { nb: 'norwegian', nn: 'norwegian', pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian' });
    Object.assign(expected, { es: 'spanish', sv: 'swedish', ta: 'tamil', tr: 'turkish', yi: 'yiddish', EN: 'english' });
    Object.assign(expected, { zh_CN: 'simple', 'pt-BR': 'portuguese' });
    for (const r of rows) {
      const want = expected[r.code] ?? 'simple';
      expect(r.cfg, r.code).toBe(names.has(want) ? want : 'simple');
    }
  });

  it('inlines the language map (no SQL-function call per statement) and stores the vector uncompressed', async () => {
    const { rows } = await sql<{ 'QUERY PLAN': string }>`
      explain verbose select wirehouse_ts_config(language) from articles`.execute(env.db);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('CASE');
    expect(plan).not.toContain('wirehouse_ts_config');
    const { rows: storage } = await sql<{ attstorage: string }>`
      select attstorage from pg_attribute where attrelid = 'articles'::regclass and attname = 'search'`.execute(env.db);
    expect(storage[0]!.attstorage).toBe('e');
  });

  it('stores those vectors in the generated column, before and after the migration is undone and redone', async () => {
    const insert = async (n: number) => {
      for (const [i, [lang, title, body]] of CASES.entries()) {
        await sql`
          insert into articles (canonical_url, url, url_key, host, title, body, language, content_hash, extractor)
          values (${`https://x.example/${n}/${i}`}, 'u', 'k', 'x.example', ${title ?? ''}, ${body ?? ''}, ${lang}, 'h', 't')`.execute(
          env.db,
        );
      }
    };
    const mismatches = async () =>
      (
        await sql<{ n: number }>`
        select count(*)::int as n from articles where search::text <> legacy_search_vector(language, title, body)::text`.execute(env.db)
      ).rows[0]!.n;
    await insert(1);
    await cheaperArticleInsert.down(env.db);
    await insert(2);
    await cheaperArticleInsert.up(env.db);
    await insert(3);
    expect(await mismatches()).toBe(0);
    const { rows } = await sql<{ lang: string }>`
      select l.lanname as lang from pg_proc p join pg_language l on l.oid = p.prolang where p.proname = 'wirehouse_search_vector'`.execute(
      env.db,
    );
    expect(rows).toEqual([{ lang: 'plpgsql' }]);
  });
});

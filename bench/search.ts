/**
 * The analyst's queries at scale: `search_articles` (Chinese, English, German, Russian words) and the
 * time-windowed syndication query, on a store of synthetic articles (default 220k, issue 14's bar:
 * index used, < 100 ms at 200k+). Prints EXPLAIN (ANALYZE) of each query and the median wall time
 * of 5 warm runs measured from the client.
 *
 *   npx tsx bench/search.ts [--size 220000] [--keep] [--reuse]
 *
 * Database: BENCH_SEARCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/wirehouse_bench_search,
 * created fresh and dropped at the end unless --keep; --reuse measures a kept database as it is.
 *
 * The rows are generated in SQL: per language a vocabulary of real words (English, German, Russian,
 * French) or Chinese words and phrases, bodies of 120-250 words (Chinese: 60-150 words, about 300
 * characters), published over 120 days, language mix 45% en, 25% zh, 12% de, 10% ru, 8% fr.
 * Marker words appear in about 1% of their language's articles (p = 0.00006 per word) (outbreak, Ausbruch, 普京, Путин), so
 * a search returns a few hundred to a few thousand rows, as the issue's 'outbreak' did (2,403 at 214k).
 * Every 3 consecutive articles form one story (the first is the original), for the syndication query.
 */
import { sql } from 'kysely';
import { createDb, dropDatabase, ensureDatabase, type Db } from '../src/db/db.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { printedHelp } from './usage.js';

const EN = `government minister said on monday that the country would expand trade with its neighbours after talks in the capital
president parliament election vote economy growth percent market shares bank interest rate inflation prices energy oil gas
police court ruling report officials agency news conference statement weather storm flood rain drought farmers harvest
hospital health vaccine patients doctors school students university research scientists space satellite launch rocket
company profits quarter sales workers strike port ships cargo airline flights airport tourism visitors festival culture
city mayor council residents housing construction bridge railway train station road traffic accident fire rescue troops
border security defence military exercise ceremony anniversary summit leaders cooperation agreement signed delegation`;
const DE = `die regierung sagte am montag dass das land den handel mit seinen nachbarn nach gesprächen in der hauptstadt ausweiten werde
präsident parlament wahl abstimmung wirtschaft wachstum prozent markt aktien bank zinsen inflation preise energie öl gas
polizei gericht urteil bericht beamte agentur pressekonferenz erklärung wetter sturm hochwasser regen dürre bauern ernte
krankenhaus gesundheit impfstoff patienten ärzte schule studenten universität forschung wissenschaftler raumfahrt satellit
unternehmen gewinne quartal umsatz arbeiter streik hafen schiffe fracht flüge flughafen tourismus besucher kultur stadt`;
const RU = `правительство заявило в понедельник что страна расширит торговлю с соседями после переговоров в столице президент
парламент выборы голосование экономика рост процентов рынок акции банк ставка инфляция цены энергия нефть газ полиция суд
решение доклад чиновники агентство пресс конференция заявление погода шторм наводнение дождь засуха фермеры урожай больница
здоровье вакцина пациенты врачи школа студенты университет исследования ученые космос спутник запуск ракета компания прибыль`;
const FR = `le gouvernement a déclaré lundi que le pays allait développer ses échanges avec ses voisins après des entretiens dans la capitale
président parlement élection vote économie croissance pour cent marché actions banque taux inflation prix énergie pétrole gaz
police tribunal décision rapport responsables agence conférence de presse déclaration météo tempête inondation pluie sécheresse`;
const ZH = `新华社 北京 记者 报道 中国 国际 经济 发展 合作 会议 总统 政府 外交部 发言人 表示 双方 关系 领域 推动 建设
一带一路 倡议 贸易 投资 企业 市场 增长 百分之 人民 社会 文化 交流 活动 举行 开幕 代表团 访问 会见 会谈 声明 地区 和平
安全 稳定 气候 变化 能源 科技 创新 数字 农业 粮食 旅游 教育 学生 医院 卫生 疫苗 城市 交通 铁路 港口 航空 天气 暴雨 洪水`;

const LANGS = [
  { lang: 'en', share: 45, words: EN, marker: 'outbreak', min: 120, max: 250 },
  { lang: 'zh', share: 25, words: ZH, marker: '普京', min: 60, max: 150 },
  { lang: 'de', share: 12, words: DE, marker: 'Ausbruch', min: 120, max: 250 },
  { lang: 'ru', share: 10, words: RU, marker: 'Путин', min: 120, max: 250 },
  { lang: 'fr', share: 8, words: FR, marker: 'épidémie', min: 120, max: 250 },
] as const;

const BATCH = 10_000;

/** Inserts rows [from, to) of the synthetic store (articles, then their stories and members). */
async function fill(db: Db, from: number, to: number): Promise<void> {
  // Deterministic per row: setseed per batch, language by i mod 100.
  const bands: string[] = [];
  let at = 0;
  for (const l of LANGS) {
    bands.push(`when (g.i % 100) < ${at + l.share} then ${LANGS.indexOf(l) + 1}`);
    at += l.share;
  }
  const words = (l: (typeof LANGS)[number]): string =>
    `array[${l.words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => `'${w}'`)
      .join(',')}]::text[]`;
  const spec = sql.raw(
    `(values ${LANGS.map((l, k) => `(${k + 1}, '${l.lang}', '${l.marker}', ${l.min}, ${l.max}, ${words(l)})`).join(', ')})`,
  );
  const sep = sql.raw(`case when s.lang = 'zh' then '' else ' ' end`);
  // `+ 0 * w` ties the pick to the inner row: an aggregate over outer columns only would be the outer query's.
  const pick = sql.raw('s.words[1 + floor(random() * cardinality(s.words))::int + 0 * w]');
  await sql`select setseed(${(from % 1_000_003) / 1_000_003})`.execute(db);
  await sql`
    with rows as (
      select g.i, s.lang,
             (select string_agg(case when random() < 0.00006 then s.marker else ${pick} end, ${sep})
              from generate_series(1, s.lo + (g.i * 7919) % (s.hi - s.lo)) w) as body,
             (select string_agg(${pick}, ${sep}) from generate_series(1, 8 + g.i % 2) w) as title
      from generate_series(${from}::int, ${to - 1}::int) g(i)
      join ${spec} as s(k, lang, marker, lo, hi, words) on s.k = (case ${sql.raw(bands.join(' '))} end)
    )
    insert into articles (id, canonical_url, url, url_key, host, site, title, body, language, published_at, first_seen_at, content_hash, extractor, word_count, authors)
    select r.i + 1, 'https://bench.example/' || r.lang || '/' || r.i, 'https://bench.example/' || r.lang || '/' || r.i,
           'bench.example/' || r.lang || '/' || r.i, 'bench.example', 'Site ' || (r.i % 40), r.title, r.body, r.lang,
           timestamptz '2026-08-01 00:00Z' + (r.i % 120) * interval '1 day' + (r.i % 1440) * interval '1 minute',
           timestamptz '2026-08-01 00:00Z' + (r.i % 120) * interval '1 day' + (r.i % 1440) * interval '1 minute',
           md5(r.body), 'bench', 200, array['Author ' || (r.i % 500)]
    from rows r`.execute(db);
  await sql`
    insert into stories (id, original_article_id, title, agency, first_published_at, member_count)
    select a.id, a.id, a.title, (array['Xinhua','TASS','AP','Reuters','AFP'])[1 + (a.id % 5)], a.published_at, 3
    from articles a where a.id > ${from} and a.id <= ${to} and (a.id - 1) % 3 = 0`.execute(db);
  await sql`
    insert into story_members (article_id, story_id, role, method, score)
    select a.id, a.id - (a.id - 1) % 3, case when (a.id - 1) % 3 = 0 then 'original' else 'repost' end,
           case when (a.id - 1) % 3 = 0 then 'new' else 'near_dup' end, 1
    from articles a where a.id > ${from} and a.id <= ${to}
      and exists (select 1 from stories s where s.id = a.id - (a.id - 1) % 3)`.execute(db);
}

interface Probe {
  name: string;
  query: string;
}

const PROBES: Probe[] = [
  { name: "search_articles('普京') limit 20", query: "select id, title from search_articles('普京') limit 20" },
  { name: "search_articles('普京 会谈') limit 20", query: "select id, title from search_articles('普京 会谈') limit 20" },
  { name: "search_articles('outbreaks') limit 20", query: "select id, title from search_articles('outbreaks') limit 20" },
  { name: "search_articles('outbreaks', 'en') limit 20", query: "select id, title from search_articles('outbreaks', 'en') limit 20" },
  {
    name: "search_articles('Ausbrüche Hafen', 'de') limit 20",
    query: "select id, title from search_articles('Ausbrüche Hafen', 'de') limit 20",
  },
  { name: "search_articles('путина') limit 20", query: "select id, title from search_articles('путина') limit 20" },
  { name: "count(*) from search_articles('outbreaks')", query: "select count(*) from search_articles('outbreaks')" },
  {
    name: 'syndication_between(now-7d, now) for Xinhua',
    query:
      "select site, stories, reposts, median_minutes_after_original from syndication_between(timestamptz '2026-11-21', timestamptz '2026-11-28') where agency = 'Xinhua' order by stories desc",
  },
];

async function time(db: Db, query: string): Promise<number> {
  const t0 = performance.now();
  await sql.raw(query).execute(db);
  return performance.now() - t0;
}

export async function run(argv: readonly string[] = []): Promise<void> {
  const at = argv.indexOf('--size');
  const size = at >= 0 ? Number(argv[at + 1]) : 220_000;
  const url = process.env['BENCH_SEARCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/wirehouse_bench_search';
  const reuse = argv.includes('--reuse');
  if (!reuse) await dropDatabase(url);
  await ensureDatabase(url);
  const db = createDb(url, { max: 2 });
  try {
    await migrateToLatest(db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(db);
    const stored = rows[0]!.n;
    if (stored < size) {
      const t0 = performance.now();
      for (let from = stored; from < size; from += BATCH) {
        await fill(db, from, Math.min(size, from + BATCH));
        process.stdout.write(`\rfilled ${Math.min(size, from + BATCH)} / ${size} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      }
      process.stdout.write('\n');
      await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`.execute(db);
      await sql`select setval(pg_get_serial_sequence('stories', 'id'), (select max(id) from stories))`.execute(db);
      await sql`vacuum (analyze) articles`.execute(db);
      await sql`vacuum (analyze) stories`.execute(db);
      await sql`vacuum (analyze) story_members`.execute(db);
      console.log(`fill: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    const { rows: langs } = await sql<{
      language: string;
      n: number;
    }>`select language, count(*)::int as n from articles group by 1 order by 2 desc`.execute(db);
    console.log(`articles: ${langs.map((l) => `${l.language} ${l.n}`).join(', ')}`);
    for (const p of PROBES) {
      const plan = await sql.raw<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${p.query}`).execute(db);
      const times: number[] = [];
      for (let k = 0; k < 5; k++) times.push(await time(db, p.query));
      times.sort((a, b) => a - b);
      const { rows: res } = await sql.raw<Record<string, unknown>>(p.query).execute(db);
      console.log(
        `\n--- ${p.name}: median ${times[2]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[4]!.toFixed(1)}), ${res.length} rows`,
      );
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  } finally {
    await db.destroy();
    if (!argv.includes('--keep')) await dropDatabase(url);
  }
}

if (import.meta.url === `file://${process.argv[1]}` && !printedHelp(process.argv.slice(2), import.meta.url))
  await run(process.argv.slice(2));

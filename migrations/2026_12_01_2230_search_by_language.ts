/**
 * Full-text search that works per language and for Chinese, Japanese and Korean, with no server
 * extension (the compose file runs a stock postgres:15):
 *
 *  - `articles.search` is rebuilt from the article's language: the stemming configuration
 *    Postgres ships for it (english, german, russian, ...; `simple` for the rest), so
 *    'outbreaks' finds 'outbreak'. Title words weigh A, body words D.
 *  - CJK runs are taken out of that text and indexed as overlapping character bigrams
 *    (普京访华 -> 普京 京访 访华) under `simple`: the default parser would otherwise make a whole
 *    clause one token, and bigrams are the usual extension-free scheme (Lucene's CJKAnalyzer).
 *  - `search_articles(query, lang)` turns plain words in any language into a tsquery the same way
 *    and returns matching articles best first. It is one inlinable SQL SELECT, so an outer
 *    `limit` becomes a top-N sort over the GIN matches.
 *
 * The language -> configuration map is built from the configurations this server has, so a
 * build without some snowball stemmer still migrates (those languages fall back to `simple`).
 */
import { sql, type Kysely } from 'kysely';

/** ISO 639-1 code -> snowball configuration name shipped with Postgres 13+. */
const CONFIGS: Record<string, string> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', da: 'danish', nl: 'dutch', en: 'english',
  fi: 'finnish', fr: 'french', de: 'german', el: 'greek', hi: 'hindi', hu: 'hungarian', id: 'indonesian',
  ga: 'irish', it: 'italian', lt: 'lithuanian', ne: 'nepali', no: 'norwegian', nb: 'norwegian', nn: 'norwegian',
  pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian', es: 'spanish', sv: 'swedish', ta: 'tamil',
  tr: 'turkish', yi: 'yiddish',
};

/**
 * Han (with extension A, compatibility ideographs and the supplementary planes), kana and Hangul:
 * the scripts written without spaces between words (Hangul is spaced, but bigrams serve it too).
 */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\U00020000-\\U0003134f]';

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(db);
  const have = new Set(rows.map((r) => r.cfgname));
  const pairs = Object.entries(CONFIGS).filter(([, cfg]) => have.has(cfg));
  // Codes and names are the constants above, safe to inline.
  const cases = pairs.map(([code, cfg]) => `when '${code}' then '${cfg}'`).join(' ');
  const configList = [...new Set(pairs.map(([, cfg]) => cfg))].map((c) => `'${c}'::regconfig`).join(', ');
  const cjkRun = sql.lit(`${CJK}+`);

  await sql`
    create function wirehouse_lang_code(lang text) returns text
    language sql immutable parallel safe
    return nullif(lower(split_part(replace(coalesce(lang, ''), '_', '-'), '-', 1)), '')`.execute(db);
  await sql`comment on function wirehouse_lang_code(text) is ${sql.lit('Primary language subtag, lower case: zh-CN, zh_cn and ZH all give zh; NULL for NULL or empty.')}`.execute(db);

  await sql`
    create function wirehouse_ts_config(lang text) returns regconfig
    language sql immutable parallel safe
    return (case wirehouse_lang_code(lang) ${sql.raw(cases)} else 'simple' end)::regconfig`.execute(db);
  await sql`comment on function wirehouse_ts_config(text) is ${sql.lit('Text search configuration used for an article in this language: the stemming configuration Postgres ships for it, else simple.')}`.execute(db);

  await sql`
    create function wirehouse_ts_configs() returns regconfig[]
    language sql immutable parallel safe
    return array[${sql.raw(configList || `'simple'::regconfig`)}, 'simple'::regconfig]`.execute(db);
  await sql`comment on function wirehouse_ts_configs() is ${sql.lit('Every configuration wirehouse_ts_config can return (simple last); a query in an unknown language is tried under each.')}`.execute(db);

  await sql`
    create function wirehouse_strip_cjk(t text) returns text
    language sql immutable parallel safe
    return regexp_replace(coalesce(t, ''), ${cjkRun}, ' ', 'g')`.execute(db);
  await sql`comment on function wirehouse_strip_cjk(text) is ${sql.lit('The text with CJK runs replaced by a space (they are indexed as bigrams instead).')}`.execute(db);

  // Runs of one character stay as they are (a lone 京 between punctuation); longer runs give
  // their overlapping bigrams in order, so adjacent bigrams sit at adjacent positions (<-> works).
  await sql`
    create function wirehouse_cjk_bigrams(t text) returns text
    language sql immutable parallel safe
    begin atomic
      select coalesce(string_agg(g.bigrams, ' ' order by g.n), '')
      from (select m.n,
                   case when char_length(m.run[1]) = 1 then m.run[1]
                        else (select string_agg(substr(m.run[1], i, 2), ' ' order by i)
                              from generate_series(1, char_length(m.run[1]) - 1) i) end as bigrams
            from regexp_matches(coalesce(t, ''), ${sql.lit(`(${CJK}+)`)}, 'g') with ordinality as m(run, n)) g;
    end`.execute(db);
  await sql`comment on function wirehouse_cjk_bigrams(text) is ${sql.lit('CJK runs of the text as space-separated overlapping character bigrams (普京访华 -> 普京 京访 访华); single characters as themselves.')}`.execute(db);

  await sql`
    create function wirehouse_search_vector(lang text, title text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector(wirehouse_ts_config(lang), wirehouse_strip_cjk(title)), 'A')
        || setweight(to_tsvector('simple'::regconfig, wirehouse_cjk_bigrams(title)), 'A')
        || setweight(to_tsvector(wirehouse_ts_config(lang), wirehouse_strip_cjk(body)), 'D')
        || setweight(to_tsvector('simple'::regconfig, wirehouse_cjk_bigrams(body)), 'D')`.execute(db);
  await sql`comment on function wirehouse_search_vector(text, text, text) is ${sql.lit('The articles.search vector: title (weight A) and body (D) under the language\'s configuration, plus their CJK bigrams under simple.')}`.execute(db);

  // The query side. Each CJK run must appear as a phrase of its bigrams (a single character as a
  // prefix of a bigram). The other words are parsed under the language's configuration, or, for
  // an unknown language, under each configuration in turn with the results OR-ed: an English
  // article matches the english reading of the words, a German one the german reading. Reading
  // per configuration (not per word) keeps each language's stop words out of its own branch.
  await sql`
    create function wirehouse_search_query(query text, lang text default null) returns tsquery
    language plpgsql stable parallel safe
    set client_min_messages = warning
    as $$
    declare
      words text := btrim(wirehouse_strip_cjk(query));
      result tsquery := '';
      cfg regconfig;
      part tsquery;
      run text;
      cjk tsquery;
      seen text[] := '{}';
    begin
      if words <> '' then
        if wirehouse_lang_code(lang) is not null then
          result := plainto_tsquery(wirehouse_ts_config(lang), words);
        else
          foreach cfg in array wirehouse_ts_configs() loop
            part := plainto_tsquery(cfg, words);
            -- Most stemmers agree on most words: one branch per distinct reading.
            if numnode(part) > 0 and not part::text = any(seen) then
              seen := seen || part::text;
              result := case when numnode(result) = 0 then part else result || part end;
            end if;
          end loop;
        end if;
      end if;
      for run in select m[1] from regexp_matches(coalesce(query, ''), ${sql.raw(`'(${CJK}+)'`)}, 'g') m loop
        if char_length(run) = 1 then
          cjk := to_tsquery('simple', quote_literal(run) || ':*');
        else
          cjk := phraseto_tsquery('simple', wirehouse_cjk_bigrams(run));
        end if;
        result := case when numnode(result) = 0 then cjk else result && cjk end;
      end loop;
      return result;
    end
    $$`.execute(db);
  await sql`comment on function wirehouse_search_query(text, text) is ${sql.lit('The tsquery search_articles uses for plain words in any language (see search_articles).')}`.execute(db);

  await sql`drop index if exists articles_search_idx`.execute(db);
  await sql`alter table articles drop column search`.execute(db);
  await sql`
    alter table articles add column search tsvector
    generated always as (wirehouse_search_vector(language, title, body)) stored`.execute(db);
  await sql`create index articles_search_idx on articles using gin (search)`.execute(db);
  await sql`comment on column articles.search is ${sql.lit('Full-text search vector over title (weight A) and body (D): stemmed with the configuration of the article\'s language (simple when Postgres has none), plus CJK character bigrams. Query it with search_articles(), or search @@ wirehouse_search_query(words, lang).')}`.execute(db);

  await sql`
    create function search_articles(query text, lang text default null) returns setof articles
    language sql stable parallel safe
    as $$
      select a.*
      from wirehouse_search_query(query, lang) q, articles a
      where a.search @@ q
        and (wirehouse_lang_code(lang) is null or wirehouse_lang_code(a.language) = wirehouse_lang_code(lang))
      order by ts_rank_cd(a.search, q) desc, a.published_at desc nulls last, a.id desc
    $$`.execute(db);
  await sql`comment on function search_articles(text, text) is ${sql.lit(
    'Articles matching plain words in any language, best first (ts_rank_cd, then newest). ' +
      'All words must match; Chinese/Japanese/Korean text matches as a phrase of character bigrams. ' +
      'lang (ISO 639-1, e.g. en, de, zh) restricts results to articles in that language and stems the words with its configuration; ' +
      'without it the words are tried under every language configuration. Example: select id, title from search_articles(\'普京\') limit 20;',
  )}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists search_articles(text, text)`.execute(db);
  await sql`drop index if exists articles_search_idx`.execute(db);
  await sql`alter table articles drop column search`.execute(db);
  await sql`
    alter table articles add column search tsvector
    generated always as (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, ''))) stored`.execute(db);
  await sql`create index articles_search_idx on articles using gin (search)`.execute(db);
  for (const fn of ['wirehouse_search_query(text, text)', 'wirehouse_search_vector(text, text, text)', 'wirehouse_cjk_bigrams(text)', 'wirehouse_strip_cjk(text)', 'wirehouse_ts_configs()', 'wirehouse_ts_config(text)', 'wirehouse_lang_code(text)']) {
    await sql`drop function if exists ${sql.raw(fn)}`.execute(db);
  }
}

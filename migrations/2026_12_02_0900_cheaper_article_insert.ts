/**
 * Less backend CPU per stored article, same stored values and search results (issue 16; measured
 * with bench/pg-cost.ts, see bench/RESULTS.md "Branch pgw"):
 *
 *  - `wirehouse_ts_config` maps codes to regconfig constants. It cast text to regconfig, a STABLE
 *    cast, so the planner would not inline this IMMUTABLE function: every statement that computed
 *    the search column ran it through the SQL-function executor (parse and plan its body once per
 *    statement, twice per article insert). Constants make it inlinable; the map is read from the
 *    function being replaced, so every code gives the configuration it gave before.
 *  - `wirehouse_search_vector` in PL/pgSQL, same vector. The SQL version was inlined into the
 *    generated column's expression, re-read and re-planned at every insert, and ran the CJK
 *    strip and bigram passes on text without CJK. This one tests each text for CJK once: without
 *    any, the stripped text is the text itself and the bigram vector is empty, so the vector is
 *    to_tsvector of the text (concatenating an empty vector changes nothing, the positions of
 *    what follows included).
 *  - `articles.search` is stored EXTERNAL (no compression attempt): pglz compressed none of 240
 *    wire articles' vectors by the 25% it requires, after trying each whole value.
 *  - `articles.body` and `articles.html` are compressed with lz4 where the server supports it
 *    (PostgreSQL built --with-lz4, as the Debian packages and the postgres images are): 0.07 ms
 *    of CPU per article to compress instead of pglz's 0.35, and a faster read back, for ~10% more
 *    bytes. Existing values keep pglz (both are read transparently); a server without lz4 keeps
 *    pglz. A dump of this schema says SET COMPRESSION lz4: restore it on a server without lz4
 *    with pg_restore --no-toast-compression.
 *
 * The stored search vectors do not change, so nothing is recomputed.
 */
import { sql, type Kysely } from 'kysely';

/** As in 2026_12_01_2230_search_by_language (frozen there; repeated here, not imported). */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\U00020000-\\U0003134f]';

/** The codes 2026_12_01_2230_search_by_language mapped; any other code gave simple. */
const CODES = [
  'ar', 'hy', 'eu', 'ca', 'da', 'nl', 'en', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'ne', 'no', 'nb', 'nn',
  'pt', 'ro', 'ru', 'sr', 'es', 'sv', 'ta', 'tr', 'yi',
];

const TS_CONFIG_COMMENT =
  'Text search configuration used for an article in this language: the stemming configuration Postgres ships for it, else simple.';
const SEARCH_VECTOR_COMMENT =
  "The articles.search vector: title (weight A) and body (D) under the language's configuration, plus their CJK bigrams under simple.";

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ code: string; cfg: string }>`
    select code, wirehouse_ts_config(code)::text as cfg from unnest(${CODES}::text[]) as code`.execute(db);
  // Names come from pg_ts_config via the old function (regconfig output), quoted as literals.
  const cases = rows
    .filter((r) => r.cfg !== 'simple')
    .map((r) => sql`when ${sql.lit(r.code)} then ${sql.lit(r.cfg)}::regconfig`);
  await sql`
    create or replace function wirehouse_ts_config(lang text) returns regconfig
    language sql immutable parallel safe
    return case wirehouse_lang_code(lang) ${sql.join(cases, sql` `)} else 'simple'::regconfig end`.execute(db);
  await sql`comment on function wirehouse_ts_config(text) is ${sql.lit(TS_CONFIG_COMMENT)}`.execute(db);

  // The branches concatenate the same parts in the same order as the SQL version: title (A),
  // title bigrams (A), body (D), body bigrams (D), leaving out the bigram parts that are empty.
  await sql`
    create or replace function wirehouse_search_vector(lang text, title text, body text) returns tsvector
    language plpgsql immutable parallel safe
    as $$
    declare
      cfg regconfig := wirehouse_ts_config(lang);
      t text := coalesce(title, '');
      b text := coalesce(body, '');
      v tsvector;
    begin
      if t ~ ${sql.lit(CJK)} then
        v := setweight(to_tsvector(cfg, wirehouse_strip_cjk(t)), 'A') || setweight(to_tsvector('simple', wirehouse_cjk_bigrams(t)), 'A');
      else
        v := setweight(to_tsvector(cfg, t), 'A');
      end if;
      if b ~ ${sql.lit(CJK)} then
        return v || setweight(to_tsvector(cfg, wirehouse_strip_cjk(b)), 'D') || setweight(to_tsvector('simple', wirehouse_cjk_bigrams(b)), 'D');
      end if;
      return v || setweight(to_tsvector(cfg, b), 'D');
    end
    $$`.execute(db);
  await sql`comment on function wirehouse_search_vector(text, text, text) is ${sql.lit(SEARCH_VECTOR_COMMENT)}`.execute(db);

  await sql`alter table articles alter column search set storage external`.execute(db);
  // lz4 is a build option of the server: without it the columns keep pglz (and this is a no-op).
  await sql`
    do $$
    begin
      alter table articles alter column body set compression lz4, alter column html set compression lz4;
    exception when feature_not_supported then
      raise notice 'lz4 not supported by this server: articles.body and html stay pglz';
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table articles alter column body set compression default, alter column html set compression default`.execute(db);
  await sql`alter table articles alter column search set storage extended`.execute(db);
  // The SQL versions of 2026_12_01_2230_search_by_language (same results).
  await sql`
    create or replace function wirehouse_search_vector(lang text, title text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector(wirehouse_ts_config(lang), wirehouse_strip_cjk(title)), 'A')
        || setweight(to_tsvector('simple'::regconfig, wirehouse_cjk_bigrams(title)), 'A')
        || setweight(to_tsvector(wirehouse_ts_config(lang), wirehouse_strip_cjk(body)), 'D')
        || setweight(to_tsvector('simple'::regconfig, wirehouse_cjk_bigrams(body)), 'D')`.execute(db);
  const { rows } = await sql<{ code: string; cfg: string }>`
    select code, wirehouse_ts_config(code)::text as cfg from unnest(${CODES}::text[]) as code`.execute(db);
  const cases = rows.filter((r) => r.cfg !== 'simple').map((r) => sql`when ${sql.lit(r.code)} then ${sql.lit(r.cfg)}`);
  await sql`
    create or replace function wirehouse_ts_config(lang text) returns regconfig
    language sql immutable parallel safe
    return (case wirehouse_lang_code(lang) ${sql.join(cases, sql` `)} else 'simple' end)::regconfig`.execute(db);
}

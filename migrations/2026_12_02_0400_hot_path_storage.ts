/**
 * Cheaper writes of every stored article, same contents (issue 16; measured with bench/pg-cost.ts):
 *
 *  - raw_pages.body_gzip is stored EXTERNAL (out of line, uncompressed): the bytes are gzip
 *    already, so the default EXTENDED storage had pglz try, and fail, to compress ~40 kB of every
 *    page (0.7 ms of backend CPU per page).
 *  - wirehouse_cjk_bigrams in PL/pgSQL, same output: the SQL version was planned afresh in every
 *    statement that called it (twice per article insert, for the search column: ~0.5 ms even on
 *    text without CJK) and took substr(run, i, 2) for each i, quadratic in a run's length. This one
 *    returns '' at once for text without CJK and walks each run's characters once.
 *
 * The stored search vectors do not change (the function's results are identical), so nothing is
 * recomputed.
 */
import { sql, type Kysely } from 'kysely';

/** As in 2026_12_01_2230_search_by_language (frozen there; repeated here, not imported). */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\U00020000-\\U0003134f]';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table raw_pages alter column body_gzip set storage external`.execute(db);
  await sql`
    create or replace function wirehouse_cjk_bigrams(t text) returns text
    language plpgsql immutable parallel safe
    as $$
    declare
      run text;
      c text;
      prev text;
      grams text[] := '{}';
    begin
      if t is null or t !~ ${sql.lit(CJK)} then
        return '';
      end if;
      for run in select m[1] from regexp_matches(t, ${sql.lit(`(${CJK}+)`)}, 'g') m loop
        if char_length(run) = 1 then
          grams := grams || run;
        else
          prev := null;
          foreach c in array string_to_array(run, null) loop
            if prev is not null then
              grams := grams || (prev || c);
            end if;
            prev := c;
          end loop;
        end if;
      end loop;
      return array_to_string(grams, ' ');
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table raw_pages alter column body_gzip set storage extended`.execute(db);
  // The SQL version of 2026_12_01_2230_search_by_language.
  await sql`
    create or replace function wirehouse_cjk_bigrams(t text) returns text
    language sql immutable parallel safe
    begin atomic
      select coalesce(string_agg(g.bigrams, ' ' order by g.n), '')
      from (select m.n,
                   case when char_length(m.run[1]) = 1 then m.run[1]
                        else (select string_agg(substr(m.run[1], i, 2), ' ' order by i)
                              from generate_series(1, char_length(m.run[1]) - 1) i) end as bigrams
            from regexp_matches(coalesce(t, ''), ${sql.lit(`(${CJK}+)`)}, 'g') with ordinality as m(run, n)) g;
    end`.execute(db);
}

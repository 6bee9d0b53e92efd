/**
 * `article_bands.at` may be null: the bands of an imported record with no publication date. Its
 * first-seen time is when it was imported, not when the page was out (a crawled page is fetched
 * minutes to hours after it is out, so there the fetch time stands in for a missing date): placed
 * at its import time it was years from its story, and no lookup window reached it. A null `at` is
 * read by every lookup, through a partial index that holds only those rows (empty unless undated
 * records were imported), and a lookup from such a record has no window (src/db/stories.repo.ts).
 */
import { sql, type Kysely } from 'kysely';

const AT_COMMENT =
  "The article's time (published, else first seen when fetched), for the lookup window; null for an imported record with no publication date, which every lookup reads (article_bands_undated_idx).";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table article_bands alter column at drop not null`.execute(db);
  await sql`create index if not exists article_bands_undated_idx on article_bands (band) include (article_id) where at is null`.execute(db);
  await sql`comment on index article_bands_undated_idx is ${sql.lit('The bands of undated imported records (null at), which every lookup reads whatever its window.')}`.execute(db);
  await sql`comment on column article_bands.at is ${sql.lit(AT_COMMENT)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update article_bands b set at = a.first_seen_at from articles a where b.article_id = a.id and b.at is null`.execute(db);
  await sql`delete from article_bands where at is null`.execute(db);
  await sql`drop index if exists article_bands_undated_idx`.execute(db);
  await sql`alter table article_bands alter column at set not null`.execute(db);
  await sql`comment on column article_bands.at is ${sql.lit("The article's time (published, else first seen), for the lookup window.")}`.execute(db);
}

/**
 * `article_bands.band` as int8 (the band keys are signed 64-bit integers, see src/dedupe/fingerprint.ts):
 * half the row and index size of the decimal text and integer comparisons instead of collated text.
 * Indexes reshaped for the two uses: the lookup `band = any($keys) and at between ...` reads only
 * (band, at, article_id), so one covering index serves it as an index-only scan; uniqueness and
 * cascading deletes by article use the primary key (article_id, band), which replaces both the old
 * (band, article_id) key and the separate article_id index. Two indexes to maintain instead of three.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists article_bands_band_at_idx`.execute(db);
  await sql`drop index if exists article_bands_article_idx`.execute(db);
  await sql`alter table article_bands drop constraint article_bands_pkey`.execute(db);
  await sql`alter table article_bands alter column band type int8 using band::int8`.execute(db);
  await sql`alter table article_bands add constraint article_bands_pkey primary key (article_id, band)`.execute(db);
  await sql`create index article_bands_band_at_idx on article_bands (band, at) include (article_id)`.execute(db);
  await sql`comment on column article_bands.band is ${sql.lit('Band key: a signed 64-bit hash of one band of the MinHash signature (full text or lead window).')}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists article_bands_band_at_idx`.execute(db);
  await sql`alter table article_bands drop constraint article_bands_pkey`.execute(db);
  await sql`alter table article_bands alter column band type text using band::text`.execute(db);
  await sql`alter table article_bands add constraint article_bands_pkey primary key (band, article_id)`.execute(db);
  await sql`create index article_bands_band_at_idx on article_bands (band, at)`.execute(db);
  await sql`create index article_bands_article_idx on article_bands (article_id)`.execute(db);
  await sql`comment on column article_bands.band is ${sql.lit('Band key (a hash of one band of the MinHash signature, or of a lead shingle set).')}`.execute(db);
}

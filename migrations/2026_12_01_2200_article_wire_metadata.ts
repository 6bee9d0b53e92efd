/**
 * Wire metadata the extractor now reads (issue 11): every credited agency (not only the first),
 * other credited source outlets, the dateline's canonical English city, how precise the
 * publication time is, and the zone a zone-less time was read in.
 */
import { sql, type Kysely } from 'kysely';

const comments: Record<string, string> = {
  agencies: 'Every news agency credited for the story, canonical names (src/normalize/agency-table.ts), the dateline credit first. articles.agency is the first of these.',
  sources: 'Other credited originating outlets, as written on the page ("来源：第一财经日报" gives 第一财经日报; syndication partners).',
  dateline_city: 'Canonical English name of the dateline city (北京, Peking and BEIJING give Beijing); null when the place is not in the city table. dateline_place keeps the place as written.',
  published_precision: 'How much of published_at the page gave: day (published_at is that day 00:00 UTC, no time known), minute or second.',
  time_zone_assumed: 'IANA zone a zone-less published time was read in (the site zone guessed from its domain or language); null when the page gave the offset.',
};

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table articles add column agencies text[] not null default '{}'`.execute(db);
  await sql`alter table articles add column sources text[] not null default '{}'`.execute(db);
  await sql`alter table articles add column dateline_city text`.execute(db);
  await sql`alter table articles add column published_precision text check (published_precision in ('day', 'minute', 'second'))`.execute(db);
  await sql`alter table articles add column time_zone_assumed text`.execute(db);
  // Rows stored before this migration credited at most one agency.
  await sql`update articles set agencies = array[agency] where agency is not null`.execute(db);
  await sql`create index articles_agencies_idx on articles using gin (agencies)`.execute(db);
  for (const [column, text] of Object.entries(comments)) {
    await sql`comment on column ${sql.ref(`articles.${column}`)} is ${sql.lit(text)}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists articles_agencies_idx`.execute(db);
  for (const column of Object.keys(comments)) await sql`alter table articles drop column if exists ${sql.ref(column)}`.execute(db);
}

/**
 * Drops `articles.fingerprint`: the MinHash signature saved with every article was read by
 * nothing (dedupe computes its features from the stored text and keeps its band keys in
 * `article_bands`), and computing and writing it cost ~1-2 ms of CPU and a jsonb column per
 * article (issue 16). `down` puts the column back empty; the data is not recoverable from it.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table articles drop column if exists fingerprint`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table articles add column if not exists fingerprint jsonb`.execute(db);
  await sql`comment on column articles.fingerprint is ${sql.lit('Unused since 2026_12_02_0200 (dropped); re-added empty by the down migration.')}`.execute(db);
}

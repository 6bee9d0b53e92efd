/**
 * `article_bands` without a foreign key to `articles`; a statement-level trigger on `articles`
 * deletes an article's bands instead of ON DELETE CASCADE (issue 16; bench/RESULTS.md, tenth round).
 *
 * Every stored article inserts ~60 band rows, and a foreign key checks each inserted row on its
 * own (an index probe and a KEY SHARE lock of the same article row, 60 times): 3.6 us a row, 60%
 * of the cost of inserting the bands (14,537 rows of the e2e corpus: 87-103 ms with the key, 36-39
 * without). What the key guarded is kept by other means:
 *
 *  - Deleting articles, by any statement (a takedown, or a user's DELETE), deletes their bands:
 *    the trigger below, once per statement over the deleted rows (a join on the primary key
 *    (article_id, band)).
 *  - Bands of an article that does not exist: they are written in the story assignment's
 *    transaction, which also writes the article's story membership, and story_members keeps its
 *    foreign keys; an article deleted before that commits fails the membership insert and the
 *    bands roll back with it. A re-run of an article already in its story writes no membership:
 *    if a takedown commits in between, the re-run may leave bands with no article. Lookups never
 *    return them (candidates are joined to story_members and articles).
 *  - TRUNCATE articles no longer needs CASCADE to get past article_bands, and leaves its rows:
 *    truncate both.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table article_bands drop constraint if exists article_bands_article_id_fkey`.execute(db);
  await sql`
    create or replace function wirehouse_delete_article_bands() returns trigger
    language plpgsql
    as $$
    begin
      delete from article_bands b using deleted_articles d where b.article_id = d.id;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger articles_delete_bands after delete on articles
    referencing old table as deleted_articles
    for each statement execute function wirehouse_delete_article_bands()`.execute(db);
  await sql`comment on function wirehouse_delete_article_bands() is ${sql.lit("Trigger function: deletes the deleted articles' rows of article_bands (which has no foreign key, to keep its inserts cheap).")}`.execute(
    db,
  );
  await sql`comment on trigger articles_delete_bands on articles is ${sql.lit("Deletes the bands of deleted articles (article_bands has no foreign key to articles).")}`.execute(
    db,
  );
  await sql`comment on column article_bands.article_id is ${sql.lit('Article having this band. No foreign key: the articles_delete_bands trigger deletes the bands of a deleted article.')}`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists articles_delete_bands on articles`.execute(db);
  await sql`drop function if exists wirehouse_delete_article_bands()`.execute(db);
  await sql`delete from article_bands b where not exists (select 1 from articles a where a.id = b.article_id)`.execute(db);
  await sql`
    alter table article_bands add constraint article_bands_article_id_fkey
    foreign key (article_id) references articles (id) on delete cascade`.execute(db);
  await sql`comment on column article_bands.article_id is ${sql.lit('Article having this band.')}`.execute(db);
}

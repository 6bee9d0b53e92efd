/**
 * Items a feed updates are fetched again: an agency that rewrites a story in place (a write-thru
 * under the same URL) bumps the item's `updated` (Atom) or `pubDate` (RSS). The poll compares the
 * item's time with the one it stored, and a later one (by over a minute, within two days of the
 * item's first poll, at most a few times per item) enqueues the page again; a changed page becomes
 * a new version of its article, which keeps its story and bridges the outlets' copies of the new
 * text (src/dedupe/decide-story.ts rule 1b).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('feed_items')
    .addColumn('updated_at', 'timestamptz')
    .addColumn('revisions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revised_poll_slot', 'timestamptz')
    .execute();
  const comments: [string, string][] = [
    ['feed_items.updated_at', "The item's latest time as the feed gave it (updated, else published), UTC: a later one re-fetches the page."],
    ['feed_items.revisions', 'How often a later item time re-fetched the page (capped per item).'],
    ['feed_items.revised_poll_slot', 'Slot of the poll that last re-fetched the item; a re-run of that poll enqueues the same re-fetch.'],
  ];
  for (const [column, text] of comments) await sql`comment on column ${sql.ref(column)} is ${sql.lit(text)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('feed_items').dropColumn('updated_at').dropColumn('revisions').dropColumn('revised_poll_slot').execute();
}

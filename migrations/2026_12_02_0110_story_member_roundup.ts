/**
 * story_members.roundup: the member is a round-up (or composite page) of several stories, placed in
 * a story of its own by the dedupe guards (issue 10). Later articles found inside it do not join
 * its story and it bridges nothing; only copies of the round-up itself join it.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('story_members').addColumn('roundup', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
  await sql`comment on column story_members.roundup is ${sql.lit('True when the member is a round-up of several stories (the openings of two or more stories, most of its text): it is its own story, and texts found inside it do not join it.')}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('story_members').dropColumn('roundup').execute();
}

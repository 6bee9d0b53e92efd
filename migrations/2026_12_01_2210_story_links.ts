/**
 * Issue 10, stories as connected verified links:
 *  - stories.reference_article_id: the most complete member, the text later copies verify against;
 *  - story_merges: a story merged into another because an article bridged them (the merged id
 *    stays resolvable: users and exports may hold it);
 *  - site_paragraphs / paragraph_counted: per-site paragraph counts, from which dedupe learns each
 *    site's furniture (header, navigation, stock captions), counted once per article.
 */
import { sql, type Kysely } from 'kysely';

const COMMENTS: Record<string, string> = {
  'stories.reference_article_id': 'The most complete member: the text later copies are verified against (the original may be a shorter agency copy or an early version).',
  story_merges: 'Stories merged into another because one article verified against members of both (a version bridging two partial stories).',
  'story_merges.merged_story_id': 'The story id that no longer exists; its members moved to into_story_id.',
  'story_merges.into_story_id': 'The surviving (older) story at the time of the merge; follow story_merges again if it was merged later.',
  'story_merges.bridge_article_id': 'The article whose links bridged the two stories.',
  'story_merges.merged_at': 'When the merge happened.',
  site_paragraphs: 'Per-site paragraph counts: a paragraph seen on many pages of one site is furniture (header, navigation, caption) and is left out of dedupe comparisons.',
  'site_paragraphs.site': 'Site name (articles.site), else the URL host.',
  'site_paragraphs.hash': 'Signed 64-bit hash of the normalized paragraph text (src/dedupe/furniture.ts paragraphKey).',
  'site_paragraphs.pages': 'Number of pages of the site carrying the paragraph.',
  paragraph_counted: 'Articles whose paragraphs are counted in site_paragraphs (so a re-run counts nothing twice).',
  'paragraph_counted.article_id': 'The counted article.',
};

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table stories add column reference_article_id bigint references articles(id)`.execute(db);
  await sql`update stories set reference_article_id = original_article_id`.execute(db);
  await db.schema
    .createTable('story_merges')
    .addColumn('merged_story_id', 'bigint', (c) => c.primaryKey())
    .addColumn('into_story_id', 'bigint', (c) => c.notNull())
    .addColumn('bridge_article_id', 'bigint', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('merged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('story_merges_into_idx').on('story_merges').column('into_story_id').execute();
  await db.schema
    .createTable('site_paragraphs')
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('hash', 'int8', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('site_paragraphs_pkey', ['site', 'hash'])
    .execute();
  // "Seen on no other site" is a lookup by hash.
  await db.schema.createIndex('site_paragraphs_hash_idx').on('site_paragraphs').column('hash').execute();
  await db.schema
    .createTable('paragraph_counted')
    .addColumn('article_id', 'bigint', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .execute();
  for (const [target, text] of Object.entries(COMMENTS)) {
    const kind = target.includes('.') ? 'column' : 'table';
    await sql`comment on ${sql.raw(kind)} ${sql.raw(target)} is ${sql.lit(text)}`.execute(db);
  }
  await sql`comment on column story_members.compared_article_id is ${sql.lit('The member this article verified against when it joined (any member: stories are connected verified links).')}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('paragraph_counted').ifExists().execute();
  await db.schema.dropTable('site_paragraphs').ifExists().execute();
  await db.schema.dropTable('story_merges').ifExists().execute();
  await sql`alter table stories drop column if exists reference_article_id`.execute(db);
}

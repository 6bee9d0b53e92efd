import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest, migrationStatus } from '../../../src/db/migrate.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

describe('schema', () => {
  it('is fully migrated and re-running migrations is a no-op', async () => {
    const s = await migrationStatus(env.db);
    expect(s.pending).toEqual([]);
    expect(s.applied.length).toBeGreaterThan(0);
    expect(await migrateToLatest(env.db)).toEqual([]);
  });

  it('comments every table, view, table column and view column (the schema is a public interface)', async () => {
    const { rows } = await sql<{ rel: string; col: string | null }>`
      select c.relname as rel, a.attname as col
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'v') and c.relname not like 'kysely_%'
        and (obj_description(c.oid, 'pg_class') is null
             or (a.attname is not null and col_description(c.oid, a.attnum) is null))`.execute(env.db);
    expect(rows).toEqual([]);
  });

  it('has the views users query and a full-text index on articles', async () => {
    const views = await sql<{
      table_name: string;
    }>`select table_name from information_schema.views where table_schema = 'public' order by 1`.execute(env.db);
    expect(views.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['articles_without_story', 'feed_health', 'story_articles', 'story_overview', 'syndication_by_site']),
    );
    const idx = await sql<{
      indexdef: string;
    }>`select indexdef from pg_indexes where tablename = 'articles' and indexdef ilike '%gin%'`.execute(env.db);
    expect(idx.rows.length).toBeGreaterThan(0);
  });

  it('indexes the columns analysts filter on', async () => {
    const { rows } = await sql<{ indexdef: string }>`select indexdef from pg_indexes where schemaname = 'public'`.execute(env.db);
    const defs = rows.map((r) => r.indexdef.replace(/ public\./g, ' '));
    expect(defs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ON articles USING gin \(authors\)/),
        expect.stringMatching(/ON articles USING gin \(editors\)/),
        expect.stringMatching(/ON articles USING gin \(search\)/),
        expect.stringMatching(/ON feed_items USING btree \(article_id\)/),
        expect.stringMatching(/ON stories USING btree \(first_published_at\)/),
      ]),
    );
  });
});

describe('wirehouse_reader', () => {
  it('reads every table and view, also ones created later, and cannot write', async () => {
    await sql`insert into feeds (url) values ('https://feeds.example/r.xml')`.execute(env.db);
    await env.db.connection().execute(async (c) => {
      await sql`create table later_table (x int)`.execute(c);
      await sql`insert into later_table values (1)`.execute(c);
      await sql`set role wirehouse_reader`.execute(c);
      try {
        const feeds = await sql<{ n: number }>`select count(*)::int as n from feeds`.execute(c);
        expect(feeds.rows[0]!.n).toBe(1);
        await sql`select * from feed_health, story_overview, story_articles, syndication_by_site, articles_without_story limit 1`.execute(
          c,
        );
        await sql`select id from search_articles('x') limit 1`.execute(c);
        expect((await sql<{ x: number }>`select x from later_table`.execute(c)).rows).toEqual([{ x: 1 }]);
        await expect(sql`insert into feeds (url) values ('https://feeds.example/w.xml')`.execute(c)).rejects.toThrow(/permission denied/);
        await expect(sql`delete from articles`.execute(c)).rejects.toThrow(/permission denied/);
      } finally {
        await sql`reset role`.execute(c);
        await sql`drop table later_table`.execute(c);
      }
    });
  });
});

/**
 * article_bands has no foreign key to articles (migration 2026_12_03_0800: the key checked each of
 * an article's ~60 band rows on insert); a trigger deletes the bands of deleted articles instead.
 * Whoever deletes articles (a takedown, a user's DELETE of several rows) leaves no bands behind
 * and keeps every other article's; the migration's `down` puts the cascade back.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as bandsTrigger from '../../../migrations/2026_12_03_0800_article_bands_delete_trigger.js';
import { deleteArticle } from '../../../src/db/stories.repo.js';
import { createIngester, portStrikeStory, type Ingester } from '../../helpers/port-strike-story.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
let ingester: Ingester;
beforeAll(async () => {
  env = await freshEnv();
  ingester = createIngester(env);
  await portStrikeStory(ingester);
});
afterAll(async () => env?.cleanup());

async function bandsOf(): Promise<Map<number, number>> {
  const { rows } = await sql<{ id: string; n: number }>`
    select article_id::text as id, count(*)::int as n from article_bands group by article_id`.execute(env.db);
  return new Map(rows.map((r) => [Number(r.id), r.n]));
}

describe('article_bands without a foreign key', () => {
  it('has no foreign key, and the dedupe job wrote bands for every article', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_constraint where conrelid = 'article_bands'::regclass and contype = 'f'`.execute(env.db);
    expect(rows[0]!.n).toBe(0);
    const bands = await bandsOf();
    for (const name of ['xinhua', 'people', 'cd']) expect(bands.get(ingester.ids[name]!)).toBeGreaterThan(10);
  });

  it('a takedown (deleteArticle) deletes that article’s bands and no other', async () => {
    const before = await bandsOf();
    const r = await deleteArticle(env.db, ingester.ids['cd']!, async () => {});
    expect(r?.articleId).toBe(ingester.ids['cd']);
    const after = await bandsOf();
    expect(after.has(ingester.ids['cd']!)).toBe(false);
    expect(after.get(ingester.ids['xinhua']!)).toBe(before.get(ingester.ids['xinhua']!));
    expect(after.get(ingester.ids['people']!)).toBe(before.get(ingester.ids['people']!));
  });

  it('a plain DELETE of several articles deletes all their bands', async () => {
    // The story rows point at the articles (no ON DELETE): a user deleting articles outright
    // deletes their stories first.
    await sql`delete from stories`.execute(env.db);
    const n = await sql`delete from articles where id in (${ingester.ids['xinhua']!}, ${ingester.ids['people']!})`.execute(env.db);
    expect(Number(n.numAffectedRows)).toBe(2);
    expect((await bandsOf()).size).toBe(0);
  });

  it('down restores the cascading foreign key, dropping bands of articles that are gone', async () => {
    await portStrikeStory(ingester, { title: 'again' });
    // A band left without its article (a re-run racing a takedown can leave one).
    await sql`insert into article_bands (band, article_id, at) values (42, 999999999, now())`.execute(env.db);
    await bandsTrigger.down(env.db);
    try {
      expect((await bandsOf()).has(999999999)).toBe(false);
      await expect(sql`insert into article_bands (band, article_id, at) values (43, 999999999, now())`.execute(env.db)).rejects.toThrow(
        /foreign key/,
      );
      await sql`delete from stories`.execute(env.db);
      await sql`delete from articles where id = ${ingester.ids['cd']!}`.execute(env.db);
      expect((await bandsOf()).has(ingester.ids['cd']!)).toBe(false);
      expect((await bandsOf()).size).toBe(2);
    } finally {
      await bandsTrigger.up(env.db);
    }
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_constraint where conrelid = 'article_bands'::regclass and contype = 'f'`.execute(env.db);
    expect(rows[0]!.n).toBe(0);
  });
});

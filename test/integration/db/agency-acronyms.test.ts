/**
 * Migration 2026_12_03_1900: agencies known by their abbreviation are stored under it
 * ('Saudi Press Agency' -> 'SPA'). Rows stored before are renamed in articles.agency,
 * articles.agencies (order kept) and stories.agency; `down` renames them back; other names stay.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as acronyms from '../../../migrations/2026_12_03_1900_agency_acronyms.js';
import { agencyByAlias } from '../../../src/normalize/agencies.js';
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

const state = async () => {
  const a = await sql<{ id: number; agency: string | null; agencies: string[] }>`
    select id, agency, agencies from articles order by id`.execute(env.db);
  const s = await sql<{ agency: string | null }>`select agency from stories order by id`.execute(env.db);
  return { articles: a.rows, stories: s.rows.map((r) => r.agency) };
};

describe('agency names stored under their abbreviation', () => {
  it('the table maps every renamed agency to its new name', () => {
    for (const [old, name] of Object.entries(acronyms.RENAMED)) expect(agencyByAlias(old)?.name, old).toBe(name);
  });

  it('down renames back and up renames again, in every column, keeping order and other names', async () => {
    const [x, y] = [ingester.ids['xinhua']!, ingester.ids['people']!];
    await sql`update articles set agency = 'SPA', agencies = array['SPA', 'Xinhua', 'KUNA'] where id = ${x}`.execute(env.db);
    await sql`update articles set agency = 'AP', agencies = array['AP'] where id = ${y}`.execute(env.db);
    await sql`update stories set agency = 'GNA'`.execute(env.db);
    const before = await state();
    await acronyms.down(env.db);
    const old = await state();
    expect(old.articles.find((r) => r.id === x)).toMatchObject({
      agency: 'Saudi Press Agency',
      agencies: ['Saudi Press Agency', 'Xinhua', 'Kuwait News Agency'],
    });
    expect(old.articles.find((r) => r.id === y)).toMatchObject({ agency: 'AP', agencies: ['AP'] });
    expect(new Set(old.stories)).toEqual(new Set(['Ghana News Agency']));
    await acronyms.up(env.db);
    expect(await state()).toEqual(before);
  });
});

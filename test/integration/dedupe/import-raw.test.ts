/**
 * `wirehouse import` of scraped collections: records without url (keyed by id) whose bodies are
 * raw page text with the site's furniture, through the real dedupe stage on Postgres.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamMembers } from '../../../src/db/stories.repo.js';
import { importArticles } from '../../../src/app/import-articles.js';
import { FLOOD, PORT_STRIKE, TELESCOPE } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

/** Raw page text: one line per paragraph, with the site's header, caption, blurb and footer. */
const page = (site: string, ps: readonly string[]): string =>
  [
    `${site} Online`,
    'Home News World Business Sport',
    ps[0],
    `A view of the ${site} newsroom on a busy weekday afternoon, seen from the street outside the building.`,
    ...ps.slice(1),
    `${site} Online is an independent newspaper serving readers across the region since 1921, with reporters in six towns.`,
    `© 2026 ${site} Online. All rights reserved.`,
  ].join('\n');

describe('import without url, raw page text', () => {
  it('keys records by id, learns furniture per site, and puts copies of one story together and different stories apart', async () => {
    const recs: object[] = [];
    const stories: Record<string, readonly string[]> = { port: PORT_STRIKE, tel: TELESCOPE, flood: FLOOD };
    let minute = 0;
    for (const site of ['Courier', 'Herald', 'Gazette', 'Sentinel', 'Ledger']) {
      for (const [name, ps] of Object.entries(stories)) {
        recs.push({
          id: `${site}-${name}`,
          site,
          body: page(site, ps),
          published: new Date(Date.UTC(2026, 2, 1, 8, minute++)).toISOString(),
        });
      }
    }
    recs.push({ site: 'Courier', body: 'no id and no url' });
    const dir = mkdtempSync(join(tmpdir(), 'wirehouse-import-'));
    const file = join(dir, 'raw.jsonl');
    writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const report = await importArticles({ db: env.db, now: () => new Date() }, file);
    expect(report.imported).toBe(15);
    expect(report.invalid).toEqual([{ line: 16, error: 'import: a record without url needs an id' }]);
    expect(report.storiesCreated).toBe(3);
    const members = [];
    for await (const m of streamMembers(env.db)) members.push(m);
    const byStory = new Map<number, string[]>();
    for (const m of members) byStory.set(m.storyId, [...(byStory.get(m.storyId) ?? []), m.externalId!.split('-')[1]!]);
    expect([...byStory.values()].map((names) => [...new Set(names)]).sort()).toEqual([['flood'], ['port'], ['tel']]);
    expect([...byStory.values()].map((names) => names.length)).toEqual([5, 5, 5]);
    // The site's header and blurb lines were counted once per page.
    const counted = await env.db
      .selectFrom('site_paragraphs')
      .select(['site', 'pages'])
      .where('site', '=', 'courier')
      .orderBy('pages', 'desc')
      .executeTakeFirstOrThrow();
    expect(counted.pages).toBe(3);
  });
});

/**
 * `wirehouse import` of records with no publication date: their first-seen time is the import
 * time, years from the dated copies of their story, so they have no time (`articleTime`): their
 * bands are stored with a null time that every lookup reads, and their own lookups have no window.
 * Found by a probe of real syndicated copies, where scrapers and aggregators show no date.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamMembers } from '../../../src/db/stories.repo.js';
import { importArticles } from '../../../src/app/import-articles.js';
import { FLOOD, PORT_STRIKE, body } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

/** A scraper's copy: furniture around a trimmed text, not byte-identical (no exact key links it). */
const scraped = (ps: readonly string[]): string => body(['Recommended Videos', ...ps.slice(0, 4), 'Have a news tip? Email the newsroom.']);

async function storiesOf(file: string): Promise<Map<string, number>> {
  await importArticles({ db: env.db, now: () => new Date() }, file);
  const out = new Map<string, number>();
  for await (const m of streamMembers(env.db)) out.set(m.externalId!, m.storyId);
  return out;
}

describe('import of undated records', () => {
  it('an undated copy joins its dated story, before or after it in the file; another story stays apart', async () => {
    const dated = (id: string, ps: readonly string[], day: number) => ({
      id,
      url: `https://wire.example/${id}`,
      body: body(ps),
      published: new Date(Date.UTC(2019, 5, day, 8)).toISOString(),
    });
    const recs = [
      { id: 'copy-first', url: 'https://scraper.example/p/1', body: scraped(PORT_STRIKE) },
      dated('strike', PORT_STRIKE, 10),
      { id: 'copy-after', url: 'https://aggregator.example/p/2', body: scraped(PORT_STRIKE) },
      dated('flood', FLOOD, 10),
      { id: 'flood-copy', url: 'https://scraper.example/p/3', body: scraped(FLOOD) },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'wirehouse-undated-'));
    const file = join(dir, 'undated.jsonl');
    writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const story = await storiesOf(file);
    expect(story.get('copy-first')).toBe(story.get('strike'));
    expect(story.get('copy-after')).toBe(story.get('strike'));
    expect(story.get('flood-copy')).toBe(story.get('flood'));
    expect(story.get('flood')).not.toBe(story.get('strike'));
    // The undated records' bands carry no time; the dated ones' their publication time.
    const bands = await sql<{ undated: number; dated: number }>`
      select count(*) filter (where at is null)::int as undated, count(*) filter (where at is not null)::int as dated
      from article_bands`.execute(env.db);
    expect(bands.rows[0]!.undated).toBeGreaterThan(0);
    expect(bands.rows[0]!.dated).toBeGreaterThan(0);
  });
});

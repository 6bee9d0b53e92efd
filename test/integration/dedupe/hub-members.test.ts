/**
 * The hub rule's members (decide-story rule 3, issue 16) on the real Postgres: a small story that
 * came whole with the candidates is not read again (no `members` statement), and the stories end
 * exactly as with the read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleInput } from '../../../src/app/article-input.js';
import { upsertArticle } from '../../../src/db/articles.repo.js';
import { pgStoryStore } from '../../../src/db/stories.repo.js';
import { assignStory, type Assignment } from '../../../src/dedupe/assign-story.js';
import type { StoryStore, StoryTx } from '../../../src/dedupe/story-store.js';
import type { Article } from '../../../src/domain.js';
import { FLOOD, PORT_STRIKE, body } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testArticle } from '../../helpers/port-strike-story.js';

const envs: TestEnv[] = [];
afterEach(async () => {
  for (const e of envs.splice(0)) await e.cleanup();
});

const article = (url: string, text: string, at: string): Article =>
  testArticle(url, text, at, { site: new URL(url).hostname, publishedPrecision: 'second', title: url });

/** A round-up that brief A joins, then brief B showing what it is (rule 3c), then the full texts. */
const PAGES: Article[] = [
  article(
    'https://e.example/news-in-brief',
    body(['News in brief: the main stories of the day.', ...PORT_STRIKE.slice(0, 2), ...FLOOD.slice(0, 2)]),
    '2026-03-01T08:00:00Z',
  ),
  article('https://b.example/strike-brief', body(PORT_STRIKE.slice(0, 2)), '2026-03-01T08:01:00Z'),
  article('https://d.example/flood-brief', body(FLOOD.slice(0, 2)), '2026-03-01T08:02:00Z'),
  article('https://a.example/strike', body(PORT_STRIKE), '2026-03-01T08:03:00Z'),
  article('https://c.example/flood', body(FLOOD), '2026-03-01T08:04:00Z'),
];

/** The Postgres store with the hub rule's reads counted (`members` with a limit); `read`: the candidates without their small stories. */
function counted(e: TestEnv, hubReads: string[], read: boolean): StoryStore {
  const inner = pgStoryStore(e.db);
  return {
    transaction: (fn) =>
      inner.transaction((tx) => {
        const t: StoryTx = {
          ...tx,
          members: (storyId, limit) => {
            if (limit !== undefined) hubReads.push(storyId);
            return tx.members(storyId, limit);
          },
          candidates: async (q) => {
            const c = await tx.candidates(q);
            return read ? { self: c.self, members: c.members } : c;
          },
        };
        return fn(t);
      }),
  };
}

async function run(read: boolean) {
  const e = await freshEnv();
  envs.push(e);
  const hubReads: string[] = [];
  const out: Assignment[] = [];
  for (const a of PAGES) {
    const id = String((await upsertArticle(e.db, articleInput(a, { url: a.canonicalUrl, fetchedAt: new Date() }))).id);
    out.push((await assignStory(counted(e, hubReads, read), id))!);
  }
  const members = await e.db.selectFrom('story_members').selectAll().orderBy('article_id').execute();
  const stories = await e.db.selectFrom('stories').selectAll().orderBy('id').execute();
  return {
    hubReads,
    assignments: out.map((x) => ({ ...x, decision: null })),
    members: members.map((m) => ({ ...m, decided_at: null })),
    stories: stories.map((s) => ({ ...s, created_at: null, updated_at: null })),
  };
}

describe("the hub rule's members on Postgres", () => {
  it("a small story's members come with the candidates: no members statement, the stories end as with the read", async () => {
    const snap = await run(false);
    const read = await run(true);
    expect(read.hubReads.length).toBeGreaterThan(0);
    expect(snap.hubReads).toEqual([]);
    // Brief B showed the round-up to be one (rule 3c): the hub check ran on the 2-member story.
    expect(snap.assignments[2]!.detached).toHaveLength(1);
    expect(snap.assignments).toEqual(read.assignments);
    expect(snap.members).toEqual(read.members);
    expect(snap.stories).toEqual(read.stories);
  });
});

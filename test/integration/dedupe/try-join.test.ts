/**
 * The one-statement join (StoryTx.tryJoin, issue 16) on the real Postgres: a plain join of a small
 * story takes one statement after the candidates and ends exactly as the locked path does; a story
 * written, or locked, between the candidates read and the join makes it fall back to the locked
 * path, which still ends right.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { articleInput } from '../../../src/app/article-input.js';
import { upsertArticle } from '../../../src/db/articles.repo.js';
import { pgStoryStore } from '../../../src/db/stories.repo.js';
import { assignStory, type Assignment } from '../../../src/dedupe/assign-story.js';
import type { JoinWrite, StoryStore, StoryTx } from '../../../src/dedupe/story-store.js';
import type { Article } from '../../../src/domain.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS, body } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testArticle } from '../../helpers/port-strike-story.js';

const envs: TestEnv[] = [];
afterEach(async () => {
  for (const e of envs.splice(0)) await e.cleanup();
});

async function env(): Promise<TestEnv> {
  const e = await freshEnv();
  envs.push(e);
  return e;
}

const article = (url: string, text: string, at: string, extra: Partial<Article> = {}): Article =>
  testArticle(url, text, at, { site: new URL(url).hostname, publishedPrecision: 'second', title: url, ...extra });

async function store(e: TestEnv, a: Article): Promise<string> {
  return String((await upsertArticle(e.db, articleInput(a, { url: a.canonicalUrl, fetchedAt: new Date() }))).id);
}

/**
 * The Postgres store with every call logged (tryJoin with its answer); `fast: false` hides
 * tryJoin (the locked path only); `before` runs just before tryJoin, inside the transaction.
 */
function spied(e: TestEnv, calls: string[], opts: { fast?: boolean; before?: (w: JoinWrite) => Promise<void> } = {}): StoryStore {
  const inner = pgStoryStore(e.db);
  return {
    transaction: (fn) =>
      inner.transaction((tx) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(tx) as Array<[string, (...xs: unknown[]) => Promise<unknown>]>) {
          out[k] = async (...xs: unknown[]) => {
            if (k === 'tryJoin' && opts.before) await opts.before(xs[0] as JoinWrite);
            const r = await v(...xs);
            calls.push(k === 'tryJoin' ? `tryJoin:${String(r)}` : k);
            return r;
          };
        }
        if (opts.fast === false) delete out.tryJoin;
        return fn(out as unknown as StoryTx);
      }),
  };
}

/**
 * The writes after the candidate lookup: without the decision's own reads (the hub rule's
 * `members`) and furniture (served from the rows already read, no statement).
 */
const afterCandidates = (calls: readonly string[]): string[] =>
  calls.slice(calls.lastIndexOf('candidates') + 1).filter((c) => c !== 'furniture' && c !== 'members');

/** Stories, memberships and assignments with story ids numbered by first appearance. */
async function state(e: TestEnv, assignments: readonly Assignment[]) {
  const names = new Map<string, number>();
  const name = (id: string | number): number => {
    const k = String(id);
    if (!names.has(k)) names.set(k, names.size + 1);
    return names.get(k)!;
  };
  const a = assignments.map((x) => ({ ...x, storyId: name(x.storyId), merged: x.merged.map(name), decision: null }));
  const members = (await e.db.selectFrom('story_members').selectAll().orderBy('article_id').execute()).map((m) => ({
    ...m,
    story_id: name(m.story_id),
    decided_at: null,
  }));
  const stories = (await e.db.selectFrom('stories').selectAll().orderBy('id').execute()).map((s) => ({
    ...s,
    id: name(s.id),
    created_at: null,
    updated_at: null,
  }));
  return { assignments: a, members, stories };
}

/** A day of copies: reposts first, the agency original late (it displaces the first 'new'), two more stories. */
const DAY: Article[] = [
  article('https://en.people.example/strike', TRANSFORMS['credit-webeditor']!(PORT_STRIKE), '2026-03-01T08:00:00Z', { agency: ['Xinhua'] }),
  article('https://chinadaily.example/strike', TRANSFORMS.trim80!(PORT_STRIKE), '2026-03-01T08:20:00Z'),
  article('https://lagos.example/strike', TRANSFORMS.dateline!(PORT_STRIKE), '2026-03-01T08:30:00Z'),
  article('https://english.news.cn/strike', body(PORT_STRIKE), '2026-03-01T07:50:00Z', { agency: ['Xinhua'] }),
  article('https://quotes.example/strike', TRANSFORMS['copyedit-quotes']!(PORT_STRIKE), '2026-03-01T09:10:00Z'),
  article('https://a.example/flood', body(FLOOD), '2026-03-01T10:00:00Z', { agency: ['Reuters'] }),
  article('https://b.example/flood', TRANSFORMS.trim50!(FLOOD), '2026-03-01T10:05:00Z'),
  article('https://c.example/flood', TRANSFORMS['local-paras']!(FLOOD), '2026-03-01T09:55:00Z'),
  article('https://a.example/telescope', body(TELESCOPE), '2026-03-01T11:00:00Z'),
  article('https://b.example/telescope', TRANSFORMS.resplit!(TELESCOPE), '2026-03-01T11:30:00Z'),
];

async function runDay(e: TestEnv, fast: boolean): Promise<{ assignments: Assignment[]; tails: string[][] }> {
  const assignments: Assignment[] = [];
  const tails: string[][] = [];
  for (const a of DAY) {
    const id = await store(e, a);
    const calls: string[] = [];
    const r = await assignStory(spied(e, calls, { fast }), id);
    assignments.push(r!);
    tails.push(afterCandidates(calls));
  }
  return { assignments, tails };
}

describe('one-statement join on Postgres', () => {
  it('a plain join of a small story is one statement after the candidates and ends exactly as the locked path', async () => {
    const [fastEnv, lockedEnv] = [await env(), await env()];
    const fast = await runDay(fastEnv, true);
    const locked = await runDay(lockedEnv, false);
    const joins = fast.assignments.flatMap((a, i) => (a.created ? [] : [i]));
    expect(joins.length).toBeGreaterThanOrEqual(6);
    for (const i of joins) expect([i, fast.tails[i]]).toEqual([i, ['tryJoin:true']]);
    for (const i of joins)
      expect([i, locked.tails[i]]).toEqual([
        i,
        ['lockStories', 'addMember', 'updateStory', ...(locked.tails[i]!.includes('explainDisplaced') ? ['explainDisplaced'] : [])],
      ]);
    // The late agency original displaced the first copy, which the join explained.
    expect(locked.tails[3]).toContain('explainDisplaced');
    expect(fast.assignments[3]).toMatchObject({ role: 'original', created: false });
    const [f, l] = [await state(fastEnv, fast.assignments), await state(lockedEnv, locked.assignments)];
    expect(f).toEqual(l);
    expect(f.stories.map((s) => s.member_count)).toEqual([5, 3, 2]);
    const paragraphs = (e: TestEnv) => e.db.selectFrom('site_paragraphs').selectAll().orderBy('site').orderBy('hash').execute();
    expect(await paragraphs(fastEnv)).toEqual(await paragraphs(lockedEnv));
  });

  /** Stores the original and two copies, places the original; returns the ids and the story. */
  async function story(e: TestEnv) {
    const original = await store(
      e,
      article('https://english.news.cn/strike', body(PORT_STRIKE), '2026-03-01T08:00:00Z', { agency: ['Xinhua'] }),
    );
    const first = await assignStory(pgStoryStore(e.db), original);
    const other = await store(e, article('https://chinadaily.example/strike', TRANSFORMS.trim80!(PORT_STRIKE), '2026-03-01T08:20:00Z'));
    const joining = await store(e, article('https://lagos.example/strike', TRANSFORMS.dateline!(PORT_STRIKE), '2026-03-01T08:30:00Z'));
    return { original, other, joining, storyId: first!.storyId };
  }

  it('a story written between the candidates read and the join: the join falls back to the locks and counts the new member', async () => {
    const e = await env();
    const { original, other, joining, storyId } = await story(e);
    const calls: string[] = [];
    const writer = new pg.Client({ connectionString: e.databaseUrl });
    await writer.connect();
    try {
      // Another writer, as dedupe writes: the story's lock, a member, the story row; committed.
      const before = async (w: JoinWrite) => {
        expect(w.storyId).toBe(storyId);
        await writer.query('begin');
        await writer.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, ['story:' + storyId]);
        await writer.query(
          `insert into story_members (article_id, story_id, role, method, score, compared_article_id) values ($1, $2, 'repost', 'near_dup', 0.9, $3)`,
          [other, storyId, original],
        );
        await writer.query(`update stories set member_count = 2 where id = $1`, [storyId]);
        await writer.query('commit');
      };
      const r = await assignStory(spied(e, calls, { before }), joining);
      expect(r).toMatchObject({ storyId, created: false });
    } finally {
      await writer.end();
    }
    expect(afterCandidates(calls)).toEqual(['tryJoin:false', 'lockStories', 'addMember', 'updateStory']);
    const members = await e.db
      .selectFrom('story_members')
      .select(['article_id', 'role'])
      .where('story_id', '=', Number(storyId))
      .orderBy('article_id')
      .execute();
    expect(members.map((m) => String(m.article_id))).toEqual([original, other, joining]);
    const s = await e.db.selectFrom('stories').selectAll().where('id', '=', Number(storyId)).executeTakeFirstOrThrow();
    expect(s.member_count).toBe(3);
    expect(String(s.original_article_id)).toBe(original);
  });

  it("the story's lock held by another transaction: the join does not wait in the try, then waits on the locked path", async () => {
    const e = await env();
    const { original, joining, storyId } = await story(e);
    const holder = new pg.Client({ connectionString: e.databaseUrl });
    await holder.connect();
    const calls: string[] = [];
    let released = false;
    try {
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, ['story:' + storyId]);
      const release = setTimeout(() => {
        released = true;
        void holder.query('commit');
      }, 300);
      let triedBeforeRelease: boolean | null = null;
      const store = spied(e, calls);
      const r = await assignStory(
        {
          transaction: (fn) =>
            store.transaction((tx) =>
              fn({
                ...tx,
                tryJoin: async (w, c) => {
                  const ok = await tx.tryJoin!(w, c);
                  triedBeforeRelease = !released;
                  return ok;
                },
              }),
            ),
        },
        joining,
      );
      clearTimeout(release);
      expect(triedBeforeRelease).toBe(true);
      expect(r).toMatchObject({ storyId, created: false, role: 'repost' });
    } finally {
      await holder.end();
    }
    expect(afterCandidates(calls)).toEqual(['tryJoin:false', 'lockStories', 'addMember', 'updateStory']);
    const s = await e.db.selectFrom('stories').selectAll().where('id', '=', Number(storyId)).executeTakeFirstOrThrow();
    expect(s.member_count).toBe(2);
    expect(String(s.original_article_id)).toBe(original);
  });
});

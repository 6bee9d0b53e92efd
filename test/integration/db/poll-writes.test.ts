/**
 * The poll stage's writes (issue 16): recording a poll's items is one statement (the new items,
 * capped, in feed order; a re-run of the slot gets the same items back), and recording the poll
 * with the feed's new state is one statement.
 */
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed, getFeed, recordFeedItems, recordPoll, type SeenItem } from '../../../src/db/feeds.repo.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

function counting(): { db: TestEnv['db']; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = { transformQuery: (args) => (n++, args.node), transformResult: async (args) => args.result };
  return { db: env.db.withPlugin(plugin), count: () => n };
}

const item = (g: string, at: string | null = null): SeenItem => ({
  guid: g,
  url: `http://w.example/${g}`,
  title: `T ${g}\u0000`,
  publishedAt: at ? new Date(at) : null,
});

describe('poll writes', () => {
  it('recordFeedItems: one statement; new items only, first of a repeated guid, capped in feed order; a re-run returns the same', async () => {
    const feed = await addFeed(env.db, { url: 'http://w.example/feed-a' });
    const s1 = new Date('2026-12-01T00:00:00Z');
    const c = counting();
    const first = await recordFeedItems(
      c.db,
      feed.id,
      s1,
      [item('c', '2026-12-01T02:00:00Z'), item('a'), item('c'), item('b'), item('d')],
      3,
    );
    expect(c.count()).toBe(1);
    expect(first.map((i) => i.guid)).toEqual(['c', 'a', 'b']);
    expect(first[0]).toEqual({ guid: 'c', url: 'http://w.example/c', title: 'T c', publishedAt: new Date('2026-12-01T02:00:00Z') });
    const again = await recordFeedItems(env.db, feed.id, s1, [item('c'), item('a'), item('b'), item('d')], 3);
    expect(again.map((i) => i.guid)).toEqual(['c', 'a', 'b', 'd']); // d was left for the next poll; the re-run records it
    const next = await recordFeedItems(env.db, feed.id, new Date('2026-12-01T00:15:00Z'), [item('e'), item('a'), item('d')]);
    expect(next.map((i) => i.guid)).toEqual(['e']);
  });

  it('recordPoll: one statement writing the poll row (items new this slot) and the feed state; a re-run keeps the schedule', async () => {
    const feed = await addFeed(env.db, { url: 'http://w.example/feed-b' });
    const slot = new Date('2026-12-01T00:00:00Z');
    await recordFeedItems(env.db, feed.id, slot, [item('x'), item('y')]);
    const poll = {
      feedId: feed.id,
      slot,
      startedAt: slot,
      durationMs: 12.4,
      status: 'ok' as const,
      httpStatus: 200,
      reason: null,
      error: null,
      bytes: 100,
      itemsSeen: 2,
    };
    const state = {
      nextPollAt: new Date('2026-12-01T00:15:00Z'),
      currentIntervalSeconds: 900,
      errorStreak: 0,
      lastErrorCode: null,
      lastError: null,
      success: true,
      title: 'Wire',
      etag: '"e1"',
    };
    const c = counting();
    await recordPoll(c.db, poll, state);
    expect(c.count()).toBe(1);
    await recordPoll(env.db, { ...poll, rerun: true, durationMs: 20 }, { ...state, nextPollAt: new Date('2026-12-02T00:00:00Z') });
    const rows = await env.db
      .selectFrom('feed_fetches')
      .select(['items_new', 'items_seen', 'duration_ms'])
      .where('feed_id', '=', feed.id)
      .execute();
    expect(rows).toEqual([{ items_new: 2, items_seen: 2, duration_ms: 20 }]);
    const f = await getFeed(env.db, feed.id);
    expect(f).toMatchObject({ nextPollAt: new Date('2026-12-01T00:15:00Z'), title: 'Wire', etag: '"e1"', lastSuccessAt: slot });
  });
});

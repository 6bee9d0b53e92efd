/**
 * The poll stage's writes (issue 16): recording a poll's items is one statement (the new items,
 * capped, in feed order; a re-run of the slot gets the same items back), and recording the poll
 * with the feed's new state is one statement. Reading the feed with its slot's re-run flag is one
 * statement, and so is a scheduler tick with its heartbeat.
 */
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../../src/app/deps.js';
import { loadConfig } from '../../../src/config.js';
import { addFeed, feedToPoll, getFeed, recordFeedItems, recordPoll, removeFeed, type SeenItem } from '../../../src/db/feeds.repo.js';
import { heartbeatAges } from '../../../src/db/redrive.repo.js';
import { createLogger } from '../../../src/logger.js';
import type { PollFeedJob } from '../../../src/queues.js';
import { schedulerTick } from '../../../workers/scheduler-tick.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testArticle } from '../../helpers/port-strike-story.js';
import { upsertArticle } from '../../../src/db/articles.repo.js';
import { articleInput } from '../../../src/app/article-input.js';
import { PORT_STRIKE } from '../../unit/dedupe/texts.js';

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
    expect(first[0]).toEqual({
      guid: 'c',
      url: 'http://w.example/c',
      title: 'T c',
      publishedAt: new Date('2026-12-01T02:00:00Z'),
      revision: null,
    });
    const again = await recordFeedItems(env.db, feed.id, s1, [item('c'), item('a'), item('b'), item('d')], 3);
    expect(again.map((i) => i.guid)).toEqual(['c', 'a', 'b', 'd']); // d was left for the next poll; the re-run records it
    const next = await recordFeedItems(env.db, feed.id, new Date('2026-12-01T00:15:00Z'), [item('e'), item('a'), item('d')]);
    expect(next.map((i) => i.guid)).toEqual(['e']);
  });

  it('recordFeedItems: an item whose time moved on since its page was stored is fetched again (a re-run of that poll too); jitter, unfetched items and old items are not', async () => {
    const feed = await addFeed(env.db, { url: 'http://w.example/feed-r' });
    const at = (min: number): Date => new Date(Date.parse('2026-12-01T00:00:00Z') + min * 60_000);
    const seen = (g: string, updated: Date): SeenItem => ({ ...item(g), updatedAt: updated });
    expect((await recordFeedItems(env.db, feed.id, at(0), [seen('p', at(0)), seen('q', at(0))])).map((i) => i.guid)).toEqual(['p', 'q']);
    // p's page is stored; q's is not yet.
    const a = await upsertArticle(
      env.db,
      articleInput(testArticle('http://w.example/p', PORT_STRIKE.join('\n\n'), '2026-12-01T00:00:00Z'), {
        url: 'http://w.example/p',
        fetchedAt: at(1),
      }),
    );
    await env.db.updateTable('feed_items').set({ article_id: a.id }).where('feed_id', '=', feed.id).where('guid', '=', 'p').execute();
    const c = counting();
    const moved = await recordFeedItems(c.db, feed.id, at(15), [seen('p', at(12)), seen('q', at(12))]);
    expect(c.count()).toBe(1);
    expect(moved).toEqual([{ guid: 'p', url: 'http://w.example/p', title: 'T p', publishedAt: null, revision: at(12) }]);
    expect(await recordFeedItems(env.db, feed.id, at(15), [seen('p', at(12)), seen('q', at(12))])).toEqual(moved);
    // The same time again, or 30 s later (jitter): nothing to fetch.
    expect(await recordFeedItems(env.db, feed.id, at(30), [seen('p', at(12)), seen('q', at(12))])).toEqual([]);
    expect(await recordFeedItems(env.db, feed.id, at(45), [seen('p', new Date(at(12).getTime() + 30_000))])).toEqual([]);
    // Three days after its first poll the item is no longer followed.
    expect(await recordFeedItems(env.db, feed.id, at(3 * 1440), [seen('p', at(3 * 1440))])).toEqual([]);
    const row = await env.db
      .selectFrom('feed_items')
      .select(['updated_at', 'revisions'])
      .where('feed_id', '=', feed.id)
      .where('guid', '=', 'p')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ updated_at: at(3 * 1440), revisions: 1 });
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

  it('feedToPoll: the feed and whether its slot is recorded (a re-run), in one statement; undefined when gone', async () => {
    const feed = await addFeed(env.db, { url: 'http://w.example/feed-c' });
    const slot = new Date('2026-12-01T00:00:00Z');
    const c = counting();
    const first = await feedToPoll(c.db, feed.id, slot);
    expect(c.count()).toBe(1);
    expect(first).toEqual({ feed: await getFeed(env.db, feed.id), rerun: false });
    await recordPoll(
      env.db,
      {
        feedId: feed.id,
        slot,
        startedAt: slot,
        durationMs: 1,
        status: 'ok',
        httpStatus: 200,
        reason: null,
        error: null,
        bytes: 1,
        itemsSeen: 0,
      },
      {
        nextPollAt: new Date('2026-12-01T00:15:00Z'),
        currentIntervalSeconds: 900,
        errorStreak: 0,
        success: true,
        lastErrorCode: null,
        lastError: null,
      },
    );
    expect((await feedToPoll(env.db, feed.id, slot))?.rerun).toBe(true);
    expect((await feedToPoll(env.db, feed.id, new Date('2026-12-01T00:15:00Z')))?.rerun).toBe(false);
    await removeFeed(env.db, feed.id);
    expect(await feedToPoll(env.db, feed.id, slot)).toBeUndefined();
  });

  it('a scheduler tick is one statement: the claim and the heartbeat, even when nothing is due', async () => {
    const feed = await addFeed(env.db, { url: 'http://w.example/feed-d' });
    const c = counting();
    const polls: PollFeedJob[] = [];
    const deps: Deps = {
      config: loadConfig({ DATABASE_URL: env.databaseUrl, QUEUE_PREFIX: env.queuePrefix, LOG_LEVEL: 'silent' }),
      db: c.db,
      fetcher: { fetch: () => Promise.reject(new Error('no fetch here')) },
      log: createLogger('silent'),
      now: () => new Date(),
      enqueue: { pollFeeds: async (jobs) => void polls.push(...jobs), fetchArticles: async () => {}, dedupe: async () => {} },
    };
    const ticked = await schedulerTick(deps);
    expect(c.count()).toBe(1);
    expect(polls.map((p) => p.feedId)).toContain(feed.id);
    let beat = (await heartbeatAges(env.db)).scheduler!;
    expect(beat.ageSeconds).toBeLessThan(5);
    expect(beat.detail).toEqual({ claimed: ticked.enqueued });
    await env.db
      .updateTable('heartbeats')
      .set({ at: new Date('2026-01-01T00:00:00Z') })
      .where('name', '=', 'scheduler')
      .execute();
    // Everything due was leased by the first tick: the next claims nothing and still beats.
    expect(await schedulerTick(deps)).toEqual({ enqueued: 0 });
    expect(c.count()).toBe(2);
    beat = (await heartbeatAges(env.db)).scheduler!;
    expect(beat.ageSeconds).toBeLessThan(5);
    expect(beat.detail).toEqual({ claimed: 0 });
  });
});

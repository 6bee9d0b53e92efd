/**
 * Dedupe on the real Postgres: many concurrent dedupe jobs on a set of copies end in one story per
 * wire story (no split, no deadlock), across two BullMQ worker "processes"; a late-arriving
 * agency original takes over; an edited re-fetch of the same URL is a new version, not a story.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertArticle } from '../../../src/db/articles.repo.js';
import { listStories } from '../../../src/db/stories.repo.js';
import type { Article } from '../../../src/domain.js';
import { createLogger } from '../../../src/logger.js';
import { loadConfig } from '../../../src/config.js';
import { QUEUE, jobIds } from '../../../src/queues.js';
import { articleInput } from '../../../src/app/article-input.js';
import { dedupeArticle } from '../../../workers/dedupe.js';
import type { Deps } from '../../../src/app/deps.js';
import { openQueues, redisConnection, startWorkers, type Running } from '../../../workers/bullmq.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS, WRITE_THRU } from '../../unit/dedupe/texts.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { waitFor } from '../../helpers/service-env.js';
import { testArticle } from '../../helpers/port-strike-story.js';

let env: TestEnv;
let deps: Deps;

/** A test article whose site is its host, published to the second. */
const article = (url: string, body: string, at: string, extra: Partial<Article> = {}): Article =>
  testArticle(url, body, at, { site: new URL(url).hostname, publishedPrecision: 'second', ...extra });

async function store(a: Article): Promise<{ id: number; version: number }> {
  return upsertArticle(env.db, articleInput(a, { url: a.canonicalUrl, fetchedAt: new Date() }));
}

beforeAll(async () => {
  env = await freshEnv();
  const config = loadConfig({ DATABASE_URL: env.databaseUrl, QUEUE_PREFIX: env.queuePrefix, LOG_LEVEL: 'silent', DEDUPE_CONCURRENCY: '8' });
  deps = {
    config,
    db: env.db,
    fetcher: { fetch: () => Promise.reject(new Error('no fetch here')) },
    log: createLogger('silent'),
    now: () => new Date(),
    enqueue: { pollFeeds: async () => {}, fetchArticles: async () => {}, dedupe: async () => {} },
  };
});
afterAll(async () => env?.cleanup());

describe('dedupe on Postgres', () => {
  it('many concurrent dedupe jobs on copies of three stories end in exactly three stories', async () => {
    const stories = { strike: PORT_STRIKE, telescope: TELESCOPE, flood: FLOOD };
    const expected = new Map<number, string>();
    let n = 0;
    for (const [name, ps] of Object.entries(stories)) {
      for (const [t, transform] of Object.entries(TRANSFORMS)) {
        const a = await store(article(`https://outlet${n++}.example/${name}/${t}`, transform(ps), '2026-03-01T10:00:00Z'));
        expected.set(a.id, name);
      }
    }
    // Two worker "processes" (separate connections), 8 jobs in flight each, all jobs enqueued at once.
    const redis = redisConnection(env.redisUrl);
    const queues = openQueues(redis, env.queuePrefix, deps.config);
    const workers: Running[] = [];
    for (let i = 0; i < 2; i++) workers.push(await startWorkers(deps, ['dedupe'], redisConnection(env.redisUrl), env.queuePrefix));
    try {
      await queues.byName[QUEUE.dedupe].addBulk(
        [...expected.keys()].map((id) => ({
          name: 'dedupe',
          data: { articleId: id, version: 1 },
          opts: { jobId: jobIds.dedupe({ articleId: id, version: 1 }) },
        })),
      );
      await waitFor('all dedupe jobs', async () => (await queues.byName[QUEUE.dedupe].getCompletedCount()) === expected.size, 60_000);
      expect(await queues.byName[QUEUE.dedupe].getFailedCount()).toBe(0); // no deadlock, no error
    } finally {
      for (const w of workers) await w.close();
      await queues.close();
      redis.disconnect();
    }
    const members = await env.db.selectFrom('story_members').select(['article_id', 'story_id']).execute();
    expect(members).toHaveLength(expected.size);
    const storyOf = new Map<string, Set<number>>();
    for (const m of members) {
      const name = expected.get(m.article_id)!;
      storyOf.set(name, (storyOf.get(name) ?? new Set()).add(m.story_id));
    }
    for (const [name, ids] of storyOf) expect([name, ids.size]).toEqual([name, 1]);
    expect(new Set(members.map((m) => m.story_id)).size).toBe(3);
    const counts = await env.db.selectFrom('stories').select(['id', 'member_count']).execute();
    for (const s of counts) expect(s.member_count).toBe(members.filter((m) => m.story_id === s.id).length);
  });

  it('a late-arriving agency original becomes the original; reposts keep their story', async () => {
    const ps = [
      'MOSCOW, March 3 (Xinhua) -- Russia and China signed a package of agreements on energy, transport and education on Sunday after talks between their foreign ministers in the Russian capital.',
      'The agreements include a plan to expand rail freight across the border by a quarter within three years and to open two new crossing points in the Far East, the ministers told reporters.',
      'Both sides also agreed to increase the number of student exchange places to 100,000 a year and to hold a joint cultural festival in the autumn, according to a statement released after the meeting.',
      'The ministers said they had discussed the situation in the Middle East and on the Korean Peninsula and called for dialogue, adding that the two countries would coordinate at the United Nations.',
    ];
    const repost = await store(
      article('https://en.people.example/n3/2026/0303/strike.html', TRANSFORMS['credit-webeditor']!(ps), '2026-03-03T08:00:00Z', {
        agency: ['Xinhua'],
      }),
    );
    const first = await dedupeArticle(deps, { articleId: repost.id, version: 1 });
    expect(first).toMatchObject({ role: 'original', created: true });
    const original = await store(
      article('https://english.news.cn/20260303/abc/c.html', ps.join('\n\n'), '2026-03-03T09:00:00Z', { agency: ['Xinhua'] }),
    );
    const joined = await dedupeArticle(deps, { articleId: original.id, version: 1 });
    expect(joined).toMatchObject({ role: 'original', created: false });
    const story = (await listStories(env.db)).find((s) => s.originalArticleId === original.id)!;
    expect(story.originalUrl).toBe('https://english.news.cn/20260303/abc/c.html');
    // The displaced first copy is explained by its comparison with the new original, not as 'new'.
    expect(story.reposts).toEqual([expect.objectContaining({ articleId: repost.id, role: 'repost', comparedArticleId: original.id })]);
    expect(story.reposts[0]!.method).not.toBe('new');
  });

  it('an edited re-fetch of the same URL is a new version of the article, not a second story', async () => {
    const url = 'https://tass.example/world/1234';
    const v1 = await store(article(url, TELESCOPE.join('\n\n'), '2026-03-05T08:00:00Z'));
    const s1 = await dedupeArticle(deps, { articleId: v1.id, version: v1.version });
    const v2 = await store(article(url, TRANSFORMS.update!(TELESCOPE), '2026-03-05T08:00:00Z'));
    expect(v2).toMatchObject({ id: v1.id, version: 2, changed: true });
    const s2 = await dedupeArticle(deps, { articleId: v2.id, version: v2.version });
    expect(s2).toMatchObject({ storyId: (s1 as { storyId: number }).storyId, existing: true });
    const rows = await env.db.selectFrom('articles').select('id').where('canonical_url', '=', url).execute();
    expect(rows).toHaveLength(1);
  });
  it('write-thru: a later version credited to the agency joins through the version in between', async () => {
    const ids: number[] = [];
    const stories: number[] = [];
    const versions: Array<[string, string, string, string | null]> = [
      ['https://apnews.com/article/storm-coast-1a2b', WRITE_THRU.v1, '2026-03-07T06:00:00Z', null],
      ['https://apnews.com/article/storm-toll-3c4d', WRITE_THRU.v2, '2026-03-07T11:00:00Z', null],
      ['https://daily.example/world/storm-emergency', WRITE_THRU.v3, '2026-03-08T07:00:00Z', 'AP'],
    ];
    for (const [url, text, at, agency] of versions) {
      const a = await store(article(url, text, at, { agency: agency ? [agency] : [] }));
      const s = await dedupeArticle(deps, { articleId: a.id, version: a.version });
      ids.push(a.id);
      stories.push((s as { storyId: number }).storyId);
    }
    expect(new Set(stories).size).toBe(1);
    const member = await env.db
      .selectFrom('story_members')
      .select(['role', 'method', 'compared_article_id'])
      .where('article_id', '=', ids[2]!)
      .executeTakeFirstOrThrow();
    expect(member).toMatchObject({ role: 'repost', method: 'near_dup', compared_article_id: ids[1] });
  });

  it("a page fetched again with a new version's text bridges the outlets' copies of that version into its story", async () => {
    // The agency updates its story in place: v1, then v3 under the same URL (one article row,
    // version 2). Outlets carried v3 before the re-fetch; v3 shares too little with v1 to join it,
    // so they formed a story of their own. The revised row joins the two.
    const tag = 'rev';
    const tagged = (text: string): string => text.replace(/\b([A-Za-z]{6,})\b/g, `$1${tag}`);
    const url = 'https://apnews.example/article/storm-coast-9z8y';
    const first = await store(article(url, tagged(WRITE_THRU.v1), '2026-05-01T06:00:00Z'));
    const r1 = (await dedupeArticle(deps, { articleId: first.id, version: first.version })) as { storyId: number };
    const copies: number[] = [];
    for (const host of ['daily.example', 'herald.example']) {
      const c = await store(
        article(`https://${host}/world/storm-${tag}`, tagged(WRITE_THRU.v3), '2026-05-01T18:00:00Z', { agency: ['AP'] }),
      );
      const r = (await dedupeArticle(deps, { articleId: c.id, version: c.version })) as { storyId: number };
      expect(r.storyId).not.toBe(r1.storyId);
      copies.push(c.id);
    }
    const s2 = (await env.db.selectFrom('story_members').select('story_id').where('article_id', '=', copies[0]!).executeTakeFirstOrThrow())
      .story_id;
    const revised = await store(article(url, tagged(WRITE_THRU.v3), '2026-05-01T06:00:00Z'));
    expect(revised).toMatchObject({ id: first.id, version: 2, changed: true });
    const r2 = await dedupeArticle(deps, { articleId: revised.id, version: revised.version });
    const into = Math.min(r1.storyId, s2);
    expect(r2).toMatchObject({ storyId: into, existing: true, merged: [Math.max(r1.storyId, s2)] });
    const stories = await env.db
      .selectFrom('story_members')
      .select('story_id')
      .where('article_id', 'in', [first.id, ...copies])
      .execute();
    expect(new Set(stories.map((r) => r.story_id))).toEqual(new Set([into]));
    // A re-run of the same revision changes nothing.
    const again = await dedupeArticle(deps, { articleId: revised.id, version: revised.version });
    expect(again).toMatchObject({ storyId: into, existing: true, merged: [] });
  });

  describe('merges by a bridging article', () => {
    // A write-thru stored last-first: v1 and v3 share too little to link, so they start two
    // stories; v2 verifies against both (v1 is its end, it is most of v3) and merges them.
    // Each test gets its own copy of the texts (long words tagged), so earlier tests' stories are not candidates.
    const tagged = (text: string, tag: string): string => text.replace(/\b([A-Za-z]{6,})\b/g, `$1${tag}`);
    const chain = (tag: string) => ({ v1: tagged(WRITE_THRU.v1, tag), v2: tagged(WRITE_THRU.v2, tag), v3: tagged(WRITE_THRU.v3, tag) });
    const storyOf = async (id: number): Promise<number> =>
      (await env.db.selectFrom('story_members').select('story_id').where('article_id', '=', id).executeTakeFirstOrThrow()).story_id;

    async function twoStories(tag: string): Promise<{ v1: number; v3: number; s1: number; s3: number }> {
      const v3 = await store(article(`https://${tag}-q.example/storm-3`, chain(tag).v3, '2026-04-01T12:00:00Z'));
      const v1 = await store(article(`https://${tag}-p.example/storm-1`, chain(tag).v1, '2026-04-01T06:00:00Z'));
      const r3 = (await dedupeArticle(deps, { articleId: v3.id, version: 1 })) as { storyId: number; created: boolean };
      const r1 = (await dedupeArticle(deps, { articleId: v1.id, version: 1 })) as { storyId: number; created: boolean };
      expect(r1.created && r3.created).toBe(true);
      expect(r1.storyId).not.toBe(r3.storyId);
      return { v1: v1.id, v3: v3.id, s1: r1.storyId, s3: r3.storyId };
    }

    it('keeps the older story id, records the merge, moves every membership and recomputes original and roles', async () => {
      const { v1, v3, s1, s3 } = await twoStories('m1');
      const v2 = await store(article('https://m1-r.example/storm-2', chain('m1').v2, '2026-04-01T09:00:00Z'));
      const r2 = await dedupeArticle(deps, { articleId: v2.id, version: 1 });
      const older = Math.min(s1, s3);
      const newer = Math.max(s1, s3);
      expect(r2).toMatchObject({ storyId: older, created: false, merged: [newer] });
      for (const id of [v1, v2.id, v3]) expect(await storyOf(id)).toBe(older);
      expect(await env.db.selectFrom('stories').select('id').where('id', '=', newer).execute()).toEqual([]);
      const merge = await env.db.selectFrom('story_merges').selectAll().where('merged_story_id', '=', newer).executeTakeFirstOrThrow();
      expect(merge).toMatchObject({ into_story_id: older, bridge_article_id: v2.id });
      const story = await env.db.selectFrom('stories').selectAll().where('id', '=', older).executeTakeFirstOrThrow();
      // Earliest complete version is the original; the most complete one is the reference text.
      expect(story).toMatchObject({ original_article_id: v1, reference_article_id: v3, member_count: 3 });
      const roles = await env.db
        .selectFrom('story_members')
        .select(['article_id', 'role'])
        .where('story_id', '=', older)
        .orderBy('article_id')
        .execute();
      expect(roles.filter((r) => r.role === 'original').map((r) => r.article_id)).toEqual([v1]);
    });

    it('two bridging articles at once end in one story, without deadlock', async () => {
      const { v1, v3 } = await twoStories('m2');
      const b1 = await store(article('https://m2-x.example/storm-2', chain('m2').v2, '2026-04-01T09:00:00Z'));
      const local =
        'Local officials in the county said shelters at two schools would stay open through the weekend for residents who could not return home.';
      const b2 = await store(article('https://m2-y.example/storm-2', `${chain('m2').v2}\n\n${local}`, '2026-04-01T09:05:00Z'));
      const results = await Promise.all([b1, b2].map((b) => dedupeArticle(deps, { articleId: b.id, version: 1 })));
      const ids = [v1, v3, b1.id, b2.id];
      const stories = new Set(await Promise.all(ids.map(storyOf)));
      expect(stories.size).toBe(1);
      const [only] = [...stories];
      expect(results.map((r) => (r as { storyId: number }).storyId)).toEqual([only, only]);
      // Exactly one of them merged; the other joined the merged story.
      expect(results.flatMap((r) => (r as { merged: number[] }).merged)).toHaveLength(1);
      const count = await env.db.selectFrom('stories').select('member_count').where('id', '=', only!).executeTakeFirstOrThrow();
      expect(count.member_count).toBe(4);
    });
  });

  describe('round-ups and round trips', () => {
    const tagged = (text: string, tag: string): string => text.replace(/\b([A-Za-z]{6,})\b/g, `$1${tag}`);
    const pages = (tag: string) => {
      const a = PORT_STRIKE.map((p) => tagged(p, tag));
      const b = FLOOD.map((p) => tagged(p, tag));
      return {
        fullA: a.join('\n\n'),
        briefA: a.slice(0, 2).join('\n\n'),
        fullB: b.join('\n\n'),
        briefB: b.slice(0, 2).join('\n\n'),
        roundup: ['News in brief: the main stories of the day.', ...a.slice(0, 2), ...b.slice(0, 2)].join('\n\n'),
      };
    };
    const storyOf = async (id: number): Promise<number> =>
      (await env.db.selectFrom('story_members').select('story_id').where('article_id', '=', id).executeTakeFirstOrThrow()).story_id;

    for (const [tag, order] of [
      ['ru1', ['fullA', 'briefA', 'fullB', 'briefB', 'roundup']],
      ['ru2', ['roundup', 'briefA', 'fullB', 'briefB', 'fullA']],
    ] as const) {
      it(`a round-up never merges its briefs' stories (${order.join(', ')})`, async () => {
        const texts = pages(tag);
        const ids = new Map<string, number>();
        for (const [i, name] of order.entries()) {
          const a = await store(article(`https://${tag}-${name.toLowerCase()}.example/${name}`, texts[name], `2026-05-01T0${i}:00:00Z`));
          ids.set(name, a.id);
          await dedupeArticle(deps, { articleId: a.id, version: 1 });
        }
        expect(await storyOf(ids.get('fullA')!)).toBe(await storyOf(ids.get('briefA')!));
        expect(await storyOf(ids.get('fullB')!)).toBe(await storyOf(ids.get('briefB')!));
        expect(await storyOf(ids.get('fullA')!)).not.toBe(await storyOf(ids.get('fullB')!));
        // The round-up ends in a story of its own, marked, in either order (rules 3b-3d).
        const r = await storyOf(ids.get('roundup')!);
        expect([await storyOf(ids.get('fullA')!), await storyOf(ids.get('fullB')!)]).not.toContain(r);
        const member = await env.db
          .selectFrom('story_members')
          .select(['roundup', 'role'])
          .where('article_id', '=', ids.get('roundup')!)
          .executeTakeFirstOrThrow();
        expect(member).toEqual({ roundup: true, role: 'original' });
        const story = await env.db
          .selectFrom('stories')
          .select(['original_article_id', 'member_count'])
          .where('id', '=', await storyOf(ids.get('fullA')!))
          .executeTakeFirstOrThrow();
        expect(story.member_count).toBe(2);
        expect([ids.get('fullA'), ids.get('briefA')]).toContain(story.original_article_id);
      });
    }

    for (const [tag, order] of [
      ['qb1', ['full', 'briefing', 'teaser']],
      ['qb2', ['full', 'teaser', 'briefing']],
      ['qb3', ['briefing', 'teaser', 'full']],
    ] as const) {
      it(`a briefing quoting a story's lead below its intro is a marked story of its own (rule 3f; ${order.join(', ')})`, async () => {
        const a = PORT_STRIKE.map((p) => tagged(p, tag));
        const texts = {
          full: a.join('\n\n'),
          teaser: [a[0]!, 'Read the full story'].join('\n\n'),
          briefing: ['Here is what you need to know this morning.', a[0]!, tagged(FLOOD[0]!, tag), tagged(TELESCOPE[0]!, tag)].join('\n\n'),
        };
        const ids = new Map<string, number>();
        for (const [i, name] of order.entries()) {
          const x = await store(article(`https://${tag}-${name}.example/${name}`, texts[name], `2026-05-03T0${i}:00:00Z`));
          ids.set(name, x.id);
          await dedupeArticle(deps, { articleId: x.id, version: 1 });
        }
        const full = await storyOf(ids.get('full')!);
        expect(await storyOf(ids.get('teaser')!)).toBe(full);
        expect(await storyOf(ids.get('briefing')!)).not.toBe(full);
        const member = await env.db
          .selectFrom('story_members')
          .select(['roundup', 'role'])
          .where('article_id', '=', ids.get('briefing')!)
          .executeTakeFirstOrThrow();
        expect(member).toEqual({ roundup: true, role: 'original' });
        const story = await env.db.selectFrom('stories').select('member_count').where('id', '=', full).executeTakeFirstOrThrow();
        expect(story.member_count).toBe(2);
      });
    }

    it('an assignment costs at most 7 statements (BEGIN and COMMIT included), a new story and a join of a small story alike', async () => {
      const texts = pages('rt');
      const first = await store(article('https://rt-a.example/1', texts.fullA, '2026-05-02T00:00:00Z'));
      const copy = await store(article('https://rt-b.example/2', texts.fullA, '2026-05-02T01:00:00Z'));
      const query = pg.Client.prototype.query;
      let statements = 0;
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        statements++;
        return (query as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof query;
      try {
        await dedupeArticle(deps, { articleId: first.id, version: 1 });
        expect(statements).toBeLessThanOrEqual(7);
        statements = 0;
        const joined = await dedupeArticle(deps, { articleId: copy.id, version: 1 });
        expect(joined).toMatchObject({ created: false });
        // The join is one statement (tryJoin), not the locked path's three.
        expect(statements).toBeLessThanOrEqual(7);
      } finally {
        pg.Client.prototype.query = query;
      }
    });
  });
  it('a reworded flash joins the full story on Postgres, before or after it (flash keys stored and looked up apart)', async () => {
    const full = [
      'STOCKHOLM (AP) — Henrik Vallander, the Swedish conductor whose recordings of Sibelius and Mahler defined a generation of orchestral sound, has died. He was 85.',
      'His family said in a statement Sunday that Vallander died peacefully at his home outside Stockholm after a short illness, surrounded by his wife and children.',
      'Vallander led the Royal Stockholm Philharmonic for 22 years and was a frequent guest conductor in Vienna, Berlin and Chicago.',
    ].join('\n\n');
    const flash = 'BREAKING: Henrik Vallander, famed Swedish conductor, dead at 85.';
    const storyOf = async (url: string, body: string, at: string): Promise<number> => {
      const a = await store(article(url, body, at));
      return ((await dedupeArticle(deps, { articleId: a.id, version: a.version })) as { storyId: number }).storyId;
    };
    const f1 = await storyOf('https://post.example/breaking/vallander', flash, '2026-03-09T08:00:00Z');
    expect(await storyOf('https://apnews.com/article/vallander-obituary-1d2e', full, '2026-03-09T08:40:00Z')).toBe(f1);
    const s2 = await storyOf('https://thestar.example/arts/vallander-dies', `Arts\n\n${full}`, '2026-03-10T08:00:00Z');
    expect(await storyOf('https://herald.example/breaking/vallander', flash.replace('BREAKING', 'JUST IN'), '2026-03-10T09:00:00Z')).toBe(
      s2,
    );
  });
});

/**
 * The one-statement join (StoryTx.tryJoin, issue 16) on the memory store: the same day of copies
 * with and without it ends in the same assignments, memberships and stories; it is taken for
 * every plain join, and a story changed since the candidates were read is declined.
 */
import { describe, expect, it } from 'vitest';
import { assignStory, type Assignment } from '../../../src/dedupe/assign-story.js';
import { dedupeKeys } from '../../../src/dedupe/dedupe-keys.js';
import { MemoryStoryStore } from '../../../src/dedupe/memory-store.js';
import type { StoryArticle, StoryStore, StoryTx } from '../../../src/dedupe/story-store.js';
import { urlKey } from '../../../src/dedupe/url-key.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS, body } from './texts.js';

const at = (minutes: number): Date => new Date(Date.parse('2026-03-01T08:00:00Z') + minutes * 60_000);
const a = (id: string, url: string, text: string, minutes: number, agency: string | null = null): StoryArticle => ({
  id,
  url,
  site: new URL(url).hostname,
  agency,
  title: url,
  body: text,
  publishedAt: at(minutes),
  firstSeenAt: at(minutes + 1),
});

const DAY: StoryArticle[] = [
  a('1', 'https://en.people.example/strike', TRANSFORMS['credit-webeditor']!(PORT_STRIKE), 0, 'Xinhua'),
  a('2', 'https://chinadaily.example/strike', TRANSFORMS.trim80!(PORT_STRIKE), 20),
  a('3', 'https://lagos.example/strike', TRANSFORMS.dateline!(PORT_STRIKE), 30),
  a('4', 'https://english.news.cn/strike', body(PORT_STRIKE), -10, 'Xinhua'),
  a('5', 'https://quotes.example/strike', TRANSFORMS['copyedit-quotes']!(PORT_STRIKE), 70),
  a('6', 'https://a.example/flood', body(FLOOD), 120, 'Reuters'),
  a('7', 'https://b.example/flood', TRANSFORMS.trim50!(FLOOD), 125),
  a('8', 'https://c.example/flood', TRANSFORMS['local-paras']!(FLOOD), 115),
  a('9', 'https://a.example/telescope', body(TELESCOPE), 180),
  a('10', 'https://b.example/telescope', TRANSFORMS.resplit!(TELESCOPE), 210),
];

/** The store with tryJoin counted by its answer, or hidden. */
function wrap(store: MemoryStoryStore, fast: boolean, tries: boolean[]): StoryStore {
  return {
    transaction: (fn) =>
      store.transaction((tx) => {
        const { tryJoin, ...rest } = tx;
        const t: StoryTx = fast
          ? {
              ...rest,
              tryJoin: async (w, c) => {
                const ok = await tryJoin!(w, c);
                tries.push(ok);
                return ok;
              },
            }
          : rest;
        return fn(t);
      }),
  };
}

async function run(fast: boolean) {
  const store = new MemoryStoryStore();
  const tries: boolean[] = [];
  const out: Assignment[] = [];
  for (const x of DAY) {
    store.putArticle(x);
    const k = dedupeKeys({ body: x.body });
    store.indexExact(x.id, urlKey(x.url), k.tokenCount >= 20 ? k.contentHash : null, k.leadHash);
    out.push((await assignStory(wrap(store, fast, tries), x.id))!);
  }
  const stories = [...store.stories].map(([id, s]) => ({
    id,
    members: [...s.members].sort(),
    originalId: s.originalId,
    referenceId: s.referenceId,
  }));
  return { out, memberships: [...store.memberships].sort(), stories, tries };
}

describe('one-statement join on the memory store', () => {
  it('ends as the locked path does, and is taken for every plain join', async () => {
    const fast = await run(true);
    const locked = await run(false);
    expect(fast.out).toEqual(locked.out);
    expect(fast.memberships).toEqual(locked.memberships);
    expect(fast.stories).toEqual(locked.stories);
    expect(fast.stories.map((s) => s.members.length)).toEqual([5, 3, 2]);
    const joins = fast.out.filter((x) => !x.created && !x.existing && x.merged.length === 0 && (x.detached ?? []).length === 0);
    expect(fast.tries).toEqual(joins.map(() => true));
    expect(joins.length).toBe(7);
    // The late original displaced the first copy: explained by the join, as the locked path does.
    expect(fast.memberships.find(([id]) => id === '1')![1]).toMatchObject({ role: 'repost', comparedArticleId: '4' });
  });

  it('declines a story written since the candidates were read (the locked path places the article)', async () => {
    const store = new MemoryStoryStore();
    const tries: boolean[] = [];
    for (const x of DAY.slice(0, 2)) {
      store.putArticle(x);
      const k = dedupeKeys({ body: x.body });
      store.indexExact(x.id, urlKey(x.url), k.tokenCount >= 20 ? k.contentHash : null, k.leadHash);
    }
    await assignStory(store, '1');
    const third = DAY[2]!;
    store.putArticle(third);
    const k = dedupeKeys({ body: third.body });
    store.indexExact(third.id, urlKey(third.url), k.tokenCount >= 20 ? k.contentHash : null, k.leadHash);
    // Between the candidates and the join, another member joins (within this transaction's turn).
    const interfering: StoryStore = {
      transaction: (fn) =>
        wrap(store, true, tries).transaction((tx) =>
          fn({
            ...tx,
            tryJoin: async (w, c) => {
              const s = store.stories.get(w.storyId)!;
              store.memberships.set('2', { storyId: w.storyId, role: 'repost', method: 'near_dup', score: 0.9, comparedArticleId: '1' });
              s.members.add('2');
              s.version++;
              return tx.tryJoin!(w, c);
            },
          }),
        ),
    };
    const r = await assignStory(interfering, third.id);
    expect(tries).toEqual([false]);
    expect(r).toMatchObject({ created: false });
    expect([...store.stories.get(r!.storyId)!.members].sort()).toEqual(['1', '2', '3']);
  });
});

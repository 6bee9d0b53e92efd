/**
 * The hub rule's members (decide-story rule 3, issue 16) on the memory store: a small story that
 * came whole with the candidates is not read again, and the decisions are the ones the read path
 * gives, in every arrival order of two stories and a round-up of both.
 */
import { describe, expect, it } from 'vitest';
import { assignStory, type Assignment } from '../../../src/dedupe/assign-story.js';
import { dedupeKeys } from '../../../src/dedupe/dedupe-keys.js';
import { MemoryStoryStore } from '../../../src/dedupe/memory-store.js';
import type { StoryStore, StoryTx } from '../../../src/dedupe/story-store.js';
import { urlKey } from '../../../src/dedupe/url-key.js';
import { ROUNDUP_PAGES } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');

const PAGES = ROUNDUP_PAGES;
type Name = keyof typeof PAGES;

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * The store with the hub rule's reads counted (`members` with a limit; a refresh reads without
 * one). `whole`: the size bound the candidates read small stories by (0: none whole, the read path).
 */
function counted(store: MemoryStoryStore, hubReads: string[], whole?: number): StoryStore {
  return {
    transaction: (fn) =>
      store.transaction((tx) => {
        const t: StoryTx = {
          ...tx,
          members: (storyId, limit) => {
            if (limit !== undefined) hubReads.push(storyId);
            return tx.members(storyId, limit);
          },
          candidates: (q) => tx.candidates(whole === undefined ? q : { ...q, whole }),
        };
        return fn(t);
      }),
  };
}

async function run(order: readonly Name[], whole?: number) {
  const store = new MemoryStoryStore();
  const hubReads: string[] = [];
  const out: Assignment[] = [];
  for (const [i, name] of order.entries()) {
    const id = String(i + 1);
    const p = PAGES[name];
    store.putArticle({
      id,
      url: p.url,
      site: null,
      agency: null,
      title: name,
      body: p.body,
      publishedAt: new Date(T0 + i * 60_000),
      firstSeenAt: new Date(T0 + i * 60_000),
    });
    const k = dedupeKeys({ body: p.body });
    store.indexExact(id, urlKey(p.url), k.tokenCount >= 20 ? k.contentHash : null, k.leadHash);
    out.push((await assignStory(counted(store, hubReads, whole), id))!);
  }
  return { out, memberships: [...store.memberships].sort(), hubReads };
}

describe("the hub rule's members", () => {
  const orders = permutations(Object.keys(PAGES) as Name[]);

  it(`a small story's members come from the candidates' snapshot: no read, the same decisions (all ${orders.length} orders)`, async () => {
    let checked = 0;
    for (const order of orders) {
      const snap = await run(order);
      const read = await run(order, 0);
      expect(snap.out, order.join(' ')).toEqual(read.out);
      expect(snap.memberships, order.join(' ')).toEqual(read.memberships);
      expect(snap.hubReads, order.join(' ')).toEqual([]);
      checked += read.hubReads.length;
    }
    // The read path did check hubs (round-ups and briefs reach stories by inside links).
    expect(checked).toBeGreaterThan(orders.length);
  });

  it('a story larger than the bound is still read, with the same decisions', async () => {
    // Round-up first, then brief A joins it, then brief B shows what it is (rule 3c: detached).
    const order: Name[] = ['roundup', 'briefA', 'briefB', 'fullA', 'fullB'];
    const snap = await run(order);
    const bounded = await run(order, 1);
    expect(bounded.out).toEqual(snap.out);
    expect(snap.out[2]!.detached).toEqual(['1']);
    expect(snap.hubReads).toEqual([]);
    expect(bounded.hubReads.length).toBeGreaterThan(0);
  });
});

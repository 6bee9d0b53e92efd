/**
 * Round-ups in every arrival order, shared runs as one contiguous block in both texts, the nested
 * sentence-key samples, and the per-process feature cache (issue 10 follow-up, issue 16).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSIGN_OPTIONS, assignStats } from '../../../src/dedupe/assign-story.js';
import { comparePair, sharedRuns, ShingleIndex } from '../../../src/dedupe/compare.js';
import { FeatureCache, featureKey } from '../../../src/dedupe/feature-cache.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { MAX_SENTENCE_KEYS, sentenceKeys } from '../../../src/dedupe/sentence-keys.js';
import type { StoryArticle } from '../../../src/dedupe/story-store.js';
import { FLOOD, PORT_STRIKE, ROUNDUP_PAGES, TELESCOPE, body } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('round-ups in every arrival order', () => {
  const pages = ROUNDUP_PAGES;
  const orders = permutations(Object.keys(pages) as Array<keyof typeof pages>);

  it(`never merges the two briefs' stories (all ${orders.length} orders)`, async () => {
    for (const order of orders) {
      const index = new MemoryStoryIndex();
      for (const [i, name] of order.entries()) await index.add({ id: name, ...pages[name], publishedAt: at(i) });
      const label = order.join(' ');
      expect(index.storyOf('fullA'), label).toBe(index.storyOf('briefA'));
      expect(index.storyOf('fullB'), label).toBe(index.storyOf('briefB'));
      expect(index.storyOf('fullA'), label).not.toBe(index.storyOf('fullB'));
      // ...and the round-up ends in a story of its own, whoever came first (rules 3b-3d).
      expect(
        ['fullA', 'fullB'].map((id) => index.storyOf(id)),
        label,
      ).not.toContain(index.storyOf('roundup'));
    }
  });

  it("a round-up that joined brief A's story leaves it, marked, when brief B shows what it is; a copy of it still joins it", async () => {
    const index = new MemoryStoryIndex();
    await index.add({ id: 'roundup', ...pages.roundup, publishedAt: at(0) });
    await index.add({ id: 'briefA', ...pages.briefA, publishedAt: at(1) });
    expect(index.storyOf('briefA')).toBe(index.storyOf('roundup'));
    const b = await index.add({ id: 'briefB', ...pages.briefB, publishedAt: at(2) });
    expect(b.detached).toEqual(['roundup']);
    expect(index.storyOf('roundup')).not.toBe(index.storyOf('briefA'));
    expect(index.store.memberships.get('roundup')?.roundup).toBe(true);
    expect(index.originalOf(index.storyOf('briefA')!)).toBe('briefA');
    const full = await index.add({ id: 'fullA', ...pages.fullA, publishedAt: at(3) });
    expect(full.storyId).toBe(index.storyOf('briefA'));
    const copy = await index.add({ id: 'copy', url: 'https://f.example/brief', body: pages.roundup.body, publishedAt: at(4) });
    expect(copy.storyId).toBe(index.storyOf('roundup'));
  });

  it('a round-up arriving after both stories joins neither (it is mostly other material than each)', async () => {
    for (const order of orders.filter((o) => o[o.length - 1] === 'roundup')) {
      const index = new MemoryStoryIndex();
      for (const [i, name] of order.entries()) await index.add({ id: name, ...pages[name], publishedAt: at(i) });
      const stories = new Set(['fullA', 'fullB', 'roundup'].map((id) => index.storyOf(id)));
      expect(stories.size, order.join(' ')).toBe(3);
    }
  });

  it('a full text carrying its own teaser and an excerpt is no round-up: it joins and merges their stories', async () => {
    const index = new MemoryStoryIndex();
    const teaser = await index.add({ id: 't', url: 'https://t.example/1', body: body(TELESCOPE.slice(0, 1)), publishedAt: at(0) });
    const excerpt = await index.add({ id: 'x', url: 'https://x.example/1', body: body(TELESCOPE.slice(3, 5)), publishedAt: at(1) });
    expect(excerpt.storyId).not.toBe(teaser.storyId);
    const full = await index.add({ id: 'f', url: 'https://f.example/1', body: body(TELESCOPE), publishedAt: at(2) });
    expect(full.decision?.action).toBe('join');
    expect(index.storyOf('f')).toBe(index.storyOf('t'));
  });
});

describe('shared runs are one contiguous block in both texts', () => {
  it('a block of the shorter text found at two distant places of the longer one is two runs, not one spanning both', () => {
    const long = Array.from({ length: 300 }, (_, i) => i);
    // The shorter: 20 shingles from the top of the longer, then 20 from its end, back to back.
    const short = [...long.slice(0, 20), ...long.slice(280)];
    const runs = sharedRuns(short, new ShingleIndex(long));
    expect(runs.shared).toBe(40);
    expect(runs.long).toHaveLength(2);
    expect(runs.long[0]![1]).toBeLessThan(20);
    expect(runs.long[1]![0]).toBeGreaterThanOrEqual(280);
    expect(runs.short).toEqual([
      [0, 19],
      [20, 39],
    ]);
  });

  it('a repeated shingle is read at its occurrence in line with the run', () => {
    // The longer text repeats shingle 5 early (position 0) and in the shared block.
    const long = [5, ...Array.from({ length: 50 }, (_, i) => 100 + i), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const runs = sharedRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], new ShingleIndex(long));
    expect(runs.shared).toBe(10);
    expect(runs.long).toHaveLength(1);
  });

  it('a brief whose page shares a caption and a blurb with the round-up marks only its own part of it', () => {
    const caption =
      'People walk past shops on the main street of the town on a busy weekday afternoon, in a picture taken by staff last year.';
    const blurb =
      'The paper is an independent newspaper serving readers across the region since 1920, with reporters in six towns and a newsroom.';
    const roundup = dedupeFeatures({
      url: 'https://r.example/x',
      body: body([caption, ...PORT_STRIKE.slice(0, 2), ...FLOOD.slice(0, 2), blurb]),
    });
    const briefB = dedupeFeatures({ url: 'https://b.example/x', body: body([FLOOD[0]!, caption, FLOOD[1]!, blurb]) });
    const briefA = dedupeFeatures({ url: 'https://a.example/x', body: body(PORT_STRIKE.slice(0, 2)) });
    const a = comparePair(roundup, briefA);
    const b = comparePair(roundup, briefB);
    // B's runs in the round-up (its caption at the top, its text, its blurb) never cover A's part.
    for (const [x, y] of b.aSpans)
      for (const [c, d] of a.aSpans) expect(Math.min(y, d) - Math.max(x, c) + 1).toBeLessThan(0.3 * (d - c + 1));
  });
});

describe('teasers of long texts', () => {
  it('a 40-word teaser that opens a 1000-word story links to it (the length-ratio guard spares the lead path) ...', () => {
    const more = Array.from(
      { length: 30 },
      (_, i) =>
        `In part ${i} of the report, the union and the employers set out their positions on pay, hours and the new cranes at length.`,
    );
    const long = dedupeFeatures({ url: 'https://a.example/long', body: body([...PORT_STRIKE, ...more]) });
    const teaser = dedupeFeatures({
      url: 'https://b.example/t',
      body: body(PORT_STRIKE).split(/\s+/).slice(0, 40).join(' ') + '... Read more',
    });
    expect(teaser.shingles.length / long.shingles.length).toBeLessThan(0.05);
    expect(comparePair(teaser, long).match).toBe(true);
  });

  it('... but the same 40 words from the middle of it do not (no lead, under 5% of it)', () => {
    const more = Array.from(
      { length: 30 },
      (_, i) =>
        `In part ${i} of the report, the union and the employers set out their positions on pay, hours and the new cranes at length.`,
    );
    const long = dedupeFeatures({ url: 'https://a.example/long', body: body([...more.slice(0, 15), ...PORT_STRIKE, ...more.slice(15)]) });
    const snippet = dedupeFeatures({ url: 'https://b.example/s', body: body(PORT_STRIKE).split(/\s+/).slice(0, 40).join(' ') });
    expect(comparePair(snippet, long).match).toBe(false);
  });
});

describe('sentence keys', () => {
  const sentences = Array.from(
    { length: 80 },
    (_, i) => `Sentence number ${i} of the report says that officials met again on day ${i} to discuss the plan.`,
  );

  it('a short text keys every sentence; a long one keeps at most MAX_SENTENCE_KEYS', () => {
    expect(sentenceKeys(sentences.slice(0, 12))).toHaveLength(12);
    expect(sentenceKeys(sentences).length).toBeLessThanOrEqual(MAX_SENTENCE_KEYS);
  });

  it('samples nest: every key of a long text whose sentence a shorter text also has is a key of the shorter one', () => {
    const long = new Set(sentenceKeys(sentences));
    for (const from of [10, 30, 50]) {
      const part = sentenceKeys(sentences.slice(from, from + 20));
      const longKeysOfPart = sentenceKeys(sentences.slice(from, from + 20).map((s) => s)).filter((k) => long.has(k));
      // The shorter text (20 sentences, all keyed) holds every sampled key of the long text it carries.
      expect(part.filter((k) => long.has(k))).toEqual(longKeysOfPart);
      expect(longKeysOfPart.length).toBeGreaterThan(0);
    }
  });
});

describe('feature cache', () => {
  const article = (over: Partial<StoryArticle> = {}): StoryArticle => ({
    id: '1',
    url: 'https://a.example/1',
    site: 'a.example',
    agency: null,
    title: 't',
    body: body(PORT_STRIKE),
    publishedAt: at(0),
    firstSeenAt: at(0),
    ...over,
  });

  it('hits only with the same body, fields and furniture', () => {
    const cache = new FeatureCache();
    const f = dedupeFeatures({ url: 'https://a.example/1', body: body(PORT_STRIKE) });
    cache.set(article(), undefined, f);
    expect(cache.get(article({ title: 'another title', firstSeenAt: at(9) }), undefined)).toBe(f);
    // A copy of the body in another string is the same body.
    expect(cache.get(article({ body: body(PORT_STRIKE.slice(0)) }), undefined)).toBe(f);
    expect(cache.get(article({ body: body(PORT_STRIKE.slice(1)) }), undefined)).toBeUndefined();
    expect(cache.get(article({ agency: 'AP' }), undefined)).toBeUndefined();
    expect(cache.get(article({ site: 'b.example' }), undefined)).toBeUndefined();
    expect(cache.get(article({ url: 'https://a.example/2' }), undefined)).toBeUndefined();
    expect(cache.get(article({ id: '2' }), undefined)).toBeUndefined();
    expect(cache.get(article(), new Set(['123']))).toBeUndefined();
    expect(featureKey(article(), new Set(['123']))).not.toBe(featureKey(article(), undefined));
    expect(featureKey(article(), new Set(['123']))).toBe(featureKey(article(), new Set(['123'])));
  });

  it('features without lookup keys never serve a lookup that needs them', () => {
    const cache = new FeatureCache();
    const plain = dedupeFeatures({ url: 'https://a.example/1', body: body(PORT_STRIKE) }, undefined, { keys: false });
    cache.set(article(), undefined, plain);
    expect(cache.get(article(), undefined, true)).toBeUndefined();
    const keyed = dedupeFeatures({ url: 'https://a.example/1', body: body(PORT_STRIKE) });
    cache.set(article(), undefined, keyed, true);
    expect(cache.get(article(), undefined, true)).toBe(keyed);
    expect(cache.get(article(), undefined)).toBe(keyed);
  });

  it('evicts the least recently used entry', () => {
    const cache = new FeatureCache(2);
    const f = dedupeFeatures({ url: 'https://a.example/1', body: body(FLOOD) });
    const a = article({ id: 'a' });
    const b = article({ id: 'b' });
    cache.set(a, undefined, f);
    cache.set(b, undefined, f);
    expect(cache.get(a, undefined)).toBe(f);
    cache.set(article({ id: 'c' }), undefined, f);
    expect(cache.get(b, undefined)).toBeUndefined();
    expect(cache.get(a, undefined)).toBe(f);
    expect(cache.size).toBe(2);
  });

  it('resized (FEATURE_CACHE_ENTRIES), keeps the most recently used; 0 keeps none', () => {
    const cache = new FeatureCache(3);
    const f = dedupeFeatures({ url: 'https://a.example/1', body: body(FLOOD) });
    for (const id of ['a', 'b', 'c']) cache.set(article({ id }), undefined, f);
    expect(cache.get(article({ id: 'a' }), undefined)).toBe(f);
    cache.resize(1);
    expect(cache.size).toBe(1);
    expect(cache.get(article({ id: 'a' }), undefined)).toBe(f);
    cache.resize(0);
    cache.set(article({ id: 'd' }), undefined, f);
    expect(cache.size).toBe(0);
  });

  it('candidates are computed once across assignments, and the result is the same as without the cache', async () => {
    const cache = new FeatureCache();
    const cached = new MemoryStoryIndex({ ...DEFAULT_ASSIGN_OPTIONS, cache });
    const fresh = new MemoryStoryIndex({ ...DEFAULT_ASSIGN_OPTIONS, cache: new FeatureCache(0) });
    const docs = [PORT_STRIKE, PORT_STRIKE.slice(0, 5), PORT_STRIKE.slice(1), FLOOD, FLOOD.slice(0, 4)];
    for (const [i, ps] of docs.entries()) {
      for (const index of [cached, fresh])
        await index.add({ id: String(i + 1), url: `https://s${i}.example/x`, body: body(ps), publishedAt: at(i) });
    }
    expect(cache.hits).toBeGreaterThan(0);
    // Each article's text is read once, when it arrives: as a candidate it is a hit.
    expect(cache.misses).toBe(docs.length);
    for (let i = 1; i <= docs.length; i++) expect(cached.storyOf(String(i))).toBe(fresh.storyOf(String(i)));
  });
});

describe('assignment path counts (logged when the service stops)', () => {
  it('counts assignments, new stories and one-statement joins', async () => {
    const before = { ...assignStats };
    const index = new MemoryStoryIndex({ ...DEFAULT_ASSIGN_OPTIONS, cache: new FeatureCache() });
    await index.add({ id: '1', url: 'https://a.example/x', body: body(PORT_STRIKE), publishedAt: at(0) });
    await index.add({ id: '2', url: 'https://b.example/x', body: body(PORT_STRIKE), publishedAt: at(1) });
    await index.add({ id: '3', url: 'https://c.example/x', body: body(FLOOD), publishedAt: at(2) });
    const d = (k: keyof typeof assignStats) => assignStats[k] - before[k];
    expect([d('assignments'), d('created'), d('tryJoins'), d('tryJoinDeclined'), d('locked'), d('retried')]).toEqual([3, 2, 1, 0, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { decideStory } from '../../../src/dedupe/decide-story.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS, WRITE_THRU, ZH_ECONOMY, ZH_WEATHER, body } from './texts.js';

const T0 = Date.parse('2019-11-05T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);
const ORIGINAL_URL = 'https://www.example-agency.com/world/port-strike-2019-11-05';

/** Index with the two unrelated stories already stored, so a wrong merge has somewhere to go. */
function seeded(): MemoryStoryIndex {
  const index = new MemoryStoryIndex();
  index.add({ id: 'tel', url: 'https://science.example/telescope', body: body(TELESCOPE), publishedAt: at(-30) });
  index.add({ id: 'flood', url: 'https://news.example/flood', body: body(FLOOD), publishedAt: at(-20) });
  return index;
}

describe('decideStory: every syndication transform joins the original', () => {
  for (const [name, transform] of Object.entries(TRANSFORMS)) {
    for (const base of [PORT_STRIKE, TELESCOPE]) {
      it(`${name} of "${base[0]!.slice(0, 30)}..."`, () => {
        const index = new MemoryStoryIndex();
        const orig = index.add({ id: 'orig', url: ORIGINAL_URL, body: body(base), publishedAt: at(0) });
        index.add({ id: 'other', url: 'https://news.example/flood', body: body(FLOOD), publishedAt: at(5) });
        const copy = index.add({ id: 'copy', url: `https://reposter.example/a/${name}`, body: transform(base), publishedAt: at(45) });
        expect(copy.storyId).toBe(orig.storyId);
        expect(copy.decision.action).toBe('join');
        expect(index.storyOf('other')).not.toBe(orig.storyId);
        expect(index.roleOf('orig')).toBe('original');
        expect(index.roleOf('copy')).toBe('repost');
      });
    }
  }

  it('headline edits do not matter: the title is never read', () => {
    const index = new MemoryStoryIndex();
    const a = index.add({ id: 'a', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    const b = index.add({ id: 'b', url: 'https://x.example/UPDATE-2-port-strike', body: TRANSFORMS.dateline!(PORT_STRIKE), publishedAt: at(9) });
    expect(b.storyId).toBe(a.storyId);
  });

  it('names the method: body_hash for an identical text after credits, near_dup/lead_hash otherwise', () => {
    const index = new MemoryStoryIndex();
    index.add({ id: 'a', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    const same = index.add({ id: 'b', url: 'https://x.example/b', body: TRANSFORMS['credit-byline']!(PORT_STRIKE), publishedAt: at(1) });
    const teaser = index.add({ id: 'c', url: 'https://x.example/c', body: TRANSFORMS.teaser!(PORT_STRIKE), publishedAt: at(2) });
    const update = index.add({ id: 'd', url: 'https://x.example/d', body: TRANSFORMS.update!(PORT_STRIKE), publishedAt: at(3) });
    expect(same.decision).toMatchObject({ action: 'join', method: 'body_hash', score: 1 });
    expect(teaser.decision).toMatchObject({ action: 'join', method: 'lead_hash' });
    expect(update.decision).toMatchObject({ action: 'join', method: 'near_dup' });
  });
});

describe('decideStory: Chinese text', () => {
  it('a repost of a Chinese story (full-width punctuation, trimmed, credited) joins it; another Chinese story does not', () => {
    const index = new MemoryStoryIndex();
    const orig = index.add({ id: 'zh', url: 'http://www.news.cn/2019-11/05/c_1.htm', body: body(ZH_ECONOMY), publishedAt: at(0) });
    const other = index.add({ id: 'zh2', url: 'http://www.news.cn/2019-11/06/c_2.htm', body: body(ZH_WEATHER), publishedAt: at(10) });
    const repost = index.add({ id: 'zh3', url: 'https://cn.example/a/3', body: body([...ZH_ECONOMY.slice(0, 3), '(责任编辑：张三)']).replace(/，/g, ','), publishedAt: at(30) });
    expect(repost.storyId).toBe(orig.storyId);
    expect(other.storyId).not.toBe(orig.storyId);
  });
});

describe('decideStory: hard negatives never merge', () => {
  it('same headline (and same URL slug) with a different body', () => {
    const index = seeded();
    const a = index.add({ id: 'a', url: 'https://courier.example/story/news-in-brief', body: body(PORT_STRIKE), publishedAt: at(0) });
    const b = index.add({ id: 'b', url: 'https://courier.example/story/news-in-brief', body: body(FLOOD.slice(1)), publishedAt: at(60) });
    expect(b.storyId).not.toBe(a.storyId);
  });

  it('same agency dateline and credit line with a different body', () => {
    const index = new MemoryStoryIndex();
    const a = index.add({ id: 'a', url: 'https://a.example/1', body: TRANSFORMS.dateline!(PORT_STRIKE) + '\n\n(Web editor: Zhang Kaiwei, Liang Jun)', publishedAt: at(0) });
    const b = index.add({ id: 'b', url: 'https://b.example/2', body: TRANSFORMS.dateline!(FLOOD) + '\n\n(Web editor: Zhang Kaiwei, Liang Jun)', publishedAt: at(5) });
    expect(b.storyId).not.toBe(a.storyId);
  });

  it('a round-up that quotes one paragraph of a story', () => {
    const index = new MemoryStoryIndex();
    const a = index.add({ id: 'a', url: 'https://a.example/strike', body: body(PORT_STRIKE), publishedAt: at(0) });
    const roundup = [FLOOD[0]!, FLOOD[1]!, PORT_STRIKE[0]!, TELESCOPE[0]!, TELESCOPE[1]!];
    const r = index.add({ id: 'r', url: 'https://b.example/news-in-brief', body: body(roundup), publishedAt: at(90) });
    expect(r.storyId).not.toBe(a.storyId);
  });

  it('two independent reports of one event that share a quote', () => {
    const index = new MemoryStoryIndex();
    const a = index.add({ id: 'a', url: 'https://a.example/strike', body: body(PORT_STRIKE), publishedAt: at(0) });
    const independent = [
      'Thousands of port workers stopped work on Tuesday in a dispute over automated cranes, leaving ships queueing outside the main harbours.',
      PORT_STRIKE[2]!,
      'Shipping lines said they were reviewing schedules. Retailers urged both sides to return to the table quickly.',
      'The government has so far declined to intervene directly but said a mediator could be named within days.',
    ];
    const b = index.add({ id: 'b', url: 'https://b.example/ports', body: body(independent), publishedAt: at(40) });
    expect(b.storyId).not.toBe(a.storyId);
  });

  describe('a live round-up carrying several briefs verbatim', () => {
    const briefA = body(PORT_STRIKE.slice(0, 2));
    const briefB = body(FLOOD.slice(0, 2));
    const briefC = body(TELESCOPE.slice(0, 2));
    const roundup = [briefA, briefB, briefC].join('\n\n');
    const f = (id: string, text: string) => dedupeFeatures({ url: `https://${id}.example/x`, body: text });

    it('only its first brief (anchored at its start) verifies against it', () => {
      expect(comparePair(f('a', briefA), f('r', roundup)).match).toBe(true);
      expect(comparePair(f('b', briefB), f('r', roundup)).match).toBe(false);
      expect(comparePair(f('c', briefC), f('r', roundup)).match).toBe(false);
    });

    it('a text that matches only the round-up member, not the original, does not join (no chaining)', () => {
      const laterEdition = [briefB, briefC].join('\n\n'); // matches the round-up by resemblance only
      expect(comparePair(f('e', laterEdition), f('r', roundup)).match).toBe(true);
      const candidates = [
        { articleId: 'A', storyId: 's1', isOriginal: true, features: f('a', briefA) },
        { articleId: 'R', storyId: 's1', isOriginal: false, features: f('r', roundup) },
      ];
      expect(decideStory(f('e', laterEdition), candidates)).toEqual({ action: 'new', method: 'new' });
      // ...while a text verified by the original and the member joins.
      expect(decideStory(f('t', TRANSFORMS.teaser!(PORT_STRIKE.slice(0, 2))), candidates)).toMatchObject({ action: 'join', storyId: 's1', comparedArticleId: 'A' });
    });

    it('end to end: briefs stay in separate stories', () => {
      const index = new MemoryStoryIndex();
      const a = index.add({ id: 'A', url: 'https://a.example/a', body: briefA, publishedAt: at(0) });
      const b = index.add({ id: 'B', url: 'https://b.example/b', body: briefB, publishedAt: at(10) });
      index.add({ id: 'R', url: 'https://c.example/latest', body: roundup, publishedAt: at(60) });
      const c = index.add({ id: 'C', url: 'https://d.example/c', body: briefC, publishedAt: at(70) });
      expect(new Set([a.storyId, b.storyId, c.storyId]).size).toBe(3);
    });
  });

  it('a short paywall stub identical across sites is not a text match', () => {
    const p = comparePair(
      dedupeFeatures({ url: 'https://a.example/1', body: 'Subscribe to continue reading this article.' }),
      dedupeFeatures({ url: 'https://b.example/2', body: 'Subscribe to continue reading this article.' }),
    );
    expect(p.match).toBe(false);
  });
});

describe('story originals and updates', () => {
  it('a late-arriving original joins its reposts and becomes the original', () => {
    const index = seeded();
    const teaser = index.add({ id: 'teaser', url: 'https://r1.example/t', body: TRANSFORMS.teaser!(PORT_STRIKE), publishedAt: at(50) });
    const trim = index.add({ id: 'trim', url: 'https://r2.example/t', body: TRANSFORMS.trim30!(PORT_STRIKE), publishedAt: at(40) });
    const update = index.add({ id: 'update', url: 'https://r3.example/u', body: TRANSFORMS.update!(PORT_STRIKE), publishedAt: at(70) });
    const orig = index.add({ id: 'orig', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    expect(new Set([teaser.storyId, trim.storyId, update.storyId, orig.storyId]).size).toBe(1);
    expect(index.originalOf(orig.storyId)).toBe('orig');
    expect(index.roleOf('orig')).toBe('original');
    expect(index.roleOf('teaser')).toBe('repost');
  });

  it("the agency's own copy is the original even when an outlet published first", () => {
    const index = new MemoryStoryIndex();
    const early = index.add({ id: 'outlet', url: 'https://outlet.example/a', body: body(PORT_STRIKE), publishedAt: at(0) });
    const agency = index.add({ id: 'agency', url: 'https://www.reuters.com/article/port-strike-idUSKBN1', body: TRANSFORMS['dateline-reuters']!(PORT_STRIKE), publishedAt: at(5) });
    expect(agency.storyId).toBe(early.storyId);
    expect(index.originalOf(early.storyId)).toBe('agency');
  });

  it('an update (same URL, edited text) becomes a new version in the same story, not a second story', () => {
    const index = seeded();
    const v1 = index.add({ id: 'v1', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    const edited = [PORT_STRIKE[0]!.replace('Tuesday', 'Tuesday morning'), 'Talks broke down again late on Tuesday, the union said.', ...PORT_STRIKE.slice(1, 4)];
    const v2 = index.add({ id: 'v2', url: ORIGINAL_URL + '?utm_source=rss', body: body(edited), publishedAt: at(120) });
    expect(v2.storyId).toBe(v1.storyId);
    expect(v2.decision).toMatchObject({ action: 'join', method: 'url', role: 'update' });
    expect(index.roleOf('v2')).toBe('update');
    expect(index.roleOf('v1')).toBe('original');
  });
});

describe('comparePair: teaser or trim wrapped in site chrome', () => {
  const footer = 'Sign up for the Courier newsletter to get the latest news delivered to your inbox every morning. Follow us on Twitter and Facebook for updates.';
  const f = (id: string, text: string) => dedupeFeatures({ url: `https://${id}.example/x`, body: text });

  it('a teaser followed by a newsletter box still verifies against its original', () => {
    const p = comparePair(f('t', TRANSFORMS.teaser!(PORT_STRIKE) + '\n\n' + footer), f('o', body(PORT_STRIKE)));
    expect(p.containment).toBeLessThan(0.8);
    expect(p.match).toBe(true);
  });

  it('two different stories that open with the same boilerplate paragraph do not', () => {
    const lead = 'Officials gave new details on the matter on Friday, adding to an account first published earlier, and said an inquiry would follow.';
    const short = 'Two people were reported missing after a car was swept off a bridge near the regional capital.';
    const p = comparePair(f('a', body([lead, short])), f('b', body([lead, ...TELESCOPE])));
    expect(p.match).toBe(false);
  });
});

describe('write-thrus: versions of one story linked through the versions in between', () => {
  // An agency story rewritten twice in a day (see texts.ts).
  const { v1, v2, v3 } = WRITE_THRU;
  const f = (url: string, text: string, agency: string | null = null) => dedupeFeatures({ url, body: text, agency });

  it('the texts: v2 verifies against v1 and v3 against v2, but v3 not against v1', () => {
    expect(comparePair(f('https://x/2', v2), f('https://x/1', v1)).match).toBe(true);
    expect(comparePair(f('https://x/3', v3), f('https://x/2', v2)).match).toBe(true);
    expect(comparePair(f('https://x/3', v3), f('https://x/1', v1)).match).toBe(false);
  });

  it("the agency's own versions end in one story", () => {
    const index = seeded();
    const s1 = index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const s3 = index.add({ id: 'v3', url: 'https://apnews.com/article/storm-emergency-5e6f', body: v3, publishedAt: at(1500) });
    expect(s3.storyId).toBe(s1.storyId);
    expect(s3.decision).toMatchObject({ action: 'join', comparedArticleId: 'v2' });
    expect(index.originalOf(s1.storyId)).toBe('v1');
  });

  it('an outlet carrying a later version credited to the same agency joins too', () => {
    const index = seeded();
    const s1 = index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const r3 = index.add({ id: 'r3', url: 'https://daily.example/world/storm', body: v3, agency: 'AP', publishedAt: at(1600) });
    expect(r3.storyId).toBe(s1.storyId);
    expect(index.roleOf('r3')).toBe('repost');
  });

  it('the same late text from another source, matching only the in-between version, is not chained in', () => {
    const index = seeded();
    const s1 = index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const other = index.add({ id: 'o3', url: 'https://daily.example/world/storm', body: v3, agency: 'Reuters', publishedAt: at(1600) });
    expect(other.storyId).not.toBe(s1.storyId);
  });
  it('a same-source text that shares nothing with the original is not chained in through a composite copy', () => {
    // An outlet runs two Xinhua stories as one article (FLOOD first, then PORT_STRIKE): it joins
    // FLOOD's story (FLOOD is anchored at its start). Xinhua's own PORT_STRIKE then resembles the
    // composite, a same-source member, but shares no text with FLOOD: a story of its own.
    const index = new MemoryStoryIndex();
    const flood = index.add({ id: 'flood', url: 'https://english.news.cn/20191105/flood/c.html', body: body(FLOOD), agency: 'Xinhua', publishedAt: at(0) });
    const composite = index.add({ id: 'mix', url: 'https://outlet.example/world/roundup', body: body([...FLOOD, ...PORT_STRIKE]), agency: 'Xinhua', publishedAt: at(60) });
    expect(composite.storyId).toBe(flood.storyId);
    const port = index.add({ id: 'port', url: 'https://english.news.cn/20191105/port/c.html', body: body(PORT_STRIKE), agency: 'Xinhua', publishedAt: at(90) });
    expect(port.storyId).not.toBe(flood.storyId);
  });
});

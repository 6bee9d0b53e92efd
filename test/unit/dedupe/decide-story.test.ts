import { describe, expect, it } from 'vitest';
import { comparePair, spanOverlap } from '../../../src/dedupe/compare.js';
import { decideStory, revisionBridges } from '../../../src/dedupe/decide-story.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS, WRITE_THRU, ZH_ECONOMY, ZH_WEATHER, body } from './texts.js';

const T0 = Date.parse('2019-11-05T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);
const ORIGINAL_URL = 'https://www.example-agency.com/world/port-strike-2019-11-05';

/** Index with the two unrelated stories already stored, so a wrong merge has somewhere to go. */
async function seeded(): Promise<MemoryStoryIndex> {
  const index = new MemoryStoryIndex();
  await index.add({ id: 'tel', url: 'https://science.example/telescope', body: body(TELESCOPE), publishedAt: at(-30) });
  await index.add({ id: 'flood', url: 'https://news.example/flood', body: body(FLOOD), publishedAt: at(-20) });
  return index;
}

describe('decideStory: every syndication transform joins the original', () => {
  for (const [name, transform] of Object.entries(TRANSFORMS)) {
    for (const base of [PORT_STRIKE, TELESCOPE]) {
      it(`${name} of "${base[0]!.slice(0, 30)}..."`, async () => {
        const index = new MemoryStoryIndex();
        const orig = await index.add({ id: 'orig', url: ORIGINAL_URL, body: body(base), publishedAt: at(0) });
        await index.add({ id: 'other', url: 'https://news.example/flood', body: body(FLOOD), publishedAt: at(5) });
        const copy = await index.add({ id: 'copy', url: `https://reposter.example/a/${name}`, body: transform(base), publishedAt: at(45) });
        expect(copy.storyId).toBe(orig.storyId);
        expect(copy.decision?.action).toBe('join');
        expect(index.storyOf('other')).not.toBe(orig.storyId);
        expect(index.roleOf('orig')).toBe('original');
        expect(index.roleOf('copy')).toBe('repost');
      });
    }
  }

  it('headline edits do not matter: the title is never read', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'a', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    const b = await index.add({
      id: 'b',
      url: 'https://x.example/UPDATE-2-port-strike',
      body: TRANSFORMS.dateline!(PORT_STRIKE),
      publishedAt: at(9),
    });
    expect(b.storyId).toBe(a.storyId);
  });

  it('names the method: body_hash for an identical text after credits, near_dup/lead_hash otherwise', async () => {
    const index = new MemoryStoryIndex();
    await index.add({ id: 'a', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    const same = await index.add({
      id: 'b',
      url: 'https://x.example/b',
      body: TRANSFORMS['credit-byline']!(PORT_STRIKE),
      publishedAt: at(1),
    });
    const teaser = await index.add({ id: 'c', url: 'https://x.example/c', body: TRANSFORMS.teaser!(PORT_STRIKE), publishedAt: at(2) });
    const update = await index.add({ id: 'd', url: 'https://x.example/d', body: TRANSFORMS.update!(PORT_STRIKE), publishedAt: at(3) });
    expect(same.decision).toMatchObject({ action: 'join', method: 'body_hash', score: 1 });
    expect(teaser.decision).toMatchObject({ action: 'join', method: 'lead_hash' });
    expect(update.decision).toMatchObject({ action: 'join', method: 'near_dup' });
  });
});

describe('decideStory: Chinese text', () => {
  it('a repost of a Chinese story (full-width punctuation, trimmed, credited) joins it; another Chinese story does not', async () => {
    const index = new MemoryStoryIndex();
    const orig = await index.add({ id: 'zh', url: 'http://www.news.cn/2019-11/05/c_1.htm', body: body(ZH_ECONOMY), publishedAt: at(0) });
    const other = await index.add({ id: 'zh2', url: 'http://www.news.cn/2019-11/06/c_2.htm', body: body(ZH_WEATHER), publishedAt: at(10) });
    const repost = await index.add({
      id: 'zh3',
      url: 'https://cn.example/a/3',
      body: body([...ZH_ECONOMY.slice(0, 3), '(责任编辑：张三)']).replace(/，/g, ','),
      publishedAt: at(30),
    });
    expect(repost.storyId).toBe(orig.storyId);
    expect(other.storyId).not.toBe(orig.storyId);
  });
});

describe('decideStory: hard negatives never merge', () => {
  it('same headline (and same URL slug) with a different body', async () => {
    const index = await seeded();
    const a = await index.add({ id: 'a', url: 'https://courier.example/story/news-in-brief', body: body(PORT_STRIKE), publishedAt: at(0) });
    const b = await index.add({
      id: 'b',
      url: 'https://courier.example/story/news-in-brief',
      body: body(FLOOD.slice(1)),
      publishedAt: at(60),
    });
    expect(b.storyId).not.toBe(a.storyId);
  });

  it('same agency dateline and credit line with a different body', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({
      id: 'a',
      url: 'https://a.example/1',
      body: TRANSFORMS.dateline!(PORT_STRIKE) + '\n\n(Web editor: Zhang Kaiwei, Liang Jun)',
      publishedAt: at(0),
    });
    const b = await index.add({
      id: 'b',
      url: 'https://b.example/2',
      body: TRANSFORMS.dateline!(FLOOD) + '\n\n(Web editor: Zhang Kaiwei, Liang Jun)',
      publishedAt: at(5),
    });
    expect(b.storyId).not.toBe(a.storyId);
  });

  it('a round-up that quotes one paragraph of a story', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'a', url: 'https://a.example/strike', body: body(PORT_STRIKE), publishedAt: at(0) });
    const roundup = [FLOOD[0]!, FLOOD[1]!, PORT_STRIKE[0]!, TELESCOPE[0]!, TELESCOPE[1]!];
    const r = await index.add({ id: 'r', url: 'https://b.example/news-in-brief', body: body(roundup), publishedAt: at(90) });
    expect(r.storyId).not.toBe(a.storyId);
  });

  it('two independent reports of one event that share a quote', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'a', url: 'https://a.example/strike', body: body(PORT_STRIKE), publishedAt: at(0) });
    const independent = [
      'Thousands of port workers stopped work on Tuesday in a dispute over automated cranes, leaving ships queueing outside the main harbours.',
      PORT_STRIKE[2]!,
      'Shipping lines said they were reviewing schedules. Retailers urged both sides to return to the table quickly.',
      'The government has so far declined to intervene directly but said a mediator could be named within days.',
    ];
    const b = await index.add({ id: 'b', url: 'https://b.example/ports', body: body(independent), publishedAt: at(40) });
    expect(b.storyId).not.toBe(a.storyId);
  });

  describe('a live round-up carrying several briefs verbatim', () => {
    const briefA = body(PORT_STRIKE.slice(0, 2));
    const briefB = body(FLOOD.slice(0, 2));
    const briefC = body(TELESCOPE.slice(0, 2));
    const roundup = [briefA, briefB, briefC].join('\n\n');
    const f = (id: string, text: string) => dedupeFeatures({ url: `https://${id}.example/x`, body: text });

    it('every brief links to it (wherever it sits); from the round-up, no link is strong and the briefs sit in disjoint parts', async () => {
      const pairs = [briefA, briefB, briefC].map((brief) => comparePair(f('r', roundup), f('x', brief)));
      for (const p of pairs) {
        expect(p.match).toBe(true);
        expect(p.bridge).toBe(false);
      }
      expect(spanOverlap(pairs[0]!.aSpans, pairs[1]!.aSpans)).toBe(0);
      expect(spanOverlap(pairs[1]!.aSpans, pairs[2]!.aSpans)).toBe(0);
    });

    it('decideStory: brief B is refused by a round-up that already carries brief A (a hub)', async () => {
      const candidates = [
        { articleId: 'A', storyId: '1', features: f('a', briefA) },
        { articleId: 'R', storyId: '1', features: f('r', roundup) },
      ];
      const linkedOf = (id: string) => (id === 'R' ? [f('a', briefA)] : []);
      // ...and the round-up, found to carry the openings of two stories, leaves A's story (rule 3c).
      expect(decideStory(f('b', briefB), candidates, linkedOf)).toEqual({
        action: 'new',
        method: 'new',
        detach: [{ articleId: 'R', storyId: '1' }],
      });
      // ...while a teaser of A, found at A's part of the round-up, still joins.
      expect(decideStory(f('t', TRANSFORMS.teaser!(PORT_STRIKE.slice(0, 2))), candidates, linkedOf)).toMatchObject({
        action: 'join',
        storyId: '1',
      });
    });

    it('round-up first, then brief A, then brief B: A and B stay apart', async () => {
      const index = new MemoryStoryIndex();
      await index.add({ id: 'R', url: 'https://c.example/latest', body: roundup, publishedAt: at(0) });
      const a = await index.add({ id: 'A', url: 'https://a.example/a', body: briefA, publishedAt: at(10) });
      const b = await index.add({ id: 'B', url: 'https://b.example/b', body: briefB, publishedAt: at(20) });
      expect(a.storyId).not.toBe(b.storyId);
    });

    it('end to end: briefs stay in separate stories', async () => {
      const index = new MemoryStoryIndex();
      const a = await index.add({ id: 'A', url: 'https://a.example/a', body: briefA, publishedAt: at(0) });
      const b = await index.add({ id: 'B', url: 'https://b.example/b', body: briefB, publishedAt: at(10) });
      await index.add({ id: 'R', url: 'https://c.example/latest', body: roundup, publishedAt: at(60) });
      const c = await index.add({ id: 'C', url: 'https://d.example/c', body: briefC, publishedAt: at(70) });
      expect(new Set([a.storyId, b.storyId, c.storyId]).size).toBe(3);
    });
  });

  it('a short paywall stub identical across sites is not a text match', async () => {
    const p = comparePair(
      dedupeFeatures({ url: 'https://a.example/1', body: 'Subscribe to continue reading this article.' }),
      dedupeFeatures({ url: 'https://b.example/2', body: 'Subscribe to continue reading this article.' }),
    );
    expect(p.match).toBe(false);
  });
});

describe('story originals and updates', () => {
  it('a late-arriving original joins its reposts and becomes the original', async () => {
    const index = await seeded();
    const teaser = await index.add({
      id: 'teaser',
      url: 'https://r1.example/t',
      body: TRANSFORMS.teaser!(PORT_STRIKE),
      publishedAt: at(50),
    });
    const trim = await index.add({ id: 'trim', url: 'https://r2.example/t', body: TRANSFORMS.trim30!(PORT_STRIKE), publishedAt: at(40) });
    await index.add({
      id: 'update',
      url: 'https://r3.example/u',
      body: TRANSFORMS.update!(PORT_STRIKE),
      publishedAt: at(70),
    });
    const orig = await index.add({ id: 'orig', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    // The update changed the lead's figure (1,200 -> 4,200) that the teaser and the trimmed copy
    // carry, so it no longer joins them on arrival (compare.ts SHORT_TEXT: a short text links only
    // to a text carrying its figures, as two flashes of one template do not); the original, which
    // links to all three, bridges the two stories.
    expect(new Set([teaser.storyId, trim.storyId, orig.storyId]).size).toBe(1);
    expect(new Set(['teaser', 'trim', 'update', 'orig'].map((id) => index.storyOf(id))).size).toBe(1);
    expect(index.originalOf(orig.storyId)).toBe('orig');
    expect(index.roleOf('orig')).toBe('original');
    expect(index.roleOf('teaser')).toBe('repost');
  });

  it("the agency's own copy is the original even when an outlet published first", async () => {
    const index = new MemoryStoryIndex();
    const early = await index.add({ id: 'outlet', url: 'https://outlet.example/a', body: body(PORT_STRIKE), publishedAt: at(0) });
    const agency = await index.add({
      id: 'agency',
      url: 'https://www.reuters.com/article/port-strike-idUSKBN1',
      body: TRANSFORMS['dateline-reuters']!(PORT_STRIKE),
      publishedAt: at(5),
    });
    expect(agency.storyId).toBe(early.storyId);
    expect(index.originalOf(early.storyId)).toBe('agency');
  });

  it('an update (same URL, edited text) becomes a new version in the same story, not a second story', async () => {
    const index = await seeded();
    const v1 = await index.add({ id: 'v1', url: ORIGINAL_URL, body: body(PORT_STRIKE), publishedAt: at(0) });
    const edited = [
      PORT_STRIKE[0]!.replace('Tuesday', 'Tuesday morning'),
      'Talks broke down again late on Tuesday, the union said.',
      ...PORT_STRIKE.slice(1, 4),
    ];
    const v2 = await index.add({ id: 'v2', url: ORIGINAL_URL + '?utm_source=rss', body: body(edited), publishedAt: at(120) });
    expect(v2.storyId).toBe(v1.storyId);
    expect(v2.decision).toMatchObject({ action: 'join', method: 'url', role: 'update' });
    expect(index.roleOf('v2')).toBe('update');
    expect(index.roleOf('v1')).toBe('original');
  });
});

describe('comparePair: teaser or trim wrapped in site chrome', () => {
  const footer =
    'Sign up for the Courier newsletter to get the latest news delivered to your inbox every morning. Follow us on Twitter and Facebook for updates.';
  const f = (id: string, text: string) => dedupeFeatures({ url: `https://${id}.example/x`, body: text });

  it('a teaser followed by a newsletter box still verifies against its original (the box is template)', async () => {
    const withBox = f('t', TRANSFORMS.teaser!(PORT_STRIKE) + '\n\n' + footer);
    expect(withBox.tokenCount).toBe(f('t', TRANSFORMS.teaser!(PORT_STRIKE)).tokenCount);
    expect(comparePair(withBox, f('o', body(PORT_STRIKE))).match).toBe(true);
  });

  it('two different stories that open with the same boilerplate paragraph do not', async () => {
    const lead =
      'Officials gave new details on the matter on Friday, adding to an account first published earlier, and said an inquiry would follow.';
    const short = 'Two people were reported missing after a car was swept off a bridge near the regional capital.';
    const p = comparePair(f('a', body([lead, short])), f('b', body([lead, ...TELESCOPE])));
    expect(p.match).toBe(false);
  });
});

describe('write-thrus: versions of one story linked through the versions in between', () => {
  // An agency story rewritten twice in a day (see texts.ts).
  const { v1, v2, v3 } = WRITE_THRU;
  const f = (url: string, text: string, agency: string | null = null) => dedupeFeatures({ url, body: text, agency });

  it('the texts: v2 verifies against v1 and v3 against v2, but v3 not against v1', async () => {
    expect(comparePair(f('https://x/2', v2), f('https://x/1', v1)).match).toBe(true);
    expect(comparePair(f('https://x/3', v3), f('https://x/2', v2)).match).toBe(true);
    expect(comparePair(f('https://x/3', v3), f('https://x/1', v1)).match).toBe(false);
  });

  it('two versions of one agency verify on a lower floor of shared text; two agencies, or unknown ones, do not', async () => {
    // v3 keeps most of v1's text after two new tops (cover ~0.75 of v1) but under 100 shared shingles.
    const p = (x: string | null, y: string | null) => comparePair(f('https://x/3', v3, x), f('https://x/1', v1, y));
    expect(p('AP', 'AP').shared).toBeLessThan(100);
    expect(p('AP', 'AP').match).toBe(true);
    expect(p('AP', 'Reuters').match).toBe(false);
    expect(p(null, null).match).toBe(false);
  });

  it("the agency's own versions end in one story", async () => {
    const index = await seeded();
    const s1 = await index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    await index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const s3 = await index.add({ id: 'v3', url: 'https://apnews.com/article/storm-emergency-5e6f', body: v3, publishedAt: at(1500) });
    expect(s3.storyId).toBe(s1.storyId);
    expect(s3.decision).toMatchObject({ action: 'join', comparedArticleId: 'v2' });
    expect(index.originalOf(s1.storyId)).toBe('v1');
  });

  it('an outlet carrying a later version credited to the same agency joins too', async () => {
    const index = await seeded();
    const s1 = await index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    await index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const r3 = await index.add({ id: 'r3', url: 'https://daily.example/world/storm', body: v3, agency: 'AP', publishedAt: at(1600) });
    expect(r3.storyId).toBe(s1.storyId);
    expect(index.roleOf('r3')).toBe('repost');
  });

  it('a late version carried by any outlet joins through the version in between (stories chain through verified links)', async () => {
    const index = await seeded();
    const s1 = await index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    await index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const other = await index.add({ id: 'o3', url: 'https://daily.example/world/storm', body: v3, publishedAt: at(1600) });
    expect(other.storyId).toBe(s1.storyId);
  });

  it('versions arriving last-first-middle: the middle one bridges the two stories, which merge into the older id', async () => {
    const index = await seeded();
    const s3 = await index.add({ id: 'v3', url: 'https://a.example/3', body: v3, publishedAt: at(1500) });
    const s1 = await index.add({ id: 'v1', url: 'https://b.example/1', body: v1, publishedAt: at(0) });
    expect(s1.storyId).not.toBe(s3.storyId);
    const s2 = await index.add({ id: 'v2', url: 'https://c.example/2', body: v2, publishedAt: at(300) });
    const older = String(Math.min(Number(s1.storyId), Number(s3.storyId)));
    expect(s2.storyId).toBe(older);
    expect(s2.merged).toEqual([String(Math.max(Number(s1.storyId), Number(s3.storyId)))]);
    expect(new Set(['v1', 'v2', 'v3'].map((id) => index.storyOf(id)))).toEqual(new Set([older]));
    expect(index.originalOf(older)).toBe('v1');
    expect(index.storyOf('tel')).not.toBe(older);
  });
  it("an outlet's trimmed copy of a write-thru (its new top and the old lead) joins it, and the write-thru stays in its story", async () => {
    // v2 is a new top over the whole of v1: in form a round-up of two texts. The copy carries v1's
    // lead after the new top, so v1's part of v2 is no other story's (a brief never carries the
    // next brief's lead).
    const index = await seeded();
    const top = WRITE_THRU.v2.split('\n\n').slice(0, 3).join('\n\n');
    const s1 = await index.add({ id: 'v1', url: 'https://apnews.com/article/storm-coast-1a2b', body: v1, publishedAt: at(0) });
    await index.add({ id: 'v2', url: 'https://apnews.com/article/storm-toll-3c4d', body: v2, publishedAt: at(300) });
    const copy = await index.add({
      id: 'c2',
      url: 'https://daily.example/world/storm-toll',
      body: top,
      agency: 'AP',
      publishedAt: at(320),
    });
    expect(copy.decision).toMatchObject({ action: 'join', storyId: s1.storyId });
    expect(copy.decision).not.toHaveProperty('detach');
    expect(new Set(['v1', 'v2', 'c2'].map((id) => index.storyOf(id)))).toEqual(new Set([s1.storyId]));
  });

  it("a new version under the agency's URL bridges the outlets' copies of it that formed a story of their own", async () => {
    // v3 shares too little with v1 for outlets' copies of v3 to join v1's story; the agency's own v3
    // at v1's URL joins v1 by URL, and its text links to those copies make the two stories one.
    const index = await seeded();
    const url = 'https://apnews.com/article/storm-coast-1a2b';
    const s1 = await index.add({ id: 'v1', url, body: v1, publishedAt: at(0) });
    // Uncredited copies (a credited AP copy would verify against AP's v1 on the same-agency floor).
    const o1 = await index.add({ id: 'o1', url: 'https://daily.example/world/storm', body: v3, publishedAt: at(1500) });
    await index.add({ id: 'o2', url: 'https://herald.example/storm-emergency', body: v3, publishedAt: at(1510) });
    expect(o1.storyId).not.toBe(s1.storyId);
    const s3 = await index.add({ id: 'v3', url: url + '?utm_source=rss', body: v3, publishedAt: at(1490) });
    const older = String(Math.min(Number(s1.storyId), Number(o1.storyId)));
    expect(s3.decision).toMatchObject({ action: 'join', method: 'url', storyId: older });
    expect(new Set(['v1', 'v3', 'o1', 'o2'].map((id) => index.storyOf(id)))).toEqual(new Set([older]));
    expect(index.storyOf('tel')).not.toBe(older);
    expect(index.storyOf('flood')).not.toBe(older);
  });

  it('revisionBridges: a new text of a placed article bridges the stories of its copies, not those sharing a paragraph with it', async () => {
    const cand = (id: string, storyId: string, text: string) => ({ articleId: id, storyId, features: f(`https://${id}.example/x`, text) });
    const self = f('https://apnews.com/article/storm-coast-1a2b', v3);
    const copies = [cand('o1', '7', v3), cand('o2', '7', v3)];
    const unrelated = cand('u', '2', body([...TELESCOPE.slice(0, 3), WRITE_THRU.v3.split('\n\n')[4]!]));
    expect(revisionBridges(self, '9', [...copies, unrelated])).toEqual(['7', '9']);
    expect(revisionBridges(self, '9', [unrelated])).toEqual(['9']);
    expect(revisionBridges(self, '9', [])).toEqual(['9']);
  });

  it('a new version under one URL does not bridge a story it only shares a background paragraph with', async () => {
    const index = await seeded();
    const url = 'https://apnews.com/article/port-strike-1a2b';
    const s1 = await index.add({ id: 'p1', url, body: body(PORT_STRIKE), publishedAt: at(0) });
    // Another story that reuses one paragraph of the update.
    const other = await index.add({
      id: 'x',
      url: 'https://other.example/economy',
      body: body([...TELESCOPE.slice(0, 3), PORT_STRIKE[4]!]),
      publishedAt: at(30),
    });
    const s2 = await index.add({
      id: 'p2',
      url,
      body: body([...PORT_STRIKE.slice(0, 5), 'Talks resumed on Friday without result.']),
      publishedAt: at(60),
    });
    expect(s2.storyId).toBe(s1.storyId);
    expect(s2.merged).toEqual([]);
    expect(index.storyOf('x')).toBe(other.storyId);
  });

  it('a text that shares nothing with the original is not chained in through a composite copy', async () => {
    // An outlet runs two Xinhua stories as one article (FLOOD first, then PORT_STRIKE): it joins
    // FLOOD's story. Xinhua's own PORT_STRIKE is then found inside the composite, in another part
    // of it than FLOOD: the composite is a hub, and PORT_STRIKE starts a story of its own.
    const index = new MemoryStoryIndex();
    const flood = await index.add({
      id: 'flood',
      url: 'https://english.news.cn/20191105/flood/c.html',
      body: body(FLOOD),
      agency: 'Xinhua',
      publishedAt: at(0),
    });
    const composite = await index.add({
      id: 'mix',
      url: 'https://outlet.example/world/roundup',
      body: body([...FLOOD, ...PORT_STRIKE]),
      agency: 'Xinhua',
      publishedAt: at(60),
    });
    expect(composite.storyId).toBe(flood.storyId);
    const port = await index.add({
      id: 'port',
      url: 'https://english.news.cn/20191105/port/c.html',
      body: body(PORT_STRIKE),
      agency: 'Xinhua',
      publishedAt: at(90),
    });
    expect(port.storyId).not.toBe(flood.storyId);
  });
});

/**
 * Issue 10 classes on the in-memory store (the same algorithm the service runs on Postgres):
 * round-ups, furniture-only overlap, live files, teasers, Chinese text, agency detection.
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { isTemplateLine, paragraphKey } from '../../../src/dedupe/furniture.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { FLOOD, PORT_STRIKE, TELESCOPE, TRANSFORMS, ZH_ECONOMY, ZH_WEATHER, body } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

/** A site's page furniture, as raw page text carries it (header, caption, blurb, related, footer). */
function onSite(site: string, paragraphs: readonly string[]): string {
  return [
    `The ${site} Daily`,
    'Home World Business Sport Opinion',
    paragraphs[0] ?? '',
    `A general view of the harbour at dusk, seen from the old bridge on a cold evening, in a picture from the ${site} archive.`,
    ...paragraphs.slice(1),
    `The ${site} Daily is an independent newspaper serving readers across the valley since 1921, with reporters in six towns.`,
    'Related',
    'Council approves new budget',
    `© 2026 The ${site} Daily. All rights reserved.`,
  ].join('\n');
}

describe('round-ups', () => {
  const briefA = body(PORT_STRIKE.slice(0, 2));
  const briefB = body(FLOOD.slice(0, 2));
  const roundup = ['News in brief: the main stories of the day.', briefA, briefB].join('\n\n');

  it('a round-up containing two briefs does not merge their stories (briefs first)', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'A', url: 'https://a.example/a', body: briefA, publishedAt: at(0) });
    const b = await index.add({ id: 'B', url: 'https://b.example/b', body: briefB, publishedAt: at(5) });
    const r = await index.add({ id: 'R', url: 'https://r.example/brief', body: roundup, publishedAt: at(10) });
    expect(a.storyId).not.toBe(b.storyId);
    expect(r.merged).toEqual([]);
    expect(index.storyOf('A')).not.toBe(index.storyOf('B'));
    // Later copies of each brief still go to their own story.
    await index.add({ id: 'A2', url: 'https://c.example/a', body: TRANSFORMS.dateline!(PORT_STRIKE.slice(0, 2)), publishedAt: at(20) });
    await index.add({ id: 'B2', url: 'https://d.example/b', body: TRANSFORMS.dateline!(FLOOD.slice(0, 2)), publishedAt: at(25) });
    expect(index.storyOf('A2')).toBe(index.storyOf('A'));
    expect(index.storyOf('B2')).toBe(index.storyOf('B'));
    expect(index.storyOf('A')).not.toBe(index.storyOf('B'));
  });

  it('...nor when the round-up comes first and each brief arrives after it', async () => {
    const index = new MemoryStoryIndex();
    await index.add({ id: 'R', url: 'https://r.example/brief', body: roundup, publishedAt: at(0) });
    await index.add({ id: 'A', url: 'https://a.example/a', body: briefA, publishedAt: at(5) });
    await index.add({ id: 'B', url: 'https://b.example/b', body: briefB, publishedAt: at(10) });
    await index.add({ id: 'B2', url: 'https://d.example/b', body: TRANSFORMS['credit-byline']!(FLOOD.slice(0, 2)), publishedAt: at(15) });
    expect(index.storyOf('A')).not.toBe(index.storyOf('B'));
    expect(index.storyOf('B2')).toBe(index.storyOf('B'));
  });
});

describe('page furniture', () => {
  it('template lines (headers, navigation, captions, share lines) never count', () => {
    for (const line of [
      'The Courier',
      'Home World Business Sport',
      'Photo: Reuters',
      'Share this article',
      '(AP Photo/Jane Doe)',
      'Related',
      'Sign up for our newsletter',
    ]) {
      expect(isTemplateLine(line), line).toBe(true);
    }
    expect(isTemplateLine(PORT_STRIKE[0]!)).toBe(false);
    expect(isTemplateLine(ZH_ECONOMY[1]!)).toBe(false);
  });

  it('two different short stories on one site sharing only its furniture never link, before or after the furniture is learned', async () => {
    const index = new MemoryStoryIndex();
    // Four more pages of the site first, so the second pair is compared with learned furniture.
    const stories = [PORT_STRIKE, TELESCOPE, FLOOD, ZH_ECONOMY, ZH_WEATHER];
    let n = 0;
    for (const ps of stories)
      await index.add({
        id: `p${n}`,
        url: `https://courier.example/p${n++}`,
        site: 'courier.example',
        body: onSite('Courier', ps.slice(0, 2)),
        publishedAt: at(n),
      });
    expect(new Set(stories.map((_, i) => index.storyOf(`p${i}`))).size).toBe(stories.length);
    const f = (ps: readonly string[]) => dedupeFeatures({ url: 'https://courier.example/x', body: onSite('Courier', ps) });
    expect(comparePair(f(PORT_STRIKE.slice(2, 4)), f(TELESCOPE.slice(2, 4))).match).toBe(false);
  });

  it('learned furniture (a paragraph on 4+ pages of one site, on no other site) leaves the comparison text', async () => {
    const caption =
      'A general view of the harbour at dusk, seen from the old bridge on a cold evening, in a picture from the Courier archive.';
    const withCaption = dedupeFeatures(
      { url: 'https://courier.example/a', body: body([PORT_STRIKE[0]!, caption, PORT_STRIKE[1]!]) },
      new Set([paragraphKey(caption)]),
    );
    const without = dedupeFeatures({ url: 'https://courier.example/a', body: body(PORT_STRIKE.slice(0, 2)) });
    expect(withCaption.shingles).toEqual(without.shingles);
  });

  it("a copy wrapped in another site's furniture still joins its story", async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'a', url: 'https://wire.example/a', body: body(PORT_STRIKE), publishedAt: at(0) });
    const b = await index.add({
      id: 'b',
      url: 'https://herald.example/b',
      site: 'herald.example',
      body: onSite('Herald', PORT_STRIKE),
      publishedAt: at(30),
    });
    expect(b.storyId).toBe(a.storyId);
  });
});

describe('live files and partial copies', () => {
  // Snapshots of a live file: each adds paragraphs at the TOP; the older one is the end of the newer.
  const all = [...TELESCOPE, ...PORT_STRIKE];
  const snapshots = [all.slice(9), all.slice(6), all.slice(3), all];

  it('snapshots growing at the top are one story, in arrival order and newest first', async () => {
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [0, 3, 1, 2],
    ]) {
      const index = new MemoryStoryIndex();
      await index.add({ id: 'other', url: 'https://x.example/flood', body: body(FLOOD), publishedAt: at(-5) });
      for (const i of order)
        await index.add({ id: `s${i}`, url: `https://live${i % 2}.example/live-${i}`, body: body(snapshots[i]!), publishedAt: at(i * 30) });
      expect(new Set(snapshots.map((_, i) => index.storyOf(`s${i}`))).size, `order ${order}`).toBe(1);
      expect(index.storyOf('other')).not.toBe(index.storyOf('s0'));
    }
  });

  it('the older snapshot is verified inside the newer one although it starts far from its top', () => {
    const p = comparePair(
      dedupeFeatures({ url: 'https://a.example/1', body: body(snapshots[0]!) }),
      dedupeFeatures({ url: 'https://b.example/2', body: body(snapshots[3]!) }),
    );
    expect(p.match).toBe(true);
    expect(p.longSpans[0]![0]).toBeGreaterThan(100);
  });
});

describe('teasers and excerpts', () => {
  it('a teaser joins its story whether it arrives before or after the full text, and becomes neither original nor reference', async () => {
    for (const teaserFirst of [false, true]) {
      const index = new MemoryStoryIndex();
      const add = (id: string, text: string, m: number) =>
        index.add({ id, url: `https://${id}.example/x`, body: text, publishedAt: at(m) });
      if (teaserFirst) await add('teaser', TRANSFORMS.teaser!(TELESCOPE), 0);
      const full = await add('full', body(TELESCOPE), 10);
      if (!teaserFirst) await add('teaser', TRANSFORMS.teaser!(TELESCOPE), 20);
      expect(index.storyOf('teaser')).toBe(full.storyId);
      expect(index.originalOf(full.storyId)).toBe('full');
    }
  });

  it('an excerpt from the middle of a text is proposed and joins', async () => {
    const long = [...PORT_STRIKE, ...TELESCOPE.map((p) => p.replace(/planet/g, 'port'))];
    const index = new MemoryStoryIndex();
    const full = await index.add({ id: 'full', url: 'https://a.example/full', body: body(long), publishedAt: at(0) });
    await index.add({ id: 'other', url: 'https://b.example/other', body: body(FLOOD), publishedAt: at(1) });
    const excerpt = await index.add({ id: 'ex', url: 'https://c.example/ex', body: body(long.slice(5, 9)), publishedAt: at(10) });
    expect(excerpt.storyId).toBe(full.storyId);
  });
});

describe('Chinese text', () => {
  // A live file grown at the top: a new paragraph of the same story above the older text.
  const zhLive = [
    '国家统计局6日补充说明，11月份以来主要行业生产保持平稳，部分高技术制造业订单明显增加，企业生产经营预期有所改善，市场信心逐步恢复。',
    ...ZH_ECONOMY,
  ];

  it('a Chinese partial copy (the older text at the end of a longer page) joins; another Chinese story on the same site does not', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'zh', url: 'http://www.news.cn/2019-11/05/c_1.htm', body: body(ZH_ECONOMY), publishedAt: at(0) });
    const other = await index.add({
      id: 'zh-other',
      url: 'http://www.news.cn/2019-11/05/c_3.htm',
      body: body(ZH_WEATHER.slice(0, 2)),
      publishedAt: at(3),
    });
    const b = await index.add({ id: 'zh-long', url: 'http://paper.example/2019/c_2.htm', body: body(zhLive), publishedAt: at(60) });
    expect(b.storyId).toBe(a.storyId);
    expect(other.storyId).not.toBe(a.storyId);
  });

  it('a Chinese round-up carrying the leads of two stories joins neither and merges nothing', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'zh', url: 'http://www.news.cn/2019-11/05/c_1.htm', body: body(ZH_ECONOMY), publishedAt: at(0) });
    const w = await index.add({ id: 'zh-w', url: 'http://www.news.cn/2019-11/05/c_3.htm', body: body(ZH_WEATHER), publishedAt: at(3) });
    const r = await index.add({
      id: 'zh-r',
      url: 'http://paper.example/2019/brief.htm',
      body: body([...ZH_ECONOMY.slice(0, 2), ...ZH_WEATHER.slice(0, 2)]),
      publishedAt: at(60),
    });
    expect(r.merged).toEqual([]);
    expect(new Set([a.storyId, w.storyId, r.storyId]).size).toBe(3);
  });

  it('detects the agency of a Chinese dateline and of English credits', () => {
    expect(detectAgency(ZH_ECONOMY[0]!)).toBe('Xinhua');
    expect(detectAgency('The Herald\nWASHINGTON (AP) — Lawmakers voted on Tuesday.')).toBe('AP');
    expect(detectAgency('Story text here.\nBy Jane Doe, Reuters')).toBe('Reuters');
    expect(detectAgency('The plague killed millions, according to the state-run Xinhua News Agency.')).toBeNull();
  });
});

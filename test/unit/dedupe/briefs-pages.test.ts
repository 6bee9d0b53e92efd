/**
 * Pages of several wire items (a news-in-brief page, a morning briefing; each item opens with its
 * agency's dateline): a text found inside one item is that item's story, never the page's, in
 * every arrival order (compare.ts `insideOneItem`, page-items.ts). Before, a teaser arriving after
 * a briefing that quotes it bridged the briefing into the story, and a briefs page opening with an
 * urgent joined the urgent's story. Texts written for these tests, modelled on AP, Reuters, AFP,
 * Yonhap and Xinhua copy.
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { itemStarts } from '../../../src/dedupe/page-items.js';
import { body } from './texts.js';

const T0 = Date.parse('2026-12-04T06:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

const RAIL = [
  'CHICAGO (AP) — An Amtrak passenger train carrying 212 people derailed in rural Illinois on Thursday evening, sending four cars down an embankment and injuring at least 31 people, two of them critically, authorities said.',
  'The Lincoln Service train was traveling from Chicago to St. Louis when it left the tracks near the village of Dwight shortly after 6 p.m., the Livingston County sheriff’s office said in a statement.',
  'Passengers described a violent jolt followed by the sound of grinding metal. “The lights went out and everybody was thrown forward,” said Karen Mitchell, who was heading home to Springfield.',
  'Amtrak said it was working with local authorities and that a team from the National Transportation Safety Board had been sent to the scene. The cause of the derailment was not immediately known.',
  'The injured were taken to hospitals in Bloomington, Joliet and Peoria. A spokeswoman for OSF HealthCare said the hospital system had received 14 patients, most with broken bones and cuts.',
  'Union Pacific, which owns the tracks, said freight traffic on the corridor had been halted. The line was upgraded for higher speeds in 2017 as part of a federally funded project.',
];
const URGENT =
  'SEOUL, Dec. 4 (Yonhap) -- North Korea fired an unidentified ballistic missile into the East Sea on Thursday morning, South Korea’s Joint Chiefs of Staff said.';
const MISSILE = [
  URGENT,
  'The missile was launched from the Pyongyang area at around 7:45 a.m. and flew about 620 kilometers before falling into waters outside Japan’s exclusive economic zone, the JCS said in a text message to reporters.',
  '"Our military has strengthened surveillance and vigilance in preparation for additional launches and is closely sharing information with the United States and Japan," the JCS said.',
  'It marks the North’s first ballistic missile launch in about five weeks, and came a day after Seoul and Washington wrapped up a combined air exercise involving more than 100 warplanes.',
];
/** Other items of the pages: ledes of stories not in the store. */
const ITEMS = [
  'TOKYO (AP) — Japan’s parliament on Thursday approved a record 13.9 trillion yen ($93 billion) extra budget to fund energy subsidies and support for families with young children, after the ruling coalition won backing from two opposition parties.',
  'PARIS (Reuters) - French farmers blocked motorways around Paris and Lyon with tractors on Thursday to protest against a proposed trade deal between the European Union and the Mercosur bloc, which they say would expose them to unfair competition.',
  'Geneva (AFP) - The World Health Organization said on Thursday that a new strain of mpox detected in central Africa was spreading faster than expected, and urged wealthy countries to share vaccine doses with affected nations.',
  'BUENOS AIRES, Dec. 4 (Xinhua) -- Argentina’s annual inflation slowed to 112 percent in November, the lowest in more than a year, the national statistics institute said Thursday.',
];

describe('itemStarts', () => {
  it.each([
    ['a wire story: one dateline, at its top', RAIL, 0],
    [
      'a briefing: a header, then three datelined items',
      ['Morning briefing: what you need to know today.', RAIL[0]!, ...ITEMS.slice(0, 2)],
      4,
    ],
    ['a page opening with an urgent (its dateline is the lead’s) and two more items', [URGENT, ...ITEMS.slice(2)], 3],
    ['Chinese agency datelines', ['新华社北京12月4日电 国家统计局4日发布数据显示。', '新华社上海12月4日电 上海市政府4日宣布。'], 2],
    [
      'a name and a dash further down is a sentence, not a dateline',
      [RAIL[0]!, 'Hamas — which has controlled the territory since 2007 — said it had not been consulted on the plan.'],
      0,
    ],
  ])('%s', (_name, paragraphs, items) => {
    expect(dedupeFeatures({ url: 'https://x.example/1', body: body(paragraphs) }).items).toHaveLength(items);
  });

  it('on comparison paragraphs: [] for a text of one item, else one start per item', () => {
    expect(itemStarts(['The first paragraph.', 'The second paragraph.'])).toEqual([]);
    expect(itemStarts(['one two three', 'LONDON (Reuters) - four five'])).toEqual([0, 3]);
  });

  it('positions are the items’ first tokens in the comparison text', () => {
    const f = dedupeFeatures({ url: 'https://x.example/1', body: body([URGENT, ...ITEMS.slice(0, 2)]) });
    expect(f.items).toHaveLength(3);
    expect(f.items[0]).toBe(0);
    expect(f.items[1]).toBeGreaterThan(20);
    expect(f.items[2]).toBeGreaterThan(f.items[1]! + 30);
    expect(f.items[2]).toBeLessThan(f.tokenCount);
  });
});

describe('a text inside one item of a briefs page', () => {
  const teaser = dedupeFeatures({ url: 'https://t.example/rail', body: body([RAIL[0]!, 'Read the full story']) });
  const briefing = dedupeFeatures({
    url: 'https://b.example/briefing',
    body: body(['Morning briefing: what you need to know today.', RAIL[0]!, ...ITEMS.slice(0, 3)]),
  });
  it('does not link to the page (a teaser in a briefing)', () => {
    expect(comparePair(teaser, briefing).match).toBe(false);
    expect(comparePair(briefing, teaser).match).toBe(false);
  });
  it('the same teaser in a page without datelines still links (not an item: rule 3e decides)', () => {
    const plain = dedupeFeatures({
      url: 'https://b.example/plain',
      body: body([
        'Morning briefing: what you need to know today.',
        ...[RAIL[0]!, ...ITEMS.slice(0, 3)].map((p) => p.replace(/^.*?[—-] /u, '')),
      ]),
    });
    expect(comparePair(teaser, plain).match).toBe(true);
  });
  it('a copy of the page, sharing several items, links', () => {
    const copy = dedupeFeatures({ url: 'https://c.example/briefing', body: body([RAIL[0]!, ...ITEMS.slice(0, 3)]) });
    expect(comparePair(copy, briefing).match).toBe(true);
  });
  it('a repost with a datelined related lede at its end still links to the story (the story is most of it)', () => {
    const full = dedupeFeatures({ url: 'https://apnews.example/article/rail', body: body(RAIL) });
    const repost = dedupeFeatures({ url: 'https://r.example/rail', body: body([...RAIL, 'Related coverage:', ITEMS[3]!]) });
    expect(repost.items.length).toBe(2);
    expect(comparePair(repost, full).match).toBe(true);
  });
});

describe('a briefing that gives its first item the story’s headline (probe realdd6)', () => {
  const HEADLINE = 'Amtrak train derails in rural Illinois, injuring at least 31 passengers';
  const briefing = dedupeFeatures({
    url: 'https://b.example/briefing',
    body: body(['World in brief', HEADLINE, RAIL[0]!, ...ITEMS.slice(0, 2)]),
  });
  it('a teaser carrying the same headline is inside the first item: no link', () => {
    const teaser = dedupeFeatures({ url: 'https://t.example/rail', body: body([HEADLINE, RAIL[0]!, 'Read full story']) });
    expect(briefing.items).toHaveLength(4); // the header part counts as one
    expect(comparePair(teaser, briefing).match).toBe(false);
    expect(comparePair(briefing, teaser).match).toBe(false);
  });
  it('near miss: the same teaser still links to a copy of the story with the headline', () => {
    const teaser = dedupeFeatures({ url: 'https://t.example/rail', body: body([HEADLINE, RAIL[0]!, 'Read full story']) });
    const copy = dedupeFeatures({ url: 'https://c.example/rail', body: body([HEADLINE, ...RAIL]) });
    expect(comparePair(teaser, copy).match).toBe(true);
  });
});

describe('briefs pages in every arrival order', () => {
  const cases: Array<[string, Record<string, string>, string[], string]> = [
    [
      'a teaser arriving after a briefing that quotes it',
      {
        full: body(RAIL),
        copy: body(['Share this article', ...RAIL, 'The Daily Herald is an independent newspaper serving the area since 1931.']),
        briefing: body(['Morning briefing: what you need to know today.', RAIL[0]!, ...ITEMS.slice(0, 3)]),
        teaser: body([RAIL[0]!, 'Read the full story']),
      },
      ['full', 'copy', 'teaser'],
      'briefing',
    ],
    [
      'a briefs page opening with an urgent',
      {
        urgent: URGENT,
        copy: body(['Advertisement', URGENT, 'Sign up for our morning newsletter to get the latest headlines delivered to your inbox.']),
        page: body(['News in brief', URGENT, ...ITEMS.slice(1, 3)]),
        full: body(MISSILE),
      },
      ['urgent', 'copy', 'full'],
      'page',
    ],
  ];
  it.each(cases)('%s: the page is a story of its own, the rest one story (all 24 orders)', async (_name, texts, story, alone) => {
    for (const order of permutations(Object.keys(texts))) {
      const index = new MemoryStoryIndex();
      for (const [i, id] of order.entries())
        await index.add({ id, url: `https://${id}.example/${i}`, body: texts[id]!, publishedAt: at(i * 10) });
      const label = order.join(' ');
      for (const id of story) expect(index.storyOf(id), label).toBe(index.storyOf(story[0]!));
      expect(index.storyOf(alone), label).not.toBe(index.storyOf(story[0]!));
    }
  });
});

describe('a briefing without datelines quoting a story’s lead below its intro (rule 3f)', () => {
  const bare = (p: string): string => p.replace(/^.*?[—-] /u, '');
  const texts: Record<string, string> = {
    full: body(RAIL),
    copy: body(['Share this article', ...RAIL, 'The Daily Herald is an independent newspaper serving the area since 1931.']),
    briefing: body(['Here is what you need to know this morning.', bare(RAIL[0]!), ...ITEMS.slice(0, 2).map(bare)]),
    teaser: body([RAIL[0]!, 'Read the full story']),
  };
  it('the briefing is a round-up of its own, the rest one story (all 24 orders)', async () => {
    for (const order of permutations(Object.keys(texts))) {
      const index = new MemoryStoryIndex();
      for (const [i, id] of order.entries())
        await index.add({ id, url: `https://${id}.example/${i}`, body: texts[id]!, publishedAt: at(i * 10) });
      const label = order.join(' ');
      for (const id of ['copy', 'teaser']) expect(index.storyOf(id), label).toBe(index.storyOf('full'));
      expect(index.storyOf('briefing'), label).not.toBe(index.storyOf('full'));
      expect(index.store.memberships.get('briefing')?.roundup, label).toBe(true);
    }
  });
});

describe('what is no briefs page, nor a page quoting a lead', () => {
  const teaser = body([RAIL[0]!, 'Read the full story']);
  it('an outlet’s update stacked over the wire story it updates (two datelined parts) still links to the story and its teaser', () => {
    const stacked = dedupeFeatures({
      url: 'https://local.example/rail-update',
      body: body([
        'UPDATE, 9:40 p.m.: Dwight police said the crossing at Route 17 would stay closed overnight and asked drivers to use Interstate 55 instead, as investigators and crews from Union Pacific worked at the site.',
        ...RAIL,
      ]),
    });
    expect(stacked.items).toHaveLength(2);
    expect(comparePair(stacked, dedupeFeatures({ url: 'https://apnews.example/rail', body: body(RAIL) })).match).toBe(true);
    expect(comparePair(dedupeFeatures({ url: 'https://t.example/rail', body: teaser }), stacked).match).toBe(true);
  });
  it.each([
    ['v1, v2, teaser', ['v1', 'v2', 'teaser']],
    ['v2, v1, teaser', ['v2', 'v1', 'teaser']],
  ])(
    'a heavy write-thru of one agency keeping only the old lede below its new top is bridged by that lede’s teaser (%s)',
    async (_name, order) => {
      const texts: Record<string, string> = {
        v1: body(RAIL),
        v2: body([
          'CHICAGO (AP) — Federal investigators said Friday that a broken rail may have caused the derailment of an Amtrak train in rural Illinois that injured 31 people, two of them critically, and left four cars down an embankment.',
          'National Transportation Safety Board member Alvin Brown told reporters at the scene that a section of rail had been sent to the agency’s laboratory in Washington, and that it was too early to say whether the break came before or after the derailment.',
          RAIL[0]!.replace(/^.*?— /u, ''),
          'Union Pacific said the track had been inspected on Monday and that ultrasonic testing on the line was up to date. The railroad said it would cooperate fully with the investigation.',
          'Amtrak said service on the Lincoln Service line would be replaced by buses through at least Sunday.',
        ]),
        teaser,
      };
      const index = new MemoryStoryIndex();
      for (const [i, id] of order.entries())
        await index.add({ id, url: `https://apnews.example/${id}`, body: texts[id]!, publishedAt: at(i * 60) });
      expect(index.storyOf('v2')).toBe(index.storyOf('v1'));
      expect(index.storyOf('teaser')).toBe(index.storyOf('v1'));
    },
  );
});

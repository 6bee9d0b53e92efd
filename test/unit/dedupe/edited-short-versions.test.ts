/**
 * Edited short versions (compare.ts MIN_EDITED_RUNS): a wire's first take of ~100-150 words and its
 * next version, copy-edited every few words (a new verb in the lead, the toll updated, "today" for
 * "on Tuesday") and carried by two outlets that credit no agency, share 40-60% of the first take
 * in three or more pieces in the same order, but fewer shingles than the absolute floor. Found by a
 * real probe of one earthquake's coverage (an agency's 55-dead take on one site, its 149-dead
 * version on another: 61 shingles, cover 0.49, in 3 pieces). Near misses: two agencies' reports
 * sharing one quote (one piece, or two when an edit splits it), the same site's furniture, a
 * same-day market template with other figures and names.
 */
import { describe, expect, it } from 'vitest';
import { comparePair, DEFAULT_THRESHOLDS, MIN_SHARED } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';

const feats = (url: string, paras: readonly string[]) => dedupeFeatures({ url, body: paras.join('\n\n') });
// The top-copy path (top-copies.test.ts) also takes these two: off, to test this rule alone.
const OFF = { ...DEFAULT_THRESHOLDS, minEditedRuns: Infinity, minTopCopyShared: Infinity };

// A first take (outlet A, no credit) and the agency's next version (outlet B, no credit).
const FIRST_TAKE = [
  'A strong earthquake hit the northern coast today killing at least 40 people as houses collapsed in clouds of dust and frightened residents ran into the streets.',
  'The quake came less than a week after a smaller tremor damaged dozens of schools in the same province, and it struck as officials held a drill to mark a deadly disaster decades ago.',
  'The shaking made tall buildings sway sickeningly in the provincial capital and sent office workers into the streets, where many stayed for hours, fearful of returning to their desks.',
  'Rescue teams rushed to damaged towns along the coast, and the army said it was sending trucks, tents and field kitchens to the worst-hit villages.',
];
const NEXT_VERSION = [
  'A powerful earthquake hit the northern coast on Monday, killing at least 112 people as houses collapsed in clouds of dust. Thousands of frightened residents ran into the streets, and many stayed to help dig out neighbours.',
  'Scores of homes were flattened or badly damaged in the fishing towns along the coast, the regional governor told reporters in the capital, adding that power was cut across the region.',
  'The quake is the deadliest in the province in decades. The quake came less than a week after a smaller tremor damaged dozens of schools in the same province, and it struck as officials held a drill to mark a deadly disaster decades ago.',
  'The governor said at least 60 people had died in the port city alone, and officials in two inland districts reported 30 more dead. Hospitals set up tents in their car parks to treat the injured, and the health ministry flew in doctors and nurses from the south on military planes.',
  'The shaking made tall buildings sway sickeningly in the provincial capital and sent office workers into the streets, where many stayed for hours, fearful of returning to their desks and homes.',
  'Phone service was cut in many areas and traffic jammed as signal lights went dark. The airport suspended flights while engineers checked the runway and the terminal for damage.',
];

describe('an edited short version and its first take', () => {
  const a = feats('https://outlet-a.example/quake-kills-40', FIRST_TAKE);
  const b = feats('https://outlet-b.example/world/quake-toll-rises', NEXT_VERSION);

  it('link: three pieces in the same order, under the absolute floor', () => {
    const p = comparePair(a, b);
    expect(p.shared).toBeLessThan(MIN_SHARED);
    expect(p.shortCover).toBeGreaterThanOrEqual(0.4);
    expect(p.match).toBe(true);
    expect(comparePair(a, b, OFF).match).toBe(false);
  });

  // The candidate lookup finds them by the one sentence the edit left whole (a sentence key).
  it('are one story in either arrival order', async () => {
    const t0 = Date.parse('2026-03-02T06:00:00Z');
    const first = { id: 'x', url: 'https://outlet-a.example/quake-kills-40', body: FIRST_TAKE.join('\n\n'), publishedAt: new Date(t0) };
    const next = {
      id: 'y',
      url: 'https://outlet-b.example/world/quake-toll-rises',
      body: NEXT_VERSION.join('\n\n'),
      publishedAt: new Date(t0 + 5 * 3600_000),
    };
    for (const [u, v] of [
      [first, next],
      [next, first],
    ]) {
      const index = new MemoryStoryIndex();
      const x = await index.add(u!);
      const y = await index.add(v!);
      expect(y.storyId).toBe(x.storyId);
    }
  });
});

describe('near misses', () => {
  const QUOTE =
    '"We are asking everyone who can to stay at home tonight, keep away from damaged buildings, keep the roads free for the ambulances and the rescue teams, and call the emergency number only if a life is at risk," the governor said in a televised address.';

  it("two agencies' short reports sharing one long quote do not link", () => {
    const x = feats('https://outlet-a.example/quake-governor', [
      'The governor of the northern province urged residents on Monday to stay indoors after an earthquake killed dozens of people.',
      QUOTE,
      'Officials said the toll was likely to rise.',
    ]);
    const y = feats('https://outlet-b.example/quake-appeal', [
      'Authorities in the quake-hit north appealed for calm as aftershocks rattled the coast late on Monday.',
      QUOTE,
      'Several aftershocks followed the main quake.',
    ]);
    const p = comparePair(x, y);
    expect(p.shared).toBeGreaterThanOrEqual(40);
    expect(p.match).toBe(false);
  });

  it('nor when an edit splits the quote in two pieces', () => {
    const edited = QUOTE.replace('keep the roads free', 'leave the streets clear');
    const x = feats('https://outlet-a.example/quake-governor', [
      'The governor of the northern province urged residents on Monday to stay indoors after an earthquake killed dozens of people.',
      QUOTE,
    ]);
    const y = feats('https://outlet-b.example/quake-appeal', [
      'Authorities in the quake-hit north appealed for calm as aftershocks rattled the coast late on Monday.',
      edited,
    ]);
    expect(comparePair(x, y).match).toBe(false);
  });

  it("a site's furniture shared by two of its short stories does not link them", () => {
    const furniture = [
      'A view of the harbour at dusk from the old lighthouse, in a picture from the newspaper archive taken last winter.',
      'The Coast Herald is an independent newspaper serving readers across the region since 1921, with reporters in six towns.',
      'Our journalism is made possible by readers like you, and we thank every one of our members for their support this year.',
    ];
    const x = feats('https://herald.example/news/1', [
      'The town council voted on Monday to close the old swimming pool after engineers found cracks in its walls.',
      ...furniture,
    ]);
    const y = feats('https://herald.example/news/2', [
      'A local bakery won a national prize for its rye bread, the third award for the family business in five years.',
      ...furniture,
    ]);
    expect(comparePair(x, y).match).toBe(false);
  });

  // Slot fills a few words apart leave a template ONE run (RUN_GAP): the edited path never sees it;
  // under the absolute floor the short-text figures rule keeps it apart.
  it('a same-day market template for two indexes (other names, other figures) stays apart', () => {
    const close = (index: string, pts: string, pct: string, lead: string, lag: string) => [
      `The ${index} index closed ${pts} points higher on Tuesday, a gain of ${pct} percent, as investors bought technology and bank shares ahead of the central bank meeting later this week.`,
      `${lead} led the gains on the index, while ${lag} was the biggest loser after it cut its forecast for the year, traders said.`,
      'Trading volumes were below the average of the past month, and analysts expect markets to stay cautious until the central bank announces its decision on interest rates.',
    ];
    const x = feats('https://markets.example/a', close('Alpha 40', '112.4', '1.2', 'Northbank', 'Westgate Retail'));
    const y = feats('https://money.example/b', close('Beta 100', '35.7', '0.6', 'Eastern Telecom', 'Southland Mining'));
    expect(comparePair(x, y).match).toBe(false);
  });
});

/**
 * Copies that keep the other text's top (compare.ts `copiedFromTop`): an outlet's machine-reworded
 * copy of a wire story, or a copy cut short under its own standfirst, shares 60-100 shingles with
 * the wire text in one to four runs, 40-80% of itself, starting at the top of both texts: under the
 * absolute floor, and too loose for the edited-version test (three runs at 60% density). Found by
 * the realdd5 probe (one earthquake's real coverage: a sidebar and its reworded copy, 77 shingles
 * in 2 runs; an RT report and its rewording, 91 in 4). Near misses that must stay apart: an
 * outlet's own story quoting one wire paragraph in its middle, and two pages of two sites sharing a
 * name-swapped caption at their tops and a blurb at their ends. Also AFP's extended captions (over
 * 400 characters), which had stayed in the text above the lead (furniture.ts), and a caption between
 * paragraphs closed by a bare agency credit ("… southern Turkey. (IHA)"), which made an outlet's
 * copy of an AP story İHA's (detect-agency.ts).
 */
import { describe, expect, it } from 'vitest';
import { comparePair, MIN_SHARED } from '../../../src/dedupe/compare.js';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { isCaptionLine } from '../../../src/dedupe/furniture.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';

const feats = (url: string, paras: readonly string[]) => dedupeFeatures({ url, body: paras.join('\n\n') });

/** A wire sidebar written for this test (a collapsed tower after a quake), one paragraph a line. */
const WIRE = [
  'HALVERN — The dozen or so rescue workers stood motionless on the rubble of the 14-storey tower, listening for any sign of survivors beneath the broken slabs of concrete.',
  'Residents gathered outside in the cold night and lit a bonfire to stay warm, wondering aloud why their own buildings had survived while the tower next door had not.',
  'The highway linking the city with the east crosses the mountains and was closed by snow, so cleanup, rescue and medical crews had to take the longer coastal route.',
  'For now the city was relying on local search teams and volunteers, officials said, while international crews were sent to the harder-hit provinces farther east.',
  'By early Tuesday the crew at the tower had found no survivors, and it resumed its work after a short rest beside the fire.',
];

/** The same sidebar reworded by a content farm: most sentences keep a clause or two. */
const REWORDED = [
  'HALVERN — The dozen rescuers stood still on the rubble of the 14-storey tower, listening for any sign of survivors beneath the broken slabs of concrete.',
  'Residents gathered outside in the cold night and lit a bonfire to stay warm, wondering aloud why their own buildings had survived while the tower next door had not.',
  'The road to the east, which runs over the mountains, was shut because of snow, and rescue and medical teams had to use the longer route along the coast.',
  'For now the city was relying on local search teams and volunteers, officials said, while international crews were sent to the harder-hit provinces farther east.',
  'As of Tuesday morning the team had still not found anyone alive.',
];

describe('a copy that keeps the top of the wire text', () => {
  const w = feats('https://wire.example/quake-tower', WIRE);
  const r = feats('https://farm.example/2026/11/tower-collapsed', REWORDED);

  it('links: reworded every sentence, under the absolute floor, its runs from the top of both', () => {
    const p = comparePair(r, w);
    expect(p.shared).toBeLessThan(MIN_SHARED);
    expect(p.shortCover).toBeGreaterThanOrEqual(0.4);
    expect(p.match).toBe(true);
  });

  it('joins the wire story in either arrival order', async () => {
    for (const order of [
      ['W', 'R'],
      ['R', 'W'],
    ]) {
      const index = new MemoryStoryIndex();
      const bodies: Record<string, { url: string; body: string }> = {
        W: { url: 'https://wire.example/quake-tower', body: WIRE.join('\n\n') },
        R: { url: 'https://farm.example/2026/11/tower-collapsed', body: REWORDED.join('\n\n') },
      };
      const at = new Date('2026-11-10T08:00:00Z');
      const first = await index.add({ id: order[0]!, ...bodies[order[0]!]!, publishedAt: at });
      const second = await index.add({ id: order[1]!, ...bodies[order[1]!]!, publishedAt: at });
      expect(second.storyId).toBe(first.storyId);
    }
  });

  it("an outlet's own story quoting one wire paragraph in its middle does not link", () => {
    const own = feats('https://daily.example/news/quake-roads', [
      'Aid convoys heading for the quake zone were stuck for hours on Monday as snow and landslides blocked the main routes, the transport ministry said.',
      'Drivers said they had waited overnight near the pass without food or fuel, and several trucks carrying tents turned back.',
      'The highway linking the city with the east crosses the mountains and was closed by snow, so cleanup, rescue and medical crews had to take the longer coastal route.',
      'The ministry said snowploughs would work through the night and that a second road would reopen by Wednesday.',
      'Opposition lawmakers accused the government of failing to prepare the roads before the winter, a charge the minister rejected.',
    ]);
    const p = comparePair(own, w);
    expect(p.match).toBe(false);
  });

  it('two pages sharing a caption at their tops and a blurb at their ends do not link', () => {
    const page = (site: string, story: readonly string[]) =>
      feats(`https://${site.toLowerCase()}.example/news/1`, [
        `People walk past shops on the main street of the town on a busy weekday afternoon, in a picture taken by the ${site} staff photographer.`,
        ...story,
        `The ${site} is an independent newspaper serving readers across the region since 1922, with reporters in six towns.`,
      ]);
    const a = page('Tribune', [
      'The council approved a new budget on Monday that raises spending on schools by a tenth and freezes the price of bus tickets for a year.',
      'Councillors voted 31 to 12 after a debate of five hours; the opposition said the plan relied on land sales that might not happen.',
    ]);
    const b = page('Chronicle', [
      'A burst water main flooded three streets of the old town on Sunday night, and firefighters pumped water out of a dozen cellars.',
      'The water company said supply would be back to normal by Tuesday and that the cause of the burst was being investigated.',
    ]);
    expect(comparePair(a, b).match).toBe(false);
  });
});

describe("AFP's extended caption", () => {
  const LONG =
    'Mesut Hancer holds the hand of his 15-year-old daughter Irmak, who died in the earthquake in Kahramanmaras, close to the quake’s epicentre, the day after a 7.8-magnitude earthquake struck the country’s southeast, on February 7, 2023. - Rescuers in Turkey and Syria braved frigid weather, aftershocks and collapsing buildings, as they dug for survivors buried by an earthquake that killed more than 5,000 people. Some of the heaviest devastation occurred near the quake’s epicentre. (Photo by Adem ALTAN / AFP)';

  it('is a caption however long; a long paragraph with a bracket at its end is not', () => {
    expect(LONG.length).toBeGreaterThan(400);
    expect(isCaptionLine(LONG)).toBe(true);
    expect(isCaptionLine(LONG.replace(' - Rescuers', ' Rescuers'))).toBe(false);
    const paragraph = `${WIRE.join(' ')} ${WIRE[2]} The road runs 120 km (75 miles/120 km).`;
    expect(paragraph.length).toBeGreaterThan(400);
    expect(isCaptionLine(paragraph)).toBe(false);
  });

  it('leaves the text: two copies of one AFP story, one under the long caption, link', () => {
    const lead = [
      'The death toll from a massive earthquake that struck the border region climbed above 15,000 on Wednesday, as rescuers raced to save survivors trapped under debris in freezing weather.',
      'Officials and medics said 12,391 people had died on one side of the border and 2,992 on the other from Monday’s 7.8-magnitude tremor, bringing the confirmed total to 15,383.',
    ];
    const a = feats('https://news-a.example/quake-15000', ['DEVELOPING STORY: Death toll rises above 15,000', LONG, ...lead]);
    const b = feats('https://news-b.example/world/quake', [
      ...lead,
      'Rescue teams have been searching for signs of life from an untold number of people trapped in the rubble, joined by teams from more than two dozen countries.',
      'Experts said the survival window for those trapped under the rubble was closing rapidly, but that it was too soon to abandon hope.',
    ]);
    expect(comparePair(a, b).match).toBe(true);
  });
});

describe('a bare agency credit closing a line', () => {
  const caption = 'Rescue workers carry a young woman pulled from the debris of a collapsed building in the old town. (IHA)';

  it("credits the text as its trailer, not as a caption's credit between paragraphs", () => {
    expect(detectAgency([WIRE[1]!, WIRE[2]!, caption, WIRE[3]!, WIRE[4]!].join('\n\n'))).toBeNull();
    expect(detectAgency([WIRE[1]!, WIRE[2]!, `${WIRE[3]!} (IHA)`, 'Related Articles'].join('\n\n'))).toBe('İHA');
    expect(detectAgency([`${WIRE[1]!} (AFP)`, WIRE[2]!].join('\n\n'))).toBe('AFP');
    // A long last paragraph closed by the credit, with the outlet's note on a video below it.
    const last = `${WIRE.slice(1).join(' ')} (dpa)`;
    expect(last.length).toBeGreaterThan(400);
    expect(detectAgency([WIRE[0]!, last, 'The video below shows the rescue teams at work on Tuesday.'].join('\n\n'))).toBe('dpa');
  });

  it("an outlet's copy with such a caption still contains the agency-credited wire text", () => {
    const credited = feats('https://wire.example/quake-tower', [
      WIRE[0]!.replace('HALVERN —', 'HALVERN (AP) —'),
      ...WIRE.slice(1),
      'Engineers said the tower had been built in the 1990s, before the city adopted stricter building codes, and that its ground floor held shops with few supporting walls.',
      'The governor promised an inquiry into the collapse and said prosecutors had been asked to examine permits for every building of more than ten storeys in the province.',
      'Across the region more than 3,000 buildings were reported destroyed, and officials said the number of people still missing was not yet known.',
    ]);
    const copy = feats('https://daily.example/world/tower', [WIRE[1]!, WIRE[2]!, caption, WIRE[3]!, WIRE[4]!]);
    expect(comparePair(copy, credited).match).toBe(true);
  });
});

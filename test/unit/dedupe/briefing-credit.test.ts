/**
 * A briefing page without an intro (one wire lede after another, datelines mostly stripped) is no
 * agency's text when an agency dateline opens only its SECOND item (detect-agency.ts LEAD_LINES):
 * credited, it had the same-agency floor (40 shared shingles) with that agency's full stories and
 * linked to two of them at once, and a copy of the page bridged them into one story. The dateline
 * still credits in the first sentence line, after template lines (a section name, a share bar).
 * Texts written for these tests, modelled on AP and Reuters copy.
 */
import { describe, expect, it } from 'vitest';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { body } from './texts.js';

const T0 = Date.parse('2026-12-05T06:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const GRID = [
  'KYIV, Ukraine (AP) — Russian drones and missiles struck energy facilities in six Ukrainian regions overnight, cutting power to hundreds of thousands of homes as temperatures fell below freezing, Ukrainian officials said Monday.',
  'Ukraine’s air force said it shot down 74 of 96 drones and 12 of 15 missiles launched in the attack, which targeted power plants and substations in the Kyiv, Lviv, Odesa, Poltava, Sumy and Kharkiv regions.',
  'National grid operator Ukrenergo said it had introduced emergency power cuts across the country and urged residents to limit their use of electricity during the evening peak.',
  '“This is yet another attempt to freeze Ukrainians in their homes,” Energy Minister Herman Halushchenko said on Telegram, adding that repair crews were already at work.',
  'Russia’s Defense Ministry said it had carried out a “massive strike” on facilities supporting Ukraine’s military-industrial complex and that all targets had been hit.',
];
const GDP = [
  'LONDON (AP) — Britain’s economy unexpectedly shrank by 0.1% in October, official figures showed Monday, the second straight monthly contraction and a blow to the government’s promise to deliver faster growth.',
  'The Office for National Statistics said output fell in manufacturing and construction, while the services sector, the largest part of the economy, was flat.',
  'Economists had expected growth of 0.1%. Treasury chief Rachel Reeves said the figures were “disappointing” but insisted the government’s plans would lift growth over time.',
  'Business groups have blamed tax increases announced in last month’s budget for weak confidence, while the Bank of England has cut its growth forecast for the fourth quarter to zero.',
];
const BAN =
  'Australia’s Senate passed a law on Monday banning children under 16 from social media platforms, the first such nationwide ban in the world, after a heated debate.';
const strip = (p: string): string => p.replace(/^[\w ,.]+\(AP\) — /, '');
/** A briefing: three ledes, no intro; the copy keeps the dateline of its second item. */
const BRIEFING = [BAN, `${strip(GRID[0]!)} ${GRID[1]!}`, `${strip(GDP[0]!)} ${GDP[2]!}`];
const BRIEFING_COPY = [BAN, `${GRID[0]!} ${GRID[1]!}`, `${strip(GDP[0]!)} ${GDP[2]!}`];

describe('briefing credits', () => {
  it('credits a dateline in the first sentence line only', () => {
    expect(detectAgency(body(BRIEFING_COPY))).toBeNull();
    expect(detectAgency(body(['World', 'Share', ...GRID]))).toBe('AP');
    expect(detectAgency(body(['SEOUL, Dec 5 (Reuters) - South Korea’s exports rose 8% in November.', 'More text follows here.']))).toBe(
      'Reuters',
    );
  });

  it('a briefing copy with one datelined item bridges no stories', async () => {
    const index = new MemoryStoryIndex();
    const pages: Array<[string, string, readonly string[]]> = [
      ['grid', 'https://apnews.com/article/ukraine-energy-strikes-aa11', GRID],
      ['grid-copy', 'https://thestar.example/world/russia-strikes-ukraine-energy', ['World', ...GRID]],
      ['gdp', 'https://apnews.com/article/britain-economy-shrinks-bb22', GDP],
      ['gdp-copy', 'https://gazette.example/news/uk-economy-shrinks-4321', ['Business', ...GDP]],
      ['briefing', 'https://times.example/world/what-you-missed-9090', BRIEFING],
      ['briefing-copy', 'https://star2.example/world/what-you-missed-overnight', BRIEFING_COPY],
    ];
    for (const [i, [id, url, text]] of pages.entries()) await index.add({ id, url, body: body(text), publishedAt: at(i * 20) });
    expect(index.storyOf('grid')).toBe(index.storyOf('grid-copy'));
    expect(index.storyOf('gdp')).toBe(index.storyOf('gdp-copy'));
    expect(index.storyOf('grid')).not.toBe(index.storyOf('gdp'));
    expect([index.storyOf('grid'), index.storyOf('gdp')]).not.toContain(index.storyOf('briefing-copy'));
  });
});

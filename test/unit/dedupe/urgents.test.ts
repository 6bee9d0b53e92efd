/**
 * Urgents of one or two sentences (probe 7): outlets' verbatim copies of an urgent link to it,
 * and the full story the agency moves after it, opening with the same sentence, joins it in any
 * order (compare.ts: a short text wholly at the top of the longer one is not held to the length
 * ratio; decide-story.ts rule 3e: an urgent at the top of its agency's story is no quoted
 * fragment). Before, with the copies first, the full story started a story of its own.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { body } from './texts.js';

const T0 = Date.parse('2026-06-03T02:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const URGENT =
  "ANKARA, June 3 (Xinhua) -- A magnitude-5.9 earthquake struck Türkiye's eastern province of Malatya on Wednesday, the country's disaster management authority AFAD said.";
const FULL = [
  URGENT,
  'The quake hit at 10:42 a.m. local time at a depth of 7.1 km, with its epicenter in the Puturge district, AFAD said in a statement, adding that search and rescue teams had been dispatched to the area.',
  'Interior Minister Ali Yerlikaya said on social media that no deaths had been reported so far, but that several old buildings had been damaged and residents were advised to stay away from them.',
  'Malatya was among the provinces worst hit by the twin earthquakes of February 2023, which killed more than 53,000 people in Türkiye alone.',
];

const page = (site: string, text: readonly string[]): string =>
  body([`${site} | World`, ...text, `Follow ${site} for the latest news from around the world and the region.`]);

describe('urgents', () => {
  it.each([
    ['urgent, copies, full story, its copy', ['U', 'C1', 'F', 'FC', 'C2']],
    ['the full story first', ['F', 'U', 'FC', 'C1', 'C2']],
    ['the copies first', ['C1', 'C2', 'U', 'F', 'FC']],
  ])('copies of an urgent and the full story opening with it are one story (%s)', async (_name, order) => {
    const texts: Record<string, { url: string; body: string }> = {
      U: { url: 'https://agency.example/urgent/20260603/1', body: page('Agency', [URGENT]) },
      C1: { url: 'https://paper-one.example/world/555', body: page('Paper One', [URGENT]) },
      C2: { url: 'https://paper-two.example/news/777', body: page('Paper Two', [URGENT]) },
      F: { url: 'https://agency.example/20260603/2', body: page('Agency', FULL) },
      FC: { url: 'https://paper-one.example/world/556', body: page('Paper One', FULL) },
    };
    const index = new MemoryStoryIndex();
    const story = new Set<string>();
    for (const [i, id] of order.entries()) story.add((await index.add({ id, ...texts[id]!, publishedAt: at(i * 10) })).storyId);
    expect(story.size).toBe(1);
  });
});

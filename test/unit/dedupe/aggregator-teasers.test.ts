/**
 * An aggregator's teaser is the story's headline over its first sentences (helper probe realdd6).
 * Rule 3f reads a page carrying a teaser below an opening of its own as a page quoting the story's
 * lead (a briefing); the headline is no such opening, so a headline-over-teaser record was taken
 * for a briefing and left its story when a longer teaser without the headline arrived. A
 * briefing's intro ending with a colon, or a sentence, still is an opening.
 */
import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../src/dedupe/furniture.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';

const T0 = Date.parse('2026-04-17T09:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const HEADLINE = 'Tram derails near the main station in the city centre, passengers unhurt';
const S = [
  'A tram carrying morning commuters derailed at a busy junction in the historic city centre on Tuesday, blocking the main road for hours, police said.',
  'Nobody was hurt in the accident, officials said.',
  'The tram was carrying about 40 passengers when it left the tracks near the main station.',
  'Traffic on four lines was diverted for three hours while crews lifted the carriage back onto the rails.',
];

describe('titleLines', () => {
  it('a headline over a teaser, however short the teaser', () => {
    expect(titleLines([HEADLINE, S[0]!])).toBe(1);
  });
  it('near miss: an intro ending with a colon, a sentence first, a headline alone', () => {
    expect(titleLines(['Here is what you need to know this morning from around the region:', S[0]!])).toBe(0);
    expect(titleLines([S[0]!, HEADLINE])).toBe(0);
    expect(titleLines([HEADLINE])).toBe(0);
  });
});

describe('a headline over a teaser is no page quoting the lead', () => {
  it('stays in the story when a longer teaser without the headline arrives', async () => {
    const index = new MemoryStoryIndex();
    // A homepage's one-sentence summary, an aggregator's headline over two sentences, a digest's three.
    const lead = await index.add({ id: 'L', url: 'https://digest.example/1', body: S[0]!, publishedAt: at(0) });
    const withHeadline = await index.add({
      id: 'H',
      url: 'https://agg.example/1',
      body: [HEADLINE, `${S[0]!} ${S[1]!}`, 'Read full story'].join('\n'),
      publishedAt: at(5),
    });
    expect(withHeadline.storyId).toBe(lead.storyId);
    await index.add({ id: 'X', url: 'https://briefly.example/1', body: `${S[0]!} ${S[1]!} ${S[2]!} ${S[3]!}`, publishedAt: at(10) });
    expect(index.storyOf('X')).toBe(lead.storyId);
    expect(index.storyOf('H')).toBe(lead.storyId);
  });
});

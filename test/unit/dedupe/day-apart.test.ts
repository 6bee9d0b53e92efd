/**
 * Rule 2b (decide-story.ts): texts published a day or more apart link only as copies. Found by an
 * independent syndication probe: an agency's next-day follow-up repeating three background
 * paragraphs, and the daily issues of one template (a case tally, a market close: the same words,
 * new figures in the lead) were merged into one story.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { PORT_STRIKE, TRANSFORMS, WRITE_THRU, body } from './texts.js';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const at = (hours: number): Date => new Date(T0 + hours * 3600_000);

/** One issue of a daily tally: the day's figures in the lead, the template's constant figures below. */
function tally(cases: number, active: number, deaths: number): string {
  return body([
    `The country recorded ${cases.toLocaleString('en-US')} new coronavirus infections in a single day, while the number of active cases rose to ${active.toLocaleString('en-US')}, according to health ministry data updated on Tuesday.`,
    `The death toll climbed to ${deaths.toLocaleString('en-US')} with 12 fatalities, the data updated at 8 am showed. The daily positivity rate was recorded at 2.87 per cent and the weekly positivity rate at 2.24 per cent.`,
    'The active cases now comprise 0.05 per cent of the total infections, while the national COVID-19 recovery rate has been recorded at 98.76 per cent, the ministry said.',
    'According to the ministry website, 220.66 crore doses of COVID-19 vaccine have been administered in the country so far under the nationwide vaccination drive.',
  ]);
}

describe('a day or more apart', () => {
  it('a follow-up repeating background paragraphs the next day is another story; the same day it would join', async () => {
    const original = body(PORT_STRIKE);
    const followUp = body([
      'Port operators began laying off temporary staff on Wednesday as the strike by dock workers entered its second day with no sign of new talks, the employers federation said.',
      'Some 300 temporary workers were told not to report for work until further notice, the federation said in a statement, adding that perishable cargo was already being diverted.',
      ...PORT_STRIKE.slice(1, 5),
    ]);
    const later = new MemoryStoryIndex();
    const a = await later.add({ id: 'A', url: 'https://wire.example/strike', body: original, publishedAt: at(0) });
    const b = await later.add({ id: 'B', url: 'https://wire.example/strike-day-2', body: followUp, publishedAt: at(22) });
    expect(b.storyId).not.toBe(a.storyId);
    const sameDay = new MemoryStoryIndex();
    const c = await sameDay.add({ id: 'A', url: 'https://wire.example/strike', body: original, publishedAt: at(0) });
    const d = await sameDay.add({ id: 'B', url: 'https://wire.example/strike-day-2', body: followUp, publishedAt: at(4) });
    expect(d.storyId).toBe(c.storyId);
  });

  it('the next issue of a daily template (new figures in the lead) is another story; a copy of the same issue joins', async () => {
    const index = new MemoryStoryIndex();
    const day1 = await index.add({
      id: 'D1',
      url: 'https://wire.example/covid-0404',
      body: tally(3038, 21179, 530901),
      publishedAt: at(0),
    });
    const day2 = await index.add({
      id: 'D2',
      url: 'https://wire.example/covid-0405',
      body: tally(4435, 23091, 530916),
      publishedAt: at(24),
    });
    expect(day2.storyId).not.toBe(day1.storyId);
    const copy = await index.add({ id: 'C2', url: 'https://paper.example/covid', body: tally(4435, 23091, 530916), publishedAt: at(25) });
    expect(copy.storyId).toBe(day2.storyId);
  });

  it('an outlet reposting the story days later, whole or trimmed, still joins it', async () => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'A', url: 'https://wire.example/strike', body: body(PORT_STRIKE), publishedAt: at(0) });
    const whole = await index.add({ id: 'W', url: 'https://late.example/strike', body: body(PORT_STRIKE), publishedAt: at(50) });
    const trimmed = await index.add({
      id: 'T',
      url: 'https://later.example/strike',
      body: TRANSFORMS['trim50']!(PORT_STRIKE),
      publishedAt: at(70),
    });
    expect([whole.storyId, trimmed.storyId]).toEqual([a.storyId, a.storyId]);
  });

  it('write-thru versions within the day are one story as before', async () => {
    const index = new MemoryStoryIndex();
    const v1 = await index.add({ id: 'V1', url: 'https://wire.example/storm-1', body: WRITE_THRU.v1, publishedAt: at(0) });
    const v2 = await index.add({ id: 'V2', url: 'https://wire.example/storm-2', body: WRITE_THRU.v2, publishedAt: at(6) });
    const v3 = await index.add({ id: 'V3', url: 'https://wire.example/storm-3', body: WRITE_THRU.v3, publishedAt: at(12) });
    expect([v2.storyId, v3.storyId]).toEqual([v1.storyId, v1.storyId]);
  });
});

describe('figures', () => {
  it('distinct numbers of two or more digits, years left out, in order; the lead counted', () => {
    const tokens = 'on may 15 2024 the index rose 3 5 percent to 3026 83 points 15 more text'.split(' ');
    expect(figuresOf(tokens)).toEqual({ figures: ['15', '3026', '83'], leadFigures: 3 });
  });
});

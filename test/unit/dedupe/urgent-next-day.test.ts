/**
 * Rule 2b (decide-story.ts), probe 7: a day or more apart, a shorter text wholly inside a longer
 * one links only when their shared text starts in the longer text's lead, and a flash or urgent
 * (under SHORT_TEXT) only as the same text. An urgent quoted word
 * for word in the next day's background paragraph (Interfax's rate decision as the next day's
 * second paragraph, a Xinhua urgent two paragraphs down) had joined the urgent's story, and
 * bridged it with the next day's story when the urgent arrived after both; two Yonhap urgents
 * four days apart on one template (a weekday apart, no figures) had merged.
 */
import { describe, expect, it } from 'vitest';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { body } from './texts.js';

const T0 = Date.parse('2026-06-03T02:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

const URGENT =
  "ANKARA, June 3 (Xinhua) -- A magnitude-5.9 earthquake struck Türkiye's eastern province of Malatya on Wednesday, the country's disaster management authority AFAD said.";

const NEXT_DAY = [
  "ANKARA, June 4 (Xinhua) -- Türkiye's government on Thursday allocated emergency funds to repair schools and hospitals damaged in the eastern province of Malatya, officials said.",
  'The Ministry of Environment said engineers had inspected 1,200 buildings and found 84 of them unsafe, and that families living in them would be moved to container homes within a week.',
  URGENT.replace('ANKARA, June 3 (Xinhua) -- ', ''),
  'Residents spent the night in tents and cars as dozens of aftershocks rattled the region, the largest of them measuring 4.3.',
];

const page = (site: string, text: readonly string[]): string =>
  body([`${site} | World`, ...text, `Follow ${site} for the latest news from around the world and the region.`]);

describe('an urgent quoted the next day', () => {
  it.each([
    ['the urgent alone', false],
    ['the urgent and a copy', true],
  ])('the next day, a story quoting the urgent in its background is another story (%s)', async (_name, copy) => {
    const index = new MemoryStoryIndex();
    const u = await index.add({ id: 'U', url: 'https://agency.example/urgent/1', body: page('Agency', [URGENT]), publishedAt: at(0) });
    if (copy) await index.add({ id: 'C', url: 'https://paper.example/555', body: page('Paper', [URGENT]), publishedAt: at(10) });
    const next = await index.add({
      id: 'N',
      url: 'https://agency.example/20260604/9',
      body: page('Agency', NEXT_DAY),
      publishedAt: at(22 * 60),
    });
    expect(next.storyId).not.toBe(u.storyId);
  });

  it('a trimmed repost a day later still joins (its text starts in the lead)', async () => {
    const index = new MemoryStoryIndex();
    const full = await index.add({ id: 'F', url: 'https://agency.example/20260604/9', body: page('Agency', NEXT_DAY), publishedAt: at(0) });
    const trim = await index.add({
      id: 'T',
      url: 'https://late.example/a',
      body: page('Late', NEXT_DAY.slice(0, 2)),
      publishedAt: at(30 * 60),
    });
    expect(trim.storyId).toBe(full.storyId);
  });
});

describe('two urgents of one template days apart', () => {
  const urgent = (day: number, weekday: string): string =>
    `SEOUL, June ${day} (Yonhap) -- North Korea fired an unidentified ballistic missile toward the East Sea on ${weekday}, South Korea's Joint Chiefs of Staff (JCS) said.`;

  it('are two stories; a copy of each joins its own (the same text)', async () => {
    const index = new MemoryStoryIndex();
    const first = await index.add({ id: 'A', url: 'https://yna.example/urgent/1', body: urgent(3, 'Wednesday'), publishedAt: at(0) });
    const copyA = await index.add({
      id: 'AC',
      url: 'https://paper.example/1',
      body: body(['Paper', urgent(3, 'Wednesday')]),
      publishedAt: at(20),
    });
    const second = await index.add({
      id: 'B',
      url: 'https://yna.example/urgent/2',
      body: urgent(7, 'Sunday'),
      publishedAt: at(4 * 24 * 60),
    });
    const copyB = await index.add({
      id: 'BC',
      url: 'https://paper.example/2',
      body: body(['Paper', urgent(7, 'Sunday')]),
      publishedAt: at(4 * 24 * 60 + 15),
    });
    expect(second.storyId).not.toBe(first.storyId);
    expect([copyA.storyId, copyB.storyId]).toEqual([first.storyId, second.storyId]);
  });
});

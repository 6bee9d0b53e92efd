/**
 * Flashes of one template minutes apart (probe 7): an official exchange rate, an earthquake
 * report, a market open: the same words with other figures among them. Two of them do not link
 * (compare.ts SHORT_TEXT: a short text links only when the longer carries its numbers within the
 * stretch they share); a copy of one links to it. Before, two TASS rate flashes two minutes apart
 * resembled (Jaccard >= 0.5) and merged.
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { MemoryStoryIndex } from '../../../src/dedupe/memory-index.js';
import { body } from './texts.js';

const T0 = Date.parse('2026-06-03T02:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

/** Flashes of one template minutes apart (written for these tests): the same words, other figures. */
const TEMPLATES: Array<[string, string, string]> = [
  [
    'official exchange rates',
    'МОСКВА, 3 июня. /ТАСС/. Центробанк РФ установил официальный курс доллара США на 4 июня в размере 78,42 рубля, что на 19 копеек выше предыдущего значения, следует из данных регулятора.',
    'МОСКВА, 3 июня. /ТАСС/. Центробанк РФ установил официальный курс доллара США на 4 июня в размере 78,61 рубля, что на 38 копеек выше предыдущего значения, следует из данных регулятора.',
  ],
  [
    'earthquake reports',
    '中国地震台网正式测定：06月03日10时21分在四川甘孜州泸定县（北纬29.59度，东经102.08度）发生4.4级地震，震源深度12千米。',
    '中国地震台网正式测定：06月03日10时58分在四川甘孜州泸定县（北纬29.61度，东经102.05度）发生3.1级地震，震源深度10千米。',
  ],
  [
    'market opens',
    'TOKYO, June 3 Kyodo - Tokyo stocks opened lower Wednesday morning, tracking losses on Wall Street overnight. The 225-issue Nikkei Stock Average fell 188.21 points, or 0.49 percent, from Tuesday to 38,120.44.',
    'TOKYO, June 3 Kyodo - Tokyo stocks ended the morning session lower Wednesday, tracking losses on Wall Street overnight. The 225-issue Nikkei Stock Average fell 240.95 points, or 0.63 percent, from Tuesday to 38,067.70.',
  ],
];

describe('template flashes minutes apart', () => {
  it.each(TEMPLATES)('%s: two flashes do not link, a copy of one does', (_name, first, second) => {
    const f = (text: string, url: string) => dedupeFeatures({ url, body: text });
    const a = f(first, 'https://agency.example/1');
    expect(comparePair(a, f(second, 'https://agency.example/2')).match).toBe(false);
    expect(
      comparePair(a, f(body(['Portal | Markets', first, 'Source: agency wire service, all rights reserved.']), 'https://portal.example/9'))
        .match,
    ).toBe(true);
  });

  it.each(TEMPLATES)('%s: in an index, with copies, they stay two stories', async (_name, first, second) => {
    const index = new MemoryStoryIndex();
    const a = await index.add({ id: 'A', url: 'https://agency.example/1', body: first, publishedAt: at(0) });
    const b = await index.add({ id: 'B', url: 'https://agency.example/2', body: second, publishedAt: at(3) });
    const ac = await index.add({ id: 'AC', url: 'https://portal.example/1', body: body(['Portal', first]), publishedAt: at(5) });
    const bc = await index.add({ id: 'BC', url: 'https://portal.example/2', body: body(['Portal', second]), publishedAt: at(6) });
    expect(b.storyId).not.toBe(a.storyId);
    expect([ac.storyId, bc.storyId]).toEqual([a.storyId, b.storyId]);
  });
});

describe('numbers outside the shared stretch', () => {
  it('a short write-thru whose new top sentence brings a new figure still links to the version before', () => {
    const shared = [
      'The carmaker said the cuts, about 15 percent of its workforce in the region, would be made over the next 40 months through voluntary departures and early retirement.',
      'It said no plant would close and that production of its electric models would move to the Spanish site, where a new battery line is due to open next year.',
    ];
    const v1 = dedupeFeatures({
      url: 'https://wire.example/v1',
      body: body([
        'LONDON (Reuters) - A European carmaker said on Monday it would cut jobs at its plants in Britain and Spain.',
        ...shared,
        'Shares in the company rose after the announcement, which analysts said had been expected since the spring.',
      ]),
    });
    const v2 = dedupeFeatures({
      url: 'https://wire.example/v2',
      body: body(['LONDON (Reuters) - Unions called a strike at 3 plants on Monday.', ...shared]),
    });
    expect(v2.shingles.length).toBeLessThan(v1.shingles.length);
    expect(v2.shingles.length).toBeLessThan(100);
    expect(v2.numbers).toContain('3');
    expect(v1.numbers).not.toContain('3');
    expect(comparePair(v1, v2).match).toBe(true);
  });
});

/**
 * One table of month names and zone abbreviations for feed dates and page dates (issue 13
 * item 4): a zone known to one reader is known to the other.
 */
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/feeds/parse-date.js';
import { englishMonthNumber, monthNumber, ZONE_ABBREVIATIONS } from '../../../src/normalize/date-words.js';
import { parseZonedDate } from '../../../src/normalize/parse-zoned-date.js';

describe('shared date words', () => {
  it.each(Object.entries(ZONE_ABBREVIATIONS))('%s reads the same in a feed date and on a page', (abbr, minutes) => {
    const expected = new Date(Date.UTC(2024, 4, 14, 10, 0, 0) - minutes * 60000).toISOString();
    expect(parseFeedDate(`Tue, 14 May 2024 10:00:00 ${abbr}`)?.date.toISOString()).toBe(expected);
    expect(parseZonedDate(`May 14, 2024 10:00 ${abbr}`, 'UTC')?.toISOString()).toBe(expected);
  });

  it.each([
    ['Sept', 9, 9],
    ['Sept.', 9, undefined],
    ['december', 12, 12],
    ['Okt', 10, undefined],
    ['März', 3, undefined],
    ['maja', 5, undefined],
    ['Ağustos', 8, undefined],
    ['Thu', undefined, undefined],
  ])('%s: pages %s, feeds %s', (name, page, feed) => {
    expect(monthNumber(name)).toBe(page);
    expect(englishMonthNumber(name)).toBe(feed);
  });
});

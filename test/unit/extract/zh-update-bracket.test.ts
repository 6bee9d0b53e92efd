// CNA (cna.com.tw) prints the update after the publication time in brackets without the year:
// `2024/5/15 11:02(5/15 15:30 更新)`. The bracket's month/day takes the year of the date before
// it (meta14 probe; it had made the whole line the update and left the publication a day).
import { describe, expect, it } from 'vitest';
import { visibleDate, type LineContext } from '../../../src/extract/visible-dates.js';

const ctx = (): LineContext => ({ zone: 'Asia/Taipei', order: null, foreignDays: new Set(), refDay: null });
const iso = (line: string, want: 'pub' | 'upd'): string | undefined =>
  visibleDate([line], ctx(), null, want, true)?.info.date.toISOString();

describe('a yearless update in brackets', () => {
  it.each([
    ['2024/5/15 11:02(5/15 15:30 更新)', '2024-05-15T03:02:00.000Z', '2024-05-15T07:30:00.000Z'],
    ['2024/5/15 11:02（5/16 08:05 更新）', '2024-05-15T03:02:00.000Z', '2024-05-16T00:05:00.000Z'],
    // across the new year: the update's month comes before the publication's
    ['2024/12/31 23:50(1/1 00:20 更新)', '2024-12-31T15:50:00.000Z', '2024-12-31T16:20:00.000Z'],
  ])('%s', (line, pub, upd) => {
    expect(iso(line, 'pub')).toBe(pub);
    expect(iso(line, 'upd')).toBe(upd);
  });

  it('near-misses: a bracket that is no date leaves the label on the line', () => {
    // a count in brackets, not a month/day with a clock
    expect(iso('2024/5/15 11:02(13/45 更新)', 'upd')).toBe('2024-05-15T03:02:00.000Z');
    expect(iso('2024/5/15 11:02(第2版 更新)', 'upd')).toBe('2024-05-15T03:02:00.000Z');
  });
});

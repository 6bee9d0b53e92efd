import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../src/cli/parse-time.js';

const NOW = new Date('2026-12-01T21:40:00Z');

describe('parseTime', () => {
  it.each([
    ['now', '2026-12-01T21:40:00.000Z'],
    ['today', '2026-12-01T00:00:00.000Z'],
    ['yesterday', '2026-11-30T00:00:00.000Z'],
    ['Yesterday ', '2026-11-30T00:00:00.000Z'],
    ['24h', '2026-11-30T21:40:00.000Z'],
    ['7d', '2026-11-24T21:40:00.000Z'],
    ['90m', '2026-12-01T20:10:00.000Z'],
    ['2w', '2026-11-17T21:40:00.000Z'],
    ['2026-11-28', '2026-11-28T00:00:00.000Z'],
    ['2026-11-28 06:30', '2026-11-28T06:30:00.000Z'],
    ['2026-11-28T06:30:15', '2026-11-28T06:30:15.000Z'],
    ['2026-11-28T06:30:00+08:00', '2026-11-27T22:30:00.000Z'],
    ['2026-11-28T06:30:00Z', '2026-11-28T06:30:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseTime(text, NOW)?.toISOString()).toBe(iso);
  });

  it.each(['', 'last week', '7 days ago', '2026-13-45', 'h24', '-1d', '2026/11/28'])('rejects %j', (text) => {
    expect(parseTime(text, NOW)).toBeNull();
  });
});

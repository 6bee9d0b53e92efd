/**
 * zoneOffsetMinutes reads the wall clock from `format` instead of `formatToParts` (issue 16), and
 * falls back to the parts for any other shape. Held against the parts on every zone at instants
 * across DST changes, before 1000 and after 9999, and at the ends of the Date range.
 */
import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from '../../../src/normalize/parse-zoned-date.js';

function byParts(timeZone: string, at: Date): number {
  const dtf = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const part of dtf.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

const INSTANTS = [
  -8.64e15, // the first Date
  -62198755200000, // year 0
  -30610224000000, // year 1000
  -2208988800000,
  0,
  1711846799999, // around the EU spring change of 2024
  1711846800000,
  1715770920123,
  1730595600000, // the US autumn change of 2024
  4102444800000,
  253402300799000, // 9999-12-31T23:59:59Z
  253402300800000, // year 10000
  8.64e15, // the last Date
];

describe('zoneOffsetMinutes', () => {
  it('is the offset the formatted parts give, in every zone', () => {
    const bad: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone'))
      for (const t of INSTANTS) if (!Object.is(zoneOffsetMinutes(zone, new Date(t)), byParts(zone, new Date(t)))) bad.push(`${zone} ${t}`);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('reads common zones', () => {
    expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2024-05-15T03:02:00Z'))).toBe(480);
    expect(zoneOffsetMinutes('America/New_York', new Date('2024-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('Asia/Kathmandu', new Date('2024-01-15T12:00:00Z'))).toBe(345);
  });
});

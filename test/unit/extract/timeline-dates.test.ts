/**
 * A timeline or chronicle whose text opens (or closes) with an entry's date keeps it: three or more
 * date lines are the entries' dates. A story's own date line above its text, or below it, still goes.
 */
import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../../src/extract/content-filter.js';

const EVENTS = [
  'January 2025',
  'The company announces plans to close its last coal-fired plant by the end of the decade.',
  'June 2025',
  'Regulators approve a 400-megawatt battery at the site.',
  'March 2026',
  'Construction begins on the battery and a solar farm on the former ash ponds.',
];
const TEXT = ['The council approved the plan on Tuesday.', 'Work starts in May and takes five months.'];

describe('date lines at the ends of the text', () => {
  it.each([
    ['a timeline opening with a date', EVENTS, EVENTS],
    ['a chronicle closing with a date', [...EVENTS.slice(1), '14. November 2026'], [...EVENTS.slice(1), '14. November 2026']],
  ])('keeps %s', (_name, blocks, expected) => {
    expect(dropFurniture(blocks)).toEqual(expected);
  });

  it.each([
    ['a date line above the text', ['Published May 14, 2024', ...TEXT]],
    ['a date line below the text', [...TEXT, 'May 14, 2024']],
    ['a date above and one below', ['May 14, 2024', ...TEXT, 'Updated May 15, 2024']],
  ])('drops %s', (_name, blocks) => {
    expect(dropFurniture(blocks)).toEqual(TEXT);
  });
});

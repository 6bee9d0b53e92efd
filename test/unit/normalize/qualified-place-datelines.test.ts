// German datelines whose place carries a bracketed qualifier (`Halle (Saale)`, `Frankfurt (Oder)`)
// or a paper's own code after a slash (`Magdeburg/MZ - `), against an agency there (`Rostock/dpa - `).
// Also BTA's reporter inside the slashes and Trend's place with its country. Written for these tests
// from how regional papers, dpa's regional services and the agencies print them (meta10 probe).
import { describe, expect, it } from 'vitest';
import { parseDateline, parseHouseDateline } from '../../../src/normalize/parse-dateline.js';

const REF = new Date('2024-05-15T08:00:00Z');
const TEXT = 'Die Stadtverwaltung hat am Dienstag neue Pläne für den Ausbau der Straßenbahn vorgestellt, die ab dem kommenden Jahr gelten.';

describe('credited datelines with a qualified place or a slash', () => {
  it.each<[string, string, string]>([
    ['Halle (Saale) (dpa) - ', 'Halle (Saale)', 'dpa'],
    ['Frankfurt (Oder) (dpa) - ', 'Frankfurt (Oder)', 'dpa'],
    ['Frankfurt (Oder) (dpa/bb) - ', 'Frankfurt (Oder)', 'dpa'],
    ['Kempten (Allgäu) (epd) - ', 'Kempten (Allgäu)', 'epd'],
    ['Neustadt an der Weinstraße (dpa/lrs) - ', 'Neustadt an der Weinstraße', 'dpa'],
    ['Frankfurt am Main (AFP) - ', 'Frankfurt am Main', 'AFP'],
    ['Rostock/dpa - ', 'Rostock', 'dpa'],
    ['Berlin/AFP - ', 'Berlin', 'AFP'],
    // Unchanged: an agency in the first bracket is the credit, not a qualifier.
    ['Moskau (Reuters) - ', 'Moskau', 'Reuters'],
    ['Bamberg (dpa/lby) - ', 'Bamberg', 'dpa'],
    ['Rostock/Schwerin (dpa) - ', 'Rostock/Schwerin', 'dpa'],
  ])('%s', (lead, place, agency) => {
    const d = parseDateline(`${lead}${TEXT}`, REF);
    expect(d?.dateline.place).toBe(place);
    expect(d?.agency).toBe(agency);
    expect(d?.rest).toBe(TEXT);
  });

  it.each(['Halle (Saale)/MZ - ', 'Magdeburg/MZ - ', 'Rostock/Schwerin - ', 'Cem Özdemir (Grüne) - '])('no credit: %s', (lead) => {
    expect(parseDateline(`${lead}${TEXT}`, REF)?.agency ?? null).toBeNull();
  });
});

describe("a paper's own dateline with a qualified place or its code", () => {
  it.each<[string, string | null]>([
    ['Halle (Saale)/MZ - ', 'Halle (Saale)'],
    ['Halle (Saale)/MZ – ', 'Halle (Saale)'],
    ['Magdeburg/MZ - ', 'Magdeburg'],
    ['Weißenfels/MZ. ', 'Weißenfels'],
    ['Kempten (Allgäu) - ', 'Kempten (Allgäu)'],
    ['Stendal (ab) - ', 'Stendal'],
    // Near misses: a politician and party, a lower-case word after the slash.
    ['Cem Özdemir (Grüne) - ', null],
    ['Und/oder - ', null],
  ])('%s', (lead, place) => {
    expect(parseHouseDateline(`${lead}${TEXT}`, REF, TEXT)?.place ?? null).toBe(place);
  });
});

describe('a reporter inside the slashes, a place with its country (BTA, Trend)', () => {
  it.each<[string, string, string, string[]]>([
    ['София, 15 май /Мария Иванова, БТА/ ', 'София', 'BTA', ['Мария Иванова']],
    ['Sofia, May 15 /Maria Ivanova, BTA/ ', 'Sofia', 'BTA', ['Maria Ivanova']],
    ['București, 15 mai /Agerpres/ - ', 'București', 'Agerpres', []],
  ])('%s', (lead, place, agency, authors) => {
    const d = parseDateline(`${lead}${TEXT}`, REF);
    expect([d?.dateline.place, d?.agency, d?.authors]).toEqual([place, agency, authors]);
    expect(d?.rest).toBe(TEXT);
  });

  it.each<[string, string | null]>([
    ['BAKU, Azerbaijan, May 15. ', 'Baku'],
    ['TASHKENT, Uzbekistan, May 15. ', 'Tashkent'],
    // A kicker in capitals is no place.
    ['BREAKING, Politics, May 15. ', null],
  ])('%s', (lead, place) => {
    expect(parseHouseDateline(`${lead}${TEXT}`, REF, TEXT)?.place ?? null).toBe(place);
  });
});

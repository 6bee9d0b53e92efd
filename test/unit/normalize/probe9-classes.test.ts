/**
 * Classes found by the credits9 probe: hand-written pages of wire credits as outlets in ~25
 * countries print them, scored before any change. Each table holds the form that failed and
 * neighbours that must keep working.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

const agencies = (lines: string[]): string[] => findCredits(lines).agencies;

describe('a line opening with an agency and a number is a byline only when a date follows the agency', () => {
  it.each([
    // Headlines and sentences about the agency, or an abbreviation that is also an agency's.
    ['Reuters to cut 3% of newsroom jobs', []],
    ['AP exams begin for 1.2 million students', []],
    ['AP Chief Minister said the move would benefit 65 lakh people.', []],
    ['AFP says 12 journalists were hurt in Gaza strikes', []],
    // Bylines: the agency, then a place, a weekday or a date label, then the date.
    ['PTI | July 9, 2020', ['PTI']],
    ['SID Freitag, 04.02.2022 | 11:38', ['SID']],
    ['PTI New Delhi, May 3, 2024', ['PTI']],
    ['AFP publié le 3 mai 2024 à 10h12', ['AFP']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("a US state's postal code after a capitals place is the state, not PA Media", () => {
  it.each([
    ['HARRISBURG, PA — City council approved the budget on Thursday.', []],
    ['PITTSBURGH, PA - Steelers fans lined the streets.', []],
    ['ASTANA. KAZINFORM – Mazhilis approved the bill.', ['Kazinform']],
    ['KUALA LUMPUR, BERNAMA - The ringgit opened higher.', ['Bernama']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('a US dateline with its state keeps the state as the region and credits no agency', () => {
  it.each([
    ['HARRISBURG, PA — City council approved the budget on Thursday.', 'Harrisburg, PA', null],
    ['ASTANA. KAZINFORM – Mazhilis approved the bill.', 'Astana', 'Kazinform'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
});

describe('a closing credit keeps its named agencies beside unnamed "agencies", its date or a double dash', () => {
  it.each([
    ['AFP/dpa/Agenturen', ['AFP', 'dpa']],
    ['Die Regierung bestätigte das am Freitag. (AFP, Reuters, agencies)', ['AFP', 'Reuters']],
    ['Am Wochenende drohen Gewitter. (APA, 3.5.2024)', ['APA']],
    ['(APA, 3.5.2024)', ['APA']],
    ['-- BERNAMA', ['Bernama']],
    // Unnamed agencies alone credit nothing; a dated bracket inside a sentence cites a report.
    ['Staff and agencies', []],
    ['(Agenturen)', []],
    ['-- Agenturen', []],
    ['red, ORF.at/Agenturen', []],
    ['Das hatte die Agentur zuvor gemeldet (Reuters, 12.3.2020).', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

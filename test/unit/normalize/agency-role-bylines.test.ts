/**
 * Bylines that print the writer's job at the agency between the label and the names, as Xinhua's
 * English service and agency copy on other sites do ("By Xinhua writers Sun Li and Wu Qi", "By AFP
 * correspondent Jane Roe"), or the agency's possessive ("By Xinhua's Ma Qian"): the names are the
 * authors and the agency is credited. A class found by running the extractor on real reposted
 * wire text (public web pages), not on the dev pages.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { findCredits } from '../../../src/normalize/find-credits.js';

const credit = (line: string): string[] => findCredits([line]).agencies;

describe('agency, job, then names', () => {
  it.each([
    ['By Xinhua writers Sun Li and Wu Qi', ['Sun Li', 'Wu Qi'], 'Xinhua'],
    ['by Xinhua writer Zhang Hui', ['Zhang Hui'], 'Xinhua'],
    ['By Xinhua Writer Liu Chang', ['Liu Chang'], 'Xinhua'],
    ['By Xinhua reporters Li Ming, Wang Fang', ['Li Ming', 'Wang Fang'], 'Xinhua'],
    ['By Xinhua News Agency reporter Chen Wen', ['Chen Wen'], 'Xinhua'],
    ["By Xinhua's Ma Qian", ['Ma Qian'], 'Xinhua'],
    ['By AFP correspondent Jane Roe', ['Jane Roe'], 'AFP'],
    ['By Reuters staff writer Tom Hale', ['Tom Hale'], 'Reuters'],
    ["By Reuters' Anna Berger", ['Anna Berger'], 'Reuters'],
  ])('%s', (line, names, agency) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
    expect(credit(line)).toEqual([agency]);
  });
});

describe('the same shapes without an agency: names only', () => {
  it.each([
    ['By staff reporter Jane Roe', ['Jane Roe']],
    ['By Senior Correspondent Tom Hale', ['Tom Hale']],
    ["By CNN's Jane Roe and Tom Hale", ['Jane Roe', 'Tom Hale']],
    ['Writer: Zhang Hui', ['Zhang Hui']],
  ])('%s', (line, names) => {
    expect(cleanNames(bylineNames([line]))).toEqual(names);
    expect(credit(line)).toEqual([]);
  });
});

describe('near misses', () => {
  it('a picture credit names no writer of the story', () => {
    expect(credit('By AP photographer Jane Roe')).toEqual([]);
  });
  it('a job with no names after it is no byline', () => {
    expect(bylineNames(['By staff writers'])).toEqual([]);
    expect(bylineNames(['By Reuters staff'])).toEqual([]);
  });
  it('prose that mentions an agency writer is no byline', () => {
    expect(credit('The report was written by Xinhua reporters who visited the site in May.')).toEqual([]);
  });
});

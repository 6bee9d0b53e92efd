// Datelines naming two places (meta11 probe): Reuters' `PARIS/LONDON (Reuters) -` and
// `NEW YORK/WASHINGTON, May 3 (Reuters) -`, dpa's and AFP's `Berlin/Brüssel (AFP) -`, `Kiew/Moskau
// (dpa/AFP) -`. The place comes out as written, each place of a capitals pair in title case.
// Near misses: a slash in `24/7`, `km/h`, a date `3/5`, an agency pair `dpa/AFP` with no place.
// Written for these tests from the agencies' house styles; no line is copied from a page.
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page } from '../../fixtures/wire/pages.js';

const REF = new Date('2024-05-15T08:00:00Z');
const EN = 'Foreign ministers on Friday discussed new sanctions that diplomats said could be approved next week.';

describe('two places in one dateline', () => {
  it.each<[string, string, string]>([
    ['PARIS/LONDON (Reuters) - ', 'Paris/London', 'Reuters'],
    ['NEW YORK/WASHINGTON, May 3 (Reuters) - ', 'New York/Washington', 'Reuters'],
    ['KYIV/MOSCOW (Reuters) - ', 'Kyiv/Moscow', 'Reuters'],
    ['JERUSALEM/CAIRO (AP) — ', 'Jerusalem/Cairo', 'AP'],
    ['PARIS/BRUXELLES (AFP) - ', 'Paris/Bruxelles', 'AFP'],
    ['Berlin/Brüssel (AFP) - ', 'Berlin/Brüssel', 'AFP'],
    ['Washington/Moskau (dpa) - ', 'Washington/Moskau', 'dpa'],
    ['Tel Aviv/Gaza (dpa) - ', 'Tel Aviv/Gaza', 'dpa'],
    ['Kiew/Moskau (dpa/AFP) - ', 'Kiew/Moskau', 'dpa'],
  ])('%s', (lead, place, agency) => {
    const d = parseDateline(`${lead}${EN}`, REF);
    expect([d?.dateline.place, d?.agency, d?.rest]).toEqual([place, agency, EN]);
  });

  it('credits both agencies of `Kiew/Moskau (dpa/AFP) -` on a page', () => {
    const a = extractArticle(page({ lang: 'de', lead: 'Kiew/Moskau (dpa/AFP) - ' }), 'https://news.example/a/1');
    expect([a.dateline?.place, a.agency]).toEqual(['Kiew/Moskau', ['dpa', 'AFP']]);
  });

  it.each(['Support is available 24/7 - ', 'Tempo 130 km/h - ', 'On 3/5 - ', 'dpa/AFP - '])('no dateline: %s', (lead) => {
    const a = extractArticle(page({ lang: 'en', lead }), 'https://news.example/a/2');
    expect([a.dateline, a.agency]).toEqual([null, []]);
  });
});

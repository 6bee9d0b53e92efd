/**
 * Published-time classes where the page's structured data gives only part of the answer:
 * a day-only <time datetime> whose text shows the clock, a day in the metadata with the clock
 * only in the byline line, and ISO values written with one-digit seconds.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';
import { COUNCIL_BODY } from './date-page-bodies.js';

const BODY = COUNCIL_BODY;

function page(head: string, header: string): string {
  return `<html lang="en"><head><title>Council approves budget</title>${head}</head><body><article><h1>Council approves budget</h1>${header}${BODY}</article></body></html>`;
}

describe('day-only <time datetime> with the clock in its text', () => {
  it('takes the text, read in the site zone (even where the visible lines skip it: a date bar over the lead image)', () => {
    const html = page(
      '',
      '<div class="main_image"><div class="info"><time itemprop="datePublished" datetime="2020-10-15">15.10.2020 21:55</time></div><img src="/a.jpg"></div>',
    );
    const a = extractArticle(html, 'https://news.example/a');
    expect(a.publishedAt?.toISOString()).toBe('2020-10-15T21:55:00.000Z');
    expect(a.publishedPrecision).toBe('minute');
    expect(a.timeZoneAssumed).toBe('UTC');
  });

  it('keeps the day when the text has no clock', () => {
    const html = page('', '<time datetime="2020-10-15">15 October 2020</time>');
    const a = extractArticle(html, 'https://news.example/a');
    expect(a.publishedAt?.toISOString()).toBe('2020-10-15T00:00:00.000Z');
    expect(a.publishedPrecision).toBe('day');
  });
});

describe('day in the metadata, bare clock in the header line', () => {
  it('joins them in the site zone (pickDates)', () => {
    const d = pickDates(['2020-03-23'], [], ['Incendie dans une maison', 'Par E. NURDIN - 05:01 - Temps de lecture :'], 'Europe/Paris');
    expect(d.publishedAt?.toISOString()).toBe('2020-03-23T04:01:00.000Z');
    expect(d.publishedPrecision).toBe('minute');
    expect(d.timeZoneAssumed).toBe('Europe/Paris');
  });

  it('through extractArticle, with a JSON-LD day', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"2020-03-23"}</script>';
    const a = extractArticle(
      page(ld, '<div class="infos">By Anna Berg - <span class="publish">05:01</span></div>'),
      'https://news.example/a',
    );
    expect(a.publishedAt?.toISOString()).toBe('2020-03-23T05:01:00.000Z');
    expect(a.publishedPrecision).toBe('minute');
  });

  it('ignores update lines, reading times and durations', () => {
    const lines = ['Updated 14:30', 'Reading time: 4 min', 'Video 1:30 min'];
    const d = pickDates(['2020-03-23'], [], lines, 'Europe/Paris');
    expect(d.publishedPrecision).toBe('day');
    expect(d.publishedAt?.toISOString()).toBe('2020-03-23T00:00:00.000Z');
  });

  it('leaves a timed structured value alone', () => {
    const d = pickDates(['2020-03-23T09:10:00+01:00'], [], ['By Anna Berg - 05:01'], 'Europe/Paris');
    expect(d.publishedAt?.toISOString()).toBe('2020-03-23T08:10:00.000Z');
  });
});

describe('ISO values with one-digit seconds', () => {
  it('keeps the written zone ("23:15:0Z" is 23:15 UTC, not a local time)', () => {
    const info = parseDateInfo('2020-12-05T23:15:0Z', 'Europe/Rome');
    expect(info?.date.toISOString()).toBe('2020-12-05T23:15:00.000Z');
    expect(info?.zoned).toBe(true);
  });
});

describe('Korean / Chinese / Japanese AM-PM words before the clock', () => {
  it.each([
    ['2023.11.02. 오후 8:06', 'Asia/Seoul', '2023-11-02T11:06:00.000Z'],
    ['입력 2023.11.02. 오전 12:15', 'Asia/Seoul', '2023-11-01T15:15:00.000Z'],
    ['2019年09月07日 下午3:10', 'Asia/Shanghai', '2019-09-07T07:10:00.000Z'],
    ['2019年09月07日 上午9:05', 'Asia/Shanghai', '2019-09-07T01:05:00.000Z'],
    ['2024年5月15日 午後1:30', 'Asia/Tokyo', '2024-05-15T04:30:00.000Z'],
  ])('%s in %s', (text, zone, iso) => {
    const info = parseDateInfo(text, zone);
    expect(info?.date.toISOString()).toBe(iso);
    expect(info?.precision).toBe('minute');
  });

  it('a Korean portal date line under the headline gives the time', () => {
    const d = pickDates([], [], ['기사입력 2023.11.02. 오후 8:06'], 'Asia/Seoul');
    expect(d.publishedAt?.toISOString()).toBe('2023-11-02T11:06:00.000Z');
    expect(d.timeZoneAssumed).toBe('Asia/Seoul');
  });
});

describe('English clocks with a dot, and US zones without standard or daylight', () => {
  it.each([
    // The Guardian's date line: a dotted clock, then the zone.
    ['Wed 15 May 2024 11.02 BST', '2024-05-15T10:02:00.000Z'],
    ['Mon 15 Jan 2024 11.02 GMT', '2024-01-15T11:02:00.000Z'],
    ['15 May 2024 9.30 pm EDT', '2024-05-16T01:30:00.000Z'],
    // US papers: "ET" is New York time on that day, daylight saving included.
    ['May 15, 2024 at 11:02 a.m. ET', '2024-05-15T15:02:00.000Z'],
    ['Jan. 15, 2024 at 11:02 a.m. ET', '2024-01-15T16:02:00.000Z'],
    ['May 15, 2024 9:30 p.m. PT', '2024-05-16T04:30:00.000Z'],
    ['May 15, 2024 11:02 CT', '2024-05-15T16:02:00.000Z'],
  ])('%s', (text, iso) => {
    const d = parseDateInfo(text, 'UTC');
    expect(d?.date.toISOString()).toBe(iso);
    expect(d?.zoned).toBe(true);
  });

  it.each([
    // A dotted date's year followed by a dotted clock is not year, month, day ("2024 11.02").
    ['15.05.2024 11.02', '2024-05-15'],
    ['15.5.2024 klo 11.02', '2024-05-15'],
    // A dot between numbers before a word that is no zone stays as it was.
    ['Price 3.50 EUR, May 15, 2024', '2024-05-15'],
  ])('%s is the day %s', (text, day) => {
    expect(parseDateInfo(text, 'Europe/Helsinki')?.date.toISOString().slice(0, 10)).toBe(day);
  });

  it('a Guardian-style date line under the headline gives the minute', () => {
    const a = extractArticle(page('', '<p class="dcr-date">Wed 15 May 2024 11.02 BST</p>'), 'https://news.example/a');
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T10:02:00.000Z');
    expect(a.publishedPrecision).toBe('minute');
    expect(a.timeZoneAssumed).toBeNull();
  });
});

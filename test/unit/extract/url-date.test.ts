/**
 * Class 4 of the dates probe: the day in the URL (`/2024/05/15/`, `/20240515/`, `/2024-05/15/`,
 * `/2024/0515/`, `t20240515_…`) dates a page that states nothing else, as a day, and never
 * replaces a full time that agrees with it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { urlDate } from '../../../src/normalize/url-date.js';
import { COUNCIL_BODY } from './date-page-bodies.js';

const BODY = COUNCIL_BODY;

const page = (head: string): string =>
  `<html lang="en"><head><title>Council approves budget</title>${head}</head><body><article><h1>Council approves budget</h1>${BODY}</article></body></html>`;

describe('the day in the URL', () => {
  it.each([
    ['https://www.example.com/2024/05/15/farmers-market-opens/', '2024-05-15'],
    ['https://www.example.com/news/2024-05-15/river-levels', '2024-05-15'],
    ['http://www.example.cn/world/2024-05/15/c_1130145362.htm', '2024-05-15'],
    ['http://www.example.cn/n1/2024/0515/c1002-40236410.html', '2024-05-15'],
    ['https://www.example.net/news/20240515/bridge-reopens', '2024-05-15'],
    ['http://news.example.com.cn/shehui/200505/t20050503_123456.htm', '2005-05-03'],
    ['https://www.example.com/2024/05/', null],
    ['https://www.example.com/2024/02/31/not-a-day', null],
    ['https://www.example.com/story/1130145362', null],
    ['https://www.example.com/news?date=2024-05-15', null],
  ])('%s -> %s', (url, day) => {
    expect(urlDate(url)).toBe(day);
  });

  it('dates a page that states nothing else, as a day', () => {
    const a = extractArticle(page(''), 'https://www.example.com/2024/05/15/council-approves-budget/');
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T00:00:00.000Z');
    expect(a.publishedPrecision).toBe('day');
  });

  it('never replaces a full time that agrees with it (nor one a day later in UTC)', () => {
    const a = extractArticle(
      page('<meta property="article:published_time" content="2024-05-15T23:30:00-04:00">'),
      'https://www.example.com/2024/05/15/late-session/',
    );
    expect(a.publishedAt?.toISOString()).toBe('2024-05-16T03:30:00.000Z');
  });
});

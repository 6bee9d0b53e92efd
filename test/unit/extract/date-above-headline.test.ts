/**
 * A date line printed right above the headline (Iranian, Lithuanian and other templates; found by
 * an independent probe of hand-written pages) when the page has no structured date; a masthead's
 * "today" further up is not read.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const body = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the city council met on Wednesday and approved the new budget for the coming year after a long debate about transport and schools.</p>`,
).join('');

const page = (above: string, masthead = ''): string =>
  `<html lang="en"><head><title>Council approves budget</title></head><body><header>${masthead}<nav><a href="/">Home</a></nav></header><main><div class="kicker">${above}</div><h1>Council approves budget</h1><article>${body}</article></main></body></html>`;

describe('a date line above the headline', () => {
  it('gives the publication time when nothing else does', async () => {
    const a = await extractArticle(page('Wednesday / 15 May 2024 / 09:15'), 'https://news.example.lt/a/1');
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T06:15:00.000Z');
  });
  it('a masthead date further up is not the article date', async () => {
    const a = await extractArticle(
      page('Politics', '<div class="today">Friday, 17 May 2024 08:00</div><div>Weather 21°C</div><div>Subscribe</div>'),
      'https://news.example.lt/a/2',
    );
    expect(a.publishedAt).toBeNull();
  });
});

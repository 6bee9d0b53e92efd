/**
 * The meta block of an article's header (byline, date, reading time, kicker) is furniture when
 * the chosen container is the whole <article> or post element. Its classes name the block by
 * its BEM element or modifier (`story__meta`, `post-meta`, `entry-meta`, `article-info`,
 * `head--meta`), words NEGATIVE never held. Synthetic pages after WordPress themes, BEM news
 * templates and Russian and Arabic portals.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const PARAS =
  '<p>The city council voted on Tuesday to spend $2.4 million on repairs to the old fire station on Fairview Street, which has needed a new roof for years.</p><p>Council members said the building, which opened in 1958, would stay in service for at least another decade once the work is done.</p><p>Construction is expected to start in May and take about five months, according to the city’s public works department.</p>';

describe('article header meta blocks', () => {
  it.each([
    ['post-meta', '<div class="post-meta"><span class="author">By Jenna Morales</span> | <span class="date">March 15, 2024</span></div>'],
    ['entry-meta', '<div class="entry-meta">Ledger staff · 2024-03-17 14:20</div>'],
    [
      'BEM element',
      '<div class="story__meta"><span class="story__author">By Jenna Morales</span> <time>15.03.2024, 05:00</time> <span>4 min read</span></div>',
    ],
    ['nested BEM element', '<div class="news-story__meta">15 March 2024, 09:30 · Jenna Morales · 1 204 views</div>'],
    ['article-info', '<p class="article-info">By Jenna Morales, published March 15, 2024</p>'],
    ['modifier', '<div class="story-head story-head--meta">By Jenna Morales · March 15, 2024</div>'],
    ['a bare meta class', '<div class="meta">By Jenna Morales on March 15, 2024 in City Hall</div>'],
    ['a signature element', '<div class="story__signature">Par Jenna Morales · Publié le 13/03/2024 à 17h00</div>'],
    [
      'a kicker and a badge',
      '<div class="story__top"><span class="badge badge--plus">Plus</span><span class="story__kicker">City Hall</span></div>',
    ],
  ])('%s', (_name, meta) => {
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1>${meta}${PARAS}</article></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/1');
    expect(a.body.startsWith('The city council voted')).toBe(true);
    expect(a.body).toContain('according to the city’s public works department.');
  });

  it.each([
    ['story__meta', '<div class="story__meta">11 March 2024, 09:30 · Elena Vasilyeva · 1 204 views</div>'],
    ['story__signature', '<div class="story__signature">Par Julien Mazeau · Publié le 11/03/2024 à 07h30</div>'],
  ])('a %s block beside the text container', (_name, meta) => {
    const html = `<html lang="en"><body><main><article class="story"><h1>Council approves fire station repairs</h1>${meta}<div class="story__text">${PARAS}</div></article></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/4');
    expect(a.body.startsWith('The city council voted')).toBe(true);
  });

  it('keeps a long block whose class says meta', () => {
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1><div class="post-meta-content">${PARAS}</div></article></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/news/2').body).toContain('The city council voted');
  });

  it('keeps a dateline', () => {
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1><p><span class="dateline">MILLBROOK, Ohio</span> — The city council voted on Tuesday to spend $2.4 million on repairs to the old fire station.</p>${PARAS}</article></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/news/3', { keepWireMarkup: true }).body).toContain('MILLBROOK, Ohio');
  });
});

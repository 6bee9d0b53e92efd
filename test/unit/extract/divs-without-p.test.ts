/**
 * Pages whose article text sits straight in <div>/<td> blocks (split by <br>, or wrapped in
 * <span>s) with no <p> at all: old portal and blog templates, table layouts, and some JS-era
 * CMSs. Their wrappers often carry chrome-looking class words ("sticky", "ad-con"), which must
 * not make the cleaner drop the whole article.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const SENTENCES = [
  'The city council voted on Monday to extend the night bus service to the outer districts, after a year of complaints from shift workers.',
  'The plan, which costs about 2.4 million a year, will be paid for by a small rise in parking fees in the centre.',
  'Opposition members said the money would be better spent on the tram line, which has been delayed twice since the last election.',
  'The mayor said the first new routes would start in September and that the council would review them after six months.',
  'Residents of the northern estates, where the last bus now leaves before eleven, welcomed the decision at a packed public meeting.',
];

const nav =
  '<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/contact">Contact</a></div>';
const footer = '<div class="footer">Copyright 2011 Northern Courier. All rights reserved. <a href="/privacy">Privacy</a></div>';

function page(inner: string): string {
  return `<html><head><title>Night buses to reach outer districts</title></head><body>${nav}${inner}${footer}</body></html>`;
}

describe('article text in plain divs (no <p>)', () => {
  it('reads a <br>-separated div inside a "sticky" wrapper', () => {
    const html = page(
      `<div class="sticky_wrapper"><h1>Night buses to reach outer districts</h1><div class="news_body">${SENTENCES.join('<br><br>\n')}</div></div>`,
    );
    const a = extractArticle(html, 'https://courier.example/news/1');
    for (const s of SENTENCES) expect(a.body).toContain(s);
    expect(a.body.split('\n\n')).toHaveLength(SENTENCES.length);
    expect(a.body).not.toContain('All rights reserved');
  });

  it('reads one div per paragraph inside an ad-named layout container', () => {
    const html = page(
      `<main><div class="container vertical-ad-con"><div class="article-body">${SENTENCES.map((s) => `<div class="par">${s}</div>`).join('\n')}</div><div class="ad-slot">Advertisement</div></div></main>`,
    );
    const a = extractArticle(html, 'https://courier.example/news/2');
    for (const s of SENTENCES) expect(a.body).toContain(s);
    expect(a.body).not.toContain('Advertisement');
  });

  it('reads span-wrapped paragraphs in divs (JS-era CMS markup)', () => {
    const html = page(
      `<div class="layout--sticky"><article>${SENTENCES.map((s) => `<div class="block-content"><div class="c1x"><span>${s}</span></div></div>`).join('')}</article></div>`,
    );
    const a = extractArticle(html, 'https://courier.example/news/3');
    for (const s of SENTENCES) expect(a.body).toContain(s);
  });

  it('reads a table-layout page with the text in a <td> split by <br>', () => {
    const html = page(
      `<table width="760"><tr><td class="sidebar">${nav}</td><td class="txt"><b>Night buses to reach outer districts</b><br><br>${SENTENCES.join('<br>\n')}</td></tr></table>`,
    );
    const a = extractArticle(html, 'https://courier.example/news/4');
    for (const s of SENTENCES) expect(a.body).toContain(s);
  });

  it('still drops a sticky share bar next to a <p> article', () => {
    const html = page(
      `<article>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article><div class="sticky share-bar">Share this story with your friends and family on every network you use today</div>`,
    );
    const a = extractArticle(html, 'https://courier.example/news/5');
    expect(a.body).toContain(SENTENCES[0]);
    expect(a.body).not.toContain('Share this story');
  });
});

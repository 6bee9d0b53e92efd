// A state outlet on a credit line below the text (`Source(s): Global Times`) names the story's
// source, not a wire agency; an agency there is still credited, and the outlet's own site keeps its
// own credit (the golden en.people.cn page). Pages written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page } from '../../fixtures/wire/pages.js';

const on = (url: string, trailer: string) => extractArticle(page({ lang: 'en', h1: 'Crews work through the weekend', trailer }), url);

describe('a credit line naming a state outlet', () => {
  it('is the source on another site', async () => {
    const a = await on('https://news.example/world/1.html', '<p>Source(s): Global Times</p>');
    expect(a.agency).toEqual([]);
    expect(a.sources).toContain('Global Times');
  });

  it('is the source with the bracket form too', async () => {
    const a = await on('https://news.example/world/2.html', "<p>(People's Daily Online)</p>");
    expect(a.agency).toEqual([]);
  });

  it('an agency on the same line is still its credit', async () => {
    expect((await on('https://news.example/world/3.html', '<p>Source(s): Xinhua</p>')).agency).toEqual(['Xinhua']);
  });

  it("is the site's own credit on the outlet's site", async () => {
    expect((await on('https://en.people.cn/n3/2024/0515/c90000-1.html', "<p>(People's Daily Online)</p>")).agency).toEqual([
      "People's Daily",
    ]);
  });
});

describe('CNA read by the site country', () => {
  const lead = (url: string) =>
    extractArticle(page({ lang: 'en', h1: 'Cabinet approves bus plan', lead: 'NICOSIA, May 15 (CNA) - ' }), url);
  it('is the Cyprus News Agency on a Cypriot site', async () => {
    expect((await lead('https://www.cna.org.cy/en/article/1')).agency).toEqual(['Cyprus News Agency']);
  });
  it("is Taiwan's CNA elsewhere", async () => {
    expect((await lead('https://news.example/world/4.html')).agency).toEqual(['CNA']);
  });
});

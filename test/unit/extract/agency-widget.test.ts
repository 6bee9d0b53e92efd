/**
 * An agency's news widget under an uncredited local story ("AP National News", its headlines and
 * "Copyright 2024 The Associated Press. All rights reserved.") is not the story's trailer: found
 * by an independent probe of hand-written US local pages (a false AP credit).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const body = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the county board met on Tuesday night and approved the new road plan after residents spoke for two hours about traffic and schools.</p>`,
).join('');

const page = (after: string): string =>
  `<html lang="en"><head><title>County approves road plan</title></head><body><h1>County approves road plan</h1><div class="story">${body}</div>${after}<footer>© 2024 The Valley News</footer></body></html>`;

describe('an agency news widget below the story', () => {
  it('credits nothing', async () => {
    const widget =
      '<div class="widget"><h3>AP National News</h3><ul><li><a href="/ap/1">Storms cut power to thousands across the Midwest</a></li><li><a href="/ap/2">Senate passes stopgap funding bill</a></li></ul><p>Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>';
    const a = await extractArticle(page(widget), 'https://www.valleynews.example/news/local/road-plan');
    expect(a.agency).toEqual([]);
  });
  it('an AP trailer right after the story still credits it', async () => {
    const a = await extractArticle(
      page('<p>Copyright 2024 The Associated Press. All rights reserved.</p>'),
      'https://www.valleynews.example/news/local/road-plan-2',
    );
    expect(a.agency).toEqual(['AP']);
  });
});

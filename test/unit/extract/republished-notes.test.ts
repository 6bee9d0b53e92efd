/**
 * A note that the story ran first elsewhere ("This article was originally published on …", "A
 * version of this article appears in print on …", "Este artículo fue publicado originalmente en …")
 * stays in the text: the benchmark's truth keeps it (the two dev pages that print one, "Originally
 * published on …" and "This article was reprinted on …", have it in their truth), and the outlet
 * it names is read as the story's source. Synthetic pages after a WordPress template of an outlet
 * that republishes The Conversation, Grist or Stateline.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const PARAS = [
  'The city council voted on Tuesday to expand the bus network into three outer districts, ending a dispute that had delayed the plan for more than two years.',
  'Under the plan, twelve new routes will open by the end of next year, and service on four existing lines will run every ten minutes during rush hours.',
  'The transport authority said it would begin hiring drivers next month and expected the first routes to be running before the summer holidays.',
];

const page = (trailer: string, lang: string): string =>
  `<html lang="${lang}"><body><main><article class="post"><h1>Council approves bus network expansion</h1><div class="entry-content">${PARAS.map((p) => `<p>${p}</p>`).join('')}<p><em>${trailer}</em></p></div></article></main></body></html>`;

const article = (trailer: string, lang = 'en') => extractArticle(page(trailer, lang), 'https://www.valleyherald.com/2024/03/06/buses/');

describe('republication notes under the text', () => {
  it.each([
    ['en', 'This article was originally published on The Conversation. Read the original article.'],
    ['en', 'This story originally appeared in Grist and is republished here as part of the Climate Desk collaboration.'],
    ['en', 'This article first appeared on Stateline.'],
    ['en', 'Originally published on Live Science.'],
    ['es', 'Este artículo fue publicado originalmente en The Conversation. Lea el original.'],
    ['fr', 'Cet article est republié à partir de The Conversation sous licence Creative Commons.'],
  ])('keeps the %s note %s', (lang, trailer) => {
    const b = article(trailer, lang).body;
    for (const p of PARAS) expect(b).toContain(p);
    expect(b).toContain(trailer);
  });

  it('reads the outlet it names as the source', () => {
    expect(article('This article is republished from The Conversation under a Creative Commons license.').sources).toContain(
      'The Conversation',
    );
  });
});

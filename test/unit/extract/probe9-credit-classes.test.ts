// Agency credits a page gives without naming the agency in a credit phrase (credits9 probe):
// Reuters' own sign-off, and JSON-LD `sourceOrganization`. Pages are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const run = (p: PageParts) => extractArticle(page(p), 'https://news.example/article/1');
const ld = (o: object): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...o })}</script>`;

describe('credits without a credit phrase', () => {
  it.each<[string, PageParts, string[]]>([
    [
      'Reuters sign-off',
      { lang: 'en', trailer: '<p>(Reporting by Jane Doe; Additional reporting by Ann Roe; Editing by John Poe)</p>' },
      ['Reuters'],
    ],
    ['"Reporting by" alone is no sign-off', { lang: 'en', trailer: '<p>(Reporting by Jane Doe)</p>' }, []],
    ['an outlet\'s "contributed reporting"', { lang: 'en', trailer: '<p>Jane Doe contributed reporting; editing by John Poe.</p>' }, []],
    [
      'JSON-LD sourceOrganization an agency',
      {
        lang: 'en',
        head: ld({ author: { '@type': 'Person', name: 'Jane Doe' }, sourceOrganization: { '@type': 'Organization', name: 'Reuters' } }),
      },
      ['Reuters'],
    ],
    [
      'JSON-LD sourceOrganization the site itself',
      {
        lang: 'en',
        head: ld({
          author: { '@type': 'Person', name: 'Jane Doe' },
          sourceOrganization: { '@type': 'NewsMediaOrganization', name: 'Example Times' },
        }),
      },
      [],
    ],
  ])('%s', async (_name, p, want) => {
    expect((await run(p)).agency).toEqual(want);
  });
});

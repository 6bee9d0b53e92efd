import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseHtml } from '../../../src/extract/dom.js';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { headElement, headParts, pageMetadata } from '../../../src/extract/page-metadata.js';

const BODY =
  '<article><p>The committee said on Tuesday that the new rules, which take effect next month, would apply to all members of the association.</p><p>Officials said the change had been discussed for two years and would be reviewed after twelve months.</p></article>';
const page = (head: string, extra = ''): string => `<html lang="en"><head>${head}</head><body>${extra}${BODY}</body></html>`;
const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('metadata order of trust', () => {
  it.each([
    [
      'JSON-LD beats <meta>',
      page(
        ld({ '@type': 'NewsArticle', datePublished: '2024-05-15T10:00:00Z' }) +
          '<meta property="article:published_time" content="2024-05-14T10:00:00Z">',
      ),
      '2024-05-15T10:00:00.000Z',
    ],
    [
      'JSON-LD inside @graph',
      page(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2024-05-15T10:00:00+02:00' }] })),
      '2024-05-15T08:00:00.000Z',
    ],
    [
      'article:published_time',
      page('<meta property="article:published_time" content="2024-05-15T10:00:00-04:00">'),
      '2024-05-15T14:00:00.000Z',
    ],
    ['parsely-pub-date', page('<meta name="parsely-pub-date" content="2024-05-15T10:00:00Z">'), '2024-05-15T10:00:00.000Z'],
    ['<time datetime>', page('', '<time datetime="2024-05-15T10:00:00Z">May 15</time>'), '2024-05-15T10:00:00.000Z'],
    [
      'a full timestamp beats a date-only one',
      page('<meta name="dc.date" content="2024-05-14"><meta name="sailthru.date" content="2024-05-15 10:00:00 +0000">'),
      '2024-05-15T10:00:00.000Z',
    ],
    [
      'JSON-LD with raw line breaks inside strings still parses',
      page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "First line.\n\nSecond\tline.", "datePublished": "04:25:06 PM IST Apr 08, 2020"}</script>',
      ),
      '2020-04-08T10:55:06.000Z',
    ],
    [
      'broken JSON-LD is ignored',
      page('<script type="application/ld+json">{oops</script><meta property="article:published_time" content="2024-05-15T10:00:00Z">'),
      '2024-05-15T10:00:00.000Z',
    ],
    ['nothing', page(''), null],
  ])('%s', (_name, html, iso) => {
    expect(extractArticle(html, 'https://example.com/a').publishedAt?.toISOString() ?? null).toBe(iso);
  });

  it('reads updatedAt apart from publishedAt, canonical URL without trackers, lead image, authors', () => {
    const a = extractArticle(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'Rules change',
          datePublished: '2024-05-15T10:00:00Z',
          dateModified: '2024-05-16T09:00:00Z',
          author: [{ '@type': 'Person', name: 'Jane Doe' }],
        }) +
          '<link rel="canonical" href="/news/rules?utm_source=tw&id=7"><meta property="og:image" content="/img/a.jpg"><meta property="og:site_name" content="Example News">',
      ),
      'https://www.example.com/news/rules?fbclid=x',
    );
    expect(a.title).toBe('Rules change');
    expect(a.updatedAt?.toISOString()).toBe('2024-05-16T09:00:00.000Z');
    expect(a.canonicalUrl).toBe('https://www.example.com/news/rules?id=7');
    expect(a.leadImage).toBe('https://www.example.com/img/a.jpg');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.site).toBe('Example News');
    expect(a.language).toBe('en');
    expect(a.extractor).toMatch(/^wirehouse\/\d+ generic$/);
  });
});

describe('declared home of a page served from an unknown host', () => {
  it('takes the site rule and zone of rel=canonical when the fetched host has none', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/html/en.people.cn-seed-putin.html'), 'utf8');
    const a = extractArticle(html, 'http://127.0.0.1:8097/pages/putin.html');
    expect(a.site).toBe("People's Daily Online");
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T03:02:00.000Z');
    expect(a.extractor).toMatch(/rule:en\.people\.cn$/);
  });

  it('keeps the fetched host when it has a rule of its own', () => {
    const html = page('<link rel="canonical" href="https://en.people.cn/n3/x.html">');
    expect(extractArticle(html, 'https://tass.com/world/1').site).toBe('TASS');
  });
});

describe('metadata elements gathered while parsing', () => {
  it('are those a walk of the parsed tree finds, in the same order (html fixtures, deep markup)', () => {
    const dir = join(import.meta.dirname, '../../fixtures/html');
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    // Past MAX_DEPTH the tree keeps nothing: neither may the parse's list.
    const deep = `<html><head><title>t</title></head><body>${'<div>'.repeat(MAX_DEPTH + 5)}<h1>cut</h1><time datetime="2024-05-15">x</time></body></html>`;
    expect(pages.length).toBeGreaterThan(10);
    for (const html of [...pages, deep]) {
      const parts = headParts();
      const doc = parseHtml(html, {}, (el) => headElement(parts, el));
      expect(pageMetadata(doc, parts)).toEqual(pageMetadata(doc));
    }
    const parts = headParts();
    parseHtml(deep, {}, (el) => headElement(parts, el));
    expect([parts.h1, parts.times]).toEqual([null, []]);
  });
});

describe('JSON-LD as CMSs write it', () => {
  const URL = 'https://news.example/a';
  const person = { '@type': 'Person', '@id': 'https://news.example/#/schema/person/1', name: 'Jane Smith' };
  const article = { '@type': 'NewsArticle', headline: 'Rules change', datePublished: '2024-05-15T10:00:00Z' };

  it('an author given by @id reference to a Person node (Yoast) is that person', () => {
    const html = page(ld({ '@graph': [person, { ...article, author: { '@id': person['@id'] } }] }));
    expect(extractArticle(html, URL).authors).toEqual(['Jane Smith']);
  });

  it('a visible byline beats the referenced author (the account that posted, on WordPress)', () => {
    const html = page(ld({ '@graph': [person, { ...article, author: { '@id': person['@id'] } }] }), '<p class="byline">By David Jeans</p>');
    expect(extractArticle(html, URL).authors).toEqual(['David Jeans']);
  });

  it('a publisher reference gives the site name, not its @id', () => {
    const org = { '@type': 'Organization', '@id': 'https://news.example/#organization', name: 'Example News' };
    const html = page(ld({ '@graph': [org, { ...article, publisher: { '@id': org['@id'] } }] }));
    expect(extractArticle(html, URL).site).toBe('Example News');
  });

  it("a WebPage's mainEntity is the article", () => {
    const html = page(ld({ '@type': 'WebPage', mainEntity: { ...article, author: { '@type': 'Person', name: 'Jane Smith' } } }));
    const a = extractArticle(html, URL);
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T10:00:00.000Z');
    expect(a.authors).toEqual(['Jane Smith']);
  });

  it('a comma before a closing bracket (invalid JSON) still parses', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-15T10:00:00Z","author":{"@type":"Person","name":"Jane Smith"},}</script>',
    );
    expect(extractArticle(html, URL).authors).toEqual(['Jane Smith']);
  });

  it.each(['Redação', 'ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ', 'Redakcja'])('a newsroom named as the author is no person: %s', (name) => {
    const html = page(ld({ ...article, author: { '@type': 'Person', name } }));
    expect(extractArticle(html, URL).authors).toEqual([]);
  });
});

describe('a one-word structured author and the visible byline', () => {
  const ldAuthor = (name: string): string =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget deal","author":[{"@type":"Person","name":"${name}"}]}</script>`;
  const body = (byline: string): string => `<h1>Budget deal</h1><div class="author-2">${byline}</div>`;

  it('gives way to the visible full name that starts with it (a CMS handle, a given name)', () => {
    expect(extractArticle(page(ldAuthor('Andhika'), body('Andhika Prasetyo')), 'https://news.example.id/a/1').authors).toEqual([
      'Andhika Prasetyo',
    ]);
  });

  it('stays when the visible byline names someone else, or is already a full name', () => {
    expect(extractArticle(page(ldAuthor('Andhika'), body('Rahmat Hidayat')), 'https://news.example.id/a/1').authors).toEqual(['Andhika']);
    expect(extractArticle(page(ldAuthor('Jane Smith'), body('Jane Smith-Jones')), 'https://news.example.id/a/1').authors).toEqual([
      'Jane Smith',
    ]);
  });
});

describe('source metas credit an agency', () => {
  it.each([
    ['<meta name="original-source" content="https://apnews.com/article/abc123">', ['AP']],
    ['<meta name="syndication-source" content="https://www.reuters.com/world/x-2024-05-15/">', ['Reuters']],
    ['<meta name="source" content="来源：新华社">', ['Xinhua']],
    ['<meta name="dc.source" content="dpa">', ['dpa']],
    // an outlet, or a URL of no agency, credits none
    ['<meta name="dc.source" content="Fox News">', []],
    ['<meta name="source" content="Stuff">', []],
    ['<meta name="dc.source" content="https://news.example.com/">', []],
    ['<meta name="source" content="https://www.peopledaily.com.cn/">', []],
  ])('%s', (head, agencies) => {
    expect(extractArticle(page(head), 'https://paper.example.com/a/b-1').agency).toEqual(agencies);
  });
});

describe('an organization as the structured author', () => {
  const org = (name: string): string =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget deal","author":{"@type":"Organization","name":"${name}"}}</script>`;
  const read = (name: string, site = 'Example Portal') =>
    extractArticle(page(`${org(name)}<meta property="og:site_name" content="${site}">`), 'https://portal.example.com/a/b-1');

  it('is no author; another outlet is the source the story comes from', () => {
    expect(read('オリコン').authors).toEqual([]);
    expect(read('オリコン').sources).toEqual(['オリコン']);
    expect(read('The Washington Post').sources).toEqual(['The Washington Post']);
  });

  it('the site itself, its publishing group, a newsroom word or an agency is no source', () => {
    expect(read('Example Portal').sources).toEqual([]);
    expect(read('FUNKE Mediengruppe').sources).toEqual([]);
    expect(read('Redaktion').sources).toEqual([]);
    expect(read('Reuters').sources).toEqual([]);
    expect(read('Reuters').agency).toEqual(['Reuters']);
  });
});

describe('a JSON-LD publisher that is not the site', () => {
  it("is the outlet beside the writer, and its source (a Washington Post story on another paper's site)", () => {
    const head = `<meta property="og:site_name" content="The Philadelphia Inquirer">${ld({ '@type': 'NewsArticle', headline: 'Budget deal', publisher: { '@type': 'Organization', name: 'Washington Post' } })}`;
    const a = extractArticle(
      page(head, '<h1>Budget deal</h1><p>by Spencer S. Hsu, The Washington Post , Posted: July 18, 2020- 4:01 PM</p>'),
      'https://www.inquirer.com/news/budget-deal-20200718.html',
    );
    expect(a.sources).toEqual(['The Washington Post']);
    expect(a.authors).toEqual(['Spencer S. Hsu']);
  });

  it("the site's own paper is no source", () => {
    const head = `<meta property="og:site_name" content="The Philadelphia Inquirer">${ld({ '@type': 'NewsArticle', headline: 'Budget deal', publisher: { '@type': 'Organization', name: 'The Philadelphia Inquirer' } })}`;
    const a = extractArticle(
      page(head, '<h1>Budget deal</h1><p>By Jane Smith, The Philadelphia Inquirer</p>'),
      'https://www.inquirer.com/news/budget-deal-20200718.html',
    );
    expect(a.sources).toEqual([]);
  });
});

/**
 * A line that is only a publication date, printed above or below the text inside the article's
 * container ("Published May 14, 2024 at 4:00 AM CDT", "Posted 5/14/2024", "14/5/2024",
 * "الثلاثاء 14 مايو 2024"), is the page's metadata, not the story. A date range, a phone number,
 * a sentence with a date, and a date line between paragraphs (a chronicle's) stay. The headline
 * and a byline ("By Darlene Huff, Sentinel Staff Writer") printed above the text go with it; a lead
 * that starts with "By" stays.
 */
import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../../src/extract/date-line.js';
import { extractArticle } from '../../../src/extract/extract-article.js';

describe('isDateLine', () => {
  it.each([
    'Published May 14, 2024 at 4:00 AM CDT',
    'Posted 5/14/2024',
    'Updated 8:03 AM EDT, Tue May 14, 2024',
    'Updated at 1:23 p.m.',
    '14/5/2024',
    'Tue 14 May 2024 07.00 BST',
    '14. Mai 2024, 09:30 Uhr',
    'Veröffentlicht am 14.05.2024',
    'Publié le 14 mai 2024 à 11h27',
    'الثلاثاء 14 مايو 2024',
    '2024年5月14日 18時30分',
    'Posted Sun 12 May 2026 at 9:12am',
    '2026-05-15 10:21来源：城市日报',
    '12 May 2026 Quelle: dpa',
    'Posted 2h ago, updated 1h ago',
    '5 days ago',
    'vor 3 Stunden',
    'Aktualisiert vor 2 Std.',
    'il y a 2 heures',
    'hace 5 minutos',
  ])('a date line: %s', (line) => expect(isDateLine(line)).toBe(true));

  it.each([
    '29 November 2018 | 20 January 2019',
    '02-751-1500',
    '2024',
    '1 of 6',
    'In May 2024, the council met.',
    'The team won 3 of 12.',
    'Published by the city in May 2024 as a report on housing',
    'Source: Reuters',
    'He arrived 2 days ago',
    'Posted 2h ago, updated 1h ago, and more',
    '3 days ago, the council met',
  ])('not a date line: %s', (line) => expect(isDateLine(line)).toBe(false));
});

describe('date lines around the text', () => {
  const PARAS = [
    'The city has lowered the weight limit on the Mill Street bridge to 10 tons after a routine inspection found corrosion on several of its steel beams.',
    'The change means that fire engines, school buses and most delivery trucks will have to detour over the Highway 3 bridge, about a mile south.',
  ];
  it('drops a date line above and below the text, and keeps one between paragraphs', () => {
    const html = `<html lang="en"><body><main><div class="ArticlePage-mainContent"><h1>Weight limit lowered on Mill Street bridge</h1><div class="ArticlePage-datePublished">Published May 14, 2024 at 4:00 AM CDT</div><div class="RichTextBody"><p>${PARAS[0]}</p><p>May 13, 2024</p><p>${PARAS[1]}</p></div><div class="ArticlePage-dateModified">Updated May 15, 2024</div></div></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.org/news/bridge').body.split('\n\n')).toEqual([PARAS[0], 'May 13, 2024', PARAS[1]]);
  });
});

describe('header lines above the text', () => {
  const PARAS = [
    'The Harlan County Fair Board voted Monday evening to move this year’s fair from the last week of July to the second week of August, citing the heat.',
    'Board chairman Gene Mattox said the change was requested by 4-H leaders and livestock exhibitors, who worried about the health of their animals.',
  ];
  it('drops the headline, a byline and a date line printed in the text block', () => {
    const html = `<html><head><title>County fair moved to August to escape the heat</title></head><body><table><tr><td><div class="story"><font size="5"><b>County fair moved to August to escape the heat</b></font><br><font size="2">By Darlene Huff, Sentinel Staff Writer<br>Posted 5/14/2024</font><br><br><div>${PARAS.join('<br><br>')}</div></div></td></tr></table></body></html>`;
    expect(extractArticle(html, 'http://www.example.com/news.php?id=20417').body.split('\n\n')).toEqual(PARAS);
  });

  it.each(['By Rob HaleScience correspondent', 'By Rob Hale, Science correspondent', 'By Ana Ruiz Senior reporter'])(
    'drops a byline with the role after the name: %s',
    (byline) => {
      const html = `<html lang="en"><body><main><article><h1>County fair moved to August</h1><div class="story"><div class="ssrcss-68pt20-Text-TextContributorName"><span>${byline}</span></div><p>${PARAS[0]}</p><p>${PARAS[1]}</p></div></article></main></body></html>`;
      expect(extractArticle(html, 'https://www.example.com/news/fair').body.split('\n\n')).toEqual(PARAS);
    },
  );

  it.each(['By Tuesday, the river had crested.', 'By Tuesday the river had crested at 31 feet'])(
    'keeps a lead that starts with "By": %s',
    (lead) => {
      const html = `<html lang="en"><body><main><div class="post-content"><p>${lead}</p><p>${PARAS[0]}</p><p>${PARAS[1]}</p></div></main></body></html>`;
      expect(extractArticle(html, 'https://www.example.com/news/river').body.startsWith(lead)).toBe(true);
    },
  );
});

/**
 * A data table in the story is read a row per line ("5 Clara Ruiz ESP 2:22:37"): read a cell per
 * line, a cell holding only a kick-off time ("12:30") was dropped as a live-blog time stamp, and a
 * last cell holding a finishing time as a date line under the text. A layout table's cell that
 * holds blocks still breaks at them. Tables after sports results and election pages.
 */
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../../src/extract/block-text.js';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { parseHtml } from '../../../src/extract/dom.js';

const LEAD =
  'Amina Yusuf of Kenya won the women’s race at the city marathon on Sunday, pulling away from Lotte Berg in the last two kilometres to win in a course record.';
const table = (rows: string[][]): string =>
  `<table><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const page = (after: string): string =>
  `<html lang="en"><body><main><article><h1>Yusuf sets course record</h1><div class="story-body"><p>${LEAD}</p>${after}</div></article></main></body></html>`;

describe('table rows', () => {
  it.each([
    [
      'finishing times, the last row last',
      [
        ['1', 'Amina Yusuf', 'KEN', '2:19:44'],
        ['2', 'Clara Ruiz', 'ESP', '2:22:37'],
      ],
    ],
    [
      'kick-off times in the first column',
      [
        ['12:30', 'Eastfield', '0-0', 'Harbour City'],
        ['15:00', 'Valverde', '3-1', 'Northport'],
      ],
    ],
  ])('keeps every cell of a results table with %s', (_name, rows) => {
    const body = extractArticle(page(table(rows)), 'https://www.example.com/results/1').body;
    expect(body.split('\n\n')).toEqual([LEAD, ...rows.map((r) => r.join(' '))]);
  });

  it('breaks a layout cell at its blocks', () => {
    const doc = parseHtml('<table><tr><td>Home<br>News</td><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>');
    expect(blockTexts(doc.children)).toEqual(['Home', 'News', 'First paragraph.', 'Second paragraph.']);
  });
});

// Golden pages: every test/fixtures/html/<site>-<case>.html with its .expected.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

interface Expected {
  url: string;
  title?: string;
  body: string;
  agency: string[];
  datelinePlace: string | null;
  editors: string[];
  publishedAt: string | null;
  site: string | null;
  language: string | null;
}

const DIR = join(import.meta.dirname, '../../fixtures/html');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

describe('golden pages', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (file) => {
    const exp = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
    const a = extractArticle(readFileSync(join(DIR, file), 'utf8'), exp.url);
    expect(a.body).toBe(exp.body);
    if (exp.title !== undefined) expect(a.title).toBe(exp.title);
    expect(a.agency).toEqual(exp.agency);
    expect(a.dateline?.place ?? null).toBe(exp.datelinePlace);
    expect(a.editors).toEqual(exp.editors);
    expect(a.publishedAt?.toISOString() ?? null).toBe(exp.publishedAt);
    expect(a.site).toBe(exp.site);
    expect(a.language).toBe(exp.language);
  });
});

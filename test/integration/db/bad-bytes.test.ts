/** Text Postgres refuses is cleaned at the store boundary; import lines are typed and size-capped. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonParam, storeString, storeValue } from '../../../src/db/store-text.js';
import { readLines } from '../../../src/import/read-lines.js';
import { toImportRecord } from '../../../src/normalize/article-from-record.js';

describe('storeString', () => {
  it.each([
    ['plain', 'plain'],
    ['a\u0000b', 'ab'],
    ['\u0000\u0000', ''],
    ['lone \uD800 high', 'lone \uFFFD high'],
    ['lone \uDC00 low', 'lone \uFFFD low'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
    ['tab\tand newline\n kept', 'tab\tand newline\n kept'],
  ])('%j -> %j', (input, out) => {
    expect(storeString(input)).toBe(out);
  });

  it('cleans inside arrays and plain objects, leaves Dates and Buffers alone', () => {
    const d = new Date(0);
    const b = Buffer.from([0, 1]);
    expect(storeValue({ 'k\u0000': ['x\u0000y', 1, null], d, b })).toEqual({ k: ['xy', 1, null], d, b });
    expect(jsonParam({ a: 'x\u0000' })).toBe('{"a":"x"}');
  });
});

async function lines(text: string | Buffer[], max: number) {
  const out = [];
  for await (const l of readLines(Readable.from(Array.isArray(text) ? text : [Buffer.from(text)]), max)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits lines across chunks, strips \\r, reports over-long lines by size and goes on', async () => {
    expect(await lines([Buffer.from('ab'), Buffer.from('c\r\nde'), Buffer.from('f\n')], 10)).toEqual([
      { line: 1, text: 'abc' },
      { line: 2, text: 'def' },
    ]);
    expect(await lines(`short\n${'x'.repeat(50)}\nnext`, 10)).toEqual([
      { line: 1, text: 'short' },
      { line: 2, tooLong: 50 },
      { line: 3, text: 'next' },
    ]);
  });
});

describe('toImportRecord', () => {
  const ok = { id: 1, url: 'https://a.example/x', body: 'text' };
  it('accepts a well-typed record', () => {
    expect(toImportRecord({ ...ok, title: 't', site: null, lang: 'en', published: '2026-01-01' })).toMatchObject(ok);
  });
  it.each([
    [null, /not a JSON object/],
    [[1, 2], /not a JSON object/],
    [{ ...ok, title: 42 }, /title must be a string/],
    [{ ...ok, site: {} }, /site must be a string/],
    [{ ...ok, published: 1700000000 }, /published must be a string/],
    [{ ...ok, id: { a: 1 } }, /id must be a string or number/],
    [{ ...ok, url: 'ftp://x' }, /no http\(s\) url/],
    [{ ...ok, url: 'https://exa mple.com/%' }, /invalid url/],
    [{ ...ok, body: ['x'] }, /has no body/],
  ])('rejects %j', (rec, re) => {
    expect(() => toImportRecord(rec)).toThrow(re);
  });
});

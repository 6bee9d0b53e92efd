/**
 * The e2e bench's wire beyond the dev pages: base pages past the dev count come round again as
 * letter-substituted editions, which must read as other stories (other words, same lengths) while
 * keeping markup, structured data and the four versions of each base page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../bench/e2e/corpus.js';

const para = (s: string) => `<p>${s} The council said the harbour works would resume on Monday after the storm had passed the coast.</p>`;
const page = (id: string) =>
  `<html><head><title>Harbour ${id}</title><meta property="og:description" content="Harbour works &amp; repairs resume"><meta name="robots" content="index, follow"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ${id}","articleBody":"Caf\\u00e9 \\"owner\\" said"}</script></head>` +
  `<body><h1>Harbour ${id}</h1>${para('One.')}${para('Two.')}${para('Three.')}${para('Four.')}${para('Five.')}</body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wh-e2e-corpus-'));
  mkdirSync(join(dir, 'metadata-dev', 'pages'), { recursive: true });
  for (const id of ['a', 'b']) writeFileSync(join(dir, 'metadata-dev', 'pages', `${id}.html`), page(id));
  // A page whose article is only in a framework's state: substitution cannot reach it, so it has no editions.
  writeFileSync(
    join(dir, 'metadata-dev', 'pages', 'c.html'),
    `<html><body><div id="app"></div><script>window.__STATE__={"body":"${para('x')}"}</script></body></html>`,
  );
  writeFileSync(
    join(dir, 'metadata-dev', 'truth.jsonl'),
    ['a', 'b', 'c'].map((id) => JSON.stringify({ id, publishedAt: null })).join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = (p: { gzip: Buffer }) => gunzipSync(p.gzip).toString('utf8');
const words = (h: string) => new Set((h.match(/<p>[^<]*<\/p>/g) ?? []).join(' ').match(/\p{L}+/gu) ?? []);

describe('e2e corpus editions', () => {
  it('serves dev pages as they are up to their count, and substituted editions beyond it', () => {
    const corpus = buildCorpus(dir, 6, 8080);
    expect(corpus.pages).toHaveLength(24);
    const originals = corpus.pages.filter((p) => p.version === 'original');
    // Bases 0-2 are the dev pages; 3 and 4 the first edition of a and b (c has none), 5 the second of a.
    expect(html(originals[0]!)).toContain('the harbour works would resume');
    expect(html(originals[4]!)).not.toContain('__STATE__');
    expect(html(originals[2]!)).toContain('__STATE__');
    const a0 = html(originals[0]!),
      a1 = html(originals[3]!),
      a2 = html(originals[5]!);
    for (const other of [a1, a2]) {
      expect(other).not.toContain('the harbour works would resume');
      // The same markup around other text: only letters change, one for one (the URL differs).
      expect(other.replace(/http:\/\/[^"]+/g, '').length).toBe(a0.replace(/http:\/\/[^"]+/g, '').length);
      // Structured data still parses, keeps its keys and one-word values, and its prose is substituted.
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]+)</.exec(other)![1]!) as Record<string, string>;
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld['headline']).toMatch(/^\p{L}+ \p{L}$/u);
      expect(ld['headline']).not.toBe('Harbour a');
      expect(ld['articleBody']).toMatch(/^\p{L}{3}é "\p{L}{5}" \p{L}{4}$/u);
      const shared = [...words(a0)].filter((w) => words(other).has(w));
      expect(shared.length).toBeLessThan(3);
    }
    expect(a1).not.toBe(a2);
    // A description meta tag gets the edition's letters (entities kept), other meta tags stay.
    for (const other of [a1, a2]) {
      const desc = /property="og:description" content="([^"]+)"/.exec(other)![1]!;
      expect(desc).toMatch(/^\p{L}+ \p{L}+ &amp; \p{L}+ \p{L}+$/u);
      expect(desc).not.toContain('Harbour');
      expect(other).toContain('<meta name="robots" content="index, follow">');
    }
    // An edition's own copies still share their text: the exact copy is the original under another URL.
    const copy1 = corpus.pages.find((p) => p.base === 3 && p.version === 'copy')!;
    expect(html(copy1).replace(/http:\/\/[^"]+/g, '')).toBe(a1.replace(/http:\/\/[^"]+/g, ''));
    expect(new Set(corpus.pages.filter((p) => p.base === 3).map((p) => p.host)).size).toBe(4);
  });

  it('picks dev pages evenly when fewer base pages are asked for', () => {
    const corpus = buildCorpus(dir, 1, 8080);
    expect(corpus.pages).toHaveLength(4);
    expect(html(corpus.pages[0]!)).toContain('the harbour works would resume');
  });
});

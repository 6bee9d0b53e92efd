import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { isPipelineError } from '../../../src/errors.js';
import { markupDepth } from '../../../src/extract/dom.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return isPipelineError(err) ? err.code : `untyped: ${String(err)}`;
  }
  return 'no error';
}

const para = '<p>The committee said on Tuesday that the new rules, which take effect next month, would apply to all members.</p>';

describe('bad input', () => {
  it.each([
    ['empty', '', 'no_article'],
    ['whitespace', '   \n ', 'no_article'],
    ['binary', '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00'.repeat(200), 'no_article'],
    ['over 10 MB', `<html><body>${'<p>x</p>'.repeat(1_400_000)}</body></html>`, 'too_large'],
    ['no article', '<html><body><nav><a href="/">Home</a></nav><footer>(c) 2024</footer></body></html>', 'no_article'],
  ])('%s -> %s', (_name, html, code) => {
    expect(codeOf(() => extractArticle(html, 'https://example.com/a'))).toBe(code);
  });

  it('moderately deep markup (1500 levels) gives a result, not a stack overflow', () => {
    const html = `<html><body>${'<div>'.repeat(1500)}${para.repeat(5)}${'</div>'.repeat(1500)}<article>${para.repeat(4)}</article></body></html>`;
    const a = extractArticle(html, 'https://example.com/a');
    expect(a.body).toContain('The committee said');
  });

  it.each([
    ['closed', `${'<div>'.repeat(50_000)}${para}${'</div>'.repeat(50_000)}`],
    ['unclosed', '<div><span>x</span>'.repeat(200_000)],
  ])('pathologically deep markup (%s) is refused as too_large before parsing', (_name, inner) => {
    expect(codeOf(() => extractArticle(`<html><body>${inner}</body></html>`, 'https://example.com/a'))).toBe('too_large');
  });
});

describe('the time cap holds while parsing', () => {
  // <td> and <p> are closed implicitly only when the other is not on top, so here neither is, and
  // markupDepth (which counts neither) sees depth 2 while htmlparser2's open-element stack grows
  // with every tag: O(N^2), ~10 s for this page unchecked.
  it('markup that parses in quadratic time is stopped at the cap, not after the parse', () => {
    const html = `<html><body>${'<td><p>'.repeat(120_000)}</body></html>`;
    expect(markupDepth(html, 2000)).toBeLessThan(2000);
    const t0 = performance.now();
    const code = codeOf(() => extractArticle(html, 'https://example.com/a', { timeCapMs: 100 }));
    const ms = performance.now() - t0;
    expect(code).toBe('too_large');
    // 20x the cap: a loaded machine is slower, not 20x slower; the unchecked parse takes seconds.
    expect(ms).toBeLessThan(2000);
  });
});

describe('markupDepth', () => {
  it.each([
    ['<div><p>a<p>b<br><img src=x></div>', 1],
    ['<div><div><span>x</span></div></div>', 3],
    ['<script>"<div><div><div>"</script><div></div>', 1],
    ['<SCRIPT>x</SCRIPT><div><div></div></div>', 2],
    ['<script>unterminated <div><div>', 2],
    ['<!-- <div><div> --><b>x</b>', 1],
    // A close tag closes the latest open element of its name and all opened after it, and one
    // that matches nothing open is ignored, as htmlparser2 does.
    ['<div></span><div></span><div></span>', 3],
    ['<div><b><i></div></i><div></div>', 3],
    ['<section><div><span></div><div></div></section>', 3],
  ])('%s -> %i', (html, depth) => expect(markupDepth(html, 1e9)).toBe(depth));

  it('stray close tags do not hide deep nesting: refused before parsing', () => {
    const t0 = performance.now();
    expect(codeOf(() => extractArticle(`<html><body>${'<div></span>'.repeat(120_000)}</body></html>`, 'https://example.com/a'))).toBe(
      'too_large',
    );
    // Refused by the scan, not at the 5 s cap: the parse alone takes ~10 s.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

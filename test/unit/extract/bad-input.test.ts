import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { isPipelineError } from '../../../src/errors.js';
import { parseHtml } from '../../../src/extract/dom.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return isPipelineError(err) ? err.code : `untyped: ${String(err)}`;
  }
  return 'no error';
}

/** The typed error's code and message, as `code: message`. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return isPipelineError(err) ? `${err.code}: ${err.message}` : `untyped: ${String(err)}`;
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

  // Refused as the parser's open-element stack passes MAX_MARKUP_DEPTH, before the O(N^2) part of
  // the parse: fast, where the unchecked parse takes seconds to minutes.
  it.each([
    ['closed', `${'<div>'.repeat(50_000)}${para}${'</div>'.repeat(50_000)}`],
    ['unclosed', '<div><span>x</span>'.repeat(200_000)],
    // Stray close tags are ignored by htmlparser2 and leave every <div> open.
    ['stray close tags', '<div></span>'.repeat(120_000)],
    // <td> and <p> are closed implicitly only when the other is not on top: here neither is.
    ['implicitly closed tags that nest', '<td><p>'.repeat(120_000)],
  ])('pathologically deep markup (%s) is refused as too_large while parsing, fast', (_name, inner) => {
    const t0 = performance.now();
    expect(codeOf(() => extractArticle(`<html><body>${inner}</body></html>`, 'https://example.com/a'))).toBe('too_large');
    // A loaded machine is slower, not 20x slower: refused after ~2000 tags, not at the 5 s cap.
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('deep markup in a JSON-LD articleBody (the client-rendered fallback) is refused as fast', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: `<p>Lead.</p>${'<div>'.repeat(100_000)}` });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><p>Shell.</p></body></html>`;
    const t0 = performance.now();
    expect(codeOf(() => extractArticle(html, 'https://example.com/a'))).toBe('too_large');
    // Unguarded, the fallback's parse of the fragment took ~25 s.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('close tags that search a deep stack', () => {
  it('a million stray close tags under the depth limit are refused as too_large, fast', () => {
    const html = `<html><body>${'<div>'.repeat(1990)}${'</span>'.repeat(1_000_000)}</body></html>`;
    const t0 = performance.now();
    expect(messageOf(() => extractArticle(html, 'https://example.com/a'))).toMatch(/^too_large: .*close tags matching no open element/);
    // ~0.3 s of searching before the refusal; unchecked, ~5 s (the default time cap).
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('tag soup that leaves 1500 elements open around 20k paragraphs still parses', () => {
    // Each </p> may search 1500 open <font>s: ~30 million slots in all, under the limit. (The
    // paragraphs sit past the tree's depth cut, so the article is the one before them.)
    const html = `<html><body><article>${para.repeat(4)}</article>${'<font>'.repeat(1500)}${'<p>x</p>'.repeat(20_000)}</body></html>`;
    expect(extractArticle(html, 'https://example.com/a').body).toContain('The committee said');
  });
});

describe('the time cap holds while parsing', () => {
  // Under the depth limit, each stray close tag still searches the ~2000 open elements: ~5 s for
  // this page unchecked; MAX_CLOSE_SEARCH refuses it after 128M slots, 0.08-0.3 s depending on the
  // machine (a 100 ms cap raced that limit on a fast one). A 10 ms cap is checked every 1024 tags
  // (~2M slots, ~1-4 ms), so it stops the parse well before the search limit on any machine.
  it('markup that parses in O(N x depth) time is stopped at the cap, not after the parse', () => {
    const html = `<html><body>${'<div>'.repeat(1990)}${'</span>'.repeat(1_000_000)}</body></html>`;
    const t0 = performance.now();
    const message = messageOf(() => extractArticle(html, 'https://example.com/a', { timeCapMs: 10 }));
    const ms = performance.now() - t0;
    expect(message).toMatch(/^too_large: .*budget/);
    // 20x the cap: a loaded machine is slower, not 20x slower; the unchecked parse takes seconds.
    expect(ms).toBeLessThan(2000);
  });
});

describe('the depth limit', () => {
  /** The deepest open-element stack of the parse: the least maxDepth it passes. */
  const depthOf = (html: string): number => {
    for (let d = 0; ; d++) {
      try {
        parseHtml(html, {
          maxDepth: d,
          tooDeep: () => {
            throw new Error('deep');
          },
        });
        return d;
      } catch {
        // deeper than d
      }
    }
  };

  it.each([
    ['<div><p>a<p>b<br><img src=x></div>', 2],
    ['<div><div><span>x</span></div></div>', 3],
    ['<script>"<div><div><div>"</script><div></div>', 1],
    ['<SCRIPT>x</SCRIPT><div><div></div></div>', 2],
    ['<!-- <div><div> --><b>x</b>', 1],
    ['<p>a<p>b<p>c', 1],
    ['<li>a<li>b', 1],
    // A stray </p> opens and closes a <p>.
    ['</p></p>', 1],
    // A close tag closes the latest open element of its name and all opened after it, and one
    // that matches nothing open is ignored.
    ['<div></span><div></span><div></span>', 3],
    ['<div><b><i></div></i><div></div>', 3],
    ['<section><div><span></div><div></div></section>', 3],
    ['<td><p><td><p>', 4],
    ['<DIV><Div><div><SECTION><section>x', 5],
    ['<h1-x><my-element><My-Element></MY-ELEMENT>', 3],
  ])('%s -> %i', (html, depth) => expect(depthOf(html)).toBe(depth));

  it('refuses nothing without tooDeep, and ordinary deep markup within the limit', () => {
    expect(() => parseHtml('<div>'.repeat(3000))).not.toThrow();
    // (Its text sits below MAX_DEPTH, so the tree holds none: refused, but not as too_large.)
    const deep = `<html><body>${'<div>'.repeat(1990)}${para}</body></html>`;
    expect(codeOf(() => extractArticle(deep, 'https://example.com/a'))).toBe('no_article');
  });
});

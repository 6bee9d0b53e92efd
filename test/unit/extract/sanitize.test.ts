import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const P = 'The committee said on Tuesday that the new rules, which take effect next month, would apply to all members.';

describe('article html allowlist', () => {
  const html = `<html><body><article>
    <p onclick="steal()" style="color:red" class="x">${P} <a href="javascript:alert(1)">bad link</a> <a href="/rules" onmouseover="x()">good link</a></p>
    <script>alert(1)</script><iframe src="https://ads.example"></iframe>
    <p>${P} <img src="x" onerror="alert(1)"> <em>emphasis</em> &lt;script&gt;</p>
    <h1>Heading</h1><p>${P}</p></article></body></html>`;
  const out = extractArticle(html, 'https://example.com/news/a').html;

  it.each([
    ['no script element', /<script/i],
    ['no event handlers', /\son\w+=/i],
    ['no style or class attributes', /\s(style|class)=/i],
    ['no javascript: URLs', /javascript:/i],
    ['no iframes or images', /<(iframe|img)/i],
  ])('%s', (_name, bad) => expect(out).not.toMatch(bad));

  it('keeps structure, safe links (absolute) and escaped text', () => {
    expect(out).toContain('<a href="https://example.com/rules">good link</a>');
    expect(out).toContain('<em>emphasis</em>');
    expect(out).toContain('&lt;script&gt;');
    expect(out).toMatch(/^<p>/);
  });
});

/**
 * Blocks the page hides (the `hidden` attribute, aria-hidden, display:none, a blur filter) are not article
 * text. The parser drops attributes the extractor never reads (dom.ts READ_ATTRIBUTES): these
 * are read, so they must survive the parse.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const ARTICLE =
  '<p>Der Stadtrat hat am Donnerstag den Haushalt für das kommende Jahr beschlossen, nachdem die Debatte mehr als sechs Stunden gedauert hatte.</p><p>Die Opposition kritisierte die Pläne als unsolide und kündigte an, die Zahlen im Frühjahr erneut prüfen zu lassen.</p>';
const HIDDEN_TEXT = 'Verborgener Absatz mit einem Entwurf, der nie auf der Seite erscheint und deshalb nicht zum Artikel gehört.';

describe('hidden blocks', () => {
  it.each([
    ['the hidden attribute', `<div hidden><p>${HIDDEN_TEXT}</p></div>`],
    ['aria-hidden', `<div aria-hidden="true"><p>${HIDDEN_TEXT}</p></div>`],
    ['display:none with other attributes around it', `<div data-x="1" style="display: none" data-y="2"><p>${HIDDEN_TEXT}</p></div>`],
    // Paywalls print scrambled filler under a blur filter where the locked text would be.
    ['a blur filter', `<div style="filter: blur(4px)"><p>${HIDDEN_TEXT}</p></div>`],
    ['a prefixed blur filter on a paragraph', `<p class="locked" style="-webkit-filter:blur(3px)">${HIDDEN_TEXT}</p>`],
  ])('%s', (_name, hidden) => {
    const html = `<html lang="de"><body><h1>Stadtrat beschließt Haushalt</h1><div class="text" data-track="a&amp;b">${ARTICLE}${hidden}</div></body></html>`;
    const a = extractArticle(html, 'https://www.example.de/politik/1');
    expect(a.body).toContain('Der Stadtrat hat');
    expect(a.body).not.toContain('Verborgener');
    // Without the block's hiding attribute the text is part of the article.
    const shown = extractArticle(
      html.replace(/ hidden>| aria-hidden="true"| style="display: none"| style="(-webkit-)?filter: ?blur\(\dpx\)"/, '>'),
      'https://www.example.de/politik/1',
    );
    expect(shown.body).toContain('Verborgener');
  });

  it('keeps a block with a backdrop blur (it blurs what is behind the block)', () => {
    const html = `<html lang="de"><body><h1>Stadtrat beschließt Haushalt</h1><div class="text" style="backdrop-filter: blur(8px)">${ARTICLE}</div></body></html>`;
    expect(extractArticle(html, 'https://www.example.de/politik/2').body).toContain('Der Stadtrat hat');
  });
});

/**
 * A "read also" heading in the middle of the text (`Lee también`, `Leia também`, `Related:`) opens
 * one or two links, and the story goes on after them: only the teasers go. At the container's end
 * (or before teaser cards, however long their summaries) everything after the heading still goes.
 * Synthetic pages after Spanish, Brazilian and British CMS templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const BEFORE =
  '<p>The regional parliament approved the new housing law on Tuesday after a debate that lasted more than nine hours.</p><p>The law caps rents in areas the government declares under pressure.</p>';
const AFTER =
  '<p>Landlords’ associations said they would challenge the law in the constitutional court within weeks.</p><p>The caps take effect in March.</p>';

const page = (middle: string, after = AFTER): string =>
  `<html lang="en"><body><article><h1>Parliament passes housing law</h1><div class="article-body">${BEFORE}${middle}${after}</div></article></body></html>`;

describe('a read-also heading inside the text', () => {
  it.each([
    ['a bold label and a linked line', '<p><strong>Lee también</strong></p><p><a href="/x">Qué cambia con la ley</a></p>'],
    [
      'a subheading and a list of links',
      '<h3>Leia também</h3><ul><li><a href="/1">Veja quem paga menos</a></li><li><a href="/2">Simulador do aluguel</a></li></ul>',
    ],
    ['a label with a colon', '<p><strong>Related:</strong></p><p><a href="/1">What the law means for tenants</a></p>'],
  ])('keeps the text after %s', (_name, middle) => {
    const a = extractArticle(page(middle), 'https://www.example.org/news/housing-law');
    expect(a.body).toContain('nine hours.');
    expect(a.body).toContain('constitutional court');
    expect(a.body).toContain('The caps take effect in March.');
    expect(a.body).not.toMatch(/Lee también|Leia também|Related|What the law|Qué cambia|Simulador/);
  });

  it.each([
    [
      'teaser cards with summaries',
      '<h3>Related stories</h3>',
      '<div class="card"><h4><a href="/a">Rents rise fastest in a decade</a></h4><p>Figures published on Monday show rents rose 9% in the capital over the year.</p></div><div class="card"><h4><a href="/b">Tenants’ union plans march</a></h4><p>The union expects thousands of people to join the march through the city centre on Saturday.</p></div>',
      'rents rose 9%',
    ],
    [
      'linked teaser titles over their summaries',
      '<h3>More on this</h3>',
      '<h4><a href="/a">Rents rise fastest in a decade</a></h4><p>Figures published on Monday show rents rose 9% in the capital over the year.</p><h4><a href="/b">Tenants’ union plans march</a></h4><p>The union expects thousands of people to join the march through the city centre.</p>',
      'rents rose 9%',
    ],
    [
      'linked lines only',
      '<h2>Mehr zum Thema</h2>',
      '<p><a href="/a">Mietpreisbremse: Was sich ändert</a></p><p><a href="/b">Kritik am Entwurf wächst</a></p>',
      'Mietpreisbremse',
    ],
  ])('drops everything after the heading before %s', (_name, heading, after, absent) => {
    const a = extractArticle(page(heading, after), 'https://www.example.org/news/housing-law');
    expect(a.body).toContain('under pressure.');
    expect(a.body).not.toContain(absent);
  });
});

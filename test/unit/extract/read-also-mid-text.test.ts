/**
 * A "read also" heading in the middle of the text (`Lee también`, `Leia também`, `Related:`) opens
 * one or two links, and the story goes on after them: only the teasers go. At the container's end
 * (or before teaser cards, however long their summaries) everything after the heading still goes.
 * Synthetic pages after Spanish, Brazilian, British, French, Polish, Arabic, Persian and Chinese CMS
 * templates.
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
    [
      'a French label without its accent',
      '<p><strong>A lire aussi</strong></p><p><a href="/1">Loi logement : ce que contient le texte</a></p>',
    ],
    ['a Polish label', '<p><strong>Czytaj także:</strong></p><p><a href="/1">Ile zapłacisz za najem?</a></p>'],
    ['an Arabic heading', '<h3>اقرأ أيضاً</h3><ul><li><a href="/a">ارتفاع الإيجارات في العاصمة</a></li></ul>'],
    ['a Persian label', '<p><strong>بیشتر بخوانید:</strong> <a href="/x">واکنش مستاجران به قانون</a></p>'],
  ])('keeps the text after %s', (_name, middle) => {
    const a = extractArticle(page(middle), 'https://www.example.org/news/housing-law');
    expect(a.body).toContain('nine hours.');
    expect(a.body).toContain('constitutional court');
    expect(a.body).toContain('The caps take effect in March.');
    expect(a.body).not.toMatch(
      /Lee también|Leia também|Related|What the law|Qué cambia|Simulador|lire aussi|Loi logement|Czytaj|Ile zapłacisz|اقرأ|الإيجارات|بیشتر|مستاجران/,
    );
  });

  it('keeps Chinese text after 延伸阅读 (short paragraphs)', () => {
    const html = `<html lang="zh"><body><div class="article"><h1>新能源汽车购置税减免延续</h1><div class="article-content"><p>国务院常务会议3日决定，延续实施新能源汽车车辆购置税减免政策。</p><p>会议指出，要进一步扩大汽车消费。</p><h3>延伸阅读</h3><ul><li><a href="/a">11月新能源汽车销量同比增长40%</a></li></ul><p>据测算，政策延续后预计每年减免税额超过千亿元。</p><p>财政部将会同有关部门抓紧制定具体实施办法。</p></div></div></body></html>`;
    const body = extractArticle(html, 'https://www.example.cn/politics/20261203/a.html').body;
    expect(body).toContain('财政部将会同有关部门抓紧制定具体实施办法。');
    expect(body).not.toContain('销量同比');
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

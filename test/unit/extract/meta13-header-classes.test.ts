/**
 * Header classes from a probe of hand-written CMS templates (meta13): a byline box listing its
 * writers' links with nothing between them, a Japanese outlet's name after a colon in the title,
 * a relative update time after the publication's date, and a zone-less time on a `.com.co` site.
 * Each with near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { stripSiteName } from '../../../src/extract/pick-title.js';
import { visibleDate, type LineContext } from '../../../src/extract/visible-dates.js';

const PARAS = [
  'El ayuntamiento aprobó este martes un nuevo presupuesto que aumenta el gasto en transporte público y en la reparación de calles del distrito.',
  'Según los responsables municipales, el plan se financiará en parte con una nueva tasa de aparcamiento y en parte con ahorros en la administración.',
  'La oposición criticó la propuesta y afirmó que los vecinos de los barrios periféricos apenas notarán las mejoras prometidas.',
  'El presupuesto pasa ahora al gobierno regional para una revisión final antes de entrar en vigor el próximo año.',
];

function page(header: string, head = ''): string {
  const body = PARAS.map((p) => `<p>${p}</p>`).join('');
  return `<html lang="es"><head><title>El ayuntamiento aprueba el presupuesto</title>${head}</head><body><article><h1>El ayuntamiento aprueba el presupuesto</h1>${header}<div class="article-body">${body}</div></article></body></html>`;
}

describe('author links with nothing between them', () => {
  it('reads each link as a writer', () => {
    const a = extractArticle(
      page('<div class="authors"><a href="/autor/laura-gomez/">Laura Gómez</a><a href="/autor/pedro-ruiz/">Pedro Ruiz</a></div>'),
      'https://www.diario.es/x.html',
    );
    expect([...a.authors].sort()).toEqual(['Laura Gómez', 'Pedro Ruiz']);
  });

  it('three links in spans, absolute URLs', () => {
    const a = extractArticle(
      page(
        '<div class="byline"><span><a href="https://www.diario.es/firmas/ana-diaz">Ana Díaz</a></span><span><a href="https://www.diario.es/firmas/luis-vera">Luis Vera</a></span><span><a href="https://www.diario.es/firmas/eva-sanz">Eva Sanz</a></span></div>',
      ),
      'https://www.diario.es/x.html',
    );
    expect([...a.authors].sort()).toEqual(['Ana Díaz', 'Eva Sanz', 'Luis Vera']);
  });

  it('near-miss: a writer and a profile link elsewhere stay as before (no second writer invented)', () => {
    const a = extractArticle(
      page(
        '<div class="author"><a href="/autor/laura-gomez/">Laura Gómez</a> <a href="https://social.example/lauragomez">Twitter</a></div>',
      ),
      'https://www.diario.es/x.html',
    );
    expect(a.authors).not.toContain('Twitter');
  });

  it('near-miss: links joined by "y" read as before', () => {
    const a = extractArticle(
      page('<div class="byline">Por <a href="/autor/laura-gomez/">Laura Gómez</a> y <a href="/autor/pedro-ruiz/">Pedro Ruiz</a></div>'),
      'https://www.diario.es/x.html',
    );
    expect([...a.authors].sort()).toEqual(['Laura Gómez', 'Pedro Ruiz']);
  });
});

describe("a Japanese outlet's name after a colon", () => {
  it.each([
    ['市議会、新予算案を可決：朝日新聞デジタル', '市議会、新予算案を可決'],
    ['市議会、新予算案を可決 : 読売新聞オンライン', '市議会、新予算案を可決'],
    ['市議会、新予算案を可決：日経電子版', '市議会、新予算案を可決'],
  ])('%s', (title, want) => {
    expect(stripSiteName(title, [], 'www.shimbun.co.jp')).toBe(want);
  });

  it('the site name the page gives', () => {
    expect(stripSiteName('市議会、新予算案を可決：毎朝デイリー', ['毎朝デイリー'], 'www.maiasa.jp')).toBe('市議会、新予算案を可決');
  });

  it.each(['茉莉：我是怎样卷入八九民运的', '华为：5G通信', '首相：経済対策を指示', 'Minister: Budget on track', '専門家：ニュースの見方'])(
    'near-miss %s stays whole',
    (title) => {
      expect(stripSiteName(title, [], 'news.example.cn')).toBe(title);
    },
  );
});

describe('a relative update after the publication date', () => {
  const ctx = (): LineContext => ({ zone: 'America/Sao_Paulo', order: 'dmy', foreignDays: new Set(), refDay: null });

  it('the date before "Atualizado há 2 horas" is the publication', () => {
    const line = ['15/05/2024 11h02 Atualizado há 2 horas'];
    expect(visibleDate(line, ctx(), null, 'pub', true)?.info.date.toISOString()).toBe('2024-05-15T14:02:00.000Z');
    expect(visibleDate(line, ctx(), null, 'upd', true)).toBeNull();
  });

  it('near-miss: a bare label after the date still names it ("13:26更新")', () => {
    const line = ['2024-05-15 13:26更新'];
    const c: LineContext = { zone: 'Asia/Shanghai', order: null, foreignDays: new Set(), refDay: null };
    expect(visibleDate(line, c, null, 'upd', true)?.info.date.toISOString()).toBe('2024-05-15T05:26:00.000Z');
    expect(visibleDate(line, c, null, 'pub', true)).toBeNull();
  });
});

describe('a zone-less time on a Colombian site', () => {
  it('is read in Bogotá', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"El ayuntamiento aprueba el presupuesto","datePublished":"2024-05-15T11:02:00"}</script>';
    const a = extractArticle(page('', ld), 'https://www.diario.com.co/x.html');
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T16:02:00.000Z');
    expect(a.timeZoneAssumed).toBe('America/Bogota');
  });
});

describe("JSON-LD's creator when it gives no author", () => {
  it('names the writers', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"El ayuntamiento aprueba el presupuesto","creator":["Laura Gómez"]}</script>';
    expect(extractArticle(page('', ld), 'https://www.diario.es/x.html').authors).toEqual(['Laura Gómez']);
  });

  it('near-miss: the author wins over the creator', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"El ayuntamiento aprueba el presupuesto","author":{"@type":"Person","name":"Pedro Ruiz"},"creator":"Laura Gómez"}</script>';
    expect(extractArticle(page('', ld), 'https://www.diario.es/x.html').authors).toEqual(['Pedro Ruiz']);
  });
});

/**
 * The next story appended below the page's own, beyond `<article>` after `<article>` (see
 * appended-stories): like-named boxes of a stream (`<div class="noticia">` after `<div
 * class="noticia">`, each with its `<h1>`), whose scores flow up to their common wrapper; a title
 * written with typographic quotes or dashes in og:title and plain ones in the <h1>; a "next story"
 * section loaded inside the page's own <article>. Near-misses: a story split over sections under
 * subheadings, and boxes none of which is headed by the page's title. Pages after Spanish, Italian,
 * US and British templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { folded, isTitle } from '../../../src/extract/story-stream.js';

const OWN = [
  'La sequía ha reducido las reservas de agua de los embalses al treinta por ciento de su capacidad, el nivel más bajo en tres décadas.',
  'Las confederaciones hidrográficas han pedido a los ayuntamientos que reduzcan el riego de parques y jardines este verano.',
  'Los expertos advierten de que, si no llueve en otoño, algunas comarcas podrían sufrir cortes de suministro nocturnos.',
];
const NEXT = [
  'El Gobierno aprobó este martes un paquete de ayudas para los agricultores afectados por la sequía, que dura ya casi dos años.',
  'Las medidas incluyen rebajas fiscales, créditos a bajo interés y una partida específica para modernizar los sistemas de riego.',
  'Las organizaciones agrarias consideraron positivo el anuncio, aunque advirtieron de que llega tarde para muchas familias.',
  'El ministro de Agricultura aseguró que las primeras ayudas llegarán a las cuentas de los beneficiarios antes del verano.',
];
const TITLE = 'Los embalses, al 30% de su capacidad';
const ps = (xs: string[]): string => xs.map((t) => `<p>${t}</p>`).join('');
const page = (inner: string, title = TITLE): string =>
  `<html lang="es"><head><title>${title} | Diario</title><meta property="og:title" content="${title}"></head><body><nav><a href="/">Portada</a></nav>${inner}<footer><p>© Diario</p></footer></body></html>`;
const URL = 'https://www.diario.example.es/sociedad/embalses';

describe('stories in a stream of like-named boxes', () => {
  it.each([
    [
      'each box headed by its h1, the next one longer',
      `<div id="main"><div class="noticia"><h1 class="titulo">${TITLE}</h1><div class="cuerpo">${ps(OWN)}</div></div><div class="noticia"><h1 class="titulo">El Gobierno aprueba ayudas para los agricultores</h1><div class="cuerpo">${ps(NEXT)}</div></div></div>`,
    ],
    [
      'the next one first',
      `<div id="main"><div class="noticia"><h1 class="titulo">El Gobierno aprueba ayudas para los agricultores</h1><div class="cuerpo">${ps(NEXT)}</div></div><div class="noticia"><h1 class="titulo">${TITLE}</h1><div class="cuerpo">${ps(OWN)}</div></div></div>`,
    ],
    [
      'a next-story section inside the page’s article',
      `<main><article class="story"><h1>${TITLE}</h1><div class="story-body">${ps(OWN)}</div><section class="next-story"><p>Siguiente noticia</p><h2><a href="/2">El Gobierno aprueba ayudas</a></h2>${ps(NEXT)}</section></article></main>`,
    ],
  ])('takes the page’s own story: %s', (_name, inner) => {
    expect(extractArticle(page(inner), URL).body).toBe(OWN.join('\n\n'));
  });

  it('matches a title written with typographic quotes against a plain <h1>', () => {
    const title = 'Expertos: los embalses ‘no se recuperarán’ este año';
    const inner = `<div class="stream"><article class="post"><h1>Expertos: los embalses 'no se recuperarán' este año</h1><div class="entry">${ps(OWN)}</div></article><article class="post"><h1>El Gobierno aprueba ayudas para los agricultores</h1><div class="entry">${ps(NEXT)}</div></article></div>`;
    expect(extractArticle(page(inner, title), URL).body).toBe(OWN.join('\n\n'));
  });

  it('takes the box whose h1 the page’s shorter SEO title begins', () => {
    const inner = `<div class="scroll"><section class="post"><h1>${TITLE} en pleno verano</h1><div class="post-content">${ps(OWN)}</div></section><section class="post"><h1>El Gobierno aprueba ayudas para los agricultores</h1><div class="post-content">${ps(NEXT)}</div></section></div>`;
    expect(extractArticle(page(inner), URL).body).toBe(OWN.join('\n\n'));
  });

  it('keeps a page wrapper whose class names the next-story feature', () => {
    const inner = `<div class="page has-up-next"><main><article><h1>${TITLE}</h1><div class="body">${ps(OWN)}</div></article></main></div>`;
    expect(extractArticle(page(inner), URL).body).toBe(OWN.join('\n\n'));
  });

  it('keeps a story split over sections under subheadings', () => {
    const inner = `<main><article class="story"><h1>${TITLE}</h1><section class="part">${ps(OWN.slice(0, 2))}</section><section class="part"><h2>¿Qué pasará en otoño?</h2>${ps(OWN.slice(2))}</section></article></main>`;
    expect(extractArticle(page(inner), URL).body).toBe([...OWN.slice(0, 2), '¿Qué pasará en otoño?', OWN[2]].join('\n\n'));
  });

  it('keeps the best-scoring text when no box is headed by the page’s title', () => {
    const inner = `<div id="main"><div class="noticia"><h1>Sequía: la situación</h1><div class="cuerpo">${ps(OWN)}</div></div><div class="noticia"><h1>Ayudas al campo</h1><div class="cuerpo">${ps(NEXT)}</div></div></div>`;
    const body = extractArticle(page(inner, 'Un título que no está en la página'), URL).body;
    expect(body).toContain(NEXT[0]);
  });
});

describe('folded titles', () => {
  it.each([
    ['Scientists: hedges ‘beat lawns’ on carbon', "Scientists: hedges 'beat lawns' on carbon"],
    ['Merz – „Wir schaffen das nicht allein“', 'merz - "wir schaffen das nicht allein"'],
    ['Le « plan urgences » du gouvernement', 'le " plan urgences " du gouvernement'],
  ])('%s', (a, b) => {
    expect(folded(a)).toBe(folded(b));
  });

  it('reads a title of 20 characters or more that begins the headline as the headline cut short', () => {
    expect(isTitle(folded('Alluvione, due miliardi per la ricostruzione'), [folded('Alluvione, due miliardi')])).toBe(true);
    expect(isTitle(folded('Live: election night results'), [folded('Live')])).toBe(false);
  });

  it('finds a headline after a site name in the title', () => {
    expect(isTitle(folded('Council freezes bus fares'), [folded('Daily Ledger | Council freezes bus fares')])).toBe(true);
    expect(isTitle(folded('Daily Ledger'), [folded('Daily Ledger | Council freezes bus fares')])).toBe(true);
  });
});

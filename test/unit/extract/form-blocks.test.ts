/**
 * Sign-up, newsletter and consent boxes are not the article (issue 11: a Danish page's
 * newsletter form was taken as its body). Their pitch text reads like prose and can outweigh a
 * short news item. Synthetic pages after the layouts of Scandinavian and German news sites.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const DA_ARTICLE =
  '<p>Regeringen har fredag indgået en aftale med et flertal i Folketinget om en ny model for boligskatten, som træder i kraft fra næste år.</p><p>Ifølge skatteministeren vil de fleste boligejere opleve et mindre fald i skatten, mens ejere af de dyreste huse skal betale mere.</p>';
const DA_PITCH =
  '<p>Få de vigtigste nyheder direkte i din indbakke hver morgen, og vær altid opdateret på det, der sker i Danmark og resten af verden, med vores gratis nyhedsbrev.</p><p>Vores redaktion udvælger dagens historier, analyser og baggrund, så du får overblikket på fem minutter, inden du tager på arbejde, og du kan til enhver tid afmelde dig igen.</p><p>Når du tilmelder dig, accepterer du vores vilkår og privatlivspolitik, og vi behandler dine oplysninger fortroligt, som beskrevet i vores persondatapolitik på siden.</p>';
const DE_CONSENT =
  '<p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anzubieten und die Zugriffe auf unsere Website zu analysieren.</p><p>Außerdem geben wir Informationen zu Ihrer Verwendung unserer Website an unsere Partner für soziale Medien, Werbung und Analysen weiter, die diese mit weiteren Daten zusammenführen können.</p><p>Sie können Ihre Einwilligung jederzeit in den Datenschutzeinstellungen widerrufen oder anpassen, eine Übersicht aller Partner finden Sie dort ebenfalls.</p>';
const DE_ARTICLE =
  '<p>Der Stadtrat hat am Donnerstag den Haushalt für das kommende Jahr beschlossen, nachdem die Debatte mehr als sechs Stunden gedauert hatte.</p><p>Die Opposition kritisierte die Pläne als unsolide und kündigte an, die Zahlen im Frühjahr erneut prüfen zu lassen.</p>';

describe('form and consent blocks', () => {
  it.each([
    [
      'da: newsletter <form> beside a short item',
      `<html lang="da"><body><h1>Ny aftale om boligskat</h1><div class="content">${DA_ARTICLE}</div><div class="box"><form action="/tilmeld" method="post">${DA_PITCH}<input type="email" name="email"><button>Tilmeld</button></form></div></body></html>`,
      'Regeringen har fredag',
      'indbakke',
    ],
    [
      'da: block named "nyhedsbrev" without a <form>',
      `<html lang="da"><body><h1>Ny aftale om boligskat</h1><div class="content">${DA_ARTICLE}</div><section class="nyhedsbrev-signup">${DA_PITCH}</section></body></html>`,
      'Regeringen har fredag',
      'indbakke',
    ],
    [
      'de: consent dialog before the article',
      `<html lang="de"><body><div role="dialog" aria-modal="true" class="layer">${DE_CONSENT}<a href="#">Alle akzeptieren</a></div><h1>Stadtrat beschließt Haushalt</h1><div class="text">${DE_ARTICLE}</div></body></html>`,
      'Der Stadtrat hat',
      'Cookies',
    ],
  ])('%s', (_name, html, starts, absent) => {
    const a = extractArticle(html, 'https://www.example.dk/nyheder/1');
    expect(a.body.startsWith(starts)).toBe(true);
    expect(a.body).not.toContain(absent);
  });

  it('keeps an article that a whole-page ASP.NET <form> wraps', () => {
    const html = `<html lang="de"><body><form name="Form1" method="post" action="page.aspx"><input type="hidden" name="__VIEWSTATE" value="x"><input type="text" name="q"><h1>Stadtrat beschließt Haushalt</h1><div class="text">${DE_ARTICLE}${DE_ARTICLE.replace(/Stadtrat/g, 'Kreistag')}</div></form></body></html>`;
    expect(extractArticle(html, 'https://www.example.de/a/1').body).toContain('Der Stadtrat hat');
  });
});

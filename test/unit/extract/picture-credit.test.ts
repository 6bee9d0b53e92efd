/**
 * Picture credits ending a line of the text: a caption printed as a paragraph goes whole, a lead or
 * a dek the template glued the credit to stays without it. Credits as the Guardian, FAZ, dpa
 * customers, EFE, AP, Swiss papers and Chinese portals print them; near-misses are sentences about
 * photos and lines that end with a name after a colon in the story's own words.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { withoutPictureCredit } from '../../../src/extract/picture-credit.js';

const LEAD_DE =
  'Die Landesregierung will den Ausbau der Windenergie deutlich beschleunigen und dafür die Genehmigungsverfahren vereinfachen, wie der Wirtschaftsminister am Montag in der Landeshauptstadt ankündigte.';
const LEAD_EN =
  'The city council voted on Tuesday to freeze bus fares for another year, despite warnings from the transport authority that the decision would leave a hole of almost four million pounds in its budget.';

describe('withoutPictureCredit', () => {
  it.each([
    'A hawthorn hedge along a busy road in Leeds. Photograph: Christopher Furlong/Getty Images',
    'Das Deutschlandticket gilt für 49 Euro monatlich im Nah- und Regionalverkehr. Bild: Maximilian von Lachner',
    'Windräder bei Prenzlau. Foto: Patrick Pleul/dpa',
    'Imagen de archivo del embalse de Entrepeñas. EFE/Pepe Zamora',
    'Protesters gather outside parliament on Sunday. (AP Photo/Vahid Salemi)',
    'Der Bundesrat an der Medienkonferenz in Bern. (Bild: Keystone)',
    'Photo: Jane Doe/Reuters',
    '图片来源：新华社',
    '摄影：张伟',
    '사진=연합뉴스',
    '写真＝共同',
    'Passengers board a bus in the city centre on Monday. Photo: Ledger staff',
    'Conjunto habitacional em construção na zona leste. Foto: Marcelo Camargo/Agência Brasil',
    'Windräder in Brandenburg. Foto: IMAGO/Future Image',
  ])('drops a caption or credit: %s', (line) => {
    expect(withoutPictureCredit(line)).toBe('');
  });

  it.each([
    [`${LEAD_DE} Foto: dpa`, LEAD_DE],
    [`${LEAD_DE} (Bild: Keystone)`, LEAD_DE],
    [`${LEAD_EN} Photograph: Chris Ratcliffe/Bloomberg via Getty Images`, LEAD_EN],
  ])('keeps a lead without the credit glued to it', (line, lead) => {
    expect(withoutPictureCredit(line)).toBe(lead);
  });

  it.each([
    'The photo, taken by a passenger on the last bus of the night, shows the driver helping an elderly woman with her shopping.',
    'Photo: the council said it would frame the picture and hang it in the depot.',
    'The minister named her successor in a short statement: Jane Doe.',
    'Asked who took the picture, he said: Reuters.',
    'Der Fotograf sagte: Das Bild zeigt die Lage, wie sie war.',
    'Sources: Reuters/Ipsos poll of 1,000 adults, May 2026.',
  ])('keeps the story’s line: %s', (line) => {
    expect(withoutPictureCredit(line)).toBe(line);
  });
});

describe('credits in a page', () => {
  it('strips a credit glued to the lead and drops a caption paragraph', () => {
    const rest = [
      'Künftig sollen Anträge für neue Anlagen innerhalb von sechs Monaten entschieden werden, bisher dauerte das im Schnitt mehr als zwei Jahre.',
      'Naturschutzverbände kritisierten die Pläne und warnten davor, dass der Schutz bedrohter Vogelarten dabei unter die Räder geraten könnte.',
    ];
    const html = `<html lang="de"><head><title>Windkraft</title></head><body><main><article><h1>Windkraft schneller</h1><div class="article-body"><p>${LEAD_DE} Foto: Kay Nietfeld/dpa</p><img src="/a.jpg"><p>Windräder bei Prenzlau. Foto: Patrick Pleul/dpa</p>${rest.map((t) => `<p>${t}</p>`).join('')}</div></article></main></body></html>`;
    expect(extractArticle(html, 'https://www.landespost.example.de/politik/wind').body).toBe([LEAD_DE, ...rest].join('\n\n'));
  });
});

/**
 * Byline and trailer forms found missing by an independent probe (hand-written pages in the
 * layouts of ~60 outlets worldwide, not the dev pages), each as a CLASS with several outlets'
 * spellings, and the negatives each new rule could wrongly catch.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline, parseHouseDateline } from '../../../src/normalize/parse-dateline.js';

const credit = (...lines: string[]): string[] => findCredits(lines).agencies;
const REF = new Date('2024-05-15T12:00:00Z');
const LEAD = ' hat am Mittwoch in einer Ansprache vor Pilgern aus aller Welt zum Frieden aufgerufen und an die Opfer erinnert.';

describe('agency bylines with the place the agency filed from (The Guardian)', () => {
  it.each([
    ['Associated Press in Nashville', 'AP'],
    ['Reuters in Beijing', 'Reuters'],
    ['Agence France-Presse in Tokyo', 'AFP'],
    ['AFP and Reuters in Kyiv', 'AFP'],
    ['PA Media in Cardiff', 'PA'],
  ])('%s', (line, agency) => {
    expect(credit(line)).toContain(agency);
  });
  it.each(['Staff and agencies in Paris', 'Our correspondent in Beijing', 'Reuters in Beijing reported that talks had stalled'])(
    'no credit: %s',
    (line) => {
      expect(credit(line)).toEqual([]);
    },
  );
});

describe('a writer and the agency after a bar', () => {
  it.each([
    ['Kat Wong|Australian Associated Press', 'AAP'],
    ['Jane Doe | Reuters', 'Reuters'],
    ['Anna Muster | dpa', 'dpa'],
    ['By Rahul Verma | PTI', 'PTI'],
  ])('%s', (line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });
  it('a section heading before the bar is no writer', () => {
    expect(credit('World News | Reuters', 'Business Markets | Reuters')).toEqual([]);
  });
});

describe("the outlet's short name, then the agency, as a bare credit", () => {
  it.each([
    ['SPORT1/SID', ['SID']],
    ['HS–STT', ['STT']],
    ['E24-NTB', ['NTB']],
    ['Aftonbladet/TT', ['TT']],
    ['Do Estadão Conteúdo', ['Estadão Conteúdo']],
  ])('%s', (line, agencies) => {
    expect(credit(line)).toEqual(agencies);
  });
  it.each(['Foto/dpa', 'Bild/AP', 'Grafik/AFP'])('no story credit: %s', (line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('closing credits in English trailers', () => {
  it.each([
    ['With files from The Canadian Press', 'The Canadian Press'],
    ['With files from Reuters', 'Reuters'],
    ['Information from The Associated Press was used in this report.', 'AP'],
    ['Material from Reuters was used in this report.', 'Reuters'],
  ])('%s', (line, agency) => {
    expect(credit(line)).toContain(agency);
  });
  it('an agency in capitals signing off the last paragraph (The Straits Times)', () => {
    const body = ['The central bank left rates unchanged on Wednesday, as expected by most economists.'];
    expect(credit(...body, 'Core inflation eased to 3.1 per cent in April, from 3.3 per cent a month earlier. REUTERS')).toEqual([
      'Reuters',
    ]);
    expect(credit(...body, 'The ministry said more flights would be added next week. AFP, XINHUA')).toEqual(['AFP', 'Xinhua']);
  });
  it('capitals that are no agency, or a sign-off in the middle of the text, credit nothing', () => {
    expect(credit('The agency said it would respond. NASA')).toEqual([]);
    const middle = ['Rates rose. REUTERS', 'a', 'b', 'c', 'd', 'e', 'f'];
    expect(credit(...middle)).toEqual([]);
  });
});

describe("a byline box's date, then the agency; an agency's desk trailer", () => {
  it.each([
    ['15.05.2024 08:12 APA', 'APA'],
    ['15.05.2024, 18:02 dpa', 'dpa'],
    ['15.05.2024, 18:02 Uhr | SID', 'SID'],
    ['AGERPRES/(AS - autor: Ana Popescu, editor: Mihai Ionescu)', 'Agerpres'],
  ])('%s', (line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });
});

describe("KNA's and epd's credit with no dash after it", () => {
  it.each([
    [`Vatikanstadt (KNA) Papst Franziskus${LEAD}`, 'KNA', 'Vatikanstadt'],
    [`Bonn (epd) Die Bundesregierung${LEAD}`, 'epd', 'Bonn'],
  ])('%s', (line, agency, place) => {
    expect(credit(line)).toEqual([agency]);
    expect(parseDateline(line, REF)).toMatchObject({ agency, dateline: { place } });
  });
  it('a party or an abbreviation in brackets after a name is no credit', () => {
    expect(credit(`Doug Ford (PC) Leader${LEAD}`)).toEqual([]);
    expect(credit(`Angela Merkel (CDU) Die Kanzlerin${LEAD}`)).toEqual([]);
    expect(parseDateline(`Doug Ford (PC) Leader${LEAD}`, REF)).toBeNull();
  });
  it('a U+2010 hyphen after the place is a dash', () => {
    expect(parseHouseDateline(`Bonn ‐ Die Deutsche Bischofskonferenz${LEAD}`, REF, 'Bonn')?.place).toBe('Bonn');
  });
});

describe('title abbreviations and agency names are no house dateline', () => {
  it.each([
    'Gov. Ron DeSantis on Wednesday signed a $117 billion state budget, vetoing nearly $1 billion in projects.',
    'Sen. Bob Menendez on Wednesday rejected the corruption charges brought against him and his wife.',
    'Rep. Nancy Mace said on Tuesday that she would vote against the spending bill in its current form.',
    'AGI - Ad aprile la produzione industriale è cresciuta dello 0,5 per cento rispetto al mese precedente.',
  ])('%s', (text) => {
    // The story names the title again ("Gov. DeSantis"), which would otherwise confirm it as a place.
    expect(parseHouseDateline(text, REF, `${text} Gov. Sen. Rep. AGI`)).toBeNull();
  });
});

describe('byline names: places, brackets and credits are not people', () => {
  it.each([
    ['Toni Jiménez, Valencia', ['Toni Jiménez']],
    ['Von Anna Sauerbrey, Brüssel', ['Anna Sauerbrey']],
    ['Kari Nordmann (NTB)', ['Kari Nordmann']],
    ['Par Jean Dupont (avec AFP)', ['Jean Dupont']],
    ['franceinfo avec AFP', []],
    ['AFP-JIJI', []],
    ['HS–STT', []],
    ['Do Estadão Conteúdo', []],
    ['Deutsche Welle (www.dw.com)', []],
    // Two writers named in full stay two.
    ['Travis Loller, Kimberlee Kruesi', ['Travis Loller', 'Kimberlee Kruesi']],
    ['María López, Juan Pérez y Ana Ruiz', ['María López', 'Juan Pérez', 'Ana Ruiz']],
  ])('%s', (value, names) => {
    expect(cleanNames([value])).toEqual(names);
  });
  it('Korean reporters: every name before 기자 or 특파원, never a word before 기자들', () => {
    expect(cleanNames(bylineNames(['(서울=연합뉴스) 박수윤 이슬기 기자 = 정부는 15일 …']))).toEqual(['박수윤', '이슬기']);
    expect(cleanNames(bylineNames(['(워싱턴=연합뉴스) 김동현 특파원 = 미국 정부는 …']))).toEqual(['김동현']);
    expect(cleanNames(bylineNames(['[부산=스포츠조선 선수민 기자]']))).toEqual(['선수민']);
    expect(cleanNames(bylineNames(['당국자는 이날 기자들과 만나 이같이 말했다.']))).toEqual([]);
  });
});

describe('source lines inside brackets', () => {
  it('（来源：新华社） names 新华社 without the closing bracket', () => {
    const c = findCredits(['（来源：新华社）']);
    expect(c.agencies).toEqual(['Xinhua']);
    expect(c.sources).toEqual(['新华社']);
  });
});

describe('teaser boxes for other stories never credit the article', () => {
  const para = (s: string): string =>
    `<p>${s} Der Landtag hatte am Vormittag über den Antrag beraten, eine Entscheidung wird für Juni erwartet.</p>`;
  const page = (teasers: string): string =>
    `<html lang="de"><head><title>Landtag streitet über Haushalt</title></head><body><article><h1>Landtag streitet über Haushalt</h1><p class="byline">Von Anna Muster</p>${para('Im Landtag ist es am Mittwoch zu einer heftigen Debatte über den Haushalt gekommen.')}${para('Die Opposition warf der Regierung vor, die Finanzlage zu beschönigen.')}${para('Der Finanzminister wies die Vorwürfe zurück und verteidigte seine Pläne.')}${teasers}</article></body></html>`;
  it.each([
    `<section class="related"><h3>Mehr zum Thema</h3><a href="/a">Potsdam (dpa) - Der Brandenburger Landtag hat am Mittwoch den Doppelhaushalt beschlossen.</a></section>`,
    `<div class="teaser-list"><a href="/b">Berlin (AFP) - Die Bundesregierung plant neue Regeln für den Haushalt.</a></div>`,
    `<ul id="weitere-artikel"><li><a href="/c">Schwerin (dpa/mv) - Der Landtag in Schwerin berät über den Etat.</a></li></ul>`,
  ])('%#', async (teasers) => {
    const { extractArticle } = await import('../../../src/extract/extract-article.js');
    const a = extractArticle(page(teasers), 'https://www.zeitung.example.de/politik/landtag-1.html');
    expect(a.agency).toEqual([]);
    expect(a.authors).toEqual(['Anna Muster']);
  });
});

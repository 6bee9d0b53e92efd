/**
 * Bylines as CMSes and outlets print them, by class (written for these tests from how WordPress
 * themes, Arc, Brightspot, Blox, Drupal and regional papers lay out a byline; no page is copied):
 * what stands next to the name (a date, an outlet, a job title, an e-mail address), the labels
 * before it, the posted/updated time glued to it, organisations in the author slot, several
 * writers, and photographers' credits. Each table has the negatives its rule could wrongly catch.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, cleanNames } from '../../../src/normalize/clean-names.js';
import { trimByline } from '../../../src/normalize/trim-byline.js';
import { isJobTitle } from '../../../src/normalize/job-title.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

/** A visible header line, read as the extractor reads it. */
const line = (text: string): string[] => cleanNames(bylineNames([text]));
/** A structured author value (JSON-LD name, <meta name="author">) or a byline element's text. */
const value = (...v: string[]): string[] => cleanNames(v);

describe('class 1: the name next to a date, an outlet or a job title', () => {
  it.each([
    ['WordPress "Posted on <date> by"', 'Posted on May 15, 2024 by Jane Roe', ['Jane Roe']],
    ['a name then the outlet, no separator', 'By Priya Natarajan The Northern Star', ['Priya Natarajan']],
    ['a bar and the agency', 'By Alice Chen | Reuters', ['Alice Chen']],
    ['a spaced dash and the agency', 'By Alice Chen - Reuters', ['Alice Chen']],
    ['a job title after a comma', 'By Helen Park, Political Analyst', ['Helen Park']],
    ["the writer's e-mail address", 'By Sam Whitfield swhitfield@prairiecitizen.example', ['Sam Whitfield']],
    ['a German compound job', 'Von Katrin Schulze, Politikredakteurin', ['Katrin Schulze']],
    ['a date and time before a lower-case "von"', '15.05.2024, 10:15 Uhr von Jörg Hansen', ['Jörg Hansen']],
  ])('%s', (_name, text, names) => {
    expect(line(text)).toEqual(names);
  });

  it.each([
    ['a job title after a comma', ['Daniel Okafor, Chief Economics Commentator'], ['Daniel Okafor']],
    ["a staff title with the paper's name", ['Darlene Huff, Sentinel Staff Writer'], ['Darlene Huff']],
    ['a job title without a separator', ['Grace Liu Transportation Reporter'], ['Grace Liu']],
    ["another paper's name without a separator", ['Tom Hargreaves Yorkshire Post'], ['Tom Hargreaves']],
    ['a Blox byline in capitals with the paper', ['JANE ROE The County Record'], ['Jane Roe']],
    ['a Spanish job and bureau', ['Lucía Romero, corresponsal en Bruselas'], ['Lucía Romero']],
    ['a Russian job', ['Ольга Смирнова, обозреватель'], ['Ольга Смирнова']],
    ['a Portuguese filing place', ['Ana Souza, de Campinas'], ['Ana Souza']],
    ['a bracket with the place and the role', ['Par Jean Dupont (Bruxelles, correspondant)'], ['Jean Dupont']],
    ['the genre before "von" in a byline element', ['Ein Kommentar von Susanne Brandt'], ['Susanne Brandt']],
    // negative: a bracketed address shows the value is an outlet
    ['a bracketed web address', ['Deutsche Welle (www.dw.com)'], []],
    ['a spaced dash before the agency', ['By Alice Chen - Reuters'], ['Alice Chen']],
    // negatives: a double-barrelled name keeps its hyphen, a surname that is an outlet word alone stays
    ['a hyphenated surname', ['Anna Müller-Lüdenscheidt'], ['Anna Müller-Lüdenscheidt']],
    ['a three-word name', ['Mary Ann Evans'], ['Mary Ann Evans']],
  ])('%s', (_name, values, names) => {
    expect(value(...values)).toEqual(names);
  });

  it.each([
    ['Senior Correspondent', true],
    ['Politikredakteurin', true],
    ['corresponsal en Bruselas', true],
    ['обозреватель', true],
    ['Jane Roe', false],
    ['Ольга Смирнова', false],
    ['Michael Fellows', false],
  ])('job title: %s -> %s', (text, job) => {
    expect(isJobTitle(text)).toBe(job);
  });
});

describe('class 2: the label before the name', () => {
  it.each([
    ['en', 'Posted by Ellen Brooks on May 15, 2024', ['Ellen Brooks']],
    ['en', 'Written by Fiona Grant · 4 min read', ['Fiona Grant']],
    ['en', 'Submitted by Oscar Reyes on Wed, 05/15/2024 - 10:12', ['Oscar Reyes']],
    ['de', 'von Sabine Keller', ['Sabine Keller']],
    ['es', 'por Martín Gutiérrez', ['Martín Gutiérrez']],
    ['es', 'Publicado por Andrea Castillo el 15 mayo, 2024', ['Andrea Castillo']],
    ['fr', 'par Julien Moreau', ['Julien Moreau']],
    ['fr', 'Publié par Sophie Lefèvre le 15 mai 2024', ['Sophie Lefèvre']],
    ['it', 'di Francesca Conti', ['Francesca Conti']],
    ['it', 'scritto da Luca Ferrari', ['Luca Ferrari']],
    ['nl', 'door Sanne de Jong', ['Sanne de Jong']],
    ['ru', 'Текст: Анна Волкова', ['Анна Волкова']],
    ['tr', 'Haber: Elif Demir', ['Elif Demir']],
    ['id', 'Penulis: Rizky Pratama | Editor: Dewi Lestari', ['Rizky Pratama']],
    ['sv', 'av Erik Lindqvist', ['Erik Lindqvist']],
    // the genre or the writer's role between the label and the name
    ['de', 'Ein Kommentar von Susanne Brandt', ['Susanne Brandt']],
    ['de', 'Von unserem Korrespondenten Max Muster', ['Max Muster']],
    ['nl', 'Door onze redacteur Maarten Jansen', ['Maarten Jansen']],
    ['it', 'a cura di Marco Rossi', ['Marco Rossi']],
    ['pl', 'Opracowanie: Marta Lewandowska', ['Marta Lewandowska']],
    ['tr', 'Muhabir: Can Öztürk', ['Can Öztürk']],
  ])('%s %s', (_lang, text, names) => {
    expect(line(text)).toEqual(names);
  });

  it('a label alone in its element takes the name on the next line', () => {
    expect(cleanNames(bylineNames(['Written by', 'Nathan Cole']))).toEqual(['Nathan Cole']);
  });

  it.each([
    ['a lower-case "by" inside a sentence', 'The plan was approved by Council Member Hernandez on Tuesday'],
    ['a photographer', 'Photos by Kevin Lam'],
    ['an editor', 'Edited by Paul Green'],
    ['"More by" under an author box', 'More by Mark Lewis'],
    ['a lower-case "di" inside a sentence', 'Il bilancio di Giulia Bianchi è stato approvato'],
    ['"Text" opening a chrome line, without a colon', 'Text Alerts Sign Up Now'],
    ['"Haber" opening a desk name', 'Haber Merkezi Ankara'],
  ])('no byline: %s', (_name, text) => {
    expect(line(text)).toEqual([]);
  });
});

describe('class 3: the posted or updated time glued to the name', () => {
  it.each([
    ['By Jane RoeUpdated 3 hours ago', ['Jane Roe']],
    ['By Chris Morgan Updated 11:42 AM EDT, May 15, 2024', ['Chris Morgan']],
    ['Von Thomas BeckerAktualisiert: 15.05.2024, 12:30 Uhr', ['Thomas Becker']],
    ['Von Stefanie Wolf Aktualisiert am 15.05.2024', ['Stefanie Wolf']],
    ['Por Pablo Navarro Actualizado: 15/05/2024 12:30h', ['Pablo Navarro']],
    ['Par Thomas Girard Mis à jour le 15/05/2024 à 12h30', ['Thomas Girard']],
    ['di Alessandro MarinoAggiornato il 15 maggio 2024', ['Alessandro Marino']],
    ['Por Camila Ferreira Atualizado em 15/05/2024 12h30', ['Camila Ferreira']],
  ])('%s', (text, names) => {
    expect(line(text)).toEqual(names);
  });

  it.each([
    ['Peter NguyenUpdated May 15, 2024', 'Peter Nguyen'],
    ['Laura BennettPublished May 15, 2024', 'Laura Bennett'],
    ['Claire Martin Publié le 15 mai 2024 à 10h12', 'Claire Martin'],
    // negatives: a stamp word inside a longer word, and a name that only starts like one
    ['Jane Standish', 'Jane Standish'],
    ['Anna Updatedova', 'Anna Updatedova'],
  ])('trimByline(%s)', (text, trimmed) => {
    expect(trimByline(text)).toBe(trimmed);
  });
});

describe('class 4: an organisation in the author slot is no person', () => {
  it.each([
    'Reuters',
    'Thomson Reuters',
    'The Hindu Bureau',
    'Staff Reporter',
    'News Desk',
    'Agencies',
    'Nexstar Media Wire',
    'Hearst Newspapers',
    'Farm Progress Communications, Inc.',
    'Redaktion Stadtspiegel',
    'Redazione ANSA',
    'Press Trust of India',
    'KYODO NEWS',
    'Tribune News Service',
    'Web Team',
    'Premium Times Nigeria',
    'Sunbeam Digital Media LLC',
    'Haber Merkezi',
    'Le Figaro',
    'Die Zeit',
    'The Hindu',
  ])('%s', (v) => {
    expect(value(v)).toEqual([]);
  });
});

describe('class 5: several writers, each once, in the page order', () => {
  it.each([
    ['By Anna Lee, Brian Cho and Carlos Mendez', ['Anna Lee', 'Brian Cho', 'Carlos Mendez']],
    ['Von Lena Hoffmann und Paul Richter', ['Lena Hoffmann', 'Paul Richter']],
    ['Por Elena Ruiz y Javier Molina', ['Elena Ruiz', 'Javier Molina']],
    ['Par Marie Dubois et Pierre Laurent', ['Marie Dubois', 'Pierre Laurent']],
    ['di Marco Rossi e Chiara Galli', ['Marco Rossi', 'Chiara Galli']],
    ['Door Jeroen Bakker en Lotte Visser', ['Jeroen Bakker', 'Lotte Visser']],
    ['Авторы: Сергей Иванов и Мария Петрова', ['Сергей Иванов', 'Мария Петрова']],
    ['Autorzy: Piotr Zieliński i Anna Wójcik', ['Piotr Zieliński', 'Anna Wójcik']],
    ['Av Karin Berg och Johan Ek', ['Karin Berg', 'Johan Ek']],
    ['By Anna Lee, Staff Writer, and Brian Cho, Correspondent', ['Anna Lee', 'Brian Cho']],
    ['Par Jean DUPONT avec Marie CURIE à Bruxelles', ['Jean DUPONT', 'Marie CURIE']],
  ])('%s', (text, names) => {
    expect(line(text)).toEqual(names);
  });

  it.each([
    ['the same writer in capitals', ['Anna Lee', 'ANNA LEE', 'Brian Cho'], ['Anna Lee', 'Brian Cho']],
    ['the same writer without accents', ['José Pérez', 'Jose Perez', 'Lucía Gómez'], ['José Pérez', 'Lucía Gómez']],
    ['family name first, then the same writer', ['Lee, Anna', 'Anna Lee'], ['Anna Lee']],
    ['"and" inside one value', ['Anna Lee and Brian Cho'], ['Anna Lee', 'Brian Cho']],
    ['a place after the name, in Spanish', ['Ana Pérez en Madrid'], ['Ana Pérez']],
  ])('%s', (_name, values, names) => {
    expect(value(...values)).toEqual(names);
  });
});

describe('class 6: photographers are not writers', () => {
  it.each([
    ['Text: Anna Berger | Fotos: Max Muster', ['Anna Berger']],
    ['Texte : Camille Roux – Photos : Hugo Blanc', ['Camille Roux']],
    ['Photo: Kevin Lam', []],
    ['Story by Nora Quinn. Photos by Sam Ortiz.', ['Nora Quinn']],
  ])('line %s', (text, names) => {
    expect(line(text)).toEqual(names);
  });

  it.each([
    ['Jane Roe; Photography by Kevin Lam', ['Jane Roe']],
    ['Foto: Max Muster', []],
    ['Photo: Kevin Lam', []],
    ['Bild: Anna Berger', []],
  ])('value %s', (v, names) => {
    expect(value(v)).toEqual(names);
  });
});

describe("the reporters after a Korean agency's dateline", () => {
  it.each([
    ['(서울=연합뉴스) 김철수 기자 = 시의회는 화요일 새 예산안을 통과시켰다.', ['김철수'], '시의회는'],
    ['(워싱턴=연합뉴스) 김동현 특파원 = 미국 정부는 15일 발표했다.', ['김동현'], '미국'],
    ['(서울=연합뉴스) 박수윤 이슬기 기자 = 정부는 15일 발표했다.', ['박수윤', '이슬기'], '정부는'],
    // no reporter: the text follows the dateline
    ['(서울=연합뉴스) 정부는 15일 새 규정을 발표했다.', [], '정부는'],
  ])('%s', (text, authors, restStart) => {
    const d = parseDateline(text);
    expect(d?.agency).toBe('Yonhap');
    expect(d?.authors).toEqual(authors);
    expect(d?.rest.startsWith(restStart)).toBe(true);
  });
});

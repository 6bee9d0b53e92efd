/**
 * Datelines by CLASS, in the house styles of agencies and outlets (written for these tests):
 * credited datelines with a date in other languages, agency-first and place/date/agency leads,
 * and the outlet's own datelines without an agency (German regional papers' "Wien. ", press
 * releases' "Ort, 27.6.2025 – ", Indian papers' "BENGALURU: ", Korean "[부산=outlet reporter]",
 * Chinese "本报记者…发自北京"). Negatives: labels, crossheads, date lines and abbreviations that
 * open a paragraph like a place.
 */
import { describe, expect, it } from 'vitest';
import { findLeadDateline, parseDateline, parseHouseDateline } from '../../../src/normalize/parse-dateline.js';

const REF = new Date('2024-05-15T03:00:00Z');
const LONG = ' Die Landesregierung hat am Dienstag neue Regeln für den Nahverkehr vorgestellt, die ab dem kommenden Monat gelten sollen.';

describe('credited datelines with a date, any language', () => {
  it.each([
    ['fr', 'PARIS, 15 mai 2024 (AFP) - Le gouvernement a présenté', 'Paris', '2024-05-15', 'AFP', 'Paris'],
    ['es', 'Madrid, 15 may (EFE).- El Gobierno aprobó hoy', 'Madrid', '2024-05-15', 'EFE', 'Madrid'],
    ['es', 'MADRID, 15 (EUROPA PRESS) El Gobierno ha aprobado', 'Madrid', null, 'Europa Press', 'Madrid'],
    ['pt', 'Lisboa, 15 mai (Lusa) - O Governo aprovou hoje', 'Lisboa', '2024-05-15', 'Lusa', 'Lisbon'],
    ['pt', 'Rio de Janeiro, 15 de maio (Agência Brasil) - O governo', 'Rio de Janeiro', '2024-05-15', 'Agência Brasil', 'Rio de Janeiro'],
    ['it', '(ANSA) - ROMA, 30 DIC - Il governo ha approvato', 'Roma', '2023-12-30', 'ANSA', 'Rome'],
    ['ru', 'Москва. 15 мая. ИНТЕРФАКС - Президент подписал указ', 'Москва', '2024-05-15', 'Interfax', 'Moscow'],
    ['en', 'WASHINGTON, DEC 5 - California certified the result', 'Washington', '2023-12-05', null, 'Washington'],
    ['en', 'MOSCOW. May 14 (Interfax) - The Russian government approved', 'Moscow', '2024-05-14', 'Interfax', 'Moscow'],
  ])('%s %s', (_lang, text, place, date, agency, city) => {
    const d = parseDateline(text, REF);
    expect(d?.dateline).toEqual({ place, date, city });
    expect(d?.agency).toBe(agency);
  });
});

describe("the outlet's own datelines", () => {
  it.each([
    ['de', `Wien.${LONG}`, '', 'Wien', 'Vienna'],
    ['de', `Neuss ·${LONG} In Neuss schließt ein Laden.`, '', 'Neuss', null],
    ['de', `Rostock/Schwerin -${LONG} Der Zug fährt ab Rostock.`, '', 'Rostock/Schwerin', null],
    [
      'it',
      'New York - Un “gigante”. Un “esempio di umanità”. L’omaggio dei leader del mondo all’ex presidente degli Stati Uniti.',
      '',
      'New York',
      'New York',
    ],
    ['de', `Nendeln, 27.6.2025 –${LONG}`, '', 'Nendeln', null],
    ['en', 'BENGALURU: Who clicked that photo and the video, and who leaked them?', '', 'Bengaluru', 'Bengaluru'],
    ['en', 'New Delhi: The Delhi Police on Monday arrested a suspended councillor from a court here.', '', 'New Delhi', 'New Delhi'],
    // Pakistani papers put the day between place and colon.
    ['en', 'KARACHI, May 15: The Sindh government on Tuesday approved a new package of relief measures.', '', 'Karachi', 'Karachi'],
    ['en', 'LAHORE, 15 May: Police arrested three suspects on Tuesday in connection with the robbery.', '', 'Lahore', 'Lahore'],
    ['ko', '[부산=스포츠조선 선수민 기자] 롯데 자이언츠 베테랑 투수가 무너졌다.', '', '부산', 'Busan'],
    [
      'en',
      'NEW YORK, Nov. 18, 2019 /PRNewswire/ -- Acme Corp. today announced a new product line for hospitals.',
      '',
      'New York',
      'New York',
    ],
    ['en', 'TORONTO, Nov. 18, 2019 (GLOBE NEWSWIRE) -- Acme Corp. today announced a new product line.', '', 'Toronto', 'Toronto'],
    [
      'en',
      'SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced results for its third quarter.',
      '',
      'San Francisco',
      'San Francisco',
    ],
    ['en', 'NEW YORK, NY / ACCESSWIRE / November 18, 2019 / Acme Corp. today announced results.', '', 'New York, NY', 'New York'],
    [
      'en',
      'Hong Kong (CNN Business) A muddled view of US-China trade talks once again seems to weigh on markets.',
      '',
      'Hong Kong',
      'Hong Kong',
    ],
    [
      'en',
      'WASHINGTON (CNN) — The House voted on Tuesday to pass the bill that would fund the government.',
      '',
      'Washington',
      'Washington',
    ],
    ['zh', '本报记者罗科苏盈发自北京', '', '北京', 'Beijing'],
    ['zh', '本报上海5月15日电 记者张三报道', '', '上海', 'Shanghai'],
  ])('%s %s', (_lang, text, mentions, place, city) => {
    expect(parseHouseDateline(text, REF, mentions)).toMatchObject({ place, city });
  });

  it.each([
    ['a label opening the lead', `Analyse.${LONG}`],
    ['a crosshead "kicker - headline"', 'Haftbefehl-Doku - Streeck mit Verdacht: „Teile haben definitiv ein Problem“'],
    ['an abbreviation', `Dr. Müller sagte am Dienstag, die Regeln seien überfällig.${LONG}`],
    ['an update line', 'Actualizado Martes, 15 octubre 2024 - 13:10 horas en la redacción de Madrid'],
    ['a weekday', `Montag -${LONG}`],
    ['a title-case word the story never names again', `Fußball -${LONG}`],
    ['a person quoted with a colon', 'Chalupka: “Verantwortliche in Pfarrgemeinden sollen als Gesprächspartner zur Verfügung stehen”'],
    ['a sentence', 'The president said on Monday that the talks had failed and would not resume.'],
    [
      'an acronym spelled out in parentheses',
      'NATO (North Atlantic Treaty Organization) said on Monday that its members would meet in June.',
    ],
    ['a company with its ticker', 'Apple (AAPL) shares rose on Monday after the company reported strong sales of its phones.'],
    ['an advice column salutation', 'DEAR ABBY: My husband of more than 20 years just purchased plane tickets for the two of us.'],
    ['a correction label', 'CORRECTION: An earlier version of this story misstated the date of the vote in the council.'],
    ['a weekday and date before a colon', 'Wednesday, May 15: The meeting was moved to the main hall for the general assembly of members.'],
    ['a Korean column bracket (outlet = writer)', '[엔터미디어=소설가 박생강의 옆구리tv] 주말 밤 9시 MBC와 SBS는 막장극의 대결이었다.'],
    ['a Korean news-site bracket (outlet = reporter)', '[스포츠뉴스=홍길동 기자] 롯데 자이언츠 베테랑 투수가 무너졌다.'],
  ])('none: %s', (_name, text) => {
    expect(parseHouseDateline(text, REF, '')).toBeNull();
  });

  it('a city starting like a month is still a place ("Mainz", "Augsburg")', () => {
    expect(parseHouseDateline(`Mainz.${LONG}`, REF, 'Mainz')?.place).toBe('Mainz');
  });
});

describe('the lead dateline below a teaser, a source line or repeated titles', () => {
  it.each([
    [
      [
        'An image and a video grab showing an actor inside the central prison have surfaced on some groups',
        'BENGALURU: Who clicked that photo and the video, and who leaked them?',
      ],
      'Bengaluru',
    ],
    [
      [
        'Quelle: dpa-AFX',
        'Von David Hutzler, dpa',
        'Niedrige Zinsen und der anhaltende Aktienboom ziehen immer mehr junge Menschen an die Börse.',
        'Berlin/Frankfurt (dpa-AFX) - Das Depot ist für viele junge Leute vor allem eines: ein Hobby.',
      ],
      'Berlin/Frankfurt',
    ],
  ])('%j', (paras, place) => {
    expect(findLeadDateline(paras, REF, '')?.dateline.place).toBe(place);
  });

  it('not from a crosshead further down', () => {
    const paras = [`Der Beauftragte hat die Dokumentation gelobt.${LONG}`, `Er sprach offen über Abhängigkeit.${LONG}`, `Berlin -${LONG}`];
    expect(findLeadDateline(paras, REF, 'Berlin')).toBeNull();
  });

  it('a label in capitals is not a place', () => {
    expect(findLeadDateline(['UPDATE -- The ministry has revised the figures it published on Monday morning.'], REF, '')).toBeNull();
  });

  it('a wire dateline below a teaser credits its agency', () => {
    const paras = [
      'Die Regierung will den Nahverkehr neu ordnen und stellt dafür mehr Geld bereit als bisher geplant.',
      'Berlin (dpa) - Die Landesregierung hat am Dienstag neue Regeln vorgestellt.',
    ];
    expect(findLeadDateline(paras, REF, '')?.agency).toBe('dpa');
  });
});

describe('agency names between slashes or after the date, in any language', () => {
  it.each([
    ['ro', 'București, 15 mai /Agerpres/ - Premierul a avut miercuri o convorbire', 'București', '2024-05-15', 'Agerpres', 'Bucharest'],
    ['uk', 'Київ, 15 травня /Укрінформ/. Президент провів зустріч', 'Київ', '2024-05-15', 'Ukrinform', 'Kyiv'],
    ['ru', 'Баку, 15 мая, АЗЕРТАДЖ. Президент принял делегацию', 'Баку', '2024-05-15', 'AzerTac', 'Baku'],
    ['ru', 'АСТАНА. KAZINFORM – Президент провел встречу', 'Астана', null, 'Kazinform', 'Astana'],
  ])('%s %s', (_lang, text, place, date, agency, city) => {
    const d = parseDateline(text, REF);
    expect(d?.dateline).toEqual({ place, date, city });
    expect(d?.agency).toBe(agency);
  });

  it.each([
    // A context alias after a date and a full stop is a word of the sentence, not a credit.
    ['Baku, 15 May, MAP. The ministry said'],
    // A place in title case with an agency and no date: a sentence, not Kazinform's lead.
    ['Astana. Kazinform - the agency reported'],
  ])('none: %s', (text) => {
    expect(parseDateline(text, REF)?.agency ?? null).toBeNull();
  });
});

describe('Kathpress and CNN datelines', () => {
  it("Kathpress's (KAP) after a place and a date", () => {
    const d = parseDateline('Wien, 15.03.2024 (KAP) Der Wiener Erzbischof hat am Freitag', REF);
    expect(d?.dateline.place).toBe('Wien');
    expect(d?.agency).toBe('Kathpress');
  });
  it("CNN's dateline without brackets is the place, not 'Washington CNN'", () => {
    expect(
      parseHouseDateline(`Washington CNN — The Senate on Thursday passed a bill that would fund the government.`, REF, '')?.place,
    ).toBe('Washington');
  });
});

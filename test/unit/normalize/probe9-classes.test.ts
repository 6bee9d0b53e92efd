/**
 * Classes found by the credits9 probe: hand-written pages of wire credits as outlets in ~25
 * countries print them, scored before any change. Each table holds the form that failed and
 * neighbours that must keep working.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

const agencies = (lines: string[]): string[] => findCredits(lines).agencies;

describe('a line opening with an agency and a number is a byline only when a date follows the agency', () => {
  it.each([
    // Headlines and sentences about the agency, or an abbreviation that is also an agency's.
    ['Reuters to cut 3% of newsroom jobs', []],
    ['AP exams begin for 1.2 million students', []],
    ['AP Chief Minister said the move would benefit 65 lakh people.', []],
    ['AFP says 12 journalists were hurt in Gaza strikes', []],
    // Title case hides the sentence; the number is no date.
    ['AP Top 25: Tennessee stays No. 1', []],
    ['Reuters To Cut 3% Of Newsroom Jobs', []],
    // Bylines: the agency, then a place, a weekday or a date label, then the date.
    ['PTI | July 9, 2020', ['PTI']],
    ['SID Freitag, 04.02.2022 | 11:38', ['SID']],
    ['PTI New Delhi, May 3, 2024', ['PTI']],
    ['AFP publié le 3 mai 2024 à 10h12', ['AFP']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("a US state's postal code after a capitals place is the state, not PA Media", () => {
  it.each([
    ['HARRISBURG, PA — City council approved the budget on Thursday.', []],
    ['PITTSBURGH, PA - Steelers fans lined the streets.', []],
    ['ASTANA. KAZINFORM – Mazhilis approved the bill.', ['Kazinform']],
    ['KUALA LUMPUR, BERNAMA - The ringgit opened higher.', ['Bernama']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('a US dateline with its state keeps the state as the region and credits no agency', () => {
  it.each([
    ['HARRISBURG, PA — City council approved the budget on Thursday.', 'Harrisburg, PA', null],
    ['ASTANA. KAZINFORM – Mazhilis approved the bill.', 'Astana', 'Kazinform'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
});

describe('a closing credit keeps its named agencies beside unnamed "agencies", its date or a double dash', () => {
  it.each([
    ['AFP/dpa/Agenturen', ['AFP', 'dpa']],
    ['Die Regierung bestätigte das am Freitag. (AFP, Reuters, agencies)', ['AFP', 'Reuters']],
    ['Am Wochenende drohen Gewitter. (APA, 3.5.2024)', ['APA']],
    ['(APA, 3.5.2024)', ['APA']],
    ['-- BERNAMA', ['Bernama']],
    // Unnamed agencies alone credit nothing; a dated bracket inside a sentence cites a report.
    ['Staff and agencies', []],
    ['(Agenturen)', []],
    ['-- Agenturen', []],
    ['red, ORF.at/Agenturen', []],
    ['Das hatte die Agentur zuvor gemeldet (Reuters, 12.3.2020).', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('agency datelines in forms the parser did not read', () => {
  it.each([
    // IRNA's English dateline: a title-case place, a comma, the agency in capitals, a dash.
    ['Tehran, IRNA – Iran’s non-oil exports rose 10% in the first month of the year.', 'Tehran', 'IRNA'],
    ['Paris, AFP - Le gouvernement a annoncé vendredi un plan.', 'Paris', 'AFP'],
    // AzerTac's Azerbaijani service spells itself AZƏRTAC.
    ['Bakı, 3 may, AZƏRTAC. Azərbaycan iqtisadiyyatı ilin ilk rübündə 4 faiz artıb.', 'Bakı', 'AzerTac'],
    // Newsis and News1 bracket the dateline with 【】 or [].
    ['【서울=뉴시스】김철수 기자 = 국회는 3일 본회의를 열고 예산안을 처리했다.', '서울', 'Newsis'],
    ['[서울=뉴스1] 김철수 기자 = 국회는 3일 본회의를 열고 예산안을 처리했다.', '서울', 'News1'],
    // Reuters' Japanese service: ［place day ロイター］.
    ['［東京 ３日 ロイター］ - 日銀総裁は３日、円安の動向を注視していると述べた。', '東京', 'Reuters'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
  it.each([
    ['London, UK - The government said on Friday that it would act.'],
    ['Lagos, NAN - The government said on Friday that it would act.'],
    ['Berlin, FDP - Die Partei hat am Freitag ihr Programm vorgestellt.'],
  ])('no agency: %s', (line) => {
    expect(parseDateline(line)?.agency ?? null).toBeNull();
  });
});

describe('agency table spellings found by the probe', () => {
  it.each([
    // ISNA had a second row ('Iranian Students News Agency') that took its Persian name.
    ['به گزارش ایسنا، مجلس شورای اسلامی امروز طرح جدید را تصویب کرد.', ['ISNA']],
    // Interfax-Ukraine signs its dateline in capitals.
    ['Київ. 3 травня. ІНТЕРФАКС-УКРАЇНА - Укренерго не прогнозує відключень світла.', ['Interfax-Ukraine']],
    // n-tv's desk list writes Reuters 'rts'; the Swiss broadcaster RTS in capitals is no agency.
    ['Quelle: ntv.de, mli/dpa/rts', ['dpa', 'Reuters']],
    ['(RTS/ats)', ['SDA']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('uncredited and bracketed datelines', () => {
  it.each([
    // Capitals of any script; kickers in capitals are no place.
    ['MONTRÉAL — Des milliers d’enseignants ont débrayé vendredi.', 'Montréal', null],
    ['SÃO PAULO - O governo anunciou nesta sexta-feira um novo plano.', 'São Paulo', null],
    ['BREAKING — The Senate passed the bill on Friday.', null, null],
    ['UPDATE - The Senate passed the bill on Friday.', null, null],
    ['ÚLTIMA HORA - El Congreso aprueba la ley de amnistía.', null, null],
    // Arabic place with the agency in brackets, before or after the dash.
    ['القاهرة (رويترز) - أعلنت مصر اليوم خفض أسعار الوقود للمرة الأولى منذ سنوات.', 'القاهرة', 'Reuters'],
    ['القاهرة - (أ ش أ): وافق مجلس الوزراء خلال اجتماعه اليوم على مشروع قانون جديد.', 'القاهرة', 'MENA'],
    // Agency first, in brackets, also when its name is a context alias.
    ['(TAP) - Tunis, 3 mai - Les recettes touristiques ont progressé de 8 %.', 'Tunis', 'TAP'],
    ['(AGI) - Roma, 3 mag. - La protezione civile ha diramato un’allerta.', 'Roma', 'Agenzia Italia'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place ?? null).toBe(place);
    expect(d?.agency ?? null).toBe(agency);
  });
});

describe('third hold-out classes', () => {
  it.each([
    // The writer and their job at the agency.
    ['Pedro Peduzzi - Repórter da Agência Brasil', ['Agência Brasil']],
    ['Anna Berger, Reporterin der dpa', ['dpa']],
    ['Jane Doe, correspondent for AFP', ['AFP']],
    ['Jane Doe, Reporter for The Guardian', []],
    ['Jane Doe, a former correspondent for AFP, wrote the book.', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
  it.each([
    // TASS's correspondent inside the slashes; MTI's year-first date with the weekday.
    ['ВАШИНГТОН, 3 мая. /Корр. ТАСС Иван Петров/. Палата представителей одобрила законопроект.', 'Вашингтон', 'TASS'],
    ['МОСКВА, 3 мая. /ТАСС/. Госдума приняла закон.', 'Москва', 'TASS'],
    ['Budapest, 2024. május 3., péntek (MTI) – A kormány új intézkedéseket jelentett be pénteken.', 'Budapest', 'MTI'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
});

describe('a bare list of agencies with a two-letter one (fourth hold-out)', () => {
  it.each([
    ['AP, Reuters', ['AP', 'Reuters']],
    ['Reuters, AP', ['Reuters', 'AP']],
    // Alone, two letters are no credit; beside a word that is no agency, no list.
    ['AA', []],
    ['PA, NY', []],
    ['AP Photo', []],
    ['PTI Mumbai', ['PTI']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

/**
 * Classes found by an independent probe of hand-written pages from Central and Eastern Europe, the
 * Middle East, East Asia and English-language local outlets (not the dev pages): CEE agency
 * datelines with a local date and no comma, agencies and spellings missing from the table, a
 * Persian "according to the report of" lead, a Chinese "compiled from" list, name-dash-agency
 * bylines, a two-word source label, Serbian Cyrillic months, a month followed by a comma, editor
 * trailers in brackets; Japanese dailies' 【place＝reporter】; a short page overruled to another language.
 */
import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { editorNames } from '../../../src/normalize/clean-names.js';
import { resolveLanguage } from '../../../src/normalize/detect-language.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';

describe('datelines', () => {
  it.each([
    ['Bratislava 20. júna (TASR) - Vláda dnes schválila návrh zákona o rozpočte.', 'Bratislava', 'TASR'],
    ['ZAGREB, 17. svibnja (Hina) - Vlada je u četvrtak usvojila prijedlog zakona.', 'Zagreb', 'HINA'],
    ['Praha 15. května (ČTK) - Vláda dnes schválila návrh zákona o rozpočtu.', 'Praha', 'ČTK'],
    ['Ljubljana, 15. maja (STA) - Vlada je danes sprejela predlog proračuna.', 'Ljubljana', 'STA'],
    ['الدوحة - قنا', 'الدوحة', 'QNA'],
    ['TEHRAN (FNA)- Iran said on Wednesday it would respond.', 'Tehran', 'Fars News Agency'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
});

describe('credits', () => {
  it.each([
    ['（綜合法新社、路透社）', ['AFP', 'Reuters']],
    ['Źródło artykułu: PAP, Reuters', ['PAP', 'Reuters']],
    ['By PA News Agency', ['PA']],
    ['(رويترز) - (أ.ف.ب)', ['Reuters', 'AFP']],
    ['Izvor: Beta', ['Beta']],
    ['Avtor: STA', ['STA']],
    ['Zdroj: TASR, SITA', ['TASR', 'SITA']],
    ['به گزارش خبرگزاری مهر، رئیس جمهور امروز گفت', ['Mehr News Agency']],
    ['Stéphane Rolland - La Presse canadienne', ['The Canadian Press']],
    ['Jane Smith – AAP', ['AAP']],
  ])('%s', (line, expected) => {
    expect(findCredits([line]).agencies).toEqual(expected);
  });
  it.each([
    'mehr',
    'Mehr zum Thema',
    'fars dag',
    'Beta version',
    'Trump Bans Associated Press',
    'Prime Minister - Reuters Poll',
    'World News | Reuters',
  ])('no credit: %s', (line) => {
    expect(findCredits([line]).agencies).toEqual([]);
  });
});

describe('dates and editors', () => {
  it.each([
    ['02. мај 2024, 21:14', '2024-05-02T19:14:00.000Z'],
    ['15. јун 2024, 10:00', '2024-06-15T08:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseDateInfo(text, 'Europe/Belgrade')?.date.toISOString()).toBe(iso);
  });
  it('a month followed by a comma is a date line', () => {
    expect(pickDates([], [], ['May, 15, 2024 - 14:22'], 'Asia/Tehran').publishedAt?.toISOString()).toBe('2024-05-15T10:52:00.000Z');
  });
  it('an editor trailer in brackets', () => {
    expect(editorNames(['(Editor: Wang Yuke)'])).toEqual(['Wang Yuke']);
  });
});

describe('Japanese national dailies and short declared pages', () => {
  it('【ワシントン＝山田太郎】: the place and the reporter; a bureau is no person', () => {
    const d = parseDateline('【ワシントン＝山田太郎】米政府は１５日、新たな経済対策を発表した。');
    expect(d?.dateline.place).toBe('ワシントン');
    expect(d?.authors).toEqual(['山田太郎']);
    expect(parseDateline('【北京＝中国総局】中国政府は１５日、新たな方針を発表した。')?.authors).toEqual([]);
  });
  it('a short Romanian text keeps its declaration', () => {
    expect(
      resolveLanguage('ro', 'Guvernul a aprobat miercuri proiectul de buget pentru anul viitor, a anunțat purtătorul de cuvânt.'),
    ).toBe('ro');
  });
});

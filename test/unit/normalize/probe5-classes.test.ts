/**
 * Classes found by an independent probe of hand-written pages from South and Southeast Asia, Latin
 * America, Africa and the Nordics (not the dev pages): "with" credits that matched the front of a
 * longer agency abbreviation ("avec APS" read as AP), abbreviation-only agencies after "with",
 * Vietnamese "Theo", Swahili "Chanzo:", a list joined by "e da"; a lower-case "by"/"por" inside a
 * sentence read as a byline (false credits); native-script agency spellings and agencies missing
 * from the table; declared Urdu or Nepali overruled by the script guess; Spanish day-month-year
 * lines with "de" and English ordinals not taken as dates; South Asian datelines (no capitals in
 * those scripts); desks and places as bylines; Indonesian and Indian editor lines.
 */
import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../src/extract/pick-dates.js';
import { editorNames, isPersonName } from '../../../src/normalize/clean-names.js';
import { resolveLanguage } from '../../../src/normalize/detect-language.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

const agencies = (line: string): string[] => findCredits([line]).agencies;

describe('credits', () => {
  it.each([
    ['Avec APS', ['APS']],
    ['With additional input from APP', ['APP']],
    ['Par Le360 (avec MAP)', ['MAP']],
    ['(With reports from PNA)', ['PNA']],
    ['(With reports from AFP)', ['AFP']],
    ['(Theo Reuters)', ['Reuters']],
    ['Theo TTXVN', ['VNA']],
    ['Chanzo: Xinhua', ['Xinhua']],
    ['Com informações da Reuters e da AFP', ['Reuters', 'AFP']],
    ['with AAP', ['AAP']],
    ['15.05.2024, 11:02 von dpa', ['dpa']],
    ['Story and photos By AFP', ['AFP']],
    ['(اے پی پی)', ['APP']],
    ['ঢাকা, ১৫ মে, ২০২৪ (বাসস) :', ['BSS']],
    ['Por Colprensa', ['Colprensa']],
    ['MADRID, 15 (SERVIMEDIA)', ['Servimedia']],
  ])('%s', (line, expected) => {
    expect(agencies(line)).toEqual(expected);
  });

  it.each([
    'The figures were released by the ministry on Wednesday, the Jordan News Agency, Petra, reported.',
    'difundidas por la Unión Eléctrica, informó la agencia oficial, Prensa Latina, en su web.',
    'The forecast was above the average of analysts polled by Reuters, AFP and Bloomberg.',
    'The route is shown with map data from the council.',
  ])('no credit: %s', (line) => {
    expect(agencies(line)).toEqual([]);
  });
});

describe('declared languages the script guess cannot tell apart', () => {
  const urdu = 'وزیراعظم نے کہا کہ حکومت پاکستان میں مہنگائی کم کرنے کے لیے اقدامات کر رہی ہے اور گیس کی قیمتوں پر نظرثانی کی جائے گی۔';
  const nepali = 'प्रधानमन्त्रीले आज काठमाडौंमा पत्रकार सम्मेलन गर्दै सरकारले महँगी नियन्त्रणका लागि नयाँ कार्यक्रम ल्याउने बताउनुभयो।';
  it('Urdu and Nepali declarations stand', () => {
    expect(resolveLanguage('ur', urdu)).toBe('ur');
    expect(resolveLanguage('ne', nepali)).toBe('ne');
  });
  it('a wrong declaration of another script still loses', () => {
    expect(resolveLanguage('en', urdu)).not.toBe('en');
  });
});

describe('date lines', () => {
  it.each(['15 de mayo de 2024', 'Publicado el 15 de mayo de 2024', '15th May 2024', '15 de Maio de 2024'])('%s', (line) => {
    expect(pickDates([], [], [line], 'Europe/Madrid').publishedAt?.toISOString()).toBe('2024-05-15T00:00:00.000Z');
  });
});

describe('South Asian datelines (scripts without capitals)', () => {
  it.each([
    ['नयी दिल्ली, 15 मई (भाषा) प्रधानमंत्री ने बुधवार को कहा कि सरकार काम कर रही है।', 'नयी दिल्ली', 'PTI'],
    ['ঢাকা, ১৫ মে, ২০২৪ (বাসস) : প্রধানমন্ত্রী আজ বলেছেন যে সরকার কাজ করছে।', 'ঢাকা', 'BSS'],
    ['اسلام آباد، 15 مئی (اے پی پی): وزیراعظم نے کہا کہ حکومت کام کر رہی ہے۔', 'اسلام آباد', 'APP'],
    ['काठमाडौं, १ जेठ (रासस) । प्रधानमन्त्रीले आज भन्नुभयो।', 'काठमाडौं', 'RSS'],
  ])('%s', (line, place, agency) => {
    const d = parseDateline(line);
    expect(d?.dateline?.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
  it('a sentence with a number and a bracket is no dateline', () => {
    expect(parseDateline('यह एक लंबा वाक्य है, 15 लोग (भाषा) नहीं')).toBeNull();
  });
});

describe('bylines and editors', () => {
  it.each(['ویب ڈیسک', 'Na Mwandishi Wetu Nairobi', 'em São Paulo'])('no person: %s', (s) => {
    expect(isPersonName(s)).toBe(false);
  });
  it('names stay names', () => {
    expect(isPersonName('Maria da Silva')).toBe(true);
  });
  it.each([
    [['Red: Andri Saubani'], ['Andri Saubani']],
    [['Published by: Rahul Sharma'], ['Rahul Sharma']],
    [['Editor', 'Glori K. Wadrianto'], ['Glori K. Wadrianto']],
    [['Editor', 'Follow us on social media'], []],
    [['Red Bull Racing won the race'], []],
  ])('%j', (lines, names) => {
    expect(editorNames(lines)).toEqual(names);
  });
});

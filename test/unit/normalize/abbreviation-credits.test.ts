/**
 * Two classes of agency credit read wrongly before (written from how texts introduce abbreviations
 * and how AAP, The Canadian Press and UNI credit their stories, not from the dev pages):
 *  - an abbreviation spelled out right before its bracket ("the American Psychological Association
 *    (APA).", "Advanced Placement (AP) courses", "physician assistant (PA)") is not a credit, though
 *    the letters are an agency's (APA, AP, PA, MENA, SANA, ANI, UPI …), at a paragraph's end, its
 *    start, or in the dedupe stage's credit scan;
 *  - agencies whose abbreviation is also another body's (AAP: the Aam Aadmi Party, CP: communist
 *    parties, UNI) are credited where a credit stands alone — a dateline's brackets, a byline's last
 *    item, a source line, a closing bracket after a sentence — and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { detectAgency } from '../../../src/dedupe/detect-agency.js';
import { AGENCIES, agencyByAlias, agencyByContextAlias } from '../../../src/normalize/agencies.js';
import { definesAbbreviation } from '../../../src/normalize/closing-credit.js';
import { agencyOfName, findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';
import { stripWireMarkup } from '../../../src/normalize/strip-wire-markup.js';

const credit = (...lines: string[]): string[] => findCredits(lines).agencies;
const REF = new Date('2024-05-15T03:00:00Z');

describe('an abbreviation being introduced is no credit', () => {
  it.each([
    'The guidelines were published by the American Psychological Association (APA).',
    'Growth slowed across the Middle East and North Africa (MENA).',
    'Students can earn college credit through Advanced Placement (AP).',
    'She works as a physician assistant (PA).',
    'Officials cited the Syrian Arab News Agency (SANA).',
    'He joined the Bosnian National Service (BNS).',
    'Das berichtete die Deutsche Presse-Agentur (dpa).',
    'The bill was backed by the People Power Party (PPP) and the Pakistan Awami Party (PAP).',
    // long paragraphs are read at their ends only: the end is where the old rule credited
    `${'The committee heard evidence from teachers, parents and pupils over several months before it reported. '.repeat(3)}It cited the American Psychological Association (APA).`,
  ])('%s', (line) => {
    expect(credit(line)).toEqual([]);
  });

  it.each([
    // inside a running sentence, not at its edges
    'Shares of United Press (UPI) rose on Tuesday.',
    'The board met the Hungarian news agency (MTI) and the ministry on Friday before the vote.',
    'The report was quoted by the state agency (MTI) in a long dispatch that ran late on Sunday.',
  ])('mid-sentence: %s', (line) => {
    expect(credit(line)).toEqual([]);
  });

  it('the initials are read through skipped words and hyphens, and only right before the bracket', () => {
    expect(definesAbbreviation('Middle East and North Africa ', 'MENA')).toBe(true);
    expect(definesAbbreviation('Agence France-Presse ', 'AFP')).toBe(true);
    expect(definesAbbreviation('he said. ', 'AFP')).toBe(false);
    expect(definesAbbreviation('the talks ended on Monday ', 'AFP')).toBe(false);
    expect(definesAbbreviation('Advanced Placement ', 'dpa/lby')).toBe(false);
  });

  it('real closing and lead credits still count', () => {
    expect(credit('Die Polizei ermittelt nun wegen Brandstiftung. (dpa)')).toEqual(['dpa']);
    expect(credit('The minister said the plan was fair.(ANI)')).toEqual(['ANI']);
    expect(credit('जांच जारी है। (भाषा)')).toEqual(['PTI']);
    expect(credit('jp/kle (dpa, afp)')).toEqual(['dpa', 'AFP']);
    expect(credit('Bamberg (dpa/lby) - Die Stadtwerke erhöhen die Preise.')).toEqual(['dpa']);
    expect(credit('MADRID, 15 (EUROPA PRESS) El Gobierno ha aprobado este martes el decreto.')).toEqual(['Europa Press']);
  });

  it('a paragraph that introduces an abbreviation keeps it, and credits no one', () => {
    const w = stripWireMarkup('The plan passed.\n\nIt follows guidance from the American Psychological Association (APA).', REF);
    expect(w.body).toBe('The plan passed.\n\nIt follows guidance from the American Psychological Association (APA).');
    expect(w.agency).toBeNull();
    const real = stripWireMarkup('The plan passed.\n\nThe minister said the plan was fair. (AFP)', REF);
    expect(real.body).toBe('The plan passed.\n\nThe minister said the plan was fair.');
    expect(real.agency).toBe('AFP');
  });

  it('the dedupe stage reads no credit from an abbreviation either', () => {
    expect(detectAgency('Guidance came from the American Psychological Association (APA)\nMore text.')).toBeNull();
    expect(detectAgency('WASHINGTON (AP) — Lawmakers voted on Tuesday.')).toBe('AP');
  });
});

describe('a paragraph opening with an abbreviation is no dateline', () => {
  it.each([
    'Advanced Placement (AP) courses are popular among students in the state.',
    'Physician Assistants (PA) are in demand across the country.',
    'The Associated Press (AP) reported on Monday that the talks had failed.',
    'Doug Ford (PC) said the budget would pass this spring.',
    'Deutsche Presse-Agentur (dpa). Die Agentur meldete am Montag neue Zahlen.',
  ])('%s', (text) => {
    expect(parseDateline(text, REF)).toBeNull();
  });

  it.each([
    ['WASHINGTON (AP) The House voted on Tuesday.', 'Washington', 'AP'],
    ['Hanoi, Vietnam (AP) — U.S. Defense Secretary arrived.', 'Hanoi, Vietnam', 'AP'],
    ['New Delhi, May 15 (PTI) The government said.', 'New Delhi', 'PTI'],
  ])('still a dateline: %s', (text, place, agency) => {
    const d = parseDateline(text, REF);
    expect(d?.dateline.place).toBe(place);
    expect(d?.agency).toBe(agency);
  });
});

describe('agencies known by a colliding abbreviation (AAP, CP, UNI)', () => {
  it.each([
    ['OTTAWA (CP) — The federal government said Tuesday it would act.', 'Ottawa', 'The Canadian Press'],
    ['MONTRÉAL (PC) — Le gouvernement a annoncé mardi de nouvelles mesures.', 'Montréal', 'The Canadian Press'],
    ['SYDNEY, May 15 (AAP) - Australia will lift the cap next year.', 'Sydney', 'AAP'],
    ['New Delhi, May 15 (UNI) The government on Wednesday announced.', 'New Delhi', 'UNI'],
  ])('dateline %s', (text, place, agency) => {
    const d = parseDateline(text, REF);
    expect(d?.dateline.place).toBe(place);
    expect(d?.agency).toBe(agency);
    expect(credit(text)).toEqual([agency]);
  });

  it.each([
    ['By Jane Smith, AAP', 'AAP'],
    ['Source: AAP', 'AAP'],
    ['— AAP', 'AAP'],
    ['By Jane Smith, The Canadian Press', 'The Canadian Press'],
    ['The minister said the plan would be ready in June. (UNI)', 'UNI'],
  ])('credit line %s', (line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });

  it.each([
    'Delhi chief minister Arvind Kejriwal (AAP)',
    'The Aam Aadmi Party (AAP) said it would contest all seats.',
    'AAP leaders met in Delhi on Sunday to pick candidates.',
    'The alliance includes the Congress and AAP.',
    'Members of the Communist Party (CP) walked out.',
    'The CP said it would appeal the ruling.',
    'She studied at UNI before joining the firm.',
    'The party fielded Jane Smith (AAP) in the east of the city.',
    'Aap ka swagat hai',
  ])('not a credit: %s', (line) => {
    expect(credit(line)).toEqual([]);
    expect(parseDateline(line, REF)?.agency ?? null).toBeNull();
  });

  it('a structured or byline-element author that is only the abbreviation credits it', () => {
    expect(agencyOfName('AAP')).toBe('AAP');
    expect(agencyOfName('Aap')).toBeNull();
  });

  it('a closing (UNI) is taken off the body, a party in brackets is not', () => {
    const w = stripWireMarkup('The plan passed.\n\nThe minister said it would be ready in June. (UNI)', REF);
    expect(w.body).toBe('The plan passed.\n\nThe minister said it would be ready in June.');
    expect(w.agency).toBe('UNI');
    const party = stripWireMarkup('The plan passed.\n\nThe seat went to Jane Smith (AAP)', REF);
    expect(party.body).toBe('The plan passed.\n\nThe seat went to Jane Smith (AAP)');
    expect(party.agency).toBeNull();
  });

  it('the dedupe stage reads a context alias in a dateline only', () => {
    expect(detectAgency('OTTAWA (CP) — The federal government said Tuesday.')).toBe('The Canadian Press');
    expect(detectAgency('Members of the Communist Party (CP)\nThey walked out.')).toBeNull();
  });
});

describe('the registry keeps context aliases apart', () => {
  it('no context alias is also a plain alias or another name (those match in any case, anywhere)', () => {
    // An agency stored under its abbreviation has it as name and context alias: the name then
    // matches only in context (agencies.ts `spellings`).
    // An agency's own plain alias in another case is harmless ("(sda)": SDA's lower-case desk code).
    const plainOf = (not: (typeof AGENCIES)[number]): string[] =>
      AGENCIES.filter((b) => b !== not)
        .flatMap((b) => (b.contextAliases?.includes(b.name) ? b.aliases : [b.name, ...b.aliases]))
        .map((x) => x.toLowerCase());
    for (const a of AGENCIES)
      for (const c of a.contextAliases ?? []) {
        expect(plainOf(a), `${a.name}: ${c}`).not.toContain(c.toLowerCase());
        expect(a.aliases, `${a.name}: ${c}`).not.toContain(c);
      }
    expect(agencyByAlias('SPA')).toBeUndefined();
    expect(agencyByContextAlias('SPA')?.name).toBe('SPA');
  });

  it.each([
    ['DHAKA, May 15 (UNB) - The government', 'UNB'],
    ['KATHMANDU, May 15 (RSS) - The government', 'RSS'],
    ['ISLAMABAD, May 15 (APP): Prime Minister', 'APP'],
    ['MANILA, May 15 (PNA) -- The government', 'PNA'],
    ['KUWAIT, May 15 (KUNA) -- The government', 'KUNA'],
    ['RIYADH, May 15 (SPA) -- The government', 'SPA'],
    ['TAIPEI (CNA) -- The government', 'CNA'],
    ['ADDIS ABABA (ENA) - The government', 'ENA'],
    ['RABAT, May 15 (MAP) - The government', 'MAP'],
  ])('%s', (text, agency) => {
    expect(parseDateline(text, REF)?.agency).toBe(agency);
    expect(credit(text)).toEqual([agency]);
  });

  it.each([
    'Subscribe via RSS',
    'C#/.NET (rss)',
    'Download the APP',
    'Nepal approves the RSS (Rastriya Swayamsevak Sangh) ban',
    'TAP',
    'RSS',
  ])('not a credit: %s', (line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('bare agency bylines and newsroom suffixes', () => {
  it.each([
    ['Associated Press', ['AP']],
    ['Agence France-Presse', ['AFP']],
    ['Reuters Staff', ['Reuters']],
    ['By AP Staff', ['AP']],
    ['AFP-JIJI', ['AFP', 'Jiji']],
    ['By AFP-JIJI', ['AFP', 'Jiji']],
    ['EFE/Europa Press', ['EFE', 'Europa Press']],
    ['Redazione ANSA', ['ANSA']],
    ['Xinhua News Agency', ['Xinhua']],
    ['Source: Xinhua| 2024-05-15 11:02:33|Editor: huaxia', ['Xinhua']],
  ])('%s', (line, agencies) => {
    expect(credit(line)).toEqual(agencies);
  });

  it.each(['Reuters | Events', 'Staff and agencies', 'AP Photo', 'AA', '共同', 'Reuters Graphics'])('not a credit: %s', (line) => {
    expect(credit(line)).toEqual([]);
  });

  it('a bare agency name counts at the top or bottom of the article, not inside it (a live blog signs entries so)', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the live blog, with enough words to be text.`);
    expect(findCredits([...text.slice(0, 10), 'Reuters', ...text.slice(10)]).agencies).toEqual([]);
    expect(findCredits(['Headline', 'Reuters', ...text]).agencies).toEqual(['Reuters']);
    expect(findCredits([...text, 'Reuters']).agencies).toEqual(['Reuters']);
  });

  it('a Xinhua photo credit in a caption is not the story credit', () => {
    expect(credit('A woman walks past a closed shop in Beijing, May 14, 2024. (Xinhua/Wang Ying)')).toEqual([]);
    expect(credit('Die Polizei ermittelt. (dpa/lby)')).toEqual(['dpa']);
  });
});

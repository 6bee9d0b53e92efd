/**
 * Classes found by the meta15 probe: ~220 hand-written pages of outlets that syndicate AP, Reuters,
 * AFP and regional agencies (US local papers and TV, aggregators, Indian, Pakistani, Gulf, Turkish
 * and European outlets), and staff stories that only mention an agency. Each table holds the form
 * that failed and neighbours that must keep working.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { findLeadDateline, parseDateline } from '../../../src/normalize/parse-dateline.js';

const agencies = (lines: string[]): string[] => findCredits(lines).agencies;

describe('"with" naming whom someone spoke to or dealt with credits no one', () => {
  it.each([
    ['Scientists say the eclipse produced a trove of data, including readings shared with The Associated Press.', []],
    ['The commerce minister said trade talks with the UK were on track, in an interview with PTI.', []],
    ['The mayor spoke with Reuters.', []],
    ['Der Minister sagte das im Gespräch mit der dpa.', []],
    ['El ministro lo dijo en entrevista con EFE.', []],
    ['The company signed a content deal with AFP.', []],
    // Credits keep working: an outlet or a byline before "with", a bracket, a line of its own.
    ['FRANCE 24 with AFP', ['AFP']],
    ['By Mared Gwyn Jones with Reuters', ['Reuters']],
    ['Euronews with AP, AFP', ['AP', 'AFP']],
    ['(With inputs from PTI, ANI)', ['PTI', 'ANI']],
    ['With reporting by Reuters and AFP', ['Reuters', 'AFP']],
    ['The Brussels Times with Belga', ['Belga']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("VOA's trailer naming the agencies the report's information came from", () => {
  it.each([
    ['Some information for this report came from The Associated Press, Agence France-Presse and Reuters.', ['AP', 'AFP', 'Reuters']],
    ['Information in this story comes from Reuters.', ['Reuters']],
    ['Some information for this report came from local media.', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("an agency byline, a bar and the byline's next label", () => {
  it.each([
    ['APP | Published May 15, 2024', ['APP']],
    ['PTI | | Posted by Sneha Bhatia', ['PTI']],
    ['AFP | Published May 15, 2024', ['AFP']],
    ['Written by PTI', ['PTI']],
    ['Reported by Reuters', ['Reuters']],
    // "app" is a word; "Apple's App | Updated" is a heading.
    ['app | Updated daily', []],
    ['The App | Updated weekly', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('datelines of syndicated wire copy', () => {
  it.each([
    // A byline run into the lead: the names are the writers, the dateline follows.
    ["By Vivian Sequera CARACAS (Reuters) -Venezuela's opposition held rallies on Saturday.", 'Caracas', 'Reuters', ['Vivian Sequera']],
    [
      'By Josef Federman Associated Press JERUSALEM (AP) — The first aid shipments arrived on Friday.',
      'Jerusalem',
      'AP',
      ['Josef Federman'],
    ],
    [
      'By LAURIE KELLMAN, DANICA KIRKA and LORI HINNANT Associated Press LONDON (AP) — The families say they are stuck.',
      'London',
      'AP',
      ['LAURIE KELLMAN', 'DANICA KIRKA', 'LORI HINNANT'],
    ],
    // ANI's state in brackets before [India] is the region.
    ['Srinagar (Jammu and Kashmir) [India], May 15 (ANI): Kashmir has recorded its highest tourist arrivals.', 'Srinagar', 'ANI', []],
    ['Lucknow (Uttar Pradesh) [India], May 15 (ANI): The state government said on Wednesday.', 'Lucknow', 'ANI', []],
    // UNI's bracket with no dash, after a date, then a sentence.
    ['Chandigarh, May 15 (UNI) Farmers blocked a national highway in Punjab on Wednesday.', 'Chandigarh', 'UNI', []],
    // Capitals datelines with an abbreviated first word or a two-letter one.
    ['ST. PAUL, Minn. — Minnesota lawmakers wrapped up their session early Monday.', 'St. Paul, Minn.', null, []],
    ['HÀ NỘI — Vietnam and Japan agreed to boost cooperation on Wednesday.', 'Hà Nội', null, []],
    ["LA PAZ — Bolivia's president said on Wednesday.", 'La Paz', null, []],
    // Neighbours that must keep their reading.
    ['Halle (Saale) (dpa) - Die Stadt hat am Mittwoch entschieden.', 'Halle (Saale)', 'dpa', []],
    ['New Delhi [India], May 15 (ANI): The minister met his counterpart on Wednesday.', 'New Delhi', 'ANI', []],
  ])('%s', (line, place, agency, authors) => {
    const d = parseDateline(line);
    expect(d?.dateline.place).toBe(place);
    expect(d?.agency).toBe(agency);
    expect(d?.authors).toEqual(authors);
  });

  it.each([
    // No dateline after the glued byline: nothing is read (the byline is no place).
    'By Arasu Kannagi Basil (Reuters) -Private equity-backed Jefferson Capital said on Friday.',
    // "Doug Ford, May 15 (PC) said" is a sentence; a two-letter word alone is no place.
    'Doug Ford, May 15 (PC) said the vote would go ahead.',
    'US — The government said on Tuesday.',
    'By Jane Doe The mayor said on Tuesday that the budget would pass.',
  ])('no dateline: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('a caption printed as a paragraph credits its picture, not the story', () => {
  it.each([
    ['Representational image (PTI)', []],
    ['Waves crash over the sea wall in Dover (PA)', []],
    ['File photo (AP)', []],
    // Closing credits after a sentence, a byline or desk codes keep counting.
    ['The ministry confirmed the figures on Friday. (PTI)', ['PTI']],
    ['Von Max Muster (dpa)', ['dpa']],
    ['cwo/fab (dpa, afp)', ['dpa', 'AFP']],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("News18's 'Agency:' label and Dawn's agency byline with the site's domain", () => {
  it.each([
    ['Agency: AFP', ['AFP']],
    ['News agency: Reuters', ['Reuters']],
    ['Reuters | Dawn.com Published May 15, 2024', ['Reuters']],
    ['Agency: Ministry of Health', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('"contributed" trailers: the agency itself contributed to a staff story (a credit, as "with AP")', () => {
  it.each([
    ['The Associated Press contributed to this report.', ['AP']],
    ['Reuters and The Associated Press contributed.', ['Reuters', 'AP']],
    ['Reuters contributed reporting.', ['Reuters']],
    ['AP, AFP and Reuters contributed to this report.', ['AP', 'AFP', 'Reuters']],
    // People contributed, not the agency.
    ['Times staff writer Rong-Gong Lin II contributed to this report.', []],
    ['Associated Press writers Jane Doe in Paris and John Smith contributed to this report.', []],
    ['Reuters contributed $5 million to the fund.', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('an agency byline with its filing city and no separator', () => {
  it.each([
    ['Reuters Beijing', ['Reuters']],
    ['PTI Mumbai', ['PTI']],
    ['Reuters Events', []],
    ['Reuters Breakingviews', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("Asia News Network partners' own dateline: the outlet in brackets, then a colon", () => {
  it('HANOI (Vietnam News/ANN):', () => {
    expect(findLeadDatelineOf("HANOI (Vietnam News/ANN): Vietnam's GDP grew 5.7% in the first quarter.")).toBe('Hanoi');
  });
  it('no place: NATO (North Atlantic Treaty Organization):', () => {
    expect(findLeadDatelineOf('NATO (North Atlantic Treaty Organization): The alliance said it would meet.')).toBeNull();
  });
});

function findLeadDatelineOf(lead: string): string | null {
  return findLeadDateline([lead], null, lead)?.dateline.place ?? null;
}

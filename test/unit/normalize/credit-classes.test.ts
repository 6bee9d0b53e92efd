/**
 * Agency credits by CLASS, each in several languages, written from how agencies and outlets
 * print them (not from the dev pages): lead parentheticals, source lines, agency bylines
 * (with a place or a date), copyright trailers, taglines that also carry a photo credit.
 * The negatives are the class the bars care most about: an agency quoted or mentioned in the
 * text, and pictures credited to an agency.
 */
import { describe, expect, it } from 'vitest';
import { agencyByAlias } from '../../../src/normalize/agencies.js';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

const credit = (...lines: string[]): string[] => findCredits(lines).agencies;
const REF_NOON = new Date('2024-05-15T12:00:00Z');

describe('lead parentheticals and agency datelines', () => {
  it.each([
    ['pl', 'Warszawa (PAP) - Prezydent podpisał ustawę o budżecie na przyszły rok.', 'PAP'],
    ['it', 'ROMA, 30 DIC (ANSA) - Il governo ha approvato la manovra.', 'ANSA'],
    ['es', 'Madrid, 15 may (EFE).- El Gobierno aprobó hoy el decreto.', 'EFE'],
    ['es', 'MADRID, 15 (EUROPA PRESS) El Gobierno ha aprobado este martes el decreto.', 'Europa Press'],
    ['pt', 'Lisboa, 15 mai (Lusa) - O Governo aprovou hoje o decreto.', 'Lusa'],
    ['fr', 'PARIS, 15 mai 2024 (AFP) - Le gouvernement a présenté mercredi son projet.', 'AFP'],
    ['nl', 'BRUSSEL (Belga) - De regering heeft woensdag een akkoord bereikt.', 'Belga'],
    ['nl', 'DEN HAAG (ANP) - Het kabinet wil de regels aanscherpen.', 'ANP'],
    ['cs', 'Praha (ČTK) - Vláda dnes schválila návrh zákona.', 'ČTK'],
    ['el', 'Αθήνα (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε νέα μέτρα.', 'ANA-MPA'],
    ['ru', 'Москва. 15 мая. ИНТЕРФАКС - Президент подписал указ.', 'Interfax'],
    ['ko', '(서울=뉴시스) 정부는 15일 새 대책을 발표했다.', 'Newsis'],
    ['ko', '(서울=뉴스1) 정부는 15일 새 대책을 발표했다.', 'News1'],
    ['ja', '【ワシントン共同】米政府は15日、新たな制裁を発表した。', 'Kyodo'],
    ['ja', '【ロンドン時事】英政府は15日、新たな方針を示した。', 'Jiji'],
    ['zh', '中央社台北15日電 行政院今天通過新法案。', 'CNA'],
  ])('%s %s', (_lang, line, agency) => {
    expect(credit(line)).toContain(agency);
  });
});

describe('source lines, also inside a tagline with a photo credit', () => {
  it.each([
    ['pt', '22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Maria Souza/Clube', 'Agência Brasil'],
    ['es', '15/05/2024 | Fuente: Europa Press | Foto: Juan Pérez', 'Europa Press'],
    ['de', 'Quelle: dpa - Bild: Max Muster/Verein', 'dpa'],
    ['tr', 'Kaynak: DHA', 'DHA'],
    ['tr', 'Kaynak: İHA', 'İHA'],
    ['uk', 'Джерело: Укрінформ', 'Ukrinform'],
    ['uk', 'Джерело: УНІАН', 'UNIAN'],
    ['ar', 'المصدر: وام', 'WAM'],
    ['ar', 'المصدر: وكالة الأنباء القطرية', 'QNA'],
    ['ro', 'Sursa: Agerpres', 'Agerpres'],
    ['ro', 'Sursă: Agerpres', 'Agerpres'],
    ['sq', 'Burimi: ATA', 'ATA'],
    ['sl', 'Vir: STA', 'STA'],
    ['az', 'Mənbə: APA', 'APA'],
    ['th', 'ที่มา : สำนักข่าวไทย', 'TNA'],
    ['bn', 'সূত্র: বাসস', 'BSS'],
    ['bg', 'Източник: БТА', 'BTA'],
    ['en', 'Source(s): Xinhua', 'Xinhua'],
  ])('%s %s', (_lang, line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });
});

describe('agency bylines over the text: the agency with its place or date', () => {
  it.each([
    ['en', 'PTI Mumbai', 'PTI'],
    ['en', 'IANS New Delhi', 'IANS'],
    ['de', 'SID Freitag, 04.02.2022 | 11:38 Uhr', 'SID'],
    ['it', 'ANSA Roma', 'ANSA'],
    ['no', 'NTB 15.05.2024 kl. 10:12', 'NTB'],
    ['es', 'EFE | Madrid', 'EFE'],
    ['es', 'Europa Press | Madrid', 'Europa Press'],
    ['es', 'Redacción / EFE', 'EFE'],
    ['pt', 'Redação / Agência Brasil', 'Agência Brasil'],
    ['it', 'ANSA / Redazione', 'ANSA'],
  ])('%s %s', (_lang, line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });
});

describe('not credits', () => {
  it.each([
    // An agency quoted or mentioned in the text.
    ['en', 'The minister told Reuters on Monday that the talks had failed.'],
    ['en', 'According to AFP, the convoy was stopped at the border.'],
    ['de', 'Wie die Nachrichtenagentur dpa berichtet, wurde der Zug gestoppt.'],
    ['es', 'Según informó la agencia EFE, el acuerdo se firmó ayer.'],
    ['ru', 'Об этом сообщает ТАСС со ссылкой на источник.'],
    // A picture credited to an agency, alone or as a tagline's only credit.
    ['de', 'Foto: dpa'],
    ['pt', '22/11/2020 - 04:30 - Foto: Agência Brasil'],
    ['en', 'AP Photo'],
    ['en', 'Reuters Graphics'],
    ['en', 'Reuters | Events'],
    ['es', 'Redacción / Juan Pérez'],
    // Words and abbreviations that are not the agency they look like.
    ['en', 'He works for Reuters Events in London.'],
    ['en', 'Delhi chief minister Arvind Kejriwal (AAP)'],
    ['en', 'Artificial general intelligence (AGI)'],
    ['hr', 'Cijena je 500 kuna (HRK, kuna)'],
    ['en', 'Spa (Belgium)'],
  ])('%s %s', (_lang, line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('the registry maps native spellings to one name', () => {
  it.each([
    ['ΑΠΕ-ΜΠΕ', 'ANA-MPA'],
    ['뉴시스', 'Newsis'],
    ['中央社', 'CNA'],
    ['Інтерфакс-Україна', 'Interfax-Ukraine'],
    ['ИНТЕРФАКС', 'Interfax'],
    ['Demirören Haber Ajansı', 'DHA'],
    ['La Presse Canadienne', 'The Canadian Press'],
  ])('%s -> %s', (alias, name) => {
    expect(agencyByAlias(alias)?.name).toBe(name);
  });
});

describe("closing credits in the agencies' own forms", () => {
  it.each([
    ['da', 'Det oplyser politiet i en pressemeddelelse. /ritzau/', 'Ritzau'],
    ['sv', 'Regeringen vill sänka skatten. /TT/', 'TT'],
    ['no', 'Regjeringen legger fram forslaget i dag. /NTB/', 'NTB'],
    ['hi', 'सरकार ने नए नियमों की घोषणा की। (भाषा)', 'PTI'],
    ['ja', '政府は新たな方針を示した。（AFP時事）', 'AFP'],
    ['he', 'המקור: רויטרס', 'Reuters'],
    ['en', '(With inputs from PTI)', 'PTI'],
    ['hi', 'इनपुट: भाषा', 'PTI'],
    ['en', 'The Associated Press contributed to this report.', 'AP'],
    ['en', 'This story was provided by The Associated Press.', 'AP'],
    ['en', 'This article is distributed by Xinhua.', 'Xinhua'],
    ['uk', 'Київ • УНН', 'UNN'],
    ['ko', '[서울=뉴시스] 홍길동 기자 = 정부는 15일 발표했다.', 'Newsis'],
    ['ar', 'المصدر: وكالة الأنباء الفرنسية', 'AFP'],
  ])('%s %s', (_lang, line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });

  it.each([
    ['a path with an agency-like segment', 'http://example.com/afp/'],
    ['the Hindi word for "language" in running text', 'यह जानकारी भाषा विभाग ने दी।'],
    ['unnamed agencies', '(With inputs from agencies)'],
    ['a reporter of the agency contributed, not the agency', 'AP writer Jane Doe contributed to this report.'],
    ['a story provided by readers', 'This story was provided by our readers.'],
    ['an agency named inside a longer provider', 'This story was provided by a local resident who saw the AP crew.'],
    ['a section label before an agency-named product', 'Politik • Reuters-Analyse'],
  ])('none: %s', (_name, line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('English-language trailers and bylines', () => {
  it.each([
    ['the Canadian Press trailer', 'This report by The Canadian Press was first published May 14, 2024.', 'The Canadian Press'],
    [
      'a copyright notice past the short-line limit',
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
      'AP',
    ],
    ['copyright marks twice, then the holder', 'Copyright © 2024 The Canadian Press. All rights reserved.', 'The Canadian Press'],
    ['a year after the holder', '© AFP 2024', 'AFP'],
    ['a range of years', '(c) 2019-2024 Reuters', 'Reuters'],
    ['the writer in capitals, then the agency', 'By JANE SMITH Associated Press', 'AP'],
    ['the writer, then the agency with its article', 'By Jane Smith The Associated Press', 'AP'],
    ['a dash, then the agency, on a line of its own', '— Reuters', 'Reuters'],
  ])('%s', (_name, line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });

  it('a dash, then two agencies', () => {
    expect(credit('– AFP/dpa')).toEqual(['AFP', 'dpa']);
  });

  it.each([
    ['the site holds the copyright', 'Copyright 2024 Example News. All rights reserved.'],
    ['an agency-named product holds it', '© 2024 Reuters Events. All rights reserved.'],
    ['a byline without an agency', 'By JANE SMITH and JOHN DOE'],
    ['a dash, then a person', '— Jane Smith'],
    ['a dash, then a desk', '— The Editors'],
    ['first published, but by no agency', 'This report by The Example Times was first published May 14, 2024.'],
    ['an agency quoted after a dash', '— Reuters reported on Monday that talks had stalled, citing two officials.'],
  ])('none: %s', (_name, line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('source lines that name no outlet', () => {
  it.each([
    ['a repost label', '2005-02-06 13:26更新 来源：转载文章'],
    ['markup a template printed as text', '作者： size="20"  来源： size="20"  发布日期： 7/5/2005'],
    ['"the web"', '来源：网络'],
  ])('%s', (_name, line) => {
    expect(findCredits([line]).sources).toEqual([]);
  });
  it('the outlet on a later source line still counts', () => {
    expect(findCredits(['来源：转载文章', '来源：钱江晚报']).sources).toEqual(['钱江晚报']);
  });
});

describe('a Korean lead naming a non-agency outlet and its reporter', () => {
  it('the outlet is a source, not an agency', () => {
    expect(findCredits(['[부산=스포츠조선 선수민 기자] 롯데 자이언츠 베테랑 투수 노경은이 무너졌다.'])).toEqual({
      agencies: [],
      sources: ['스포츠조선'],
    });
  });
  it('an agency there is a credit', () => {
    expect(findCredits(['[서울=연합뉴스 홍길동 기자] 정부는 15일 발표했다.'])).toEqual({ agencies: ['Yonhap'], sources: [] });
  });
});

it('two agencies joined by an en dash are a set (fi)', () => {
  expect(credit('Hallitus esittelee uuden lain tänään. (STT–AFP)')).toEqual(['STT', 'AFP']);
});

describe('CJK words that spell an agency only in a credit', () => {
  it.each(['【携手共同】各方代表在会上发言。', '两国共同发表联合声明。'])('%s', (line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('desk lists, trailing codes and contributed credits (probe 7 classes)', () => {
  it.each([
    ['de', 'tkr / DPA', ['dpa']],
    ['de', 'afp/dpa/rtr', ['AFP', 'dpa', 'Reuters']],
    ['de', 'kle/pgr (dpa, afp, rtr, kna)', ['dpa', 'AFP', 'Reuters', 'KNA']],
    ['de', 'Quelle: MDR THÜRINGEN/dpa (cke)', ['dpa']],
    ['de', 'SRF 4 News, 09.06.2024, 17:00 Uhr ; sda/brut', ['SDA']],
    ['de', '(20min/sda)', ['SDA']],
    ['de', 'Unsere Quellen: Reporter vor Ort, Nachrichtenagentur dpa', ['dpa']],
    ['en', 'Contributing: The Associated Press', ['AP']],
    ['en', 'Contributing: Jane Doe, USA TODAY; The Associated Press', ['AP']],
    ['en', 'JOHN ROE Associated Press', ['AP']],
  ])('%s %s', (_lang, line, agencies) => {
    expect(credit(line)).toEqual(agencies);
  });

  it.each([
    ['a heading in capitals', 'LATEST FROM REUTERS'],
    ['a section heading', 'WORLD NEWS AP'],
    ['an agency quoted in a sentence', 'berichtet die Nachrichtenagentur Reuters.'],
    ['RTR in capitals (a broadcaster)', 'RTR'],
    ['a date range in brackets', '(2020/2021)'],
  ])('none: %s', (_name, line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('national agencies of the Balkans, Caucasus, Central Asia and Middle East', () => {
  // Their house datelines, read by parseDateline as every agency's.
  it.each([
    ['hy', 'YEREVAN, MAY 15, ARMENPRESS. The government approved the draft budget on Wednesday.', 'Armenpress', 'Yerevan'],
    ['mk', 'Скопје, 15 мај (МИА) - Владата денеска го усвои предлог-буџетот.', 'MIA', 'Скопје'],
    ['en', 'Skopje, 15 May 2024 (MIA) - The government adopted the draft budget today.', 'MIA', 'Skopje'],
    ['bs', 'SARAJEVO, 15. maja (FENA) - Vijeće ministara usvojilo je nacrt budžeta.', 'FENA', 'Sarajevo'],
    ['ro', 'Chișinău, 15 mai /MOLDPRES/. Guvernul a aprobat astăzi proiectul bugetului.', 'Moldpres', 'Chișinău'],
    ['el', 'Λευκωσία, 15 Μαΐου (ΚΥΠΕ) - Το Υπουργικό Συμβούλιο ενέκρινε σήμερα τον προϋπολογισμό.', 'Cyprus News Agency', 'Λευκωσία'],
  ])('%s %s', (_lang, line, agency, place) => {
    const d = parseDateline(line, new Date('2024-05-15T10:00:00Z'));
    expect(d?.agency).toBe(agency);
    expect(d?.dateline.place).toBe(place);
  });

  it.each([
    ['sq', 'Burimi: ATA', 'ATA'],
    ['en', 'Source: Pajhwok Afghan News', 'Pajhwok'],
    ['bs', 'SARAJEVO (FENA) - Vijeće ministara usvojilo je nacrt budžeta.', 'FENA'],
    ['mk', 'Извор: МИА', 'MIA'],
  ])('%s %s', (_lang, line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });

  it.each([
    // Initials that are also names or words: not credited from running text.
    ['en', 'Mia told reporters that ATA members and MIA families had met the minister in Tirana.'],
    ['en', 'The Saba region and the LANA project were discussed at the ANKA conference.'],
  ])('%s not a credit: %s', (_lang, line) => {
    expect(credit(line)).toEqual([]);
  });
});

describe('financial newswires', () => {
  it.each([
    ['(Bloomberg) -- Treasuries rose as traders added to bets on rate cuts.', 'Bloomberg'],
    ['©2024 Bloomberg L.P.', 'Bloomberg'],
    ['— Bloomberg', 'Bloomberg'],
    ['Source: Bloomberg', 'Bloomberg'],
    ['(END) Dow Jones Newswires', 'Dow Jones'],
    ['By Jane Doe | Dow Jones Newswires', 'Dow Jones'],
  ])('%s', (line, agency) => {
    expect(credit(line)).toEqual([agency]);
  });

  it('a Bloomberg dateline', () => {
    const d = parseDateline('NEW YORK (Bloomberg) -- Stocks rose as traders weighed the outlook for rates.', REF_NOON);
    expect(d?.agency).toBe('Bloomberg');
    expect(d?.dateline.place).toBe('New York');
  });

  it.each([
    'Michael Bloomberg said on Tuesday he would fund the program.',
    'The Bloomberg administration built new parks across the city.',
    'The Dow Jones Industrial Average rose 0.4% to a record.',
    'Dow Jones',
  ])('not a credit: %s', (line) => {
    expect(credit(line)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/feeds/parse-date.js';

// [input, expected ISO instant or null, zone assumed?]
const CASES: Array<[string, string | null, boolean?]> = [
  // RFC 822 / 1123 and real-world variants
  ['Tue, 14 May 2024 10:00:00 GMT', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 +0800', '2024-05-14T02:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 -04:00', '2024-05-14T14:00:00.000Z'],
  ['Tue, 14 May 2024 10:00 +0300', '2024-05-14T07:00:00.000Z'],
  ['14 May 2024 10:00:00 EDT', '2024-05-14T14:00:00.000Z'],
  ['Tue, 14 May 24 10:00:00 PST', '2024-05-14T18:00:00.000Z'],
  ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
  ['Sat, 01 Jan 99 00:00:00 GMT', '1999-01-01T00:00:00.000Z'],
  // Two-digit RFC 822 years: feedparser's documented pivot, 90 (00-89 are 2000s, 90-99 the 1990s)
  ['Tue, 14 May 70 10:00:00 GMT', '2070-05-14T10:00:00.000Z'],
  ['14 May 89 10:00 +0200', '2089-05-14T08:00:00.000Z'],
  ['Mon, 14 May 90 10:00:00 GMT', '1990-05-14T10:00:00.000Z'],
  ['24-05-14', '2024-05-14T00:00:00.000Z'], // ISO forms keep RFC 2822's 50
  ['70-05-14', '1970-05-14T00:00:00.000Z'],
  // feedparser's RFC 822 reader: `Etc/` dropped from a zone, a month read by its first three letters
  ['Tue, 14 May 2024 10:00:00 Etc/GMT', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 Etc/UTC', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 Mayo 2024 10:00:00 GMT', '2024-05-14T10:00:00.000Z'],
  ['Wed, 14 Augusti 2024 10:00:00 GMT', '2024-08-14T10:00:00.000Z'],
  ['Tue, 14 Mai 2024 10:00:00 GMT', '2024-05-14T10:00:00.000Z'], // a localized month: see LOCALIZED below
  ['Mar, 14 May 2024 10:00:00 GMT', '2024-05-14T10:00:00.000Z'], // localized day name (es "martes")
  ['Вт, 14 May 2024 10:00:00 +0300', '2024-05-14T07:00:00.000Z'],
  // Localized spellings feedparser also reads: Greek month names, Korean blog formats (Korea time), Hungarian months
  ['Τρι, 29 Ιούν 2004 12:53:00 GMT', '2004-06-29T12:53:00.000Z'],
  ['Κυρ, 11 Ιούλ 2004 12:00:00 EST', '2004-07-11T17:00:00.000Z'],
  ['2004년 05월 28일 01:31:15', '2004-05-27T16:31:15.000Z'],
  ['2004-05-25 오후 11:23:17', '2004-05-25T14:23:17.000Z'],
  ['2004-05-25 오전 1:02:03', '2004-05-24T16:02:03.000Z'],
  ['2004-július-13T9:15-05:00', '2004-07-13T14:15:00.000Z'],
  // US zone names without the S/D (feedparser reads them as standard time), RFC 822 comments, hour-only W3C times
  ['Mon, 26 January 2004 16:31:00 ET', '2004-01-26T21:31:00.000Z'],
  ['Wed, 31 Dec 2003 10:14:55 PT', '2003-12-31T18:14:55.000Z'],
  ['Wed, 31 Dec 2003 10:14:55 -0800 (PST)', '2003-12-31T18:14:55.000Z'],
  ['2003-12-31T10Z', '2003-12-31T10:00:00.000Z'],
  ['14 May 2024 10:00:00 UT', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 Z', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00', '2024-05-14T10:00:00.000Z', true],
  ['Tue, 14 May 2024', '2024-05-14T00:00:00.000Z'],
  ['Tue, 14-May-2024 10:00:00 GMT', '2024-05-14T10:00:00.000Z'],
  ['Tuesday, May 14, 2024 10:00 AM EST', '2024-05-14T15:00:00.000Z'],
  ['May 14, 2024 3:05 pm GMT', '2024-05-14T15:05:00.000Z'],
  ['Tue May 14 10:00:00 PDT 2024', '2024-05-14T17:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 GMT+0200', '2024-05-14T08:00:00.000Z'],
  ['Tue, 31 Apr 2024 10:00:00 GMT', null],
  ['Tue, 14 May 2024 25:00:00 GMT', null],
  // A zone name not in the table after a time: zone-less (feedparser reads it as UTC); no time, no date
  ['Tue, 14 May 2024 10:00:00 XYZZY', '2024-05-14T10:00:00.000Z', true],
  ['Tue, 14 May 2024 10:00 QQT', '2024-05-14T10:00:00.000Z', true],
  ['Tue, 14 May 2024 10:00 WIB', '2024-05-14T03:00:00.000Z'], // a zone the table knows
  ['Tue, 14 May 2024 XYZ', null],
  // RFC 822's military zones with its signs (feedparser's reading), a leap second as the next minute
  ['Tue, 14 May 2024 10:00:00 A', '2024-05-14T11:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 M', '2024-05-14T22:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 N', '2024-05-14T09:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 Y', '2024-05-13T22:00:00.000Z'],
  ['2024-05-14T23:59:60Z', '2024-05-15T00:00:00.000Z'],
  ['2024-05-14T23:59:61Z', null],
  // An hour with no minutes, before a zone (feedparser reads it; without a zone it does not)
  ['Wed, 15 May 2024 10 GMT', '2024-05-15T10:00:00.000Z'],
  ['15 May 2024 9 +0800', '2024-05-15T01:00:00.000Z'],
  ['Wed, 15 May 2024 10', null],
  // W3CDTF / ISO 8601
  ['2024-05-14T10:00:00Z', '2024-05-14T10:00:00.000Z'],
  ['2024-05-14T10:00:00.123+08:00', '2024-05-14T02:00:00.123Z'],
  ['2024-05-14T10:00+08:00', '2024-05-14T02:00:00.000Z'],
  ['2024-05-14 10:00:00 +0800', '2024-05-14T02:00:00.000Z'],
  ['2024-05-14T10:00:00', '2024-05-14T10:00:00.000Z', true],
  ['2024-05-14', '2024-05-14T00:00:00.000Z'],
  ['2024-05', '2024-05-01T00:00:00.000Z'],
  ['2024', '2024-01-01T00:00:00.000Z'],
  ['20240514T100000Z', '2024-05-14T10:00:00.000Z'],
  ['2024-135', '2024-05-14T00:00:00.000Z'],
  ['2024-13-01', null],
  // Unpadded fields between separators (feedparser reads them)
  ['2024-5-5T1:2:3Z', '2024-05-05T01:02:03.000Z'],
  ['2024-5-15 10:23:11', '2024-05-15T10:23:11.000Z', true],
  ['2024-5-5', '2024-05-05T00:00:00.000Z'],
  ['2024-12-5T1:2+08:00', '2024-12-04T17:02:00.000Z'],
  ['2024-5-5T1:2:345Z', null],
  // ISO 8601 with a two-digit year (feedparser reads them; 00-49 are 2000s as in RFC 2822), six digits as YYMMDD
  ['24-05-14', '2024-05-14T00:00:00.000Z'],
  ['240514', '2024-05-14T00:00:00.000Z'],
  ['131205', '2013-12-05T00:00:00.000Z'],
  ['24-05-14T10:00:00Z', '2024-05-14T10:00:00.000Z'],
  ['240514T1000+0200', '2024-05-14T08:00:00.000Z'],
  ['-24-05', '2024-05-01T00:00:00.000Z'],
  ['99-12-31', '1999-12-31T00:00:00.000Z'],
  ['202405', '2024-05-01T00:00:00.000Z'], // no YYMMDD reading (month 24): year and month
  ['24-13-01', null],
  // Year-first slashed dates (Perforce writes them with a day name and a zone)
  ['Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T12:19:53.000Z'],
  ['2024/05/14', '2024-05-14T00:00:00.000Z'],
  ['2024/5/4 10:00', '2024-05-04T10:00:00.000Z', true],
  ['14/05/2024', null],
  // A second zone after the first: the first is the date's
  ['Tue, 14 May 2024 10:00:00 +0000 GMT', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 +0200 CEST', '2024-05-14T08:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 GMT GMT', '2024-05-14T10:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 GMT XYZZY', '2024-05-14T10:00:00.000Z'],
  ['', null],
  ['soon', null],
];

// Dates a CMS wrote in its own locale over an RFC 822 pattern (PHP setlocale + strftime, Java's
// SimpleDateFormat with a default locale), as German, French, Spanish, Italian, Portuguese, Dutch,
// Russian, Polish, Turkish and Indonesian outlets publish them; and the near misses that stay no date.
const LOCALIZED: Array<[string, string | null, boolean?]> = [
  ['Di, 14 Mai 2024 10:00:00 +0200', '2024-05-14T08:00:00.000Z'], // de
  ['Dienstag, 14. Mai 2024 10:00:00 +0200', '2024-05-14T08:00:00.000Z'],
  ['Mi, 18 Dez 2024 09:30:00 MEZ', '2024-12-18T08:30:00.000Z'],
  ['Do, 07 Mär 2024 12:00:00 +0100', '2024-03-07T11:00:00.000Z'],
  ['mar., 14 mai 2024 10:00:00 +0200', '2024-05-14T08:00:00.000Z'], // fr
  ['jeu., 05 déc. 2024 18:15:00 +0100', '2024-12-05T17:15:00.000Z'],
  ['ven., 12 juil. 2024 06:00:00 +0200', '2024-07-12T04:00:00.000Z'],
  ['lun., 03 févr. 2025 07:00:00 +0100', '2025-02-03T06:00:00.000Z'],
  ['mié, 18 dic 2024 10:00:00 +0100', '2024-12-18T09:00:00.000Z'], // es
  ['14 de mayo de 2024 10:00', '2024-05-14T10:00:00.000Z', true],
  ['martes, 14 de mayo de 2024 10:00', '2024-05-14T10:00:00.000Z', true],
  ['14 de maio de 2024 às 10:00', '2024-05-14T10:00:00.000Z', true], // pt
  ['jeu. 16 mai 2024 à 18h30', '2024-05-16T18:30:00.000Z', true], // fr, `18h30`
  ['Tue, 14 May 2024 10h00 GMT', '2024-05-14T10:00:00.000Z'],
  ['Dienstag, 14. Mai 2024, 10:00 Uhr', '2024-05-14T10:00:00.000Z', true], // `Uhr`: no zone
  ['14 мая 2024 г. 10:00', '2024-05-14T10:00:00.000Z', true], // ru `г.` (year)
  ['14 мая 2024 года', '2024-05-14T00:00:00.000Z'],
  ['gio, 05 set 2024 10:00:00 +0200', '2024-09-05T08:00:00.000Z'], // it
  ['mar, 14 mag 2024 10:00:00 +0200', '2024-05-14T08:00:00.000Z'],
  ['sáb, 05 out 2024 10:00:00 -0300', '2024-10-05T13:00:00.000Z'], // pt-BR
  ['ter, 14 mai 2024 10:00:00 -0300', '2024-05-14T13:00:00.000Z'],
  ['di, 05 mrt 2024 10:00:00 +0100', '2024-03-05T09:00:00.000Z'], // nl
  ['Вт, 14 мая 2024 10:00:00 +0300', '2024-05-14T07:00:00.000Z'], // ru
  ['Чт, 05 дек 2024 10:00:00 +0300', '2024-12-05T07:00:00.000Z'],
  ['wt, 05 lis 2024 10:00:00 +0100', '2024-11-05T09:00:00.000Z'], // pl
  ['Sal, 05 Kas 2024 10:00:00 +0300', '2024-11-05T07:00:00.000Z'], // tr
  ['Sel, 14 Mei 2024 10:00:00 +0700', '2024-05-14T03:00:00.000Z'], // id
  ['14.05.2024 10:00', '2024-05-14T10:00:00.000Z', true], // day.month.year: a European order only
  ['14.05.2024 10:00:00 +0200', '2024-05-14T08:00:00.000Z'],
  ['2024年5月14日 10:00', '2024-05-14T10:00:00.000Z', true], // zh/ja
  ['2024年05月14日', '2024-05-14T00:00:00.000Z'],
  // Short offsets: hours alone after GMT/UTC or bare
  ['Tue, 14 May 2024 10:00:00 GMT+2', '2024-05-14T08:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 UTC-5', '2024-05-14T15:00:00.000Z'],
  ['Tue, 14 May 2024 10:00:00 +02', '2024-05-14T08:00:00.000Z'],
  // feedparser's documented two-digit-year ISO forms
  ['-03-12-31', '2003-12-31T00:00:00.000Z'],
  ['03335', '2003-12-01T00:00:00.000Z'],
  // Unpadded minutes and seconds (a template's `G:i:s` without zeros), as feedparser reads them (probe feeds8)
  ['Sun, 16 Dec 2012 1:2:3 -0500', '2012-12-16T06:02:03.000Z'],
  ['Fri, 2 Jan 2004 9:0:1 GMT', '2004-01-02T09:00:01.000Z'],
  // A second zone after the first (`+0000 +0100`): the first is the date's; `Z` after an offset: the offset
  ['Thu, 01 Jan 2004 00:00:00 -0500 +0100', '2004-01-01T05:00:00.000Z'],
  ['2004-06-06T01:03:50+00:00Z', '2004-06-06T01:03:50.000Z'],
  ['2004-06-06T01:03:50-05:00Z', '2004-06-06T06:03:50.000Z'], // feedparser: UTC (the Z); the offset is what the template meant
  // Near misses: still no date
  ['Thu, 01 Jan 2004 10:61:00 GMT', null],
  ['Thu, 01 Jan 2004 10:5:99 GMT', null],
  ['2004-06-06T01:03:50+00:00X', null],
  ['Di, 31 Apr 2024 10:00:00 +0200', null], // no such day, in any language
  ['Di, 14 Mainz 2024 10:00:00 +0200', null], // a word that merely starts like a month
  ['Tue, 14 Xyz 2024 10:00:00 GMT', null],
  ['14.13.2024 10:00', null],
  ['14.05.24', null], // a two-digit year: too many readings
  ['2024.05.14', '2024-05-14T00:00:00.000Z'], // year-first dots (Korean, Chinese, Hungarian sites): unambiguous
  ['Dienstag', null],
  ['10h00', null],
  ['14/05/2024', null],
];

describe('parseFeedDate, localized spellings', () => {
  for (const [input, want, assumed = false] of LOCALIZED) {
    it(JSON.stringify(input), () => {
      const r = parseFeedDate(input);
      expect(r?.date.toISOString() ?? null).toBe(want);
      if (r) expect(r.assumedZone).toBe(assumed);
    });
  }
});

describe('parseFeedDate', () => {
  for (const [input, want, assumed = false] of CASES) {
    it(JSON.stringify(input), () => {
      const r = parseFeedDate(input);
      expect(r?.date.toISOString() ?? null).toBe(want);
      if (r) expect(r.assumedZone).toBe(assumed);
    });
  }
});

describe('parseFeedDate with a configured zone', () => {
  const cases: Array<[string, string, string | null]> = [
    ['2024-05-14 10:00:00', 'Asia/Shanghai', '2024-05-14T02:00:00.000Z'],
    ['Tue, 14 May 2024 10:00:00', 'Europe/Moscow', '2024-05-14T07:00:00.000Z'],
    ['2024-01-15T10:00:00', 'America/New_York', '2024-01-15T15:00:00.000Z'], // EST
    ['2024-07-15T10:00:00', 'America/New_York', '2024-07-15T14:00:00.000Z'], // EDT
    ['2024-05-14T10:00:00+08:00', 'America/New_York', '2024-05-14T02:00:00.000Z'], // an explicit offset wins
    ['2024-05-14 10:00:00', 'Not/AZone', '2024-05-14T10:00:00.000Z'], // unknown zone: UTC
  ];
  for (const [input, zone, want] of cases) {
    it(`${input} in ${zone}`, () => expect(parseFeedDate(input, zone)?.date.toISOString() ?? null).toBe(want));
  }
});

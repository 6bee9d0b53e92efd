/**
 * Month names and zone abbreviations, one table each for every date reader: feed dates
 * (src/feeds/parse-date.ts) and page dates (src/normalize/parse-zoned-date.ts, datelines).
 * Keeping one copy means a month or zone added for one reader is known to the other.
 */

/** English month names and abbreviations, lower case: all RFC 822 / feed dates may use. */
const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Month names and abbreviations, lower case: en, ru, de, da/no/sv, nl, fr, es, it, pt, tr, pl, uk. */
const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...ENGLISH_MONTHS,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  // de, da/no, sv, nl
  januar: 1, februar: 2, märz: 3, mär: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12, dez: 12, okt: 10,
  marts: 3, mars: 3, maj: 5, desember: 12, januari: 1, februari: 2, augusti: 8, maart: 3, mei: 5, augustus: 8,
  // fr, es, it, pt
  janvier: 1, février: 2, fevrier: 2, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // it/es abbreviations (ANSA's `30 DIC`, EFE's `15 ene`)
  gen: 1, mag: 5, giu: 6, lug: 7, ago: 8, sett: 9, ott: 10, dic: 12, ene: 1,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  // tr, pl (genitive), uk (genitive)
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, października: 10, listopada: 11, grudnia: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
};

/**
 * Month number of a month name as written on pages, in any of the languages above (any case,
 * trailing dot), or of its 3- or 4-letter prefix ("Sept.", "Okt", "Dezember"); undefined else.
 */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NUMBERS[n] ?? MONTH_NUMBERS[n.slice(0, 3)] ?? (n.length > 3 ? MONTH_NUMBERS[n.slice(0, 4)] : undefined);
}

/** The word is a month name or abbreviation exactly as listed ("Mai", "DIC"), not merely starting like one ("Mainz"). */
export function isMonthName(word: string): boolean {
  return MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, '')] !== undefined;
}

/**
 * Month number of an English month name or abbreviation exactly as written ("May", "Sept",
 * "december"): what RFC 822 feed dates use. Other languages are not guessed in feeds (feedparser
 * does not either; a feed writing "Mai" has localised a format meant to be English).
 */
export function englishMonthNumber(name: string): number | undefined {
  return ENGLISH_MONTHS[name.toLowerCase()];
}

/**
 * Zone abbreviations printed after a time in feeds and on pages, in minutes east of UTC, upper
 * case. Ambiguous ones are left to each reader: CST (China +8 or US Central -6), AST (Atlantic
 * or Arabia), and RFC 822's one-letter military zones (feeds only).
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, WET: 0, BST: 60, IST: 330, CET: 60, CEST: 120, MET: 60, MEST: 120, MEZ: 60, MESZ: 120, EET: 120, EEST: 180,
  MSK: 180, TRT: 180, EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  JST: 540, KST: 540, HKT: 480, SGT: 480, PHT: 480, WIB: 420, AEST: 600, AEDT: 660, ACST: 570, AWST: 480,
  NZST: 720, NZDT: 780, SAST: 120, EAT: 180, WAT: 60, PKT: 300, IRST: 210, GST: 240,
};

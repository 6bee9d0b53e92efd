/**
 * A line that is only a publication date: "Published May 14, 2024 at 4:00 AM CDT", "Posted
 * 5/14/2024", "Updated 8:03 AM EDT, Tue May 14, 2024", "14/5/2024", "الثلاثاء 14 مايو 2024",
 * "2024年5月14日 18時30分", "2026-05-15 10:21来源：城市日报", "Posted 2h ago, updated 1h ago". An article container that holds the story's header prints one above
 * (or below) the text; it is the page's metadata, never a paragraph of the story.
 */
import { isMonthName, ZONE_ABBREVIATIONS } from '../normalize/date-words.js';

/** The label a date line may open with, in the languages of the corpus. */
const LABEL =
  /^(first published|originally published|last updated|published|posted|updated|modified|date|veröffentlicht( am)?|aktualisiert( am)?|erstellt( am)?|stand|publié( le)?|mis à jour( le)?|publicado( el| em)?|actualizado( el| a las)?|atualizado( em)?|pubblicato( il)?|aggiornato( il| alle)?|publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|gepubliceerd( op)?|bijgewerkt( op)?|опубликовано|обновлено|发布时间|发布日期|更新时间|日期|تاريخ النشر|نشر في|آخر تحديث)\s*(on|:|：)?\s*/iu;

/** A day, a year or an ordinal: 14, 2024, 14., 14th, 1er. */
const NUMBER = /^\d{1,4}(?:st|nd|rd|th|er|e)?\.?$/i;
/** A numeric date (14/5/2024, 5/14/24, 2024-05-14, 14.05.2024) or a time (09:30, 07.00, 05h01, 9:12am). */
const DATE_NUMBER = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m|h)?)\.?$/i;
/**
 * A source label after the date on Chinese portals' header lines (`2026-05-15 10:21来源：城市日报`,
 * `2024-05-14 来源：新华网`, `2024年03月06日10:21 | 来源：人民网`): the header's metadata, like the date.
 */
const SOURCE_AFTER = /\s*[|｜]?\s*(?:来源|來源|稿源|出处|Source|Quelle|Fuente|Fonte)\s*[:：].{1,40}$/u;
/**
 * A relative publication time, alone or two of them ("2h ago", "Posted 2h ago, updated 1h ago",
 * "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos"), as live and app-style templates print
 * it where the date would be.
 */
const RELATIVE_PART =
  /^(?:(?:first |last )?(?:posted|published|updated|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado)\s+)?(?:\d{1,2}\s?(?:s|secs?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|vor\s+\d{1,2}\s+(?:sekunden|minuten|min\.?|stunden|std\.?|tagen)|il y a\s+\d{1,2}\s+(?:secondes?|minutes?|heures?|jours?)|hace\s+\d{1,2}\s+(?:segundos?|minutos?|horas?|días?)|just now)$/i;

function isRelativeLine(text: string): boolean {
  const parts = text.split(/\s*[,|·•]\s*/);
  return parts.length <= 2 && parts.every((p) => RELATIVE_PART.test(p));
}
/** A year, to tell one date from a range ("29 November 2018 | 20 January 2019"). */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/g;

const FILLER = new Set([
  'at',
  'on',
  'the',
  'um',
  'à',
  'a',
  'le',
  'de',
  'del',
  'el',
  'du',
  'в',
  'г',
  'года',
  'am',
  'pm',
  'a.m',
  'p.m',
  'uhr',
  'h',
  // "kl. 09.52" (Norwegian, Danish, Swedish), "a las 19:56h", "alle 15:40", "em 12/05/2024", "om 10:12".
  'kl',
  'las',
  'alle',
  'em',
  'om',
  '|',
  '-',
  '–',
  '—',
  '·',
  '•',
  '/',
]);

const WEEKDAYS = new Set([
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'الأحد',
]);

/**
 * US zones as business and wire pages print them after a time ("9:41 am ET"): no offset of their own
 * (ET is EST or EDT by the date), so not in ZONE_ABBREVIATIONS; in capitals only (French "et").
 */
const US_ZONES = new Set(['ET', 'CT', 'MT', 'PT']);

/** A CJK date and time written without spaces: 2024年5月14日, 18時30分, 2024年05月14日 10:21. */
const CJK_DATE = /^\d{4}年\d{1,2}月\d{1,2}日(?:\s*(?:\d{1,2}[時时:]\d{1,2}分?)?)?(?:\s+\d{1,2}:\d{2})?$/u;

/**
 * Whether a block of text is only one date (and time), with an optional "Published"-style label.
 * Two dates are a range (an exhibition's, a season's), which is text.
 */
export function isDateLine(text: string): boolean {
  if (text.length > 80) return text.length <= 160 && isDatePair(text);
  return isOneDate(text) || isDatePair(text);
}

/**
 * Where a second, "updated" date starts in a header line that prints two: "Publisert 04.08.2024, kl.
 * 01.38 Oppdatert 04.08.2024, kl. 09.52", "August 30, 2023 1:55 am(Updated 4:30 am)", "Publié le 3
 * mai 2024 à 10h12, mis à jour le …", "Publicado em 12/05/2024 - 10:30 Atualizado em …".
 */
const UPDATE_LABEL =
  /[\s,;·|•(–—-]\(?(?:last updated|updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|oppdatert|uppdaterad|opdateret|bijgewerkt|обновлено|更新时间)(?![\p{L}])/iu;

/**
 * A published date and an updated one on one line (UPDATE_LABEL), each a date line of its own. A
 * range ("29 November 2018 | 20 January 2019") has no label before its second date.
 */
function isDatePair(text: string): boolean {
  const m = UPDATE_LABEL.exec(text);
  if (m === null || m.index === 0) return false;
  const first = text.slice(0, m.index).replace(/[\s,;·|•–—-]+$/u, '');
  const second = text.slice(m.index + 1).replace(/^\(|\)$/g, '');
  return first !== '' && first.length <= 80 && second.length <= 80 && isOneDate(first) && isOneDate(second);
}

function isOneDate(text: string): boolean {
  if (isRelativeLine(text)) return true;
  const rest = text.replace(LABEL, '').replace(SOURCE_AFTER, '').trim();
  if (rest === '' || (rest.match(YEAR)?.length ?? 0) > 1) return false;
  if (CJK_DATE.test(rest)) return true;
  let numbers = 0;
  let months = 0;
  let dated = false;
  for (const raw of rest.split(/[\s,]+/)) {
    if (raw === '') continue;
    const w = raw.replace(/[()]/g, '');
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (DATE_NUMBER.test(w)) {
      numbers++;
      dated = true;
    } else if (NUMBER.test(w)) numbers++;
    else if (isMonthName(w)) {
      months++;
      dated = true;
    } else if (!(WEEKDAYS.has(lower) || FILLER.has(lower) || ZONE_ABBREVIATIONS[w.toUpperCase()] !== undefined || US_ZONES.has(w)))
      return false;
  }
  return numbers > 0 && dated && months <= 1;
}

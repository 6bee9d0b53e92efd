/**
 * A line that is only a publication date: "Published May 14, 2024 at 4:00 AM CDT", "Posted
 * 5/14/2024", "Updated 8:03 AM EDT, Tue May 14, 2024", "14/5/2024", "الثلاثاء 14 مايو 2024",
 * "2024年5月14日 18時30分". An article container that holds the story's header prints one above
 * (or below) the text; it is the page's metadata, never a paragraph of the story.
 */
import { isMonthName, ZONE_ABBREVIATIONS } from '../normalize/date-words.js';

/** The label a date line may open with, in the languages of the corpus. */
const LABEL =
  /^(first published|originally published|last updated|published|posted|updated|modified|date|veröffentlicht( am)?|aktualisiert( am)?|erstellt( am)?|stand|publié( le)?|mis à jour( le)?|publicado( el)?|actualizado( el)?|pubblicato( il)?|aggiornato( il)?|опубликовано|обновлено|发布时间|发布日期|更新时间|日期|تاريخ النشر|نشر في|آخر تحديث)\s*(on|:|：)?\s*/iu;

/** A day, a year or an ordinal: 14, 2024, 14., 14th, 1er. */
const NUMBER = /^\d{1,4}(?:st|nd|rd|th|er|e)?\.?$/i;
/** A numeric date (14/5/2024, 5/14/24, 2024-05-14, 14.05.2024) or a time (09:30, 07.00, 05h01). */
const DATE_NUMBER = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[:.h]\d{2}(?::\d{2})?)\.?$/;
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

/** A CJK date and time written without spaces: 2024年5月14日, 18時30分, 2024年05月14日 10:21. */
const CJK_DATE = /^\d{4}年\d{1,2}月\d{1,2}日(?:\s*(?:\d{1,2}[時时:]\d{1,2}分?)?)?(?:\s+\d{1,2}:\d{2})?$/u;

/**
 * Whether a block of text is only one date (and time), with an optional "Published"-style label.
 * Two dates are a range (an exhibition's, a season's), which is text.
 */
export function isDateLine(text: string): boolean {
  if (text.length > 80) return false;
  const rest = text.replace(LABEL, '').trim();
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
    } else if (!(WEEKDAYS.has(lower) || FILLER.has(lower) || ZONE_ABBREVIATIONS[w.toUpperCase()] !== undefined)) return false;
  }
  return numbers > 0 && dated && months <= 1;
}

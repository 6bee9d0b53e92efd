/**
 * Latin- and Cyrillic-script bylines in a page's header lines: "By Jane Roe", "Von Anna Berger,
 * dpa", "von Sabine Keller", "Posted by Ellen Brooks on May 15, 2024", "Publié par Sophie Lefèvre",
 * "15.05.2024, 10:15 Uhr von Jörg Hansen", "Авторы: Сергей Иванов и Мария Петрова", "By Anna Lee,
 * Brian Cho and Carlos Mendez". The names come out as written, the list unsplit: splitNames and
 * isPersonName (clean-names.ts) sort out places, roles, outlets and agencies.
 */
import { agencyByAlias } from './agencies.js';
import { isMonthName } from './date-words.js';
import { STAMP_WORDS, trimByline } from './trim-byline.js';

/**
 * Labels that open a byline, as printed before the name (capitalised, or anywhere after a space),
 * with the genre or the writer's role some print between label and name ("Ein Kommentar von",
 * "Von unserem Korrespondenten", "Door onze redacteur", "A cura di", "Opracowanie:"). Words that
 * also open other header lines ("Text alerts", "Reporter Jane Roe's notebook") count with a colon only.
 */
const CAP_LABELS =
  '(?:POR|BY|PAR|VON|DI|DOOR|TEXTO|AUTOR|AUTHOR)(?=\\s*[:：])|(?:Texto|Text|Texte) (?:y|e|und|et|and) (?:[Ff]otos?|[Pp]hotos?)|Reportagem(?=\\s*[:：])|Propos recueillis par|Entretien réalisé par|Entrevista de|Entrevista por|Dal nostro inviato|Dalla nostra inviata|Dal nostro corrispondente|Dalla nostra corrispondente|Reportaje(?=\\s*[:：])|By|Von|Por|Par|Af|Av|Di|Door|Od|Yazan|Yazar|Autor|Autorin|Autorin/Autor|Autor/Autorin|Autoren|Autorzy|Autoři|Author|Authors|Auteur|Auteurs|Autore|Autori|Text(?=\\s*[:：])|Texte|Texto|Testo|Tekst|Haber(?=\\s*[:：])|Penulis|Pewarta(?=\\s*[:：])|Reporter(?=\\s*[:：])|Writer(?=\\s*[:：])|Correspondent(?=\\s*[:：])|Escrito por|Écrit par|Scritto da|Skrevet av|Skrivet av|Geschrieben von|Oleh|Автор|Авторы|Автори|Текст|Das Gespräch führte|Interview|Opracowanie|Opracował|Opracowała|Muhabir(?=\\s*[:：])|A cura di|Eine? (?:Kommentar|Gastkommentar|Analyse|Gastbeitrag|Essay|Bericht|Reportage|Kolumne|Glosse|Beitrag|Artikel) von|Von unser(?:em|er) \\p{L}+|Door onze \\p{L}+';
/** The one-word labels in lower case: read at the start of a line, after a verb or after a date only ("polled by Reuters" is prose). */
const LOW_LABELS =
  'by|von|por|par|di|door|av|af|oleh|a cura di|dal nostro inviato|dalla nostra inviata|dal nostro corrispondente|dalla nostra corrispondente|propos recueillis par|von unser(?:em|er) \\p{L}+|door onze \\p{L}+';
/** Verbs that open a byline with a lower-case label: "Posted by", "Written by", "Publicado por", "Publié par", "scritto da". */
const BYLINE_VERBS =
  '[Pp]osted|[Ww]ritten|[Ss]tory|[Ww]ords|[Ss]ubmitted|[Pp]ublished|[Rr]eported|[Pp]ublicado|[Ee]scrito|[Pp]ublié|[ÉéEe]crit|[Ss]critto|[Pp]ubblicato|[Gg]eschrieben|[Vv]erfasst|[Ss]krevet|[Ss]krivet|[Pp]ublisert|[Gg]eschreven|[Gg]epubliceerd';
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]+";
/** Lower-case name particles, inside a name only ("Sanne de Jong"; not "Sophie Lefèvre le 15 mai"). */
const PARTICLE =
  '(?:de|van|von|der|den|da|das|do|dos|del|della|di|du|la|le|bin|ibn|al|ter|zu)(?:\\s+(?:la|las|los|le|der|den))?(?=\\s+\\p{Lu})';
/**
 * A list of names: the first of two to five words, then others after a comma or an "and" of the
 * languages bylines are written in; one-word items ("Reuters", "Valencia", "Staff Writer") are read
 * too and sorted out by splitNames and isPersonName.
 */
const NAMES = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){1,5}(?:(?:\\s*,\\s*(?:(?:and|und|y|et|e|en|og|och|i|ve|и|і|&)\\s+)?|\\s+(?:and|und|y|et|e|en|og|och|i|ve|и|і|avec|with|mit|con|com|med)\\s+|\\s*&\\s*)${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){0,4})*`;
/**
 * WordPress themes' post meta that names the category before the writer: "Posted in Health by
 * Jane Roe", "Filed under World by Peter Okafor", "Publicado en Política por María López", the default
 * theme's "This entry was posted in News by Jane Roe. Bookmark the permalink.".
 */
const FILED_IN_BY =
  '^(?:This (?:entry|post) was posted|Posted|Filed|Published|Publicado|Publié)\\s+(?:in|under|en|dans)\\s+[^|·]{1,60}?\\s+(?:by|por|par)';
/**
 * What agencies and outlets print between the label and the names: the writer's role, often with
 * the agency first ("By Xinhua writers Sun Li and Wu Qi", "By AFP correspondent Jane Roe", "By staff
 * reporter Jane Roe", "By Xinhua News Agency reporter Chen Wen"), or the outlet's possessive ("By
 * Xinhua's Ma Qian", "By Reuters' Jane Roe"). Without names after it ("By Reuters staff") it is no
 * byline.
 */
/** A writer's job as bylines print it before the names: "writers", "staff reporter", "Senior Correspondent". */
export const WRITER_JOB = `(?:(?:[Ss]taff|[Ss]enior|[Cc]hief|[Ss]pecial|[Ff]oreign|[Pp]olitical|[Ee]conomics|[Bb]usiness|[Ss]ports|[Ii]nvestigative)\\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?)`;
/**
 * The same in Romance languages, with its article: "Por la corresponsal Ana Gómez", "Por Jornalista
 * Rita Marques", "Par notre envoyée spéciale Claire Martin", "dal nostro inviato Marco Ferri".
 */
const ROMANCE_JOB =
  '(?:(?:el|la|los|las|o|a|le|il|lo|nuestr[oa]|nuestr[oa]s|noss[oa]|notre|nos|nostr[oa])\\s+)?(?:[Cc]orresponsal|[Ee]nviad[oa] especial|[Pp]eriodista|[Rr]edactor(?:a)?|[Jj]ornalista|[Rr]epórter|[Cc]orrespondente|[Ee]nvoyée? spéciale?|[Cc]orrespondante?|[Jj]ournaliste|[Ii]nviat[oa]|[Cc]orrispondente|[Gg]iornalista)\\s+';
const ROLE_BEFORE_NAMES = `(?:${ROMANCE_JOB}|(?:${NAME_WORD}(?:\\s+News\\s+Agency)?\\s+)?${WRITER_JOB}\\s+|\\p{Lu}\\p{L}*['’]s?\\s+(?=${NAME_WORD}\\s))`;
/**
 * A Latin- or Cyrillic-script byline: a capitalised label anywhere after a space ("By", "Von",
 * "Autor:"), a lower-case one at the start of the line ("von Sabine Keller", "di Francesca Conti"),
 * after a verb ("Posted by", "Publié par") or after a date or time ("15.05.2024, 10:15 Uhr von
 * Jörg Hansen", "Posted on May 15, 2024 by Jane Roe").
 */
const LATIN_BYLINE = new RegExp(
  `(?:(?:^|[\\s|·])(?:${CAP_LABELS})|^(?:${LOW_LABELS})|(?:^|\\s)(?:${BYLINE_VERBS})\\s+(?:${LOW_LABELS}|da|de)|${FILED_IN_BY}|(?<=(?:\\d|Uhr|[ap]\\.m\\.|AM|PM|am|pm|ago)[.,]?)\\s+(?:${LOW_LABELS}))\\s*[:：]?\\s+(?:${ROLE_BEFORE_NAMES})?(${NAMES})`,
  'u',
);
/**
 * A line that opens with a name glued to the posted/updated time ("Laura BennettPublished May 15,
 * 2024", "Jane RoeUpdated 3 hours ago"): a template that prints the byline and the time side by
 * side without a label; the glued stamp word shows the name is the byline.
 */
const GLUED_BYLINE = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}?)(?<=\\p{Ll})(?:${STAMP_WORDS})(?!\\p{Ll})`, 'u');
/** An editor's label right before the names: the "By" of "Edited By:" and India Today's "Published By:" is no writer's byline. */
const EDITOR_BEFORE = /(?:^|[\s|·])(?:Edited\s+by|Published\s+by\s*[:：])\s*[:：]?\s*$/iu;
/** The names at the start of a byline's rest. */
const NAMES_FIRST = new RegExp(`^(${NAMES})`, 'u');
/** A line that is only a byline label ("Written by", "By", "Autor:"): the name is on the next line. */
const BYLINE_LABEL_ONLY = new RegExp(
  `^(?:(?:${BYLINE_VERBS})\\s+(?:${LOW_LABELS}|da|de)|By|Von|Por|Par|Di|Door|Av|Af|Autor|Autorin|Autoren|Author|Authors|Auteur|Autore|Text|Texte|Texto|Автор|Авторы|${LOW_LABELS})\\s*[:：]?$`,
  'u',
);

/**
 * The names of the Latin- or Cyrillic-script byline in `line`, as written, or null. What follows
 * the names on the line (the time, a photo credit) is cut before they are read: "Par Thomas
 * Girard Mis à jour le …" gives "Thomas Girard", not "Thomas Girard Mis".
 */
export function latinByline(line: string): string | null {
  const m = LATIN_BYLINE.exec(line);
  if (!m) return GLUED_BYLINE.exec(line)?.[1] ?? null;
  const from = m.index + m[0].length - m[1]!.length;
  // "Edited By: Jane Roe", "Published By: Jane Roe": an editor's line, read by editorNames.
  if (EDITOR_BEFORE.test(line.slice(0, from))) return null;
  // "PTI | | Posted by Jane Roe" (Hindustan Times): after the agency's byline, the poster is the web producer.
  if (producerAfterCredit(line.slice(0, from))) return null;
  const names = sentenceCut(NAMES_FIRST.exec(trimByline(line.slice(from)))?.[1] ?? m[1]!);
  // "by Regan December 27, 2019": a month with the day after it is the date, not a surname ("Brian May" stays).
  const last = /\s(\p{L}+)$/u.exec(names);
  const rest = line.slice(from + names.length);
  return last && isMonthName(last[1]!) && /^\s*\d/u.test(rest) ? names.slice(0, last.index) : names;
}

/** "Posted by" after a bar, with an agency alone before the bar: the story's credit, then its web producer. */
const POSTED_AFTER_BAR = /^\s*([^|]{2,40}?)\s*(?:\|\s*)+(?:Posted|Uploaded|Published)\s+by\s*[:：]?\s*$/u;
function producerAfterCredit(before: string): boolean {
  const m = POSTED_AFTER_BAR.exec(before);
  return m !== null && agencyByAlias(m[1]!) !== undefined;
}

/**
 * The names up to a sentence's end after two words or more: "Marcia Brown. Bookmark the permalink."
 * ends at "Brown" (a title's stop, "Prof. Jane Roe", comes after the first word and stays).
 */
function sentenceCut(names: string): string {
  const stop = /(?<=\p{Ll}{2})\.\s/u.exec(names);
  return stop && names.slice(0, stop.index).includes(' ') ? names.slice(0, stop.index) : names;
}

/** Whether `line` is only a byline label ("Written by", "By", "Autor:"): the name is on the next line. */
export function bylineLabelOnly(line: string): boolean {
  return BYLINE_LABEL_ONLY.test(line.trim());
}

/**
 * What follows the writer's name in a byline value and is not a name: the time the story was
 * posted or updated ("Jane Roe Updated 3 hours ago", and glued as a template prints it without a
 * space: "Jane RoeUpdated 3 hours ago", "Thomas BeckerAktualisiert: 15.05.2024"), a reading time
 * ("· 4 min read"), the writer's e-mail address or handle ("Sam Whitfield swhitfield@x.com",
 * "@mariasantos"), and the photographer's credit ("Text: Anna Berger | Fotos: Max Muster",
 * "Jane Roe; Photography by Kevin Lam").
 */
import { isMonthName } from './date-words.js';

/** Words that open the posted/updated time after a byline, in the languages bylines are read in (an alternation). */
export const STAMP_WORDS =
  'Updated|Last updated|Published|Posted|Modified|Aktualisiert|Veröffentlicht|Zuletzt aktualisiert|Stand(?=\\s*:)|Actualizado|Publicado|Atualizado|Actualisé|Mis à jour|Publié|Aggiornato|Pubblicato|Bijgewerkt|Gepubliceerd|Oppdatert|Publisert|Uppdaterad|Publicerad|Opdateret|Zaktualizowano|Opublikowano|Güncelleme|Güncellendi|Обновлено|Опубликовано|Обновлен';

/** A stamp word glued to the name's last letter ("RoeUpdated"): the template left out the space. */
const GLUED_STAMP = new RegExp(`(?<=\\p{Ll})(?:${STAMP_WORDS})(?![\\p{Ll}]).*$`, 'u');
/**
 * A stamp word after a space, then anything: "Jane Roe Updated 11:42 AM", "Von Stefanie Wolf
 * Aktualisiert am 15.05.2024"; or opening the value ("Updated:March 16, 2020" in the byline's box),
 * unless a writer follows it ("Published by …", "Posted in Health by …").
 */
const SPACED_STAMP = new RegExp(
  `(?:^|\\s+)(?:${STAMP_WORDS})(?=[\\s:：]|$)(?!\\s+(?:(?:in|under|en)\\s+[^|·]{1,60}?\\s+)?(?:by|von|por|par|di|door|av)\\s).*$`,
  'u',
);
/** "3 hours ago", "vor 2 Stunden", "hace 3 horas", "il y a 2 heures" closing a byline. */
const AGO =
  /\s+(?:\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|vor\s+\d+\s+(?:Minuten|Stunden|Tagen)|hace\s+\d+\s+(?:minutos|horas|días)|il y a\s+\d+\s+(?:minutes|heures|jours)|\d+\s+(?:min|minute|minutes)\s+read)\b.*$/iu;
/** A mail address or a social handle. */
const CONTACT = /(?:^|\s)(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.]{2,30})(?=\s|$)/gu;
/**
 * A photographer's (or illustrator's, camera operator's) credit, from its label to the end:
 * "Photos by Kevin Lam", "Fotos: Max Muster", "Photography by …", "Foto: …", "Photo : …".
 */
const PHOTO_CREDIT =
  /(?:^|[\s,;|·•–—-]+)(?:Photos?|Photographs?|Photography|Fotos?|Fotografie|Fotografía|Fotografia|Fotograf(?:in)?|Bild(?:er)?|Pictures?|Images?|Illustrations?|Grafik|Graphics?|Video|Kamera|Camera|Фото|Фотографии|Zdjęcia|Fotoğraf(?:lar)?)(?:\s+(?:and|und|et|y|e)\s+\p{L}+)?\s*(?:[:：]|\s(?:by|von|par|por|di|de|av|af|door)\s)\s*.*$/iu;

/**
 * The same credit in CJK bylines, its label joined to the name by a slash, colon or bar: "文/李华
 * 图/张伟", "取材・文／田中太郎 撮影／鈴木花子", "김민수 기자 사진=이지은"; and in scripts without
 * capitals, with its colon: "เรื่อง: สมชาย ใจดี ภาพ: สมหญิง รักดี", "عکس: …", "تصوير: …", "צילום: …", "फोटो: …".
 * A translator's credit goes the same way ("文/约翰·史密斯 译/李华", "译者：阮一峰"): no writer.
 */
const CJK_PHOTO_CREDIT =
  /(?:^|[\s\u3000,，、|｜]+)(?:(?:图|圖|图片|圖片|摄影|攝影|摄|攝|写真|撮影|사진|译者|譯者|翻译|翻譯|译|譯)\s*[/／:：丨|=・]|(?:ภาพ|รูป|عکس|تصویر|تصوير|صورة|צילום|फोटो|ছবি)\s*[:：]).*$/u;

/** A preposition left before a cut date. */
const DATE_PREPOSITION = /\s+(?:on|am|le|el|il|em|den|op|på)$/u;
/**
 * Capitalised where a template starts the date with it, read by the date's language: "Par Claire
 * Dubois Le 15 mai 2024", "Anna Berg Am 15.05.2024"; "By Jane Le 15 May 2024" keeps her surname.
 */
const CAPITAL_PREPOSITION: ReadonlyArray<[RegExp, RegExp]> = [
  [
    /\s+Le$/u,
    /^\d{1,2}(?:er)?\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b/iu,
  ],
  [/\s+Am$/u, /^\d{1,2}\.\s?(?:\d{1,2}\.|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/u],
];

/** The byline value without what follows the names (see the file comment); trimmed. */
export function trimByline(value: string): string {
  const v = value
    .replace(CONTACT, ' ')
    .replace(PHOTO_CREDIT, '')
    .replace(CJK_PHOTO_CREDIT, '')
    .replace(GLUED_STAMP, '')
    .replace(SPACED_STAMP, '')
    .replace(AGO, '');
  return withoutDate(v)
    .replace(/\s+/g, ' ')
    .replace(/[\s,;|·•–—-]+$/u, '')
    .trim();
}

/**
 * The value up to a date after the names ("Giulia Bianchi 15 maggio 2024 10:40", "Jane Roe, May
 * 15, 2024", "Ahmet Yilmaz |15.05.2024"): names hold no digits, so the first number after a
 * space ends them, with a month name right before it.
 */
function withoutDate(v: string): string {
  const at = /[\s,|·•]\d/u.exec(v);
  if (!at) return v;
  const head = v.slice(0, at.index).replace(/[\s,;|·•–—-]+$/u, '');
  // A date before the names ("2024-05-15 11:02 作者：王五") is no byline's tail.
  if (!/\p{L}/u.test(head)) return v;
  const last = /(?:^|\s)(\p{L}+)\.?$/u.exec(head);
  // The date's preposition goes with it: "Posted by Maria Santos on May 15, 2024", "Von Anna Berger am 15.05.2024".
  const name = last && isMonthName(last[1]!) ? head.slice(0, last.index) : head;
  const date = v.slice(at.index + 1);
  const capital = CAPITAL_PREPOSITION.find(([word, after]) => word.test(name) && after.test(date));
  return capital ? name.replace(capital[0], '') : name.replace(DATE_PREPOSITION, '');
}

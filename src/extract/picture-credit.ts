/**
 * A picture's credit that ends a line of the text without brackets: the Guardian's
 * "… Photograph: Christopher Furlong/Getty Images", a German dek's "… Foto: Kay Nietfeld/dpa",
 * EFE's "… EFE/Pepe Zamora", a Chinese page's "图片来源：新华社", and bracketed ones
 * (PHOTO_CREDIT_LINE: "… (AP Photo/Vahid Salemi)", "(Bild: Keystone)"). A short line so ended is the picture's caption,
 * printed as a paragraph under it, and goes whole; a long one is a lead or a dek the template
 * glued the credit to, which stays without it.
 */

import { PHOTO_CREDIT_LINE } from './hints.js';

/**
 * A name or an agency, as credits print them: capitalised words (with "via", "von", "de" between),
 * or an agency that spells itself in lower case ("dpa", "imago", "picture alliance").
 */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’&-]*|dpa|ddp|epd|kna|imago|picture alliance|epa|afp)`;
const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|via|de|di|van|von|da|del|y|und|et|and|staff|file|archive|archiv|handout|supplied))*`;
const CREDIT_NAME = String.raw`${NAME}(?:\s*\/\s*${NAME}){0,3}`;

/** "Photograph: Jane Doe/Reuters" after the caption's sentence; the label in the corpus's languages. */
const LABELLED = new RegExp(
  // Not case-insensitive: under /i, \p{Lu} takes lower-case letters too, and a sentence ("Photo: the council said …") would pass as a name.
  String.raw`(?<=[.!?"”»)]|^)\s*(?:[Pp]hotograph|[Pp]hotos?|PHOTO|[Ff]otos?|FOTO|[Bb]ild|BILD|[Ii]mage|[Ii]mage [Ss]ource|[Ii]mage [Cc]redit|[Bb]ildrechte|[Bb]ildquelle|[Pp]icture|[Ii]llustration|[Ii]magen|[Ff]otografía|[Ii]mmagine|[Фф]ото|ФОТО|[Cc]redit|[Cc]rédit(?: photo)?|[Cc]rédito|[Pp]hoto credit)\s*:\s*${CREDIT_NAME}\.?$`,
  'u',
);

/** An agency's photo credit after the caption's sentence: "EFE/Pepe Zamora", "AFP/John Smith", "dpa/Sven Hoppe". */
const AGENCY_SLASH = new RegExp(
  String.raw`(?<=[.!?"”»])\s+(?:EFE|AFP|AP|dpa|DPA|Reuters|REUTERS|ANSA|EPA|Europa Press|Xinhua|Getty Images|Keystone|KEYSTONE|picture alliance|Anadolu)\s*\/\s*${NAME}$`,
  'u',
);

/**
 * A stock or archive picture's mark after the caption's sentence: "… at the central depot. File
 * image", "… im Betriebshof. Symbolbild". Only after a sentence: "File photos show …" opens prose.
 */
const FILE_TAIL = /(?:image|photo|picture|bild|foto)\.?$/i;
const FILE_PICTURE = /(?<=[.!?"”»])\s+(?:[Ff]ile (?:image|photo|picture)|[Aa]rchive (?:image|photo)|Archivbild|Symbolbild|Archivfoto)\.?$/u;

/** A Chinese, Japanese or Korean credit line: 图片来源：新华社, 摄影：张三, 写真：共同, 사진=연합뉴스. */
const CJK_CREDIT = /^(?:图片来源|圖片來源|图片|圖片|图|摄影|攝影|供图|供圖|写真|사진)\s*[:：=＝]\s*\S{1,30}$/u;

/** Longest text before a credit that is still read as the caption of a picture. */
const CAPTION_MAX = 150;

/**
 * The line without its picture credit: the line itself when it has none, '' when it is a credit
 * or a caption ending with one (a line under CAPTION_MAX before the credit), else the text
 * before the credit.
 */
export function withoutPictureCredit(line: string): string {
  if (line.length > 400) return line;
  // Every credit but a file picture's mark has a colon, a slash, an equals sign or a bracket: most
  // lines are passed over untested.
  let m: RegExpExecArray | null = null;
  if (/[:：/=＝)]/.test(line)) {
    if (CJK_CREDIT.test(line)) return '';
    m = (line.endsWith(')') ? PHOTO_CREDIT_LINE.exec(line) : null) ?? LABELLED.exec(line) ?? AGENCY_SLASH.exec(line);
  }
  if (m === null && FILE_TAIL.test(line.slice(-9))) m = FILE_PICTURE.exec(line);
  if (!m) return line;
  const before = line.slice(0, m.index).trim();
  return before.length < CAPTION_MAX ? '' : before;
}

/**
 * Bylines in scripts without capitals, where a name cannot be told from the words around it by
 * case: the label before the name is what marks it. Arabic ("كتب ضحى عرفة", "بقلم: أحمد علي"),
 * Persian ("نویسنده: علی رضایی", "به قلم مریم احمدی"), Urdu ("تحریر: ..."), Hebrew ("מאת: דנה
 * כהן"), Hindi ("लेखक: राहुल शर्मा"), Bengali ("লেখক: ..."), Thai ("โดย สมชาย ใจดี"). The name is
 * two to four words of the label's script, closing the line or followed by a bar, a spaced dash, a
 * date or the next label ("เรื่อง: สมชาย ใจดี ภาพ: …") (not a comma: "كتب الرئيس في رسالته، ..." is a sentence).
 */

/** Letters of each script (no digits, no punctuation: Arabic-Indic digits and the danda end a name). */
const ARABIC = '[\\u0621-\\u064a\\u0671-\\u06d3\\u200c]';
const HEBREW = `[\\u05d0-\\u05ea'׳"״-]`;
const DEVANAGARI = '[\\u0900-\\u0963\\u0971-\\u097f]';
const BENGALI = '[\\u0980-\\u09e3\\u09f0\\u09f1]';
const THAI = '[\\u0e01-\\u0e4e]';

/**
 * Labels per script. Verbs and "by" words stand alone ("كتب", "מאת", "โดย"); nouns that also open
 * sentences ("گزارش" report, "रिपोर्ट") need their colon.
 */
const SCRIPTS: ReadonlyArray<{ letters: string; labels: string }> = [
  { letters: ARABIC, labels: '(?:كتب|كتبت|بقلم|نویسنده|نوشته|به قلم|تحریر|(?:گزارش|خبرنگار|مصنف|رپورٹ)(?=\\s*:))' },
  { letters: HEBREW, labels: '(?:מאת|(?:כתב|כתבה|כתבת)(?=\\s*:))' },
  { letters: DEVANAGARI, labels: '(?:लेखक|लेखिका|(?:रिपोर्ट|रिपोर्टर)(?=\\s*:))' },
  { letters: BENGALI, labels: '(?:লেখক|লেখা)(?=\\s*:)' },
  { letters: THAI, labels: '(?:โดย|ผู้เขียน|เรื่อง(?=\\s*:))' },
];

const PATTERNS = SCRIPTS.map(
  ({ letters, labels }) =>
    new RegExp(
      `(?:^|\\s)${labels}(?:\\s*[:：]\\s*|\\s+[-–—]\\s+|\\s+)(${letters}{2,}(?:\\s+${letters}{2,}){1,3})(?=\\s*$|\\s*[|·•]|\\s+[-–—/]\\s|\\s+[\\d\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f]|\\s+${letters}+\\s*[:：])`,
      'u',
    ),
);

/** The writer's name in a byline line of one of these scripts, or null. */
export function scriptBylineName(line: string): string | null {
  for (const p of PATTERNS) {
    const m = p.exec(line);
    if (m) return m[1]!.trim();
  }
  return null;
}

/**
 * Hebrew glues "and" to the next name ("דנה כהן ויוסי לוי"): the names, split there when both
 * sides are full names of two words or more (a name may start with ו: ורד).
 */
export function hebrewNames(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  const at = words.findIndex((w, i) => i >= 2 && words.length - i >= 2 && /^ו[\u05d0-\u05ea]{2,}/u.test(w));
  if (at < 0 || !/^[\u05d0-\u05ea'"׳״\s-]+$/u.test(name)) return [name];
  return [words.slice(0, at).join(' '), [words[at]!.slice(1), ...words.slice(at + 1)].join(' ')];
}

/** The writers of a byline line in one of these scripts (see scriptBylineName, hebrewNames). */
export function scriptBylineNames(line: string): string[] {
  const name = scriptBylineName(line);
  return name === null ? [] : hebrewNames(name);
}

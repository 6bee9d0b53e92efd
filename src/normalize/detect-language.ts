/**
 * A small language detector: Unicode script ranges decide most languages outright; Latin
 * text is told apart by stopword counts. The page's own declaration (`<html lang>`,
 * og:locale) wins when the text agrees with it or is too short to say.
 */

import { southSlavicLatin } from './south-slavic.js';

/** Script ranges and their language (the regexes document the ranges; scriptOf reads them). */
export const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[A-Za-z\u00c0-\u024f]/g, 'latin'],
];

/**
 * Index in SCRIPTS of the range holding a UTF-16 code unit (the ranges do not overlap), or -1.
 * A range is one unsigned compare, `(c - lo) >>> 0 <= hi - lo` (see
 * src/normalize/letter-or-digit.ts: `c >= lo && c <= hi` left the second compare without type
 * feedback until a text reached it, a deopt of the compiled code in a fresh process).
 */
function scriptOf(c: number): number {
  if (c < 0x370) return (c - 65) >>> 0 <= 90 - 65 || (c - 97) >>> 0 <= 122 - 97 || (c - 0xc0) >>> 0 <= 0x24f - 0xc0 ? 9 : -1;
  if (c <= 0x3ff) return 8;
  if ((c - 0x400) >>> 0 <= 0x4ff - 0x400) return 3;
  if ((c - 0x590) >>> 0 <= 0x5ff - 0x590) return 5;
  if ((c - 0x600) >>> 0 <= 0x6ff - 0x600) return 4;
  if ((c - 0x900) >>> 0 <= 0x97f - 0x900) return 7;
  if ((c - 0xe00) >>> 0 <= 0xe7f - 0xe00) return 6;
  if ((c - 0x3040) >>> 0 <= 0x30ff - 0x3040) return 0;
  if ((c - 0x4e00) >>> 0 <= 0x9fff - 0x4e00) return 2;
  if ((c - 0xac00) >>> 0 <= 0xd7af - 0xac00) return 1;
  return -1;
}

/** Characters of `text` in each of SCRIPTS' ranges, in its order: one pass instead of a match array per script. */
export function scriptCounts(text: string): number[] {
  // Pushed, not SCRIPTS.map(() => 0): map's array came out with another elements kind once its
  // caller was compiled (map inlined), and the loop's compiled `out[k]++` deopted ('wrong map').
  const out: number[] = [];
  for (let k = 0; k < SCRIPTS.length; k++) out.push(0);
  for (let i = 0; i < text.length; i++) {
    const k = scriptOf(text.charCodeAt(i));
    if (k >= 0) out[k]!++;
  }
  return out;
}

/** The words Portuguese and Galician share: in both lists, so they tie and each one's own words decide. */
const PORTUGUESE_CORE = ['de', 'que', 'e', 'o', 'a', 'do', 'da', 'os', 'no', 'se', 'na', 'por', 'as', 'dos', 'para'];
/** The words Spanish and Catalan share, likewise. */
const SPANISH_CORE = ['el', 'la', 'de', 'que', 'en', 'un', 'una'];
/** The words Indonesian and Malay share: in both lists, so they tie and each one's own words decide. */
const MALAY_CORE = ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke'];

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'said', 'he', 'by'],
  es: [...SPANISH_CORE, 'y', 'los', 'del', 'se', 'las', 'por', 'con', 'para', 'es'],
  pt: [...PORTUGUESE_CORE, 'em', 'um', 'com', 'não', 'uma', 'mais', 'você', 'é'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'un', 'une', 'du', 'en', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'von', 'sich', 'auf', 'für', 'auch', 'dem', 'wir'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'non', 'sono', 'del', 'della', 'con', 'gli', 'le', 'è'],
  // With Indonesian's own spellings and words (karena/kerana, bahwa/bahawa, pemerintah/kerajaan), as Malay's list has its own.
  id: [...MALAY_CORE, 'karena', 'ada', 'bahwa', 'bisa', 'tersebut', 'pemerintah', 'saja', 'sudah'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'dat', 'op', 'te', 'niet', 'voor', 'met', 'zijn', 'ook'],
  tr: [
    've',
    'bir',
    'bu',
    'da',
    'de',
    'için',
    'ile',
    'olarak',
    'çok',
    'daha',
    'gibi',
    'olan',
    'ama',
    'sonra',
    'kadar',
    'göre',
    'ise',
    'ancak',
    'ayrıca',
    'üzere',
  ],
  // Nordic, West Slavic, Finnish and Hungarian, for pages without a declaration (or a wrong
  // one): mostly words no other listed language uses, so Czech is not read as Portuguese for
  // sharing "se" and "na"; Hungarian's article "a" and Finnish "on" are in, as their commonest words.
  sv: [
    'och',
    'att',
    'det',
    'som',
    'är',
    'för',
    'med',
    'till',
    'har',
    'inte',
    'från',
    'ett',
    'också',
    'efter',
    'enligt',
    'ska',
    'kan',
    'sade',
    'under',
    'mot',
    'sig',
  ],
  da: [
    'og',
    'det',
    'som',
    'til',
    'er',
    'af',
    'ikke',
    'der',
    'har',
    'fra',
    'efter',
    'også',
    'blev',
    'skal',
    'kan',
    'siger',
    'oplyser',
    'hvor',
    'eller',
    'havde',
    'sig',
    'på',
    'at',
    'i',
    'den',
    'med',
    'mod',
    'et',
    // Danish spellings of words Norwegian spells otherwise (nu/nå, meget/mye, sagde/sa ...).
    'nu',
    'meget',
    'noget',
    'nogen',
    'hvad',
    'uden',
    'mellem',
    'lidt',
    'igen',
    'tilbage',
    'sagde',
    'fortsat',
    'blevet',
    'været',
    'fik',
    'gik',
    'end',
  ],
  no: [
    'og',
    'det',
    'som',
    'til',
    'er',
    'av',
    'ikke',
    'har',
    'fra',
    'etter',
    'også',
    'ble',
    'skal',
    'kan',
    'sier',
    'opplyser',
    'hvor',
    'eller',
    'hadde',
    'mot',
    'opplyste',
    'seg',
    'på',
    'å',
    'i',
    'den',
    'med',
    'et',
    // Norwegian writes "at" for "that" as Danish does (Danish also for "to"); and its own
    // spellings of common words, which a short Bokmål text otherwise lacks against Danish.
    'at',
    'nå',
    'mye',
    'noe',
    'noen',
    'hva',
    'uten',
    'mellom',
    'litt',
    'igjen',
    'tilbake',
    'sa',
    'fortsatt',
    'blitt',
    'vært',
    'fikk',
    'gikk',
    'enn',
  ],
  pl: [
    // The prepositions and the conjunction of every sentence; 'w', 'we' and 'i' are Polish's
    // alone here (Czech and Slovak write 'v', 've', 'a'), the rest shared with them: Polish's
    // letters then break the tie. Without them a two-sentence brief had no hit at all.
    'w',
    'we',
    'i',
    'na',
    'do',
    'z',
    'ze',
    'od',
    'po',
    'o',
    'się',
    'nie',
    'że',
    'jest',
    'jak',
    'przez',
    'oraz',
    'dla',
    'był',
    'była',
    'które',
    'który',
    'która',
    'także',
    'również',
    'jego',
    'już',
    'tylko',
    'przed',
    'podczas',
  ],
  cs: [
    'že',
    'jsou',
    'jako',
    'pro',
    'ale',
    'byl',
    'byla',
    'která',
    'které',
    'který',
    'také',
    'podle',
    'už',
    'jen',
    'při',
    'nebo',
    'uvedlo',
    'uvedl',
    'řekl',
    'bude',
    'se',
    've',
    'v',
    'na',
    'po',
    'a',
    'je',
    'do',
    'z',
    // Czech forms of words Slovak spells otherwise (není/nie je, byli/boli, když/keď ...).
    'není',
    'nebyl',
    'nebyla',
    'byli',
    'bylo',
    'když',
    'protože',
    'jejich',
    'její',
    'kteří',
    'jsme',
    'jsem',
    'ještě',
    'proto',
  ],
  sk: [
    'že',
    'sú',
    'ako',
    'pre',
    'ale',
    'bol',
    'bola',
    'ktorá',
    'ktoré',
    'ktorý',
    'tiež',
    'podľa',
    'už',
    'len',
    'pri',
    'alebo',
    'sa',
    'aj',
    'uviedol',
    // The news verbs' feminine and neuter forms and 'povedal' (Czech: 'uvedla', 'uvedlo', 'řekl').
    'uviedla',
    'uviedlo',
    'povedal',
    'povedala',
    'bude',
    'v',
    'vo',
    'na',
    'po',
    'a',
    'je',
    'do',
    'z',
    // Slovak forms of words Czech spells otherwise: without them a Slovak text with none of
    // ľ ĺ ŕ ä ô shares every listed word with Czech.
    'nie',
    'nebol',
    'nebola',
    'boli',
    'bolo',
    'keď',
    'pretože',
    'ich',
    'jej',
    'ktorí',
    'sme',
    'ešte',
    'iba',
    'preto',
  ],
  fi: [
    'on',
    'ja',
    'että',
    'oli',
    'hän',
    'mutta',
    'kun',
    'myös',
    'ovat',
    'tai',
    'ole',
    'kuin',
    'sen',
    'joka',
    'mukaan',
    'jotka',
    'tämä',
    'ei',
    'vuoden',
    'jälkeen',
    'voi',
    'jo',
    'vastaan',
    'sekä',
    'kanssa',
    'vielä',
    'se',
    'ne',
  ],
  hu: [
    'a',
    'az',
    'és',
    'hogy',
    'nem',
    'egy',
    'van',
    'meg',
    'már',
    'csak',
    'mint',
    'volt',
    'pedig',
    'szerint',
    'után',
    'között',
    'ezt',
    'amely',
    'vagy',
    'kell',
    'lesz',
  ],
  ro: [
    'și',
    'în',
    'care',
    'pentru',
    'că',
    'este',
    'să',
    'mai',
    'sunt',
    'fost',
    'ale',
    'lui',
    'sau',
    'din',
    'pe',
    'cu',
    'nu',
    'acest',
    'această',
  ],
  // Catalan, Galician, Croatian (Bosnian, Serbian in Latin letters), Malay, Afrikaans, Slovene,
  // Vietnamese: languages a neighbour's list took before (Catalan read as Spanish, Galician as
  // Portuguese, Malay as Indonesian, Afrikaans as German). A close neighbour's commonest words are
  // in both lists, so they tie and each language's own words decide.
  ca: [
    ...SPANISH_CORE,
    'els',
    'amb',
    'aquest',
    'aquesta',
    'però',
    'segons',
    'també',
    'perquè',
    'dels',
    'seva',
    'més',
    'pel',
    'fins',
    'són',
  ],
  gl: [...PORTUGUESE_CORE, 'unha', 'coa', 'polo', 'pola', 'tamén', 'moi', 'xa', 'ata', 'dun', 'dunha', 'nun', 'máis', 'cando', 'en'],
  hr: [
    'su',
    'koji',
    'koja',
    'koje',
    'što',
    'kako',
    'nije',
    'bio',
    'bila',
    'će',
    'prema',
    'dok',
    'ili',
    'jer',
    'već',
    'samo',
    'nakon',
    'godine',
    'biti',
    'kao',
    'je',
    'u',
    'za',
    'na',
    'od',
    'i',
    'da',
    'se',
    'iz',
  ],
  ms: [...MALAY_CORE, 'ada', 'kerajaan', 'bagi', 'kerana', 'telah', 'ialah', 'iaitu', 'manakala', 'daripada', 'sahaja', 'bahawa', 'beliau'],
  af: ['die', 'het', 'en', 'van', 'nie', 'vir', 'sal', 'sy', 'hulle', 'ons', 'hierdie', 'gesê', 'word', 'moet', 'deur', 'oor'],
  sl: [
    'in',
    'ki',
    'tudi',
    'bo',
    'bi',
    'kot',
    'ter',
    'pri',
    'še',
    'lahko',
    'med',
    'zato',
    'kjer',
    'smo',
    'leta',
    'bilo',
    'zelo',
    'je',
    'v',
    'se',
    'na',
    'za',
    'po',
    'pa',
    'da',
    'so',
    'z',
    'iz',
    'leto',
  ],
  vi: ['của', 'và', 'các', 'có', 'được', 'cho', 'là', 'trong', 'với', 'những', 'này', 'người', 'không', 'đã', 'năm', 'theo', 'khi', 'từ'],
  sw: [
    'na',
    'ya',
    'wa',
    'kwa',
    'ni',
    'za',
    'katika',
    'kuwa',
    'hiyo',
    'hii',
    'wake',
    'amesema',
    'baada',
    'hadi',
    'pia',
    'kama',
    'ambao',
    'ambayo',
    'huo',
    'cha',
  ],
};
const STOP_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) STOP_INDEX.set(w, [...(STOP_INDEX.get(w) ?? []), lang]);

/** ISO 639-1 primary code of a declaration such as "en-US", "zh_CN", "ru"; null if not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_]|$)/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The longest stopword: a longer word is not looked up. */
const STOP_MAX = Math.max(...[...STOP_INDEX.keys()].map((w) => w.length));
const LETTER_RE = /^\p{L}$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter (`\p{L}`), 2 not (filled as met). */
const LETTER = new Uint8Array(0x10000);

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp - 97) >>> 0 <= 122 - 97 || (cp - 65) >>> 0 <= 90 - 65; // see scriptOf
  if (cp > 0xffff) return LETTER_RE.test(String.fromCodePoint(cp));
  let c = LETTER[cp]!;
  if (c === 0) LETTER[cp] = c = LETTER_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}

/**
 * Stopword counts per language over the first 600 pieces of `text.toLowerCase().split(/[^\p{L}]+/u)`
 * (the empty pieces at either end included, as the split gives them), in the order the split
 * meets them. One pass over the letters instead of the split (issue 16: the split's array of
 * every word and its regex were most of the detector's cost); only pieces short enough to be a
 * stopword are cut out and looked up.
 */
export function stopwordHits(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  const n = lower.length;
  let pieces = 0;
  let start = 0; // start of the current piece
  let inSeparator = false;
  for (let i = 0; i <= n;) {
    // codePointAt pairs surrogates as a hand-written decode did, without its rarely taken
    // branches (in a fresh process, each a deopt of the compiled loop when first taken).
    const cp = i < n ? lower.codePointAt(i)! : -1; // past the end: closes the last piece
    const width = cp > 0xffff ? 2 : 1;
    const letter = cp >= 0 && isLetter(cp);
    if (!letter && !inSeparator) {
      // The piece [start, i) ends here, at a separator or the end of the text.
      if (++pieces > 600) break;
      const len = i - start;
      if (len > 0 && len <= STOP_MAX) {
        const langs = STOP_INDEX.get(lower.slice(start, i));
        if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      }
    }
    if (letter && inSeparator) start = i;
    inSeparator = !letter;
    i += width;
  }
  return counts;
}

/**
 * Letters one Latin-script language (of those listed) writes and its neighbours do not: Romanian's
 * comma-below ș ț and ă, Czech ě ů ř, Slovak ľ ĺ ŕ, Polish ł ą ę ś ź ż, Hungarian ő ű, Turkish ğ ı,
 * Portuguese ã õ, Spanish ñ, Croatian đ ć, Vietnamese's horned and dotted vowels, German ß, French œ;
 * and some a few share (Slovak's ä ô, Danish and Norwegian æ ø, Swedish and Finnish ä ö).
 * A short text has few stopwords; its letters tell Czech, Slovak and Romanian from Portuguese.
 */
const LETTERS: ReadonlyArray<[string, RegExp]> = [
  ['ro', /[șță]/g],
  ['cs', /[ěůř]/g],
  ['sk', /[ľĺŕäô]/g],
  ['pl', /[łąęśźż]/g],
  ['hu', /[őű]/g],
  ['tr', /[ğı]/g],
  ['pt', /[ãõ]/g],
  ['es', /[ñ¿¡]/g],
  ['hr', /[đć]/g],
  ['vi', /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g],
  ['de', /ß/g],
  // Letters a few languages share, counted for each whose stopwords the text already has.
  ['da', /[æø]/g],
  ['no', /[æø]/g],
  ['sv', /[äö]/g],
  ['fi', /[äö]/g],
  ['fr', /œ/g],
];
/** Any of LETTERS' letters: the one test most texts (English, German, French …) fail. */
const ANY_LETTER = /[șțăěůřľĺŕäôłąęśźżőűğıãõñ¿¡đćơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹßœæøö]/;
/** Characters of text within which Czech is all but sure to write one of ě ř ů. */
const CZECH_LETTERS_WITHIN = 300;
/** One letter counts as one stopword, up to this many: a quoted name's letter does not outweigh the text. */
const LETTER_CAP = 10;

/**
 * Finnish's case endings (inessive, elative, adessive, ablative, translative) on words of a text
 * that also writes ä or ö: Finnish news packs its grammar into endings, so a brief of two
 * sentences may hold none of its stopwords ("… kertoi valtiovarainministeriö tiedotteessa").
 * Italian's "della", "questa" end alike, but Italian writes no ä or ö.
 */
const FINNISH_ENDING = /\p{L}{3}(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi)(?!\p{L})/gu;
const FINNISH_VOWELS = /[äö]/g;
/** Finnish endings a text needs before they count. */
const MIN_FINNISH_ENDINGS = 3;

function latinLanguage(text: string): { lang: string; hits: number } | null {
  const counts = stopwordHits(text);
  const lower = text.toLowerCase();
  if ((lower.match(FINNISH_VOWELS)?.length ?? 0) >= 2) {
    const endings = lower.match(FINNISH_ENDING)?.length ?? 0;
    if (endings >= MIN_FINNISH_ENDINGS) counts.set('fi', (counts.get('fi') ?? 0) + endings);
  }
  if (ANY_LETTER.test(lower))
    for (const [lang, re] of LETTERS) {
      const n = lower.match(re)?.length ?? 0;
      // Only for a language its stopwords already name: letters break ties, they do not invent a language.
      if (n > 0 && counts.has(lang)) counts.set(lang, counts.get(lang)! + Math.min(n, LETTER_CAP));
    }
  let best: { lang: string; hits: number } | null = null;
  for (const [lang, hits] of counts) if (!best || hits > best.hits) best = { lang, hits };
  // Czech writes ě, ř or ů in nearly every sentence; a text of some length with none of them and
  // Slovak words is Slovak (whose own ľ ĺ ŕ ä ô a short text may lack).
  if (best?.lang === 'cs' && counts.has('sk') && !/[ěřů]/.test(lower) && lower.length >= CZECH_LETTERS_WITHIN)
    best = { lang: 'sk', hits: best.hits };
  return best && best.hits >= 3 ? best : null;
}

/** Common words of the languages written in Devanagari (matras are marks, so whole words are matched). */
const DEVANAGARI_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['hi', /(?<![\p{L}\p{M}])(?:है|हैं|और|के|की|में|से|को|था|थी|ने|कि|भी)(?![\p{L}\p{M}])/gu],
  ['mr', /(?<![\p{L}\p{M}])(?:आणि|आहे|आहेत|या|असे|होते|केली|नाही|त्यांनी|म्हणून)(?![\p{L}\p{M}])/gu],
  ['ne', /(?<![\p{L}\p{M}])(?:छ|छन्|र|पनि|गरेको|भएको|हो|लागि|गर्न|भने|थियो)(?![\p{L}\p{M}])/gu],
];

/** Hindi, Marathi or Nepali, by their common words; Hindi when none says otherwise. */
function devanagariLanguage(sample: string): string {
  let best = 'hi';
  let bestHits = 0;
  for (const [lang, re] of DEVANAGARI_WORDS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > bestHits) [best, bestHits] = [lang, n];
  }
  return best;
}

/** Detected ISO 639-1 code of `text`, or null when it is too short to tell. */
export function detectLanguage(text: string): string | null {
  // 2000 characters carry a few hundred words: plenty for scripts and stopwords.
  const sample = text.slice(0, 2000);
  let best = '';
  let bestCount = 0;
  const counts = new Map<string, number>();
  const found = scriptCounts(sample);
  SCRIPTS.forEach(([, lang], i) => {
    const c = found[i]!;
    counts.set(lang, c);
    if (c > bestCount) [best, bestCount] = [lang, c];
  });
  if (bestCount < 10) return null;
  // Japanese mixes kana with kanji; any real share of kana means Japanese, not Chinese.
  if (best === 'zh' && (counts.get('ja') ?? 0) > bestCount * 0.05) return 'ja';
  if (best === 'ru') {
    // Letters of one Cyrillic language only: Kazakh's, Belarusian ў, Macedonian ѓ ќ ѕ, Serbian ђ ћ
    // (ј љ њ џ are Serbian's and Macedonian's), Ukrainian і ї є ґ (і is also Kazakh's and Belarusian's).
    if (/[әғқңөұүһ]/i.test(sample)) return 'kk';
    if (/ў/i.test(sample)) return 'be';
    if (/[ѓќѕ]/i.test(sample)) return 'mk';
    if (/[ђћ]/i.test(sample) || (sample.match(/[јљњџ]/gi)?.length ?? 0) >= 3) return 'sr';
  }
  if (best === 'ru' && /[іїєґ]/i.test(sample)) return 'uk';
  // Bulgarian writes ъ as a vowel and has no ы or э.
  if (best === 'ru' && !/[ыэ]/i.test(sample) && (sample.match(/ъ|(?<!\p{L})(?:ще|са|към|със|това|които|от)(?!\p{L})/giu)?.length ?? 0) >= 3)
    return 'bg';
  // Persian letters absent from Arabic: پ چ ژ گ and the Persian yeh/keheh.
  // Urdu's retroflex letters and its yeh barree and noon ghunna (ٹ ڈ ڑ ے ں ھ), which Persian does not write.
  if (best === 'ar' && (sample.match(/[ٹڈڑےںھ]/g)?.length ?? 0) >= 5) return 'ur';
  if (best === 'ar' && (sample.match(/[پچژگیک]/g)?.length ?? 0) >= 5) return 'fa';
  if (best === 'hi') return devanagariLanguage(sample);
  if (best !== 'latin') return best;
  const lang = latinLanguage(sample)?.lang ?? null;
  // One stopword list serves Croatian, Bosnian and Serbian; their spellings and words decide.
  return lang === 'hr' ? southSlavicLatin(sample) : lang;
}

/**
 * Declared Latin-script languages the text may overrule: those whose stopword lists are long
 * and common enough to count on in a short text. A declaration of any other (Swedish, Czech,
 * Finnish ...) is trusted: their lists serve pages that declare nothing, or another language.
 */
const OVERRULABLE = new Set(['en', 'es', 'pt', 'fr', 'de', 'it', 'id', 'nl', 'tr', 'ro', 'sw']);

/** Stopword hits the detected language needs before it overrules a Latin-script declaration. */
const MIN_OVERRULE_HITS = 8;

/** The page's declared language checked against its text; the text wins a disagreement. */
export function resolveLanguage(declared: string | null | undefined, text: string): string | null {
  const decl = primaryLanguage(declared);
  const found = detectLanguage(text);
  if (!found) return decl;
  if (!decl) return found;
  // Stopword counts cannot separate close Latin languages reliably; trust a Latin-script
  // declaration unless the declared language's own stopwords are plainly rarer (a Swahili
  // article on a page marked lang="en").
  const latin = new Set([...Object.keys(STOPWORDS), 'bs', 'sr']);
  if (latin.has(found) && !['zh', 'ja', 'ko', 'ru', 'uk', 'ar', 'he', 'th', 'hi', 'el'].includes(decl)) {
    if (!OVERRULABLE.has(decl) || decl === found) return decl;
    const hits = stopwordHits(text.slice(0, 2000));
    // Bosnian and Serbian are counted on the list they share with Croatian.
    const own = found === 'bs' || found === 'sr' ? 'hr' : found;
    // A short text gives too few stopwords to overrule a declaration (a Romanian brief read as
    // Portuguese): the detected language needs MIN_OVERRULE_HITS of its own. Not against "en",
    // the template default that non-English pages most often carry by mistake.
    if (decl !== 'en' && (hits.get(own) ?? 0) < MIN_OVERRULE_HITS) return decl;
    return (hits.get(decl) ?? 0) * 2 >= (hits.get(own) ?? 0) ? decl : found;
  }
  // A Cyrillic or Arabic-script declaration names the language the script detector cannot tell apart.
  // So does a declaration of another language of the Perso-Arabic letters (Urdu and Pashto write
  // پ چ گ as Persian does) or of Devanagari (Nepali, Marathi).
  if (
    (found === 'ru' && ['bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'uk'].includes(decl)) ||
    ((found === 'ar' || found === 'fa') && ['fa', 'ur', 'ps', 'ku', 'sd', 'ug'].includes(decl)) ||
    (found === 'hi' && ['ne', 'mr', 'sa', 'mai', 'kok'].includes(decl))
  )
    return decl;
  return found;
}

/**
 * Which Latin single-byte code page a document is in, when its label (or the windows-1252 default)
 * reads it as no language. Every byte decodes in every one of them, so the question is which reading
 * spells one language: Czech in windows-1250 read as windows-1252 gives `rozpoèet`, `pøíští` (`è` is
 * French or Italian, `ø` Danish, `í` neither's), Hungarian `jövõ` (`õ` is Portuguese or Estonian, `ö`
 * neither's), Turkish `yýlýn`, `taslaðýný`, Lithuanian `biudþeto`; read right, each is one alphabet.
 * Western text read as windows-1250 is no alphabet either (French `élčve`, Spanish `Espańa`), so a
 * reading that fits is kept and the label or default stands.
 */
import iconv from 'iconv-lite';

/**
 * The letters beyond ASCII (lower case) that each language writes, loanword letters its press uses
 * included (`é` in German), and of those the rare ones: a third of a misfit each, so that a reading
 * made of them (Latvian `ā` `ī` `ū` `ē` `ļ` read as French `â` `î` `û` `ç` `ï`, where French text is
 * mostly `é` `è` `à`) is no fit. Languages sharing one alphabet (Croatian, Slovenian, Bosnian,
 * Serbian Latin) share an entry. `º` `ª` are letters in Unicode and ordinals in Romance text.
 */
const ALPHABETS: ReadonlyArray<readonly [letters: string, rare: string]> = [
  ['àâæçéèêëîïôœùûüÿ', 'âæëîïûüÿœ'], // French
  ['äöüßé', 'é'], // German
  ['áéíñóúüºª', 'üºª'], // Spanish
  ['áâãàçéêíóôõúüºª', 'üºª'], // Portuguese
  ['àèéìíîòóùúºª', 'íîóúºª'], // Italian
  ['àçèéíïòóúüºª', 'üºª'], // Catalan
  ['áäéèëêïíóöüú', 'áèêíóú'], // Dutch
  ['æøåéóêòô', 'óêòô'], // Danish, Norwegian
  ['åäöéü', 'éü'], // Swedish
  ['åäöšž', 'åšž'], // Finnish
  ['äöõüšž', 'šž'], // Estonian
  ['áðéíóúýþæö', ''], // Icelandic
  ['áéíóú', ''], // Irish
  ['çë', ''], // Albanian
  ['áčďéěíňóřšťúůýž', ''], // Czech
  ['áäčďéíĺľňóôŕšťúýž', ''], // Slovak
  ['ąćęłńóśźż', ''], // Polish
  ['áéíóöőúüű', ''], // Hungarian
  ['ăâîșțşţ', ''], // Romanian (comma-below and the cedilla forms legacy code pages have)
  ['čćđšž', ''], // Croatian, Slovenian, Bosnian, Serbian Latin
  ['ąčęėįšųūž', ''], // Lithuanian
  ['āčēģīķļņšūž', ''], // Latvian
  ['çğıöşüâîûi̇', 'âîû'], // Turkish (`İ` lower-cased is `i` + U+0307)
];

/** Code pages tried, in the order a tie goes (windows-1250 is the commoner Central European one). */
const CANDIDATES = ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1257', 'windows-1254'] as const;
/** Labels whose reading this may overrule: the candidates and their near twins. */
const FAMILY = new Set<string>([...CANDIDATES, 'iso-8859-15', 'iso-8859-13', 'iso-8859-9', 'iso-8859-16', 'iso-8859-4']);

/** Per byte 0x80-0xFF of a code page: what it reads as. */
interface Page {
  /** 1: a letter, 2: a symbol that is wrong inside a word (`¹` `³` `±` `¶`), 3: a control or undefined byte. */
  kind: Uint8Array;
  /** For letters: bit i set when alphabet i has it. */
  fits: Uint32Array;
  /** For letters: bit i set when alphabet i has it as a rare letter. */
  rare: Uint32Array;
  chars: string;
}

const pages = new Map<string, Page>();

function page(charset: string): Page {
  let p = pages.get(charset);
  if (p) return p;
  const chars = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), charset);
  p = { kind: new Uint8Array(128), fits: new Uint32Array(128), rare: new Uint32Array(128), chars };
  for (let i = 0; i < 128; i++) {
    const ch = chars[i] ?? '\uFFFD';
    const code = ch.charCodeAt(0);
    if (/\p{L}/u.test(ch)) {
      p.kind[i] = 1;
      const lower = ch.toLowerCase();
      let fits = 0;
      let rare = 0;
      ALPHABETS.forEach(([letters, rareLetters], a) => {
        if (letters.includes(lower)) fits |= 1 << a;
        if (rareLetters.includes(lower)) rare |= 1 << a;
      });
      p.fits[i] = fits;
      p.rare[i] = rare;
    } else if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) p.kind[i] = 3;
    // Latin-1 and spacing-modifier symbols; the middle dot is Catalan's `l·l`, typographic quotes are elsewhere.
    else if (code >= 0xa1 && code <= 0x2ff && code !== 0xb7) p.kind[i] = 2;
  }
  pages.set(charset, p);
  return p;
}

/**
 * Symbols Western text writes at a word's edge (`¿Qué`, `«Le`, `20 °C`, `Windows®`, `§5`); any
 * other symbol there is a letter read in the wrong code page (Slovak `¼adovec` for `Ľadovec`, Polish
 * `£ód¼`, `uchwali³` for `uchwalił`).
 */
const EDGE_SYMBOLS = new Set([0xa1, 0xa2, 0xa4, 0xa6, 0xa7, 0xa9, 0xab, 0xac, 0xae, 0xb0, 0xb2, 0xbb, 0xbf]);

/**
 * A symbol wrong where it stands: inside a word (`Rz¹d`), or at the start or end of one (two letters
 * on that side, none on the other) unless it is one Western text puts there. `m³` and `x²` have one letter.
 */
function wrongInWord(p: Page, b: number, before2: boolean, before: boolean, after: boolean, after2: boolean): boolean {
  if (before && after) return true;
  if (EDGE_SYMBOLS.has(p.chars.charCodeAt(b - 0x80) ?? 0)) return false;
  return (after && after2 && !before) || (before && before2 && !after);
}

const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/** Bytes looked at: the call needs a sample, not a whole feed. */
const SAMPLE_BYTES = 64 * 1024;

/** How well one code page reads the bytes. */
export interface Reading {
  /** Wrong symbols and controls count 2 (no language has them), letters no alphabet shares 1. */
  misfits: number;
  /** Misplaced symbols and control bytes. */
  bad: number;
  /** Letters beyond ASCII. */
  letters: number;
}

/**
 * Letters of a reading that no single alphabet has, counted for the alphabet that leaves fewest,
 * plus in-word symbols and control bytes (wrong in any language).
 */
export function misfits(bytes: Uint8Array, charset: string): Reading {
  const p = page(charset);
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  // Letters are counted per byte value first, then costed per alphabet (128 x 23, not per byte).
  const counts = new Uint32Array(128);
  let bad = 0;
  let letters = 0;
  const letterAt = (j: number): boolean => {
    const b = bytes[j];
    return b !== undefined && (b >= 0x80 ? p.kind[b - 0x80] === 1 : isAsciiLetter(b));
  };
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const kind = p.kind[b - 0x80];
    if (kind === 3) bad++;
    else if (kind === 2 && wrongInWord(p, b, letterAt(i - 2), letterAt(i - 1), letterAt(i + 1), letterAt(i + 2))) bad++;
    else if (kind === 1) {
      letters++;
      counts[b - 0x80] = (counts[b - 0x80] as number) + 1;
    }
  }
  const miss = new Uint32Array(ALPHABETS.length);
  for (let i = 0; i < 128; i++) {
    const n = counts[i] as number;
    if (n === 0) continue;
    const fits = p.fits[i] as number;
    const rare = p.rare[i] as number;
    // In thirds: a letter the alphabet lacks is 3, a rare one of its own 1.
    for (let a = 0; a < miss.length; a++) {
      const cost = !(fits & (1 << a)) ? 3 : rare & (1 << a) ? 1 : 0;
      if (cost) miss[a] = (miss[a] as number) + cost * n;
    }
  }
  return { misfits: 2 * bad + Math.min(...miss) / 3, bad, letters };
}

/** The other reading may have at most this share of the label's misfits (none, below 6). */
const MAX_SHARE = 1 / 6;
/** Without a misplaced symbol, letters alone decide only from this many: two names are not a code page. */
const MIN_LETTERS = 5;

/**
 * The Latin code page the bytes are really in when `charset` (the label, or windows-1252 for
 * bytes that were not UTF-8) reads them as no single language and another candidate reads them
 * (nearly) as one; undefined when the label's reading stands.
 */
export function sniffLatin(bytes: Uint8Array, charset: string): string | undefined {
  if (!FAMILY.has(charset)) return undefined;
  const base = misfits(bytes, charset);
  // One misplaced symbol (`¼adovec`) or two letters no alphabet shares (`rozpoèet`, `pøíští`).
  if (base.misfits < 2) return undefined;
  let best: (Reading & { charset: string }) | undefined;
  for (const c of CANDIDATES) {
    if (c === charset) continue;
    const r = misfits(bytes, c);
    // A reading with no letters beyond ASCII (`€©` for ISO-8859-2's C1 byte and `Š`) spells nothing.
    if (r.letters > 0 && (!best || r.misfits < best.misfits)) best = { ...r, charset: c };
  }
  if (!best || best.misfits > base.misfits * MAX_SHARE) return undefined;
  // Letters alone (an Icelandic `ð` and a French `ç` in an English feed read as Latvian `šē`) need a sample.
  return base.bad > 0 || best.letters >= MIN_LETTERS ? best.charset : undefined;
}

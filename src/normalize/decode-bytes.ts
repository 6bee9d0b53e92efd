/**
 * Bytes -> text for feeds (XML) and article pages (HTML), with the charset precedence each format
 * really needs. iconv-lite does the decoding: Node 20's TextDecoder maps windows-1252 0x80-0x9F to
 * C1 controls for some labels, and it lacks several legacy charsets.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import { decodeOwn, ebcdicCharset, ownCharset, startsEbcdicXml } from './legacy-charsets.js';
import { sniffCjk } from './sniff-cjk.js';
import { sniffLatin } from './sniff-latin.js';
import { sniffSingleByte } from './sniff-single-byte.js';

/** Where the charset used came from. */
export type CharsetSource = 'bom' | 'http' | 'declaration' | 'meta' | 'sniff' | 'default';

export interface DecodeOptions {
  /** The HTTP `Content-Type` header, if the bytes came over HTTP. */
  contentType?: string | undefined;
  /** `xml` (feeds): BOM > HTTP > XML declaration > sniff > UTF-8. `html`: HTTP > BOM > meta > sniff > UTF-8. */
  kind: 'xml' | 'html';
}

export interface DecodedText {
  text: string;
  /** The charset actually used, after widening (e.g. `gb18030`, `windows-1252`). */
  charset: string;
  source: CharsetSource;
  /**
   * Set when the declared charset gave invalid or improbable text and the bytes decided instead:
   * what was declared (and where), and why it was overruled.
   */
  redetected?: { declared: string; from: CharsetSource; reason: 'utf8-bytes' | 'invalid-utf8' | 'invalid-bytes' | 'improbable' };
}

/**
 * Labels publishers send for a charset whose superset they really use: GB2312/GBK pages contain
 * GB18030 characters and "ISO-8859-1" pages contain windows-1252 quotes (WHATWG Encoding maps
 * these labels the same way).
 */
const WIDEN: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  csgb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'ansi_x3.4-1968': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  'ks_c_5601-1987': 'euc-kr',
  'x-sjis': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  utf16: 'utf-16',
  'ucs-2': 'utf-16',
  'iso-10646-ucs-2': 'utf-16',
  utf32: 'utf-32',
  'ucs-4': 'utf-32',
  'iso-10646-ucs-4': 'utf-32',
  unicode: 'utf-16',
  // Mac and other labels (WHATWG / Python codec names) that iconv-lite spells differently.
  'x-mac-roman': 'macintosh',
  'mac-roman': 'macintosh',
  'x-mac-cyrillic': 'maccyrillic',
  'x-mac-ukrainian': 'macukraine',
  'mac-latin2': 'maccenteuro',
  'x-mac-ce': 'maccenteuro',
  'x-euc-kr': 'euc-kr',
  ptcp154: 'pt154',
  'x-x-big5': 'big5',
  // TIS-620 leaves 0x80-0x9F undefined; windows-874 is TIS-620 with the euro sign and punctuation there.
  tis620: 'windows-874',
  'tis-620-0': 'windows-874',
  'tis-620-2529-1': 'windows-874',
  'iso-ir-166': 'windows-874',
};

/**
 * Labels Python's codecs know (so feedparser decodes them) under names iconv-lite does not, keyed
 * with `_` written `-`: aliases and vendor spellings of charsets iconv-lite has, and the nearest
 * superset where it lacks the exact one (EUC-JIS-2004 -> EUC-JP, Shift_JIS-2004 -> Shift_JIS).
 */
const PYTHON_ALIASES: Record<string, string> = {
  '646': 'windows-1252',
  '8859': 'windows-1252',
  iso8859: 'windows-1252',
  latin: 'windows-1252',
  'iso-646.irv-1991': 'windows-1252',
  'big5-tw': 'big5',
  csbig5: 'big5',
  hkscs: 'big5hkscs',
  cp866u: 'cp1125',
  ruscii: 'cp1125',
  'cp-is': 'cp861',
  uhc: 'cp949',
  ujis: 'euc-jp',
  'u-jis': 'euc-jp',
  ksx1001: 'euc-kr',
  'ks-x-1001': 'euc-kr',
  'gb18030-2000': 'gb18030',
  'eucgb2312-cn': 'gb18030',
  cp1051: 'hproman8',
  'tis-620-2529-0': 'windows-874',
  u8: 'utf-8',
  utf: 'utf-8',
  'utf8-ucs2': 'utf-8',
  'utf8-ucs4': 'utf-8',
  cp65001: 'utf-8',
  u16: 'utf-16',
  u32: 'utf-32',
  unicodebigunmarked: 'utf-16be',
  unicodelittleunmarked: 'utf-16le',
  'x-mac-japanese': 'shift_jis',
  'x-mac-korean': 'euc-kr',
  'x-mac-simp-chinese': 'gb18030',
  'x-mac-trad-chinese': 'big5',
  kz1048: 'rk1048',
  'kz-1048': 'rk1048',
  'euc-jis-2004': 'euc-jp',
  'euc-jisx0213': 'euc-jp',
  'euc-jis2004': 'euc-jp',
  'shift-jis-2004': 'shift_jis',
  'shift-jisx0213': 'shift_jis',
  'sjis-2004': 'shift_jis',
  's-jis-2004': 'shift_jis',
  sjisx0213: 'shift_jis',
  's-jisx0213': 'shift_jis',
  maccentraleurope: 'maccenteuro',
  maclatin2: 'maccenteuro',
  cp154: 'pt154',
  csptcp154: 'pt154',
  'cyrillic-asian': 'pt154',
};

/** Normalizes a charset label and returns the name iconv-lite will decode with, or undefined if unknown. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .trim()
    .toLowerCase();
  if (!name || name.length > 40) return undefined;
  const widened = WIDEN[name] ?? WIDEN[name.replace(/_/g, '-')] ?? name;
  if (iconv.encodingExists(widened)) return widened;
  const own = ownCharset(name);
  if (own) return own;
  // `iso_8859_2_1987` (a Python alias: the standard's year appended) is ISO-8859-2.
  const dashed = name.replace(/_/g, '-').replace(/^(iso-?8859-\d+)-\d{4}$/, '$1');
  const alias = WIDEN[dashed] ?? PYTHON_ALIASES[dashed] ?? dashed;
  return alias !== name && iconv.encodingExists(alias) ? alias : undefined;
}

/** The `charset` parameter of a Content-Type header (quotes and spaces tolerated). */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType && /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]*)/i.exec(contentType);
  return m?.[1] ? m[1].replace(/^["']|["']$/g, '').trim() : undefined;
}

function bomCharset(b: Uint8Array): { charset: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { charset: 'utf-32le', length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { charset: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** XML 1.0 Appendix F: the byte pattern of `<?` / `<` tells the code-unit width without a BOM. */
function sniffWidth(b: Uint8Array): string | undefined {
  const [a = -1, c = -1, d = -1, e = -1] = b;
  if (a === 0 && c === 0 && d === 0 && e === 0x3c) return 'utf-32be';
  if (a === 0x3c && c === 0 && d === 0 && e === 0) return 'utf-32le';
  if (a === 0 && c === 0x3c) return 'utf-16be';
  if (a === 0x3c && c === 0) return 'utf-16le';
  return undefined;
}

/**
 * The `encoding` pseudo-attribute of an XML declaration, read in the sniffed code-unit width. A
 * declaration behind leading junk (a PHP warning, a stray comment or text) still names the
 * document's charset, as long as no feed element comes before it.
 */
function declaredCharset(b: Uint8Array, width: string | undefined): string | undefined {
  const head = b.subarray(0, 1024);
  const text = width ? decodeWith(head, width) : Buffer.from(head).toString('latin1');
  const m = /<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(text);
  if (!m || (m.index > 0 && /<(rss|feed|rdf:rdf|channel)[\s>]/i.test(text.slice(0, m.index)))) return undefined;
  return m[1];
}

/** HTML prescan (WHATWG "prescan a byte stream"), simplified: `<meta charset>` or http-equiv content. */
function metaCharset(b: Uint8Array): string | undefined {
  const head = Buffer.from(b.subarray(0, 4096))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}

/**
 * Node makes a UTF-16 read of this many characters or more an external string (its EXTERN_APEX)
 * instead of copying it into the heap; below it, the string is of the kind `toString('utf8')`
 * makes (V8 stores it one byte per character when every character fits).
 */
const EXTERN_APEX = 0xfbee9;

/**
 * UTF-8 bytes as `buf.toString('utf8')` reads them, a leading BOM dropped. V8's UTF-8 decoder
 * (Node 20) walks the text byte by byte after its first non-ASCII byte: 0.7 ms for the dev pages'
 * mean 178 kB. Valid UTF-8 with non-ASCII goes through `transcode` instead (simdutf's UTF-8 ->
 * UTF-16 in Node 20) and a UTF-16 read of that: 0.42 ms, the same string (issue 16). ASCII
 * (toString copies it), invalid UTF-8 (toString's U+FFFD replacements; transcode throws) and huge
 * texts (EXTERN_APEX) keep toString. `valid`: the caller has checked the bytes.
 */
function utf8Text(buf: Buffer, valid: boolean): string {
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  // (`transcode` is undefined in a Node built without ICU.)
  const fast = typeof transcode === 'function' && body.length < EXTERN_APEX && !isAscii(body) && (valid || isUtf8(body));
  return fast ? transcode(body, 'utf8', 'ucs2').toString('utf16le') : body.toString('utf8');
}

/** `valid`: the bytes are known to be valid UTF-8 (only read when `charset` is utf-8). */
function decodeWith(bytes: Uint8Array, charset: string, valid = false): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Node's own UTF-8 decoding is several times faster than iconv-lite's for the common case.
  if (charset === 'utf-8') return utf8Text(buf, valid);
  if (!iconv.encodingExists(charset)) return decodeOwn(buf, charset);
  return iconv.decode(buf, charset, { stripBOM: true });
}

/** True when the bytes are not valid UTF-8 (a "UTF-8" feed that is really windows-1252). */
function invalidUtf8(bytes: Uint8Array): boolean {
  return !isUtf8(bytes);
}

let cp1252: string | undefined;

/** Length of the valid UTF-8 sequence starting at `i` (RFC 3629 table), or 0. */
function utf8SeqLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) return cont(1, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0;
  if (c >= 0xf0 && c <= 0xf4) return cont(1, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Text that is not valid UTF-8 although it claims (or defaults to) it: valid UTF-8 sequences are
 * kept and every other byte is read as windows-1252. A pure latin-1 feed comes out the same as a
 * windows-1252 decode, and a UTF-8 feed with a few pasted cp1252 quotes keeps its real UTF-8.
 */
function decodeMixed(bytes: Uint8Array): DecodedText {
  cp1252 ??= iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows-1252');
  const table = cp1252;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let multibyte = 0;
  let start = 0; // start of the pending run of ASCII / valid UTF-8
  for (let i = 0; i < buf.length;) {
    const c = buf[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = utf8SeqLength(buf, i);
    if (n > 0) {
      multibyte++;
      i += n;
      continue;
    }
    // (Legacy text is all invalid bytes: no empty run is decoded between two of them.)
    if (start < i) parts.push(buf.toString('utf8', start, i));
    parts.push(table[c] as string);
    start = ++i;
  }
  parts.push(buf.toString('utf8', start));
  const text = parts.join('').replace(/^\uFEFF/, '');
  return { text, charset: multibyte > 0 ? 'utf-8' : 'windows-1252', source: 'sniff' };
}

/** Single-byte Latin charsets: UTF-8 bytes or Cyrillic bytes read through them give mojibake. */
const LATIN_SINGLE_BYTE = /^(windows-125[02478]|iso-8859-(1|2|3|4|9|10|13|14|15|16)|macintosh|maccenteuro|latin\d?|cp125[02])$/;

/** Count of multi-byte UTF-8 sequences (for bytes already known to be valid UTF-8). */
function multibyteCount(bytes: Uint8Array, atLeast: number): number {
  let n = 0;
  for (let i = 0; i < bytes.length && n < atLeast; i++) {
    const c = bytes[i]!;
    if (c >= 0xc2 && c <= 0xf4) n++;
  }
  return n;
}

/** Characters the letter shares below look at: a script call needs a sample, not a whole 1 MB feed. */
const SHARE_SAMPLE = 50_000;
const sample = (text: string): string => (text.length > SHARE_SAMPLE ? text.slice(0, SHARE_SAMPLE) : text);

/**
 * Share of letters that are non-ASCII Latin letters. Latin-script languages written in a
 * windows-1252 family charset stay well under a third (French, German, Polish, Czech); Cyrillic
 * bytes read as windows-1252 ("Ìîñêâà") are nearly all accented letters.
 */
function accentedShare(text: string): number {
  let letters = 0;
  let accented = 0;
  for (const m of sample(text).matchAll(/\p{L}/gu)) {
    letters++;
    if (m[0].charCodeAt(0) >= 0xc0) accented++;
  }
  return letters >= 20 ? accented / letters : 0;
}

/**
 * The same share counted only in words that have an accented letter: what a feed whose text is
 * short next to its markup and URLs (titles and links only) shows. Latin languages stay under half
 * (`été`, `Größe`, `ações`); Cyrillic, Greek or Hebrew bytes read as windows-1252 are accented
 * throughout (`Ïóòèí`).
 */
function accentedWordShare(text: string): number {
  let letters = 0;
  let accented = 0;
  for (const m of sample(text).matchAll(/\p{L}+/gu)) {
    const w = m[0];
    let high = 0;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) high++;
    if (high === 0) continue;
    letters += w.length;
    accented += high;
  }
  return letters >= 20 ? accented / letters : 0;
}

/** Share of Cyrillic letters that are lowercase (running text is mostly lowercase; KOI8 read as 1251 is not). */
function cyrillicLowerShare(text: string): { cyrillic: number; lower: number } {
  let letters = 0;
  let cyr = 0;
  let lower = 0;
  for (const m of sample(text).matchAll(/\p{L}/gu)) {
    letters++;
    // The text is windows-1251 or KOI8-R: its Cyrillic letters are U+0400-U+04FF.
    const c = m[0].charCodeAt(0);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (m[0] !== m[0].toUpperCase()) lower++;
    }
  }
  return { cyrillic: letters ? cyr / letters : 0, lower: cyr ? lower / cyr : 0 };
}

/**
 * Text decoded through a Latin single-byte charset whose letters are improbably accented is
 * re-read as Cyrillic (windows-1251 or KOI8-R, whichever gives running lowercase text): the
 * commonest wrong label after latin-1 for UTF-8; or as Greek, Hebrew or Arabic when that script's
 * letter frequencies say so clearly (sniffSingleByte). Returns null when the first reading stands.
 */
function cyrillicInstead(bytes: Uint8Array, latinText: string): DecodedText | null {
  if (accentedShare(latinText) <= 0.3 && accentedWordShare(latinText) <= 0.7) return null;
  // The scripts' letter frequencies decide first: Greek, Hebrew and Arabic bytes read as
  // windows-1251 are running lowercase "Cyrillic" too, and in a feed of titles and links the
  // Cyrillic share of all letters (markup's included) below stays under half.
  const script = sniffSingleByte(bytes);
  if (script) return { text: decodeWith(bytes, script), charset: script, source: 'sniff' };
  let best: { text: string; charset: string; lower: number } | null = null;
  for (const charset of ['windows-1251', 'koi8-r']) {
    const text = decodeWith(bytes, charset);
    const c = cyrillicLowerShare(text);
    if (c.cyrillic > 0.5 && (!best || c.lower > best.lower)) best = { text, charset, lower: c.lower };
  }
  return best && best.lower > 0.5 ? { text: best.text, charset: best.charset, source: 'sniff' } : null;
}

/**
 * Central European, Baltic or Turkish bytes read through another Latin code page (no label, latin-1,
 * windows-1252, or the wrong one of windows-1250 / ISO-8859-2): the reading that spells one language
 * wins (sniffLatin).
 */
function latinInstead(bytes: Uint8Array, charset: string): DecodedText | null {
  // Mostly UTF-8 with stray bytes (or literal U+FFFD) is not a legacy single-byte document.
  const t = utf8Tally(bytes);
  if (t.multibyte >= t.invalid) return null;
  const cs = sniffLatin(bytes, charset);
  return cs ? { text: decodeWith(bytes, cs), charset: cs, source: 'sniff' } : null;
}

/** The two Cyrillic code pages feeds confuse: KOI8-R read as windows-1251 (or back) is case-swapped gibberish. */
const CYRILLIC_TWIN: Record<string, string> = { 'windows-1251': 'koi8-r', 'koi8-r': 'windows-1251' };

/**
 * A feed labelled windows-1251 whose bytes are KOI8-R (or the reverse: old Russian hosts served
 * KOI8-R under whichever label their server had): the letter frequencies (sniffSingleByte) pick
 * the twin clearly, or the label stands.
 */
function otherCyrillic(bytes: Uint8Array, charset: string): DecodedText | null {
  const twin = CYRILLIC_TWIN[charset];
  if (!twin || sniffSingleByte(bytes) !== twin) return null;
  return { text: decodeWith(bytes, twin), charset: twin, source: 'sniff' };
}

/**
 * The sanity check on a declared charset: UTF-8 bytes (valid, with several multi-byte sequences)
 * labelled as a Latin single-byte charset are UTF-8; Latin text that is improbably accented is
 * Cyrillic. Feeds apply the UTF-8 check to every legacy label (GB2312, Big5, Shift_JIS, EUC-KR,
 * ISO-8859-7, KOI8-R ...), as feedparser does when the label fails to decode: legacy CJK or
 * Cyrillic text forms a run of valid multi-byte UTF-8 only by rare chance. HTML pages keep it to
 * Latin labels. Returns the better decode with the overruled label, or null.
 */
function overrule(bytes: Uint8Array, charset: string, from: CharsetSource, text: string, kind: DecodeOptions['kind']): DecodedText | null {
  const latin = LATIN_SINGLE_BYTE.test(charset);
  if (!latin && (kind === 'html' || charset.startsWith('utf-'))) return null;
  if (isUtf8(bytes) && multibyteCount(bytes, 3) >= 3) {
    return {
      text: decodeWith(bytes, 'utf-8', true),
      charset: 'utf-8',
      source: 'sniff',
      redetected: { declared: charset, from, reason: 'utf8-bytes' },
    };
  }
  const cyr = latin ? (cyrillicInstead(bytes, text) ?? latinInstead(bytes, charset)) : otherCyrillic(bytes, charset);
  return cyr ? { ...cyr, redetected: { declared: charset, from, reason: 'improbable' } } : null;
}

/** Counts of valid multi-byte UTF-8 sequences and of bytes that start none. */
function utf8Tally(b: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < b.length;) {
    if ((b[i] as number) < 0x80) {
      i++;
      continue;
    }
    const n = utf8SeqLength(b, i);
    if (n > 0) multibyte++;
    else invalid++;
    i += n || 1;
  }
  return { multibyte, invalid };
}

/**
 * Feeds: the HTTP charset does not fit the bytes (invalid UTF-8, or bytes the charset does not
 * define, which iconv-lite writes as U+FFFD) but the XML declaration names a charset that does:
 * the declaration is right (a server-wide `charset=utf-8` over a GB2312, Big5, Shift_JIS or
 * windows-1251 feed). feedparser tries the HTTP charset, then the declaration, the same way.
 * A document that is mostly valid UTF-8 with a few stray bytes stays with the mixed reading.
 */
function declaredInstead(bytes: Uint8Array, label: string | undefined, httpCharset: string): DecodedText | null {
  const charset = normalizeCharset(label);
  if (!charset || charset === httpCharset || charset.startsWith('utf-')) return null;
  if (httpCharset === 'utf-8') {
    const t = utf8Tally(bytes);
    if (t.multibyte > t.invalid) return null;
  }
  const text = decodeWith(bytes, charset);
  if (text.includes('\uFFFD')) return null;
  const reason = httpCharset === 'utf-8' ? 'invalid-utf8' : 'invalid-bytes';
  return { text, charset, source: 'declaration', redetected: { declared: httpCharset, from: 'http', reason } };
}

/**
 * Feeds: legacy CJK bytes under no label or a wrong UTF-8 one (see sniffCjk). Asked only of bytes
 * that are mostly not UTF-8 (a UTF-8 feed with a few stray bytes keeps its mixed reading).
 */
function cjkInstead(bytes: Uint8Array): DecodedText | null {
  const t = utf8Tally(bytes);
  if (t.invalid < 8 || t.multibyte >= t.invalid) return null;
  const cjk = sniffCjk(bytes);
  return cjk ? { text: cjk.text.replace(/^\uFEFF/, ''), charset: cjk.charset, source: 'sniff' } : null;
}

/** A "UTF-8" document that is not valid UTF-8: mixed decode, or Cyrillic (or, in feeds, CJK) when that reads improbably. */
function invalidUtf8Decode(bytes: Uint8Array, from: CharsetSource, kind: DecodeOptions['kind']): DecodedText {
  const mark = (d: DecodedText): DecodedText =>
    from === 'default' ? d : { ...d, redetected: { declared: 'utf-8', from, reason: 'invalid-utf8' } };
  // CJK first: its test asks for language evidence, and CJK bytes read as windows-1251 pass the
  // looser Cyrillic one (running lowercase letters).
  const cjk = kind === 'xml' ? cjkInstead(bytes) : null;
  if (cjk) return mark(cjk);
  const mixed = decodeMixed(bytes);
  return mark(cyrillicInstead(bytes, mixed.text) ?? latinInstead(bytes, 'windows-1252') ?? mixed);
}

interface Candidate {
  label: string | undefined;
  source: CharsetSource;
}

/**
 * Decodes feed or page bytes to text. Unknown charset names fall through to the next source. A
 * document labelled (or defaulting to) UTF-8 that is not valid UTF-8 has its invalid bytes read as
 * windows-1252, the commonest mislabel, rather than replaced with U+FFFD (see decodeMixed).
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): DecodedText {
  const bom = bomCharset(bytes);
  const width = sniffWidth(bytes);
  const http: Candidate = { label: charsetFromContentType(opts.contentType), source: 'http' };
  const bomC: Candidate = { label: bom?.charset, source: 'bom' };
  const sniff: Candidate = { label: width, source: 'sniff' };
  let order: Candidate[];
  let declared: string | undefined;
  if (opts.kind === 'xml' && startsEbcdicXml(bytes)) {
    // An EBCDIC document names its code page in its declaration (cp037 when it names another).
    const label = declaredCharset(bytes, 'cp037');
    const charset = ebcdicCharset(label) ?? 'cp037';
    return { text: decodeWith(bytes, charset), charset, source: label && ebcdicCharset(label) ? 'declaration' : 'sniff' };
  }
  if (opts.kind === 'xml') {
    declared = declaredCharset(bom ? bytes.subarray(bom.length) : bytes, bom && bom.charset !== 'utf-8' ? bom.charset : width);
    // A single-byte declaration inside a document whose bytes are plainly 16/32-bit is wrong.
    if (width && declared && !/^(utf-?(16|32)|ucs-?[24]|unicode)/i.test(declared)) declared = undefined;
    // ISO-2022-JP is 7-bit, so an HTTP `charset=utf-8` (or us-ascii) "fits" it too; its escape
    // sequences say which is right.
    if (!bom && normalizeCharset(declared) === 'iso-2022-jp' && bytes.includes(0x1b)) {
      return { text: decodeWith(bytes, 'iso-2022-jp'), charset: 'iso-2022-jp', source: 'declaration' };
    }
    order = [bomC, http, { label: declared, source: 'declaration' }, sniff];
  } else {
    const meta = metaCharset(bytes);
    // WHATWG: a meta that claims UTF-16 in an ASCII-compatible prescan means UTF-8.
    const metaLabel = meta && /^utf-?16/i.test(meta) ? 'utf-8' : meta;
    order = [http, bomC, { label: metaLabel, source: 'meta' }, sniff];
  }
  for (const c of order) {
    let charset = normalizeCharset(c.label);
    if (!charset) continue;
    // "utf-16" without byte order: the BOM or the sniffed width decides it.
    // A label whose code-unit width contradicts the bytes cannot be right (a server announcing
    // UTF-16 for an ASCII document, or latin-1 for a UTF-16 one): the next source decides.
    const wide = /^(utf-?(16|32)|ucs-?[24])/.test(charset);
    if (c.source !== 'bom' && wide !== Boolean(width ?? (bom && bom.charset !== 'utf-8'))) continue;
    if (charset === 'utf-16' || charset === 'utf-32') {
      const base = charset;
      charset = [bom?.charset, width].find((x) => x?.startsWith(base)) ?? `${base}le`;
    }
    // Only feeds fall back from HTTP to their declaration (HTML's meta is not consulted here).
    const fallback = opts.kind === 'xml' && c.source === 'http';
    if (charset === 'utf-8' && c.source !== 'bom' && invalidUtf8(bytes)) {
      return (fallback ? declaredInstead(bytes, declared, charset) : null) ?? invalidUtf8Decode(bytes, c.source, opts.kind);
    }
    // A BOM's UTF-8 is not checked above (its invalid bytes become U+FFFD): utf8Text checks it.
    const text = decodeWith(bytes, charset, c.source !== 'bom');
    if (c.source !== 'bom') {
      const better =
        overrule(bytes, charset, c.source, text, opts.kind) ??
        (fallback && text.includes('\uFFFD') ? declaredInstead(bytes, declared, charset) : null);
      if (better) return better;
    }
    return { text, charset, source: c.source };
  }
  if (invalidUtf8(bytes)) return invalidUtf8Decode(bytes, 'default', opts.kind);
  return { text: decodeWith(bytes, 'utf-8', true), charset: 'utf-8', source: 'default' };
}

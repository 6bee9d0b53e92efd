/**
 * Charsets iconv-lite does not decode, done here: ISO-2022-JP (7-bit Japanese: escape sequences
 * switch between ASCII and JIS X 0208, so the text bytes include `<` and `&` and a byte-wise
 * reading breaks the markup), its 7-bit Korean and Chinese cousins ISO-2022-KR and HZ, Korean Johab
 * (cp1361), and the EBCDIC code pages cp037 / cp500 / cp1140 (IBM hosts; an XML document in them
 * starts with the bytes of `<?xm`, 4C 6F A7 94). The labels are Python's codec names (feedparser
 * decodes with them).
 */
import iconv from 'iconv-lite';

/** cp037 (EBCDIC US/Canada): the Latin-1 code point of each byte, two hex digits each. */
const CP037 =
  '000102039c09867f978d8e0b0c0d0e0f101112139d8508871819928f1c1d1e1f80818283840a171b88898a8b8c050607909116939495960498999a9b14159e1a' +
  '20a0e2e4e0e1e3e5e7f1a22e3c282b7c26e9eaebe8edeeefecdf21242a293bac2d2fc2c4c0c1c3c5c7d1a62c255f3e3ff8c9cacbc8cdcecfcc603a2340273d22' +
  'd8616263646566676869abbbf0fdfeb1b06a6b6c6d6e6f707172aabae6b8c6a4b57e737475767778797aa1bfd0dddeae5ea3a5b7a9a7b6bcbdbe5b5dafa8b4d7' +
  '7b414243444546474849adf4f6f2f3f57d4a4b4c4d4e4f505152b9fbfcf9faff5cf7535455565758595ab2d4d6d2d3d530313233343536373839b3dbdcd9da9f';

/** Where cp500 (EBCDIC International) and cp1140 (cp037 with the euro sign) differ from cp037. */
const EBCDIC_PATCHES: Record<string, Record<number, number>> = {
  cp037: {},
  cp500: { 0x4a: 0x5b, 0x4f: 0x21, 0x5a: 0x5d, 0x5f: 0x5e, 0xb0: 0xa2, 0xba: 0xac, 0xbb: 0x7c },
  cp1140: { 0x9f: 0x20ac },
};

/** EBCDIC labels (Python's and IANA's spellings) to the table that decodes them. */
const EBCDIC_LABELS: Record<string, string> = {
  cp037: 'cp037',
  '037': 'cp037',
  ibm037: 'cp037',
  ibm039: 'cp037',
  csibm037: 'cp037',
  'ebcdic-cp-us': 'cp037',
  'ebcdic-cp-ca': 'cp037',
  'ebcdic-cp-wt': 'cp037',
  'ebcdic-cp-nl': 'cp037',
  cp500: 'cp500',
  '500': 'cp500',
  ibm500: 'cp500',
  csibm500: 'cp500',
  'ebcdic-cp-be': 'cp500',
  'ebcdic-cp-ch': 'cp500',
  cp1140: 'cp1140',
  '1140': 'cp1140',
  ibm1140: 'cp1140',
};

const tables = new Map<string, string>();

function ebcdicTable(name: string): string {
  let t = tables.get(name);
  if (t === undefined) {
    const patch = EBCDIC_PATCHES[name] ?? {};
    const chars: string[] = [];
    for (let b = 0; b < 256; b++) chars.push(String.fromCharCode(patch[b] ?? Number.parseInt(CP037.slice(b * 2, b * 2 + 2), 16)));
    // NEL (0x15) is EBCDIC's line end: read as LF, as XML 1.1 and mainframe text transfers read it.
    chars[0x15] = '\n';
    t = chars.join('');
    tables.set(name, t);
  }
  return t;
}

/** True when the bytes start with `<?xm` in EBCDIC (XML 1.0 Appendix F). */
export function startsEbcdicXml(b: Uint8Array): boolean {
  return b[0] === 0x4c && b[1] === 0x6f && b[2] === 0xa7 && b[3] === 0x94;
}

/** The EBCDIC table name for a label, or undefined when it names no EBCDIC code page. */
export function ebcdicCharset(label: string | undefined): string | undefined {
  return label ? EBCDIC_LABELS[label.trim().toLowerCase().replace(/_/g, '-')] : undefined;
}

/** ISO-2022-JP labels (with the JIS X 0212 extension of -1 and the -2 superset's Japanese part). */
const ISO2022JP = new Set([
  'iso-2022-jp',
  'csiso2022jp',
  'iso2022-jp',
  'iso2022jp',
  'iso-2022-jp-1',
  'iso2022-jp-1',
  'iso-2022-jp-2',
  'iso2022-jp-2',
  'iso-2022-jp-ext',
  'iso2022-jp-ext',
]);

/**
 * ISO-2022-JP -> text: ESC ( B / ESC ( J switch to one-byte ASCII (JIS-Roman read as ASCII), ESC $ @
 * and ESC $ B to two-byte JIS X 0208, ESC $ ( D to JIS X 0212, ESC ( I to half-width katakana. Each
 * run is re-encoded as EUC-JP (the same code points with the high bit set), which iconv-lite decodes.
 */
function decodeIso2022jp(b: Uint8Array): string {
  // At most two bytes out per byte in (a half-width katakana byte becomes 0x8E + byte).
  const out = Buffer.alloc(b.length * 2);
  let n = 0;
  let mode: 'ascii' | 'jis0208' | 'jis0212' | 'kana' = 'ascii';
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === 0x1b) {
      const e1 = b[i + 1];
      const e2 = b[i + 2];
      if (e1 === 0x28 && (e2 === 0x42 || e2 === 0x4a)) [mode, i] = ['ascii', i + 2];
      else if (e1 === 0x28 && e2 === 0x49) [mode, i] = ['kana', i + 2];
      else if (e1 === 0x24 && (e2 === 0x40 || e2 === 0x42)) [mode, i] = ['jis0208', i + 2];
      else if (e1 === 0x24 && e2 === 0x28 && b[i + 3] === 0x44) [mode, i] = ['jis0212', i + 3];
      else out[n++] = c;
      continue;
    }
    if (c === 0x0a || c === 0x0d || mode === 'ascii' || c < 0x21 || c > 0x7e) {
      out[n++] = c;
    } else if (mode === 'kana') {
      out[n++] = 0x8e;
      out[n++] = c | 0x80;
    } else {
      const d = b[i + 1];
      if (d === undefined || d < 0x21 || d > 0x7e) {
        out[n++] = c;
        continue;
      }
      if (mode === 'jis0212') out[n++] = 0x8f;
      out[n++] = c | 0x80;
      out[n++] = d | 0x80;
      i++;
    }
  }
  return iconv.decode(out.subarray(0, n), 'euc-jp');
}

/**
 * ISO-2022-KR -> text: SO (0x0E) shifts to KS X 1001 (two 7-bit bytes each), SI (0x0F) back to
 * ASCII; the `ESC $ ) C` designation is dropped. Shifted pairs get the high bit and are decoded as
 * EUC-KR, the same code points.
 */
function decodeIso2022kr(b: Uint8Array): string {
  const out = Buffer.alloc(b.length);
  let n = 0;
  let shifted = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c === 0x1b && b[i + 1] === 0x24 && b[i + 2] === 0x29 && b[i + 3] === 0x43) i += 3;
    else if (c === 0x0e) shifted = true;
    else if (c === 0x0f || c === 0x0a || c === 0x0d) {
      shifted = false;
      if (c !== 0x0f) out[n++] = c;
    } else if (shifted && c >= 0x21 && c <= 0x7e && (b[i + 1] ?? 0) >= 0x21 && (b[i + 1] ?? 0) <= 0x7e) {
      out[n++] = c | 0x80;
      out[n++] = (b[++i] as number) | 0x80;
    } else out[n++] = c;
  }
  return iconv.decode(out.subarray(0, n), 'euc-kr');
}

/**
 * HZ (RFC 1843) -> text: `~{` shifts to GB2312 (two 7-bit bytes each), `~}` back to ASCII, `~~` is
 * a tilde and `~` before a line break joins the lines. Shifted pairs are decoded as GBK.
 */
function decodeHz(b: Uint8Array): string {
  const out = Buffer.alloc(b.length);
  let n = 0;
  let gb = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    const d = b[i + 1];
    if (c === 0x7e && d === 0x7b) [gb, i] = [true, i + 1];
    else if (c === 0x7e && d === 0x7d) [gb, i] = [false, i + 1];
    else if (c === 0x7e && !gb && d === 0x7e) out[n++] = b[i++] as number;
    else if (c === 0x7e && !gb && d === 0x0a) i++;
    else if (gb && c >= 0x21 && c <= 0x7e && d !== undefined && d >= 0x21 && d <= 0x7e) {
      out[n++] = c | 0x80;
      out[n++] = d | 0x80;
      i++;
    } else out[n++] = c;
  }
  return iconv.decode(out.subarray(0, n), 'gbk');
}

/** Johab's 5-bit initial, medial and final codes -> the jamo index of a precomposed syllable (-1: none). */
const JOHAB_INITIAL = (v: number) => (v >= 2 && v <= 20 ? v - 2 : -1);
const JOHAB_MEDIAL = [-1, -1, -1, 0, 1, 2, 3, 4, -1, -1, 5, 6, 7, 8, 9, 10, -1, -1, 11, 12, 13, 14, 15, 16, -1, -1, 17, 18, 19, 20, -1, -1];
const JOHAB_FINAL = (v: number) => (v === 1 ? 0 : v >= 2 && v <= 17 ? v - 1 : v >= 19 && v <= 29 ? v - 2 : -1);

/** Compatibility jamo (U+3131...) of each initial and final consonant index; vowels are U+314F + index. */
const JAMO_INITIAL = [0x31, 0x32, 0x34, 0x37, 0x38, 0x39, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b, 0x4c, 0x4d, 0x4e];
const JAMO_FINAL = [
  0, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x40, 0x41, 0x42, 0x44, 0x45, 0x46, 0x47, 0x48,
  0x4a, 0x4b, 0x4c, 0x4d, 0x4e,
];

/** A Johab Hangul code: a syllable, or a lone jamo written with fill codes (KS X 1001's row 4). */
function johabHangul(code: number, ini: number, med: number, fin: number): string {
  const iniFill = ((code >> 10) & 0x1f) === 1;
  const medFill = ((code >> 5) & 0x1f) === 2;
  if (ini >= 0 && med >= 0 && fin >= 0) return String.fromCharCode(0xac00 + (ini * 21 + med) * 28 + fin);
  if (ini >= 0 && medFill && fin === 0) return String.fromCharCode(0x3100 + (JAMO_INITIAL[ini] as number));
  if (iniFill && med >= 0 && fin === 0) return String.fromCharCode(0x314f + med);
  if (iniFill && medFill && fin > 0) return String.fromCharCode(0x3100 + (JAMO_FINAL[fin] as number));
  if (iniFill && medFill && fin === 0) return '\u3000'; // all three fill codes: the ideographic space, as Python reads it
  return '\ufffd';
}

/**
 * Johab (KS X 1001 annex 3, Python's cp1361) -> text: a Hangul syllable is its three 5-bit jamo codes
 * (lead byte 0x84-0xD3), composed arithmetically; symbols and hanja (lead 0xD9-0xDE, 0xE0-0xF9) are
 * KS X 1001 rows two to a lead byte, decoded through EUC-KR. What does not compose is U+FFFD.
 */
function decodeJohab(b: Uint8Array): string {
  const out: string[] = [];
  let ascii = 0;
  const flush = (i: number) => {
    if (i > ascii) out.push(Buffer.from(b.subarray(ascii, i)).toString('latin1'));
  };
  for (let i = 0; i < b.length; i++) {
    const c = b[i] as number;
    if (c < 0x80) continue;
    flush(i);
    const d = b[i + 1] ?? 0;
    ascii = i + 2;
    i++;
    if (c >= 0x84 && c <= 0xd3) {
      const code = (c << 8) | d;
      const ini = JOHAB_INITIAL((code >> 10) & 0x1f);
      const med = JOHAB_MEDIAL[(code >> 5) & 0x1f] as number;
      const fin = JOHAB_FINAL(code & 0x1f);
      out.push(johabHangul(code, ini, med, fin));
    } else if (((c >= 0xd9 && c <= 0xde) || (c >= 0xe0 && c <= 0xf9)) && ((d >= 0x31 && d <= 0x7e) || (d >= 0x91 && d <= 0xfe))) {
      const row = (c <= 0xde ? 0x21 + 2 * (c - 0xd9) : 0x4a + 2 * (c - 0xe0)) + (d >= 0xa1 ? 1 : 0);
      const col = d >= 0xa1 ? d - 0xa1 : d - (d <= 0x7e ? 0x31 : 0x43);
      out.push(iconv.decode(Buffer.from([row | 0x80, (0x21 + col) | 0x80]), 'euc-kr'));
    } else out.push('\ufffd');
  }
  flush(b.length);
  return out.join('');
}

/** Python's codec names (and aliases) for the 7-bit and Johab Asian charsets decoded here. */
const OWN_ASIAN: Record<string, string> = {
  'iso-2022-kr': 'iso-2022-kr',
  iso2022kr: 'iso-2022-kr',
  'iso2022-kr': 'iso-2022-kr',
  csiso2022kr: 'iso-2022-kr',
  hz: 'hz',
  hzgb: 'hz',
  'hz-gb': 'hz',
  'hz-gb-2312': 'hz',
  johab: 'johab',
  cp1361: 'johab',
  ms1361: 'johab',
};

/** The canonical name this module decodes a label as (`iso-2022-jp`, `hz`, `cp037` ...), or undefined. */
export function ownCharset(label: string): string | undefined {
  const name = label.trim().toLowerCase().replace(/_/g, '-');
  return ISO2022JP.has(name) ? 'iso-2022-jp' : (OWN_ASIAN[name] ?? ebcdicCharset(name));
}

/** Decodes bytes in a charset `ownCharset` named. */
export function decodeOwn(b: Uint8Array, charset: string): string {
  if (charset === 'iso-2022-jp') return decodeIso2022jp(b);
  if (charset === 'iso-2022-kr') return decodeIso2022kr(b);
  if (charset === 'hz') return decodeHz(b);
  if (charset === 'johab') return decodeJohab(b);
  const table = ebcdicTable(charset);
  let s = '';
  for (let i = 0; i < b.length; i += 8192) {
    const chars: string[] = [];
    for (let j = i; j < Math.min(b.length, i + 8192); j++) chars.push(table[b[j] as number] as string);
    s += chars.join('');
  }
  return s;
}

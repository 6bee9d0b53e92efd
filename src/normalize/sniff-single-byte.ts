/**
 * Which single-byte code page unlabelled non-Latin text is in. Every byte decodes in every one of
 * them, so the question is which reading uses the script's commonest letters as running text does:
 * Russian, Ukrainian or Bulgarian in windows-1251 or KOI8-R, Greek in windows-1253, Hebrew in
 * windows-1255, Arabic in windows-1256. Read in another code page the same bytes become letters of
 * that script in no language's proportions (Greek bytes read as windows-1251 give `б`, `й`, `ф`
 * where Russian has `о`, `е`, `а`).
 */
import iconv from 'iconv-lite';

/** The commonest letters (lower case) of each script's languages: about 85-90% of their letters. */
const SCRIPTS: ReadonlyArray<{ charset: string; common: string }> = [
  { charset: 'windows-1251', common: 'оеаинтсрвлкмдпуяыі' },
  { charset: 'koi8-r', common: 'оеаинтсрвлкмдпуяыі' },
  // ISO-8859-5 (old Unix and Bulgarian sites) and DOS's cp866: other layouts of the same letters.
  { charset: 'iso-8859-5', common: 'оеаинтсрвлкмдпуяыі' },
  { charset: 'cp866', common: 'оеаинтсрвлкмдпуяыі' },
  { charset: 'windows-1253', common: 'αοειτνσηυρπκμλςάέίόήύώ' },
  { charset: 'windows-1255', common: 'יוהלמארבנתשעכדק' },
  { charset: 'windows-1256', common: 'اليمونهرتبعدفةكسقأ' },
];

/** Per code page, per byte 0x80-0xFF: 0 not a letter, 1 a letter, 2 one of the common ones. */
const tables = new Map<string, Uint8Array>();

function table(charset: string, common: string): Uint8Array {
  let t = tables.get(charset);
  if (!t) {
    const chars = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), charset);
    t = new Uint8Array(128);
    for (let i = 0; i < 128; i++) {
      const ch = chars[i] ?? '';
      t[i] = /\p{L}/u.test(ch) ? (common.includes(ch.toLowerCase()) ? 2 : 1) : 0;
    }
    tables.set(charset, t);
  }
  return t;
}

/** Bytes looked at: the call needs a sample, not a whole feed. */
const SAMPLE_BYTES = 64 * 1024;
/** The winning reading's share of common letters, and its lead over the runner-up. */
const MIN_SHARE = 0.8;
const MIN_LEAD = 0.05;

/**
 * The code page whose reading of the bytes' non-ASCII letters is most like running text of its
 * script, when clearly so (share and lead above), else undefined. The winner needs 20+ non-ASCII letters.
 */
export function sniffSingleByte(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  const scores: Array<{ charset: string; share: number; letters: number }> = [];
  for (const { charset, common } of SCRIPTS) {
    const t = table(charset, common);
    let letters = 0;
    let hits = 0;
    for (let i = 0; i < end; i++) {
      const b = bytes[i] as number;
      if (b < 0x80) continue;
      const kind = t[b - 0x80] as number;
      if (kind > 0) letters++;
      if (kind === 2) hits++;
    }
    // Too few letters in this reading (KOI8-R's lowercase bytes are Hebrew points in windows-1255): not a candidate.
    scores.push({ charset, share: letters >= 20 ? hits / letters : 0, letters });
  }
  // A reading that makes letters of only some of the bytes is no candidate: cp866 reads ISO-8859-5's
  // lowercase `р`-`я` as its own and the rest as box drawing, a small sample of common letters.
  const most = Math.max(...scores.map((x) => x.letters));
  for (const x of scores) if (x.letters < most * 0.7) x.share = 0;
  scores.sort((a, b) => b.share - a.share);
  const [best, next] = scores;
  if (!best || best.share < MIN_SHARE || best.share - (next?.share ?? 0) < MIN_LEAD) return undefined;
  return best.charset === 'koi8-r' && hasKoi8uLetters(bytes, end) ? 'koi8-u' : best.charset;
}

/**
 * KOI8-U is KOI8-R with Ukrainian `є і ї ґ` (and capitals) where KOI8-R has box-drawing symbols no
 * feed writes: one of those bytes makes a KOI8 text Ukrainian (Russian reads the same in both).
 */
function hasKoi8uLetters(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b === 0xa4 || b === 0xa6 || b === 0xa7 || b === 0xad || b === 0xb4 || b === 0xb6 || b === 0xb7 || b === 0xbd) return true;
  }
  return false;
}

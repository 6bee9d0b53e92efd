/**
 * Croatian, Bosnian or Serbian, for a text in Latin letters the stopword counts read as their
 * shared language. The three share nearly all common words; what tells them apart is
 *   - the reflex of the old vowel yat: Serbian's ekavian `reč, mesto, pre, dete, vetar` against the
 *     ijekavian `riječ, mjesto, prije, dijete, vjetar` of Croatian and Bosnian;
 *   - vocabulary and loanword spellings: Croatian `tisuća, tjedan, tijekom, milijuna, financiran,
 *     kazalište, Europske, ožujka` against the `hiljada, sedmica, tokom, miliona, finansiran,
 *     pozorište, Evropske, marta` Bosnian shares with Serbian;
 *   - Serbian `saopštio, opština, istorija` against Bosnian `saopćio, općina, historija`.
 * Croatian stays the answer when nothing decides, as before this module.
 */

const WORD = /\p{L}+/gu;

/**
 * An ijekavian syllable inside a word: `vjetar, sjever, djeca, mjesto, tjedan, cijena, lijep,
 * rijeka` (not at the end, where `Srbije, komisije, nije` are case endings and verbs of all three).
 */
const IJE_INSIDE = /[bcdfgmpstvzrh]je\p{L}|[bcdfghklmprstvz]ije\p{L}/u;
/**
 * Words with such a syllable in all three: `objekat, projekat, prijem`, `ubijen, razvijen, dobijem`
 * (b/v/p + ije + n/m), and loans `premijer, pacijent, klijent, higijena, Kijev`.
 */
const IJE_EVERYWHERE = /^(?:ob|sub|pro|in|tra)jek|^prijem|[bvp]ije[nm]|ijer|ijent|^kijev|higijen/u;
/** Ijekavian words ending in the syllable. */
const IJE_FINAL = new Set('prije poslije gdje ovdje negdje svugdje dje'.split(' '));

/** Serbian's ekavian forms, by stem (their ijekavian twins are caught by IJE_INSIDE). */
const EKAVIAN =
  /^(?:reč$|reči$|rečima$|mest[aouie]|mesec|vreme$|dec[aeiu]$|decom|dete|posle$|pre$|gde$|ovde$|negde$|nedelj|ponedelj|sred[aeu]$|predsedn|predlog|sledeć|pobed|uspe[hš]|vetar|vetr|sever|delov|deo$|savet|odeljenj|lekar|vest$|vesti$|cen[aeu]$|celo|cel[aeiu]$|lep[aeiou]?$|reš[ae]|mer[aeu]$|bezbedn|zahtev|primen|vek[au]?$|telo|sedn|sedišt|bel[aeiou]$|devojk|rek[aeu]$|izbeg|mleko|pesm|ocen|celokup|uvek$|hteo|hteli|verovatno|razume)/u;
/** Croatian's own words and spellings, by stem. */
const CROATIAN =
  /^(?:tisuć|tjed|tijekom|milijun|priopć|uhit|uhić|europ|siječ|veljač|ožuj|travanj|travnj|svib|lipanj|lipnj|srpanj|srpnj|kolovoz|rujan|rujn|listopad|studen[io]|prosin|oporb|glasnogovorn|tvrtk|izbornik|nogomet|zrakoplov|obitelj|točn|točk|znanost|veleposlan|ravnatelj|povijest|projekt$|inozem|obran|sabor|financir|organizir|registrir|informir|kazališ|redatelj|sveučiliš|liječnik|tvornic|glazb|izvješ|uvjet|dužnosnik|obavijest|vrijedi$|kolodvor|vlak)/u;
/** Words Bosnian shares with Serbian (not Croatian), by stem: in an ijekavian text, Bosnian. */
const EASTERN =
  /^(?:hiljad|sedmic|evrop|januar|februar|mart[a]?$|april[au]?$|maj[a]?$|jun[ia]?$|jul[ia]?$|avgust|august[a]?$|septemb|oktob|novemb|decemb|fudbal|porodic|tačn|tačk|nauk|ambasad|uslov|projekat|inostran|odbran|portparol|uhaps|uhapš|voz$|vozom|tokom$|milion|finansir|organizov|registrov|pozoriš|reditelj|univerzitet|fabrik|muzik|izvještaj|zvaničnik|važ[ie]$|vazduš|spoljn|ljekar|marak|budžet|opozicij)/u;
/** Serbian's own spellings, and Bosnian's own twins of them. */
const SERBIAN = /^(?:saopšt|opštin|opšt|uopšte|istorij|bezbednost|odsto$)/u;
const BOSNIAN = /^(?:saopć|historij|lahko|kahv|sahat|bezbjedn|hljeb)/u;

/** Croatian ('hr'), Bosnian ('bs') or Serbian ('sr') for a Latin-script text read as their common language. */
export function southSlavicLatin(text: string): 'hr' | 'bs' | 'sr' {
  let ek = 0;
  let ij = 0;
  let hr = 0;
  let east = 0;
  let sr = 0;
  let bs = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (IJE_FINAL.has(w) || (IJE_INSIDE.test(w) && !IJE_EVERYWHERE.test(w))) ij++;
    else if (EKAVIAN.test(w)) ek++;
    if (CROATIAN.test(w)) hr++;
    else if (EASTERN.test(w)) east++;
    else if (SERBIAN.test(w)) sr++;
    else if (BOSNIAN.test(w)) bs++;
  }
  // Ekavian is standard Serbian only (Croatian and Bosnian are ijekavian).
  if (ek > ij) return 'sr';
  if (east + sr + bs <= hr) return 'hr';
  // Ijekavian with the Eastern words: Bosnian, unless Serbian's own spellings outnumber Bosnian's
  // (the ijekavian Serbian of Republika Srpska's media).
  return sr > bs ? 'sr' : 'bs';
}

/**
 * The zone a site writes its zone-less times in ("2019-09-07 15:10:53" on a Chinese portal is
 * Beijing time), guessed from the host's country domain, else from the page's language. Used
 * only when the page gives no offset; the guess is recorded with the article (`timeZoneAssumed`).
 */

/** Country-code domains -> IANA zone (the capital's zone for multi-zone countries). */
const BY_TLD: Record<string, string> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', li: 'Europe/Vaduz', fr: 'Europe/Paris', be: 'Europe/Brussels',
  lu: 'Europe/Luxembourg', nl: 'Europe/Amsterdam', it: 'Europe/Rome', es: 'Europe/Madrid', pt: 'Europe/Lisbon', uk: 'Europe/London',
  ie: 'Europe/Dublin', dk: 'Europe/Copenhagen', no: 'Europe/Oslo', se: 'Europe/Stockholm', fi: 'Europe/Helsinki', is: 'Atlantic/Reykjavik',
  pl: 'Europe/Warsaw', cz: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest', ro: 'Europe/Bucharest', bg: 'Europe/Sofia',
  gr: 'Europe/Athens', cy: 'Asia/Nicosia', tr: 'Europe/Istanbul', ru: 'Europe/Moscow', ua: 'Europe/Kyiv', by: 'Europe/Minsk',
  lt: 'Europe/Vilnius', lv: 'Europe/Riga', ee: 'Europe/Tallinn', si: 'Europe/Ljubljana', hr: 'Europe/Zagreb', rs: 'Europe/Belgrade',
  ba: 'Europe/Sarajevo', mk: 'Europe/Skopje', al: 'Europe/Tirane', md: 'Europe/Chisinau', ge: 'Asia/Tbilisi', am: 'Asia/Yerevan',
  az: 'Asia/Baku', kz: 'Asia/Almaty', uz: 'Asia/Tashkent', cn: 'Asia/Shanghai', hk: 'Asia/Hong_Kong', mo: 'Asia/Macau',
  tw: 'Asia/Taipei', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', in: 'Asia/Kolkata', pk: 'Asia/Karachi', bd: 'Asia/Dhaka', lk: 'Asia/Colombo',
  np: 'Asia/Kathmandu', id: 'Asia/Jakarta', my: 'Asia/Kuala_Lumpur', sg: 'Asia/Singapore', ph: 'Asia/Manila', th: 'Asia/Bangkok',
  vn: 'Asia/Ho_Chi_Minh', au: 'Australia/Sydney', nz: 'Pacific/Auckland', za: 'Africa/Johannesburg', ng: 'Africa/Lagos',
  ke: 'Africa/Nairobi', tz: 'Africa/Dar_es_Salaam', ug: 'Africa/Kampala', gh: 'Africa/Accra', na: 'Africa/Windhoek', eg: 'Africa/Cairo',
  ma: 'Africa/Casablanca', tn: 'Africa/Tunis', dz: 'Africa/Algiers', ae: 'Asia/Dubai', sa: 'Asia/Riyadh', qa: 'Asia/Qatar',
  kw: 'Asia/Kuwait', jo: 'Asia/Amman', lb: 'Asia/Beirut', il: 'Asia/Jerusalem', ir: 'Asia/Tehran', iq: 'Asia/Baghdad',
  af: 'Asia/Kabul', ar: 'America/Argentina/Buenos_Aires', br: 'America/Sao_Paulo', mx: 'America/Mexico_City', cl: 'America/Santiago',
  pe: 'America/Lima', ve: 'America/Caracas', uy: 'America/Montevideo', ca: 'America/Toronto', us: 'America/New_York',
};

/** Languages spoken mostly in one zone -> that zone. English, Arabic, Spanish, Portuguese are not. */
const BY_LANGUAGE: Record<string, string> = {
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam', da: 'Europe/Copenhagen', no: 'Europe/Oslo',
  nb: 'Europe/Oslo', nn: 'Europe/Oslo', sv: 'Europe/Stockholm', fi: 'Europe/Helsinki', pl: 'Europe/Warsaw', cs: 'Europe/Prague',
  sk: 'Europe/Bratislava', hu: 'Europe/Budapest', ro: 'Europe/Bucharest', bg: 'Europe/Sofia', el: 'Europe/Athens', tr: 'Europe/Istanbul',
  ru: 'Europe/Moscow', uk: 'Europe/Kyiv', lt: 'Europe/Vilnius', lv: 'Europe/Riga', et: 'Europe/Tallinn', zh: 'Asia/Shanghai',
  ja: 'Asia/Tokyo', ko: 'Asia/Seoul', hi: 'Asia/Kolkata', id: 'Asia/Jakarta', th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh',
  fa: 'Asia/Tehran', he: 'Asia/Jerusalem', sw: 'Africa/Nairobi',
};

/** The zone a site's zone-less times are in, or null when neither its domain nor language says. */
export function siteZone(host: string, language: string | null): string | null {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  const tld = parts[parts.length - 1] ?? '';
  return BY_TLD[tld] ?? (language ? BY_LANGUAGE[language] ?? null : null);
}

/**
 * The news agencies wirehouse recognizes, as data: canonical name, the spellings a credit line
 * or dateline uses, the agency's own domains, and the zone its desk dates stories in. Adding
 * an agency is adding a row.
 */

/** One news agency. `timeZone` is an IANA zone name. */
export interface Agency {
  name: string;
  /** Spellings in credits and datelines, matched case-sensitively as whole words. */
  aliases: string[];
  domains: string[];
  timeZone: string;
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Xinhua', aliases: ['Xinhua', 'XINHUA', 'Xinhua News Agency', '新华社', '新华网'], domains: ['news.cn', 'xinhuanet.com'], timeZone: 'Asia/Shanghai' },
  { name: 'TASS', aliases: ['TASS', 'ТАСС', 'ITAR-TASS'], domains: ['tass.com', 'tass.ru'], timeZone: 'Europe/Moscow' },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA', 'РИА Новости', 'RIA NOVOSTI'], domains: ['ria.ru'], timeZone: 'Europe/Moscow' },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'], domains: ['apnews.com', 'ap.org'], timeZone: 'America/New_York' },
  { name: 'Reuters', aliases: ['Reuters', 'REUTERS', 'Thomson Reuters'], domains: ['reuters.com'], timeZone: 'Europe/London' },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France-Presse (AFP)', 'France-Presse'], domains: ['afp.com'], timeZone: 'Europe/Paris' },
  { name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency', '연합뉴스'], domains: ['yna.co.kr', 'yonhapnews.co.kr'], timeZone: 'Asia/Seoul' },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News', '共同通信'], domains: ['kyodonews.net', 'kyodonews.jp'], timeZone: 'Asia/Tokyo' },
  { name: 'Anadolu', aliases: ['Anadolu', 'AA', 'Anadolu Agency', 'Anadolu Ajansı'], domains: ['aa.com.tr'], timeZone: 'Europe/Istanbul' },
  { name: 'ANI', aliases: ['ANI', 'Asian News International'], domains: ['aninews.in'], timeZone: 'Asia/Kolkata' },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'], domains: ['ptinews.com'], timeZone: 'Asia/Kolkata' },
  { name: 'China News Service', aliases: ['China News Service', 'CNS', '中新社', '中新网'], domains: ['chinanews.com.cn', 'chinanews.com'], timeZone: 'Asia/Shanghai' },
  { name: 'People\'s Daily', aliases: ['People\'s Daily', 'People\'s Daily Online', '人民日报', '人民网'], domains: ['people.cn', 'people.com.cn'], timeZone: 'Asia/Shanghai' },
  { name: 'China Daily', aliases: ['China Daily', 'chinadaily.com.cn'], domains: ['chinadaily.com.cn'], timeZone: 'Asia/Shanghai' },
  { name: 'CGTN', aliases: ['CGTN'], domains: ['cgtn.com'], timeZone: 'Asia/Shanghai' },
  { name: 'Global Times', aliases: ['Global Times', 'GT'], domains: ['globaltimes.cn'], timeZone: 'Asia/Shanghai' },
  { name: 'dpa', aliases: ['dpa', 'DPA'], domains: ['dpa.com'], timeZone: 'Europe/Berlin' },
  { name: 'EFE', aliases: ['EFE'], domains: ['efe.com'], timeZone: 'Europe/Madrid' },
  { name: 'ANSA', aliases: ['ANSA'], domains: ['ansa.it'], timeZone: 'Europe/Rome' },
  { name: 'UPI', aliases: ['UPI', 'United Press International'], domains: ['upi.com'], timeZone: 'America/New_York' },
  { name: 'Bernama', aliases: ['Bernama', 'BERNAMA'], domains: ['bernama.com'], timeZone: 'Asia/Kuala_Lumpur' },
  { name: 'Interfax', aliases: ['Interfax', 'Интерфакс'], domains: ['interfax.ru', 'interfax.com'], timeZone: 'Europe/Moscow' },
];

const BY_ALIAS = new Map<string, Agency>();
for (const a of AGENCIES) for (const alias of [a.name, ...a.aliases]) BY_ALIAS.set(alias.toLowerCase(), a);

/** The agency a credit spelling names ("XINHUA", "ТАСС", "Associated Press"), or undefined. */
export function agencyByAlias(alias: string): Agency | undefined {
  return BY_ALIAS.get(alias.trim().replace(/^the\s+/i, '').toLowerCase()) ?? BY_ALIAS.get(alias.trim().toLowerCase());
}

/** The agency whose own site a host belongs to (`english.news.cn` -> Xinhua), or undefined. */
export function agencyForDomain(host: string): Agency | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return AGENCIES.find((a) => a.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

/** Alternation of every alias, longest first, escaped for a RegExp. */
export function agencyAliasPattern(): string {
  const all = [...BY_ALIAS.keys()].length ? AGENCIES.flatMap((a) => [a.name, ...a.aliases]) : [];
  return [...new Set(all)].sort((x, y) => y.length - x.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

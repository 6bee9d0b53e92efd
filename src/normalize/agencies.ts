/**
 * The news agencies wirehouse recognizes, as data: canonical name, the spellings a credit line
 * or dateline uses, the agency's own domains, and the zone its desk dates stories in. Adding
 * an agency is adding a row.
 */

import { AGENCY_TABLE } from './agency-table.js';

/** One news agency. `timeZone` is an IANA zone name. */
export interface Agency {
  name: string;
  /** Spellings in credits and datelines, matched case-sensitively as whole words. */
  aliases: string[];
  domains: string[];
  timeZone: string;
  /**
   * 'outlet' for state outlets listed for their own sites (People's Daily, CGTN): credited on
   * another page they are a source, not a wire agency. Absent means a news agency.
   */
  kind?: 'outlet';
  /**
   * Abbreviations in capitals that are also other bodies' names (`AAP`: the Aam Aadmi Party, `CP`:
   * communist parties, `UNI`): credited only where a credit stands alone (a dateline's brackets,
   * a byline's last item, a source or credit line), never found by the alias scan of running text.
   * Also the lower-case desk forms some papers print (`rtr` for Reuters), matched as written.
   */
  contextAliases?: string[];
  /**
   * Abbreviations that name this agency on the sites of its own country (`countries`, ISO 3166
   * codes as ccTLDs write them) and another agency elsewhere: `KNA` on a Kenyan site is the Kenya
   * News Agency, on a German one the Catholic KNA.
   */
  homeAliases?: string[];
  countries?: string[];
  /**
   * Also a market-data vendor (Bloomberg): a "Source:" line inside the text under a chart or table
   * names its data, not the story's credit; it credits the agency only closing the text.
   */
  dataVendor?: boolean;
}

/** Every agency the pipeline knows (the table lives in agency-table.ts). */
export const AGENCIES: readonly Agency[] = AGENCY_TABLE;

/**
 * The spellings matched anywhere: the aliases and the name, unless the name is one of the
 * agency's context aliases (SPA, KUNA, APP: agencies stored under the abbreviation they are
 * credited by, which is also a common word or another body's name).
 */
const spellings = (a: Agency): string[] => (a.contextAliases?.includes(a.name) ? a.aliases : [a.name, ...a.aliases]);

const BY_ALIAS = new Map<string, Agency>();
for (const a of AGENCIES) for (const alias of spellings(a)) BY_ALIAS.set(alias.toLowerCase(), a);

/** The agency a credit spelling names ("XINHUA", "ТАСС", "Associated Press"), or undefined. */
export function agencyByAlias(alias: string): Agency | undefined {
  return (
    BY_ALIAS.get(
      alias
        .trim()
        .replace(/^the\s+/i, '')
        .toLowerCase(),
    ) ?? BY_ALIAS.get(alias.trim().toLowerCase())
  );
}

/** The agency whose own site a host belongs to (`english.news.cn` -> Xinhua), or undefined. */
export function agencyForDomain(host: string): Agency | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return AGENCIES.find((a) => a.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

/** Alternation of every alias, longest first, escaped for a RegExp. */
export function agencyAliasPattern(): string {
  const all = [...BY_ALIAS.keys()].length ? AGENCIES.flatMap(spellings) : [];
  return [...new Set(all)]
    .sort((x, y) => y.length - x.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * The alias alternation as a group to embed in a larger pattern: `(?=)(?:a|b|…)`. The empty
 * lookahead succeeds at every position, consumes nothing and captures nothing, so every match
 * and capture is that of `(?:a|b|…)` alone. It is there for V8's RegExp compiler (issue 16):
 * measured, the patterns that reach the 3.4 KB alternation by several paths (optional words
 * before it, a repeated list) compiled 2-5 times faster with it, and every fresh process
 * compiles each of them per subject encoding and again on tier-up. (V8 emits the code after a
 * node once per distinct state it is reached in, up to ten copies; a lookaround resets that
 * state, so the alternation is emitted once.)
 */
export function agencyAliasGroup(): string {
  return `(?=)(?:${agencyAliasPattern()})`;
}

/** Every spelling of every agency (names, abbreviations, native scripts), unescaped. */
export function agencyAliases(): string[] {
  return [...new Set(AGENCIES.flatMap(spellings))];
}

const BY_CONTEXT_ALIAS = new Map<string, Agency>();
for (const a of AGENCIES) for (const alias of a.contextAliases ?? []) BY_CONTEXT_ALIAS.set(alias, a);

/** The agency a context alias names, written exactly so (`AAP`, not `Aap`): see `Agency.contextAliases`. */
export function agencyByContextAlias(s: string): Agency | undefined {
  return BY_CONTEXT_ALIAS.get(s.trim());
}

/** Every context alias, as written (matched case-sensitively). */
export function contextAliases(): string[] {
  return [...BY_CONTEXT_ALIAS.keys()];
}

/** Alternation of the context aliases, escaped for a RegExp (to be matched case-sensitively). */
export function contextAliasPattern(): string {
  return contextAliases()
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The home agencies by country: [country, the agency a credited one stands for there, the home agency]. */
const HOME: [string, Agency, Agency][] = AGENCIES.flatMap((home) =>
  (home.countries ?? []).flatMap((c) =>
    (home.homeAliases ?? []).flatMap((alias) => {
      const elsewhere = agencyByAlias(alias) ?? agencyByContextAlias(alias);
      return elsewhere ? [[c, elsewhere, home] as [string, Agency, Agency]] : [];
    }),
  ),
);

/**
 * The agencies credited on a page of `country` (a ccTLD's code, or null), each read as the home
 * agency an abbreviation stands for there (`KNA` on a `.ke` site: the Kenya News Agency).
 */
export function homeAgencies(names: readonly string[], country: string | null): string[] {
  if (!country || names.length === 0) return [...names];
  return [...new Set(names.map((n) => HOME.find(([c, a]) => c === country && a.name === n)?.[2].name ?? n))];
}

/**
 * The country a page comes from, as far as its address or declared language says: the ccTLD
 * (`kenyanews.go.ke` -> `ke`), else the region of a declared language (`en-KE` -> `ke`).
 */
export function pageCountry(host: string, language: string | null): string | null {
  const tld = /\.([a-z]{2})\.?$/iu.exec(host)?.[1];
  if (tld) return tld.toLowerCase();
  const region = language ? /^[a-z]{2,3}[-_]([a-z]{2})\b/iu.exec(language.trim())?.[1] : undefined;
  return region ? region.toLowerCase() : null;
}

/** The shape of a site rule: data only, one file per site under `sites/`. */
export interface SiteRule {
  /** Rule id, recorded in `Article.extractor` ("rule:en.people.cn"). */
  id: string;
  /** Hosts the rule covers; subdomains match too. */
  domains: string[];
  /** Publishing site's name as stored in `Article.site`. */
  site: string;
  /** IANA zone of times the site prints without an offset. */
  timeZone: string;
  /** Article container selectors, tried in order; the first with text wins. */
  body: string[];
  /** Elements removed inside the container (share bars, related lists, editor boxes). */
  remove?: string[];
  title?: string[];
  /** Elements whose visible text holds the publication time in `timeZone`. */
  date?: string[];
  byline?: string[];
  /** Editor trailer printed outside the text container (`(Web editor: ...)`). */
  editor?: string[];
  /** Agency of the site's own stories when no credit line names one (Xinhua on news.cn). */
  agency?: string;
}

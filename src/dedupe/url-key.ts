/**
 * The URL identity used by the exact "url" layer. `src/normalize/` owns the canonical URL stored on
 * the article; this key is deliberately a little coarser (scheme, `www.`, default port, trailing
 * slash, fragment and tracking parameters ignored, remaining parameters sorted) so the same page
 * reached through a feed's tracking link, AMP-less mirror or http/https is one source.
 */

/** Query parameters that only track the visitor (Google Analytics, Facebook, Mailchimp, feeds). */
const TRACKING_PARAM_RE =
  /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|ocid|cmpid|cmp|ito|taid|at_[a-z_]+|ref|ref_src|referrer|source|src|rss|feed|feedname|share|smid|sr_share|guccounter|_ga|igshid|wt\.mc_id)$/i;

/** `https://www.Site.com/a/?utm_source=x&b=2&a=1#top` -> `site.com/a?a=1&b=2`; unparseable -> trimmed input. */
export function urlKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const host = u.hostname
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .replace(/\.$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '';
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM_RE.test(k))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? '?' + params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') : '';
  return `${host}${port}${path}${query}`;
}

/** The registrable-ish host of a URL (lowercase, `www.` dropped), or null. */
export function urlHost(url: string): string | null {
  try {
    return new URL(url.trim()).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

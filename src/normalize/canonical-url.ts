/**
 * Canonical form of an article URL, the natural key of an article: lower-case scheme and host,
 * no default port, no fragment, no tracking parameters (their values differ per share, the
 * page does not).
 */

/** Query parameters that only track the click, never select content. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|spm|cmpid|ocid|ns_[a-z_]+|at_[a-z_]+|wt\.[a-z_]+|s_cid|icid|ncid|soc_src|soc_trk|share|shareid|smid|sr_share|from|ref|ref_src|ref_url|taid|traffic_source|scm|vn_source)$/i;

/** Canonical URL string; an unparseable input comes back trimmed and unchanged. */
export function canonicalUrl(url: string, base?: string): string {
  let u: URL;
  try {
    u = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return url.trim();
  }
  u.hash = '';
  const keep: Array<[string, string]> = [];
  for (const [k, v] of u.searchParams) if (!TRACKING.test(k)) keep.push([k, v]);
  u.search = keep.length === 0 ? '' : `?${new URLSearchParams(keep).toString()}`;
  return u.toString();
}

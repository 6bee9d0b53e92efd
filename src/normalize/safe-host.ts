/**
 * The host of a URL string that may not parse (a feed's link, a page's declared canonical, the URL
 * in an error), without a try/catch at every caller. One implementation for the extractor (site
 * rules and agencies by host), the fetcher's error context and the fetch metrics.
 */

/**
 * `hostname` (lower case, no port: what site rules and metrics key on) or `host` (with the port:
 * what an error message should name). Null when the string is not an absolute URL.
 */
export function safeHost(url: string, part: 'hostname' | 'host' = 'hostname'): string | null {
  try {
    return new URL(url)[part].toLowerCase();
  } catch {
    return null;
  }
}

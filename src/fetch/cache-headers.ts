/**
 * Reading the response headers that tell us when to come back: Retry-After (RFC 9110 §10.2.3),
 * Cache-Control max-age (RFC 9111 §5.2.2.1) and Expires (RFC 9111 §5.3).
 */

/** Retry-After as milliseconds from `nowMs`: delay-seconds or an HTTP-date; undefined if absent/invalid. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP-date always names its month; without that, Date.parse reads "-5" as the year -5.
  const t = /[a-z]{3}/i.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - nowMs);
}

/**
 * Cache-Control max-age in seconds. `no-cache`/`no-store` mean 0 (revalidate every time), as does
 * a negative or malformed value; undefined when the header says nothing about freshness.
 */
export function parseCacheMaxAge(value: string | undefined): number | undefined {
  if (!value) return undefined;
  let maxAge: number | undefined;
  for (const part of value.toLowerCase().split(',')) {
    const [k, v] = part.trim().split('=', 2) as [string, string | undefined];
    if (k === 'no-cache' || k === 'no-store') return 0;
    if (k === 'max-age') {
      const n = Number((v ?? '').replace(/"/g, ''));
      maxAge = Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
    }
  }
  return maxAge;
}

/**
 * When the response expires, on OUR clock. A server clock may be off, so the Expires - Date
 * difference is applied to `nowMs` when the response carries a Date header (RFC 9111 §4.2.1).
 * An invalid Expires (often "0" or "-1") means already expired (RFC 9111 §5.3) and yields undefined.
 */
export function parseExpires(expires: string | undefined, date: string | undefined, nowMs: number): Date | undefined {
  if (!expires) return undefined;
  const e = Date.parse(expires);
  if (Number.isNaN(e)) return undefined;
  const d = date ? Date.parse(date) : Number.NaN;
  const at = Number.isNaN(d) ? e : nowMs + (e - d);
  return at > nowMs ? new Date(at) : undefined;
}

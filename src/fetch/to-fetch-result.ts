/**
 * The final response of a fetch as its result: a 2xx (with an acceptable Content-Type) or a 304
 * becomes a FetchResult with its validators, body hash and cache hints; any other status is
 * thrown as fetch_http (permanent) or fetch_http_retryable (408, 429, 5xx), with Retry-After.
 */
import { createHash } from 'node:crypto';
import { PipelineError } from '../errors.js';
import { parseCacheMaxAge, parseExpires, parseRetryAfter } from './cache-headers.js';
import type { FetchKind, FetchRequest, FetchResult } from './create-fetcher.js';
import type { RawResponse } from './follow-redirects.js';

export function toFetchResult(
  r: RawResponse,
  req: FetchRequest,
  accepts: (kind: FetchKind, contentType: string | null) => boolean,
  durationMs: number,
): FetchResult {
  const now = Date.now();
  const h = r.headers;
  const retryAfterMs = parseRetryAfter(h['retry-after'], now);
  const context = { url: r.url.href, host: r.url.host, status: r.status };
  if (r.status === 304 || (r.status >= 200 && r.status < 300)) {
    const contentType = h['content-type'] ?? null;
    if (r.status !== 304 && !accepts(req.kind, contentType)) {
      throw new PipelineError('fetch_bad_content_type', `fetch: ${r.status} with content-type ${contentType} for ${r.url.href}`, {
        context: { ...context, contentType },
      });
    }
    const bodyHash = r.status === 304 ? (req.previousBodyHash ?? '') : createHash('sha256').update(r.body).digest('hex');
    const result: FetchResult = {
      status: r.status,
      notModified: r.status === 304 || (!!req.previousBodyHash && bodyHash === req.previousBodyHash),
      url: r.url.href,
      headers: h,
      body: r.body,
      contentType,
      etag: h.etag ?? (r.status === 304 ? (req.etag ?? null) : null),
      lastModified: h['last-modified'] ?? (r.status === 304 ? (req.lastModified ?? null) : null),
      bodyHash,
      bytes: r.body.length,
      wireBytes: r.wireBytes,
      durationMs,
      waitMs: r.waitMs,
      redirects: r.redirects,
    };
    if (r.gzip) result.bodyGzip = r.gzip;
    if (retryAfterMs !== undefined) result.retryAfterMs = retryAfterMs;
    const maxAge = parseCacheMaxAge(h['cache-control']);
    if (maxAge !== undefined) result.cacheMaxAgeSeconds = maxAge;
    const expiresAt = parseExpires(h.expires, h.date, now);
    if (expiresAt) result.expiresAt = expiresAt;
    return result;
  }
  const retryable = r.status === 408 || r.status === 429 || r.status >= 500;
  const after = retryAfterMs === undefined ? '' : ` (retry after ${Math.round(retryAfterMs / 1000)} s)`;
  throw new PipelineError(retryable ? 'fetch_http_retryable' : 'fetch_http', `fetch: ${r.status} for ${r.url.href}${after}`, {
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    context: { ...context, durationMs },
  });
}

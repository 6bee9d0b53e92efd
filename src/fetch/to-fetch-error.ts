/**
 * Maps what undici, net, tls, dns and zlib throw to one PipelineError with a fetch_* code, so
 * callers (and classifyFailure) never look at library error codes.
 */
import { isPipelineError, PipelineError } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import { safeHost } from '../normalize/safe-host.js';
import { blockedAddressError } from './address-guard.js';

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENOTIMP', 'EREFUSED']);
// OpenSSL/Node certificate and handshake failures (tls.TLSSocket 'error' codes).
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|HOSTNAME_MISMATCH|EPROTO)/;

function codeOf(err: unknown): string | undefined {
  const c = (err as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

/** Why a request was aborted: our total deadline, our headers deadline, or the caller's signal. */
export type AbortKind = 'deadline' | 'headers' | 'caller' | null;

/**
 * Wraps `err` (met while fetching `url`) as a PipelineError. `aborted` says whether our deadline
 * fired (-> fetch_timeout); a caller's abort is rethrown untouched so shutdown stays an AbortError.
 */
export function toFetchError(err: unknown, url: string, aborted: AbortKind, deadlineMs: number): unknown {
  const cause = (err as { cause?: unknown } | null)?.cause;
  const inner = isPipelineError(err) ? err : isPipelineError(cause) ? cause : null; // ours, maybe wrapped by undici
  if (inner) {
    // Raised inside the DNS lookup, which knows only the host name: restate it with the URL.
    if (inner.code === 'fetch_blocked_address' && inner.context.url !== url) {
      const { host, address, range } = inner.context as { host: string; address: string; range: string };
      return blockedAddressError(url, host, address, range);
    }
    return inner;
  }
  if (aborted === 'caller') return err;
  const host = safeHost(url, 'host') ?? url;
  const make = (code: ErrorCode, what: string) =>
    new PipelineError(code, `fetch: ${what} for ${url}`, { cause: err, context: { url, host, errno: codeOf(err) ?? codeOf(cause) } });
  if (aborted === 'deadline') return make('fetch_timeout', `timeout after ${deadlineMs} ms (total)`);
  if (aborted === 'headers') return make('fetch_timeout', `no response headers within ${deadlineMs} ms`);
  const code = codeOf(err) ?? codeOf(cause) ?? '';
  if (TIMEOUT_CODES.has(code)) return make('fetch_timeout', `timeout (${code})`);
  if (DNS_CODES.has(code)) return make('fetch_dns', `DNS lookup failed (${code})`);
  if (TLS_CODES.test(code)) return make('fetch_tls', `TLS failure (${code})`);
  if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code === 'ERR__ERROR_FORMAT_PADDING_1') {
    return make('fetch_network', `corrupt compressed body (${code})`);
  }
  const msg = err instanceof Error ? err.message : String(err);
  return make('fetch_network', `network error (${code || msg})`);
}

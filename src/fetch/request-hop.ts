/**
 * One GET of one URL under the hop's deadlines: a redirect is reported (its body drained), a 2xx
 * body is read with the size cap and decoded, any other status comes back without its body.
 * Whatever is thrown leaves as a PipelineError with a fetch_* code (or the caller's AbortError).
 */
import { request, type Dispatcher } from 'undici';
import { hopDeadline } from './hop-deadline.js';
import { readBody } from './read-body.js';
import { toFetchError } from './to-fetch-error.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface HopRequest {
  url: URL;
  headers: Record<string, string>;
  /** What is left of the fetch's total time. */
  remainingMs: number;
  headersTimeoutMs: number;
  /** The fetch's total time (for the timeout message). */
  totalTimeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal | undefined;
}

export interface HopResponse {
  status: number;
  headers: Record<string, string>;
  /** The Location of a redirect (relative as sent); null when the response is the final one. */
  redirectTo: string | null;
  /** The decoded body of a 2xx; empty otherwise. */
  body: Buffer;
  wireBytes: number;
  gzip: Buffer | null;
}

function flatHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export async function requestHop(agent: Dispatcher, hop: HopRequest): Promise<HopResponse> {
  const deadline = hopDeadline(hop.remainingMs, hop.headersTimeoutMs, hop.signal);
  let pending: { destroy(): unknown } | undefined;
  try {
    const res = await request(hop.url, { dispatcher: agent, method: 'GET', signal: deadline.signal, headers: hop.headers });
    deadline.headersArrived();
    pending = res.body;
    const headers = flatHeaders(res.headers as Record<string, string | string[] | undefined>);
    if (REDIRECTS.has(res.statusCode) && headers.location) {
      await res.body.dump();
      return { status: res.statusCode, headers, redirectTo: headers.location, body: Buffer.alloc(0), wireBytes: 0, gzip: null };
    }
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    if (!ok) await res.body.dump();
    const read = ok
      ? await readBody(res.body, {
          contentEncoding: headers['content-encoding'],
          maxBytes: hop.maxBytes,
          url: hop.url.href,
          signal: deadline.signal,
        })
      : { body: Buffer.alloc(0), wireBytes: 0, gzip: null };
    return { status: res.statusCode, headers, redirectTo: null, ...read };
  } catch (err) {
    // A body we stopped reading (cap hit, decode error) must not keep its connection busy.
    pending?.destroy();
    const aborted = deadline.abortKind();
    throw toFetchError(err, hop.url.href, aborted, aborted === 'headers' ? hop.headersTimeoutMs : hop.totalTimeoutMs);
  } finally {
    deadline.clear();
  }
}

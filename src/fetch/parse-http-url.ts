/** The URL a fetch (or one of its redirects) may go to: absolute http(s), without its fragment. */
import { PipelineError } from '../errors.js';

/** Parses `raw` (against `base`, for a redirect's Location); fetch_bad_url when it is not http(s). */
export function parseHttpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new PipelineError('fetch_bad_url', `fetch: bad URL ${JSON.stringify(raw)}`, { context: { url: raw } });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new PipelineError('fetch_bad_url', `fetch: unsupported scheme ${u.protocol} for ${u.href}`, { context: { url: u.href } });
  }
  u.hash = '';
  return u;
}

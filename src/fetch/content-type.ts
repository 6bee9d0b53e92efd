/**
 * Which Content-Types a successful response may carry. Permissive on purpose: publishers serve feeds
 * as text/html, text/plain or application/octet-stream, and the parsers sniff the bytes anyway; we
 * only refuse what can never be a feed or an article page (images, media, PDFs, archives).
 */
import type { FetchKind } from './create-fetcher.js';

const NEVER = /^(image|audio|video|font|model)\/|^application\/(pdf|zip|x-zip-compressed|gzip|x-gzip|x-tar|msword|vnd\.|x-shockwave-flash|wasm)/;
const PAGE_OK = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/octet-stream|application\/x-httpd-php)$/;

/** True if a 2xx with this Content-Type is worth reading as `kind`. A missing header is accepted. */
export function acceptsContentType(kind: FetchKind, contentType: string | null): boolean {
  if (!contentType) return true;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  if (!media) return true;
  if (NEVER.test(media)) return false;
  return kind === 'feed' ? true : PAGE_OK.test(media);
}

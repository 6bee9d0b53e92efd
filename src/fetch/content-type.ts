/**
 * Which Content-Types a successful response may carry: the one policy for feeds and pages (the
 * store path does not check again). Feeds are taken permissively: publishers serve them as
 * text/html, text/plain or application/octet-stream, and the feed parser sniffs the bytes anyway;
 * only what can never be a feed is refused (images, media, PDFs, archives). Pages must say HTML
 * (text/html or application/xhtml+xml), or say nothing: what the extractor reads. (The fetch job
 * used to accept text/plain and octet-stream here, store the raw page, then refuse it with the
 * same code; now the refusal happens once, before anything is stored.)
 */
import type { FetchKind } from './create-fetcher.js';

const NEVER =
  /^(image|audio|video|font|model)\/|^application\/(pdf|zip|x-zip-compressed|gzip|x-gzip|x-tar|msword|vnd\.|x-shockwave-flash|wasm)/;
const PAGE_OK = /^(text\/html|application\/xhtml\+xml)$/;

/** True if a 2xx with this Content-Type is worth reading as `kind`. A missing header is accepted. */
export function acceptsContentType(kind: FetchKind, contentType: string | null): boolean {
  if (!contentType) return true;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  if (!media) return true;
  if (NEVER.test(media)) return false;
  return kind === 'feed' ? true : PAGE_OK.test(media);
}

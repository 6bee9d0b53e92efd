/**
 * Normalizes a pre-extracted record (one line of `wirehouse import`) into an Article, through the
 * same wire-markup stripping, URL canonicalization and language check as crawled pages.
 */
import type { Article } from '../domain.js';
import { PipelineError } from '../errors.js';
import { canonicalUrl } from './canonical-url.js';
import { resolveLanguage } from './detect-language.js';
import { stripWireMarkup } from './strip-wire-markup.js';

/**
 * The fields of an import record wirehouse reads; others are ignored. `url` may be missing when
 * `id` is given (collections of scraped text often have none): the record is then keyed by its id
 * under the reserved host IMPORT_HOST. `body` may be raw page text (one line per paragraph, with
 * the site's furniture): dedupe learns and drops the furniture.
 */
export interface ImportRecord {
  id?: string | number;
  url?: string;
  site?: string | null;
  title?: string | null;
  body: string;
  published?: string | null;
  lang?: string | null;
}

export const IMPORT_EXTRACTOR = 'wirehouse/1 import';

const OPTIONAL_STRINGS = ['site', 'title', 'published', 'lang'] as const;

/** Host of the URL given to a record without one (`.invalid` is reserved, RFC 2606: never fetched). */
export const IMPORT_HOST = 'import.invalid';

/**
 * Checks the type of every field wirehouse reads from one parsed JSON line (a numeric title or an
 * object id would otherwise fail deep in normalization or the database); throws input_invalid
 * naming the problem, so the line is skipped and counted. A record without `url` is keyed by its id.
 */
export function toImportRecord(value: unknown): ImportRecord {
  const r = value as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw new PipelineError('input_invalid', 'import: a line is not a JSON object');
  const id = r.id;
  const name = typeof id === 'string' || typeof id === 'number' ? String(id) : '?';
  if (id !== undefined && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw new PipelineError('input_invalid', `import: record id must be a string or number, got ${typeof id}`);
  }
  const hasId = (typeof id === 'string' && id.trim() !== '') || typeof id === 'number';
  if (r.url === undefined || r.url === null || r.url === '') {
    if (!hasId) throw new PipelineError('input_invalid', 'import: a record without url needs an id');
  } else {
    if (typeof r.url !== 'string' || !/^https?:\/\//i.test(r.url))
      throw new PipelineError('input_invalid', `import: record ${name} has no http(s) url`);
    try {
      new URL(r.url);
    } catch {
      throw new PipelineError('input_invalid', `import: record ${name} has an invalid url`);
    }
  }
  if (typeof r.body !== 'string') throw new PipelineError('input_invalid', `import: record ${name} has no body`);
  for (const key of OPTIONAL_STRINGS) {
    const v = r[key];
    if (v !== undefined && v !== null && typeof v !== 'string')
      throw new PipelineError('input_invalid', `import: record ${name}: ${key} must be a string, got ${typeof v}`);
  }
  return { ...(r as unknown as ImportRecord), id: id === null ? undefined : (id as string | number | undefined) } as ImportRecord;
}

function parseDate(v: string | null | undefined): Date | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function articleFromRecord(rec: ImportRecord): Article {
  const publishedAt = parseDate(rec.published);
  const wire = stripWireMarkup(rec.body, publishedAt);
  const declared = rec.lang && rec.lang !== 'und' ? rec.lang : null;
  const body = wire.body;
  return {
    title: (rec.title ?? '').trim(),
    body,
    html: '',
    authors: wire.authors,
    agency: [...new Set([...wire.agencies, ...wire.leadPhrase])],
    sources: [],
    dateline: wire.dateline,
    editors: wire.editors,
    site: rec.site ?? null,
    language: resolveLanguage(declared, body),
    publishedAt,
    // Import records carry an ISO instant or a bare day.
    publishedPrecision: publishedAt
      ? /\d:\d\d:\d\d/.test(rec.published ?? '')
        ? 'second'
        : /\d:\d\d/.test(rec.published ?? '')
          ? 'minute'
          : 'day'
      : null,
    timeZoneAssumed: null,
    updatedAt: null,
    canonicalUrl: rec.url ? canonicalUrl(rec.url) : `https://${IMPORT_HOST}/${encodeURIComponent(String(rec.id))}`,
    leadImage: null,
    wordCount: body.split(/\s+/).filter(Boolean).length,
    extractor: IMPORT_EXTRACTOR,
  };
}

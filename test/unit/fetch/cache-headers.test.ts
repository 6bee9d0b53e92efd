/** Retry-After, Cache-Control max-age, Expires and the Content-Type policy. */
import { describe, expect, it } from 'vitest';
import { parseCacheMaxAge, parseExpires, parseRetryAfter } from '../../../src/fetch/cache-headers.js';
import { acceptsContentType } from '../../../src/fetch/content-type.js';

const NOW = Date.parse('2026-01-10T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    [undefined, undefined],
    ['120', 120_000],
    [' 0 ', 0],
    ['Sat, 10 Jan 2026 12:01:30 GMT', 90_000],
    ['Sat, 10 Jan 2026 11:00:00 GMT', 0], // in the past: now
    ['soon', undefined],
    ['-5', undefined],
  ])('%s -> %s', (v, ms) => expect(parseRetryAfter(v, NOW)).toBe(ms));
});

describe('parseCacheMaxAge', () => {
  it.each([
    [undefined, undefined],
    ['public', undefined],
    ['public, max-age=600', 600],
    ['max-age="300", must-revalidate', 300],
    ['s-maxage=60', undefined], // shared caches only
    ['no-cache, max-age=600', 0],
    ['no-store', 0],
    ['max-age=abc', 0],
  ])('%s -> %s', (v, s) => expect(parseCacheMaxAge(v)).toBe(s));
});

describe('parseExpires', () => {
  it('uses our clock, correcting for the server clock via Date', () => {
    // The server clock is 1 h behind; Expires is 10 min after its Date.
    const at = parseExpires('Sat, 10 Jan 2026 11:10:00 GMT', 'Sat, 10 Jan 2026 11:00:00 GMT', NOW);
    expect(at?.toISOString()).toBe('2026-01-10T12:10:00.000Z');
  });
  it.each([
    ['Sat, 10 Jan 2026 12:30:00 GMT', undefined, '2026-01-10T12:30:00.000Z'],
    ['0', undefined, undefined],
    ['-1', 'Sat, 10 Jan 2026 12:00:00 GMT', undefined],
    ['Sat, 10 Jan 2026 11:30:00 GMT', undefined, undefined], // already expired
  ])('%s (Date %s) -> %s', (e, d, iso) => expect(parseExpires(e, d, NOW)?.toISOString()).toBe(iso));
});

describe('acceptsContentType', () => {
  it.each([
    ['feed', null, true],
    ['feed', 'application/rss+xml; charset=utf-8', true],
    ['feed', 'text/html; charset=gbk', true], // mislabelled feeds are common; the parser sniffs
    ['feed', 'application/octet-stream', true],
    ['feed', 'image/png', false],
    ['feed', 'application/pdf', false],
    ['page', 'text/html', true],
    ['page', 'application/xhtml+xml', true],
    ['page', 'TEXT/HTML; charset=utf-8', true],
    ['page', null, true],
    // One policy for pages: what the fetcher accepts is what the store path extracts.
    ['page', 'text/plain; charset=utf-8', false],
    ['page', 'application/octet-stream', false],
    ['page', 'application/x-httpd-php', false],
    ['page', 'application/json', false],
    ['page', 'video/mp4', false],
  ] as const)('%s with %s -> %s', (kind, ct, ok) => expect(acceptsContentType(kind, ct)).toBe(ok));
});

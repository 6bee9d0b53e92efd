/** classifyFailure and the global-outage detector. */
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../../src/errors.js';
import type { ErrorCode } from '../../../src/errors.js';
import { classifyFailure, isGlobalOutage, isPersistentReason } from '../../../src/schedule/next-poll.js';

const err = (code: ErrorCode, context: Record<string, unknown> = {}) => new PipelineError(code, `fetch: x`, { context });

describe('classifyFailure', () => {
  it.each([
    [err('fetch_dns'), 'dns'],
    [err('fetch_tls'), 'tls'],
    [err('fetch_timeout'), 'timeout'],
    [err('fetch_network'), 'network'],
    [err('fetch_http', { status: 404 }), 'http_404'],
    [err('fetch_http_retryable', { status: 503 }), 'http_503'],
    [err('fetch_http'), 'http'],
    [err('not_a_feed'), 'not_a_feed'],
    [err('feed_malformed'), 'malformed'],
    [err('feed_empty'), 'empty'],
    [err('fetch_too_large'), 'too_large'],
    [err('fetch_blocked_address'), 'blocked'],
    [err('fetch_robots_disallowed'), 'robots'],
    [err('fetch_too_many_redirects'), 'redirects'],
    [err('fetch_bad_content_type'), 'content_type'],
    [err('fetch_host_busy'), 'host_busy'],
    [err('internal'), 'internal'],
    [new TypeError('boom'), 'internal'],
    ['a string', 'internal'],
  ])('%s -> %s', (e, reason) => expect(classifyFailure(e)).toBe(reason));
});

describe('isPersistentReason', () => {
  it.each([
    ['http_404', true],
    ['http_410', true],
    ['http_408', false],
    ['http_429', false],
    ['http_500', false],
    ['not_a_feed', true],
    ['blocked', true],
    ['timeout', false],
    ['malformed', false],
  ])('%s -> %s', (r, p) => expect(isPersistentReason(r)).toBe(p));
});

describe('isGlobalOutage', () => {
  const f = (feedId: number, reason: string | null) => ({ feedId, ok: reason === null, reason });
  it.each([
    ['five feeds all timing out', [1, 2, 3, 4, 5].map((i) => f(i, 'timeout')), true],
    ['a mix of dns and network', [1, 2, 3, 4, 5].map((i) => f(i, i % 2 ? 'dns' : 'network')), true],
    ['one success among them', [...[1, 2, 3, 4, 5].map((i) => f(i, 'timeout')), f(6, null)], false],
    ['one feed failing five times', [1, 1, 1, 1, 1].map((i) => f(i, 'timeout')), false],
    ['feeds failing with 404s', [1, 2, 3, 4, 5].map((i) => f(i, 'http_404')), false],
    ['nothing yet', [], false],
  ])('%s -> %s', (_n, recent, outage) => expect(isGlobalOutage(recent)).toBe(outage));
});

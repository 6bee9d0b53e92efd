import { describe, expect, it } from 'vitest';
import { ERROR_CODES, PipelineError, isRetryable } from '../../../src/errors.js';

describe('error registry', () => {
  it('codes are snake_case and unique, each with a retryable flag', () => {
    for (const [code, retryable] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(typeof retryable).toBe('boolean');
    }
  });

  it.each([
    ['fetch_timeout', true],
    ['fetch_http_retryable', true],
    ['db_transient', true],
    ['fetch_http', false],
    ['fetch_blocked_address', false],
    ['feed_malformed', false],
    ['not_a_feed', false],
    ['no_article', false],
    ['fetch_too_large', false],
  ] as const)('%s retryable=%s (STYLE.md taxonomy)', (code, retryable) => {
    expect(ERROR_CODES[code]).toBe(retryable);
    expect(new PipelineError(code, 'x: y').retryable).toBe(retryable);
  });

  it('unknown errors are retryable; an explicit override wins', () => {
    expect(isRetryable(new Error('boom'))).toBe(true);
    expect(isRetryable(new PipelineError('fetch_http_retryable', 'fetch: 503', { retryable: false }))).toBe(false);
  });
});

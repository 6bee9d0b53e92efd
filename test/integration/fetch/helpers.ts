/** Shared fetcher options and error capture for the fetch integration tests. */
import { createFetcher } from '../../../src/fetch/index.js';
import type { Fetcher, FetcherOptions } from '../../../src/fetch/index.js';
import { PipelineError } from '../../../src/errors.js';

export const BASE_OPTIONS: FetcherOptions = {
  userAgent: 'wirehouse-test/1.0 (+https://example.org/bot)',
  connectTimeoutMs: 1000,
  headersTimeoutMs: 1000,
  totalTimeoutMs: 3000,
  maxBytes: 1024 * 1024,
  maxRedirects: 3,
  allowPrivateHosts: ['127.0.0.1'],
  hostConcurrency: 16,
  hostMinDelayMs: 0,
  robots: false,
};

const open: Fetcher[] = [];

/** A fetcher with test defaults; closed by closeFetchers(). */
export function testFetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
  const f = createFetcher({ ...BASE_OPTIONS, ...overrides });
  open.push(f);
  return f;
}

export async function closeFetchers(): Promise<void> {
  await Promise.all(open.splice(0).map((f) => f.close()));
}

/** Runs `p`, expecting a PipelineError; returns it (fails the test otherwise). */
export async function failure(p: Promise<unknown>): Promise<PipelineError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof PipelineError) return err;
    throw new Error(`expected a PipelineError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected the fetch to fail, it succeeded');
}

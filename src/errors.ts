/**
 * The one error class of the pipeline. Each failure carries a code from the registry below and
 * whether a retry could help; workers turn non-retryable errors into BullMQ's UnrecoverableError.
 */

/** Every error code, with whether it is retryable by default. A test checks this registry. */
export const ERROR_CODES = {
  // fetch
  fetch_timeout: true,
  fetch_network: true,
  fetch_dns: true,
  fetch_tls: false,
  fetch_http_retryable: true, // 408, 429, 5xx
  fetch_http: false, // other 4xx
  fetch_too_large: false,
  fetch_too_many_redirects: false,
  fetch_blocked_address: false,
  fetch_robots_disallowed: false,
  fetch_bad_content_type: false,
  fetch_bad_url: false,
  fetch_host_busy: true, // per-host budget: no slot within the wait cap
  // feeds
  feed_malformed: false,
  feed_empty: false,
  not_a_feed: false,
  // extraction
  no_article: false,
  too_large: false,
  // storage and configuration
  db_transient: true,
  config_invalid: false,
  input_invalid: false,
  internal: true,
} as const satisfies Record<string, boolean>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface PipelineErrorOptions {
  /** Overrides the code's default retryability (e.g. a 503 with a long Retry-After). */
  retryable?: boolean;
  /** Milliseconds to wait before retrying, when the server said so (Retry-After). */
  retryAfterMs?: number;
  cause?: unknown;
  /** Structured context for logs (url, status, feed id ...). */
  context?: Record<string, unknown>;
}

/** A typed pipeline failure. `message` starts with the module name: "fetch: 404 for https://...". */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly context: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, opts: PipelineErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.retryable = opts.retryable ?? ERROR_CODES[code];
    this.retryAfterMs = opts.retryAfterMs;
    this.context = opts.context ?? {};
  }
}

/** True for a PipelineError (also across module copies, by shape). */
export function isPipelineError(err: unknown): err is PipelineError {
  return err instanceof PipelineError || (err instanceof Error && err.name === 'PipelineError' && 'code' in err);
}

/** Unknown failures are retryable: a bug fixed and redeployed should not have lost the job. */
export function isRetryable(err: unknown): boolean {
  return isPipelineError(err) ? err.retryable : true;
}

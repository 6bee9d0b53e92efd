import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs to stdout (pipe through pino-pretty for humans). Secrets never go in context objects. */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'wirehouse', ...base },
    redact: { paths: ['*.password', '*.databaseUrl', '*.redisUrl', 'config.server.basicAuth'], censor: '[redacted]' },
  });
}

/**
 * An error listener that logs the first error, then at most one line per `everyMs` with how many
 * were suppressed: a Redis that is down reconnects many times a second and must not flood the log.
 */
export function rateLimited(log: Logger, message: string, everyMs = 60_000): (err: Error) => void {
  let last = -Infinity;
  let suppressed = 0;
  return (err) => {
    const now = Date.now();
    if (now - last < everyMs) {
      suppressed++;
      return;
    }
    log.error({ err: err.message, ...(suppressed ? { suppressed } : {}) }, message);
    last = now;
    suppressed = 0;
  };
}

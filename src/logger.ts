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

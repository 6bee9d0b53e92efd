import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'text';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OMIT = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'err']);

/**
 * One pino JSON line as a human line: `time LEVEL msg key=value ...`, then the error's stack
 * indented. A few lines instead of shipping pino-pretty (a dev tool) in production.
 */
function textLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof o.time === 'number' ? new Date(o.time).toISOString() : '';
  const fields = Object.entries(o)
    .filter(([k]) => !OMIT.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' && !/\s/.test(v) ? v : JSON.stringify(v)}`);
  const err = o.err as { message?: string; stack?: string } | undefined;
  const stack = err ? `\n    ${(err.stack ?? err.message ?? '').split('\n').join('\n    ')}` : '';
  return `${time} ${(LEVELS[o.level as number] ?? String(o.level)).padEnd(5)} ${String(o.msg ?? '')}${fields.length ? ` ${fields.join(' ')}` : ''}${stack}\n`;
}

/**
 * Logs to stderr, so a command's stdout carries only its output (`--json` stays parseable): JSON
 * lines by default, `text` for a terminal. Secrets never go in context objects.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}, format: LogFormat = 'json'): Logger {
  const dest: DestinationStream =
    format === 'text' ? { write: (line: string) => void process.stderr.write(textLine(line)) } : pino.destination({ fd: 2, sync: true });
  return pino(
    {
      level,
      base: { service: 'wirehouse', ...base },
      redact: { paths: ['*.password', '*.databaseUrl', '*.redisUrl', 'config.server.basicAuth'], censor: '[redacted]' },
    },
    dest,
  );
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

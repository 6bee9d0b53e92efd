/**
 * Counts the statements every pg client of this process sends (BEGIN and COMMIT included), for the
 * in-process dedupe benches; `stop()` puts the client's own `query` back.
 */
import pg from 'pg';

export interface StatementCounter {
  readonly count: number;
  stop(): void;
}

export function countStatements(): StatementCounter {
  const query = pg.Client.prototype.query;
  const counter = {
    count: 0,
    stop: () => {
      pg.Client.prototype.query = query;
    },
  };
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    counter.count++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return counter;
}

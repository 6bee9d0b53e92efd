/**
 * The e2e bench's SQL statement counter (a proxy in front of Postgres): one per simple query,
 * one per extended-protocol Execute, nothing for the startup packet, and the connection works.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatementCounter, type StatementCounter } from '../../../bench/e2e/statement-counter.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
let counter: StatementCounter;
beforeAll(async () => {
  env = await freshEnv();
  const u = new URL(env.databaseUrl);
  counter = await startStatementCounter({ host: u.hostname, port: Number(u.port || 5432) });
});
afterAll(async () => {
  await counter?.close();
  await env?.cleanup();
});

describe('statement counter', () => {
  it('counts simple queries and executes, and passes results through', async () => {
    const u = new URL(env.databaseUrl);
    u.port = String(counter.port);
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    try {
      expect(counter.statements()).toBe(0);
      await client.query('begin');
      const big = await client.query('select repeat($1::text, 100000) as s', ['x']); // reply larger than one TCP chunk
      const rows = await client.query('select generate_series(1, $1::int) as n', [3]);
      await client.query('commit');
      expect(big.rows[0].s).toHaveLength(100_000);
      expect(rows.rows.map((r) => r.n)).toEqual([1, 2, 3]);
      expect(counter.statements()).toBe(4);
      // A statement sent in pieces (a long parameter spans several chunks) still counts once.
      await client.query('select length($1::text) as n', ['y'.repeat(200_000)]);
      expect(counter.statements()).toBe(5);
      counter.reset();
      expect(counter.statements()).toBe(0);
      // A named prepared statement is parsed once and then only bound: each run is labelled by
      // its own text, not by whatever was parsed last.
      for (let i = 0; i < 3; i++) {
        await client.query({ name: 'twice', text: 'select $1::int * 2 as n', values: [i] });
        await client.query('select $1::int + 1 as m', [i]);
      }
      expect(counter.statements()).toBe(6);
      expect(new Map(counter.byStatement())).toEqual(
        new Map([
          ['select $1::int * 2 as n', 3],
          ['select $1::int + 1 as m', 3],
        ]),
      );
    } finally {
      await client.end();
    }
  });
});

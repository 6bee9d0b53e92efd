/**
 * The array literals the hot statements send instead of JS arrays (src/db/pg-array.ts): a text[]
 * literal is byte for byte what pg makes of the array, an int8[] literal holds the same integers,
 * and a value that is not an integer is refused instead of changing the array's shape; Postgres
 * reads each literal as the array it replaces.
 */
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int8ArrayLiteral, textArrayLiteral } from '../../../src/db/pg-array.js';
import { storeValue } from '../../../src/db/store-text.js';
import { mulberry32 } from '../../../bench/mulberry32.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';

let env: TestEnv;
beforeAll(async () => {
  env = await freshEnv();
});
afterAll(async () => env?.cleanup());

/** pg's own conversion of a parameter (lib/utils.js), what it sends for a JS array. */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue: (v: unknown) => string };

const ALPHABET = ['a', 'Z', '0', ' ', ',', '{', '}', '"', '\\', "'", '\u0000', '\uD800', '\uDC00', '😀', 'é', '东', 'NULL', ':'];

function randomStrings(rand: () => number, n: number): string[] {
  return Array.from({ length: n }, () =>
    Array.from({ length: Math.floor(rand() * 8) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]!).join(''),
  );
}

describe('textArrayLiteral', () => {
  it('is what pg sends for the array, also after the store-text cleaning', () => {
    const rand = mulberry32(16);
    for (let i = 0; i < 500; i++) {
      const xs = randomStrings(rand, Math.floor(rand() * 6));
      expect(textArrayLiteral(xs)).toBe(prepareValue(xs));
      expect(storeValue(textArrayLiteral(xs))).toBe(prepareValue(storeValue(xs)));
    }
    expect(textArrayLiteral([])).toBe('{}');
    expect(textArrayLiteral(new Set(['b:1', 'u:x"y']))).toBe('{"b:1","u:x\\"y"}');
  });

  it('is the same text[] to Postgres', async () => {
    const xs = storeValue(randomStrings(mulberry32(7), 200));
    const r = await sql<{ same: boolean }>`select ${textArrayLiteral(xs)}::text[] = ${xs}::text[] as same`.execute(env.db);
    expect(r.rows[0]?.same).toBe(true);
  });
});

describe('int8ArrayLiteral', () => {
  it('holds the integers pg would send, unquoted', () => {
    const xs = ['0', '-9223372036854775808', '9223372036854775807', '42'];
    expect(int8ArrayLiteral(xs)).toBe('{0,-9223372036854775808,9223372036854775807,42}');
    expect(int8ArrayLiteral(xs)).toBe(prepareValue(xs).replaceAll('"', ''));
    expect(int8ArrayLiteral([3, -7, 0])).toBe('{3,-7,0}');
    expect(int8ArrayLiteral(new Set(['5', '6']))).toBe('{5,6}');
    expect(int8ArrayLiteral([])).toBe('{}');
  });

  it('is the same int8[] to Postgres', async () => {
    const xs = ['-9223372036854775808', '17', '9223372036854775807', '-3'];
    const r = await sql<{
      a: string[];
      same: boolean;
    }>`select ${int8ArrayLiteral(xs)}::int8[]::text[] as a, ${int8ArrayLiteral(xs)}::int8[] = ${xs}::int8[] as same`.execute(env.db);
    expect(r.rows[0]).toEqual({ a: xs, same: true });
  });

  it('refuses anything that is not an integer', () => {
    for (const bad of ['1,2', '1.5', '', ' 1', '1}', 'abc', '+1', '12345678901234567890'])
      expect(() => int8ArrayLiteral(['1', bad])).toThrow(/not an int8/);
    for (const bad of [1.5, Number.NaN, Infinity, 2 ** 53]) expect(() => int8ArrayLiteral([bad])).toThrow(/not an int8/);
  });
});

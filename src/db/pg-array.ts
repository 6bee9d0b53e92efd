/**
 * Postgres array literals for the hot statements' array parameters (issue 16). pg turns a JS array
 * into the same kind of literal itself (lib/utils.js `arrayString`), but per element: `toString`,
 * two regex replaces and quotes; and the store-text plugin (store-text.ts) copies the array and
 * tests each element first. An assignment sends ~80 band keys twice and ~80 lock keys, so that was
 * a few hundred regex runs per article, in functions that a fresh process compiled again and again
 * as arrays of strings, numbers and booleans went through them. The literal is one string: the
 * plugin tests it once, pg sends it as it is, and the SQL stays parameterized (`$1::int8[]`).
 */

const INT8_RE = /^-?\d{1,19}$/;

/**
 * The `int8[]` literal of integers (`{1,-2,3}`): decimal strings as `int64Key` writes them, or safe
 * integers. Anything else throws, so a stray value can never change the array's shape the way an
 * unquoted "1,2" would.
 */
export function int8ArrayLiteral(xs: Iterable<string | number>): string {
  let out = '{';
  for (const x of xs) {
    if (typeof x === 'number' ? !Number.isSafeInteger(x) : !INT8_RE.test(x)) throw new Error(`db: not an int8: ${String(x)}`);
    out += out.length === 1 ? String(x) : ',' + String(x);
  }
  return out + '}';
}

/**
 * The `text[]` literal of strings, byte for byte what pg makes of the array: every element in
 * double quotes, backslashes and double quotes escaped. (The store-text plugin then cleans the
 * literal as a whole, which equals cleaning each element: the quotes around each keep a NUL or a
 * lone surrogate where it was, and neither cleaning nor escaping touches what the other changes.)
 */
export function textArrayLiteral(xs: Iterable<string>): string {
  let out = '{';
  for (const x of xs) {
    const escaped = x.includes('\\') || x.includes('"') ? x.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : x;
    out += (out.length === 1 ? '"' : ',"') + escaped + '"';
  }
  return out + '}';
}

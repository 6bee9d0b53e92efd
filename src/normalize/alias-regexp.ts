/**
 * RegExps built around the agency-alias alternation, compiled for each text with only the
 * aliases that can occur in it.
 *
 * Why: the alternation of every alias is 3.4 KB of source (~320 spellings). V8 compiles a RegExp
 * on its first exec, again for each subject encoding (one-byte, two-byte) and again when it tiers
 * up to native code, and with the full alternation each compile of these patterns costs 2-90 ms
 * (the `iu` ones with the alternation inside a repetition the most). Every fresh service process
 * paid ~0.4 s of CPU for it on its first articles (issue 16).
 *
 * Why the result is the same: the alternation is a list of literal alternatives, tried in order
 * (longest first). An alternative that occurs nowhere in the subject fails at every position the
 * engine tries it, whatever the rest of the pattern does, so removing it (keeping the order of
 * the others) changes neither which match is found nor its captures. So each text gets the
 * pattern built from the aliases it holds — a superset test under the pattern's own case
 * matching (`aliasFold`) — and the compiled RegExp is cached per alias subset; most texts hold
 * none or one or two, so few subsets ever occur.
 */
import { agencyAliasList } from './agencies.js';

/** The `exec`/`test` face of a RegExp, as the stages call it (no `g`/`y`: no lastIndex state). */
export interface AliasRegExp {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
  /** The same pattern over every alias: what this must always agree with (tests compare them). */
  full(): RegExp;
}

const ALIASES = agencyAliasList();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ESCAPED = ALIASES.map(escapeRe);
/** Stands for "no alias here": an alternation must not become empty (that would match ""). */
const NONE = '(?!)';

/**
 * Characters whose lower case is not their simple case folding, mapped to a lower case letter
 * of their folding class (CaseFolding.txt, status C and S; the `iu` flags match by simple case
 * folding, ECMA-262 Canonicalize). With these, two characters that `iu` matches to each other
 * fold to the same string. `toLowerCase` of a whole text differs from per-character lower case
 * only by the final sigma (ς), which is mapped too. A test checks this against the engine for
 * every code point that matches an alias character.
 */
const FOLD_EXTRA: Readonly<Record<string, string>> = {
  '\u00b5': '\u03bc', // µ -> μ
  '\u017f': 's', // ſ
  '\u0345': '\u03b9', // ypogegrammeni -> ι
  '\u03c2': '\u03c3', // ς -> σ
  '\u03d0': '\u03b2', // ϐ -> β
  '\u03d1': '\u03b8', // ϑ -> θ
  '\u03d5': '\u03c6', // ϕ -> φ
  '\u03d6': '\u03c0', // ϖ -> π
  '\u03f0': '\u03ba', // ϰ -> κ
  '\u03f1': '\u03c1', // ϱ -> ρ
  '\u03f5': '\u03b5', // ϵ -> ε
  '\u1e9b': '\u1e61', // ẛ -> ṡ
  '\u1fbe': '\u03b9', // ι -> ι
  '\u1c80': '\u0432', // ᲀ -> в
  '\u1c81': '\u0434', // ᲁ -> д
  '\u1c82': '\u043e', // ᲂ -> о
  '\u1c83': '\u0441', // ᲃ -> с
  '\u1c84': '\u0442', // ᲄ -> т
  '\u1c85': '\u0442', // ᲅ -> т
  '\u1c86': '\u044a', // ᲆ -> ъ
  '\u1c87': '\u0463', // ᲇ -> ѣ
  '\u1c88': '\ua64b', // ᲈ -> ꙋ
};
// An alternation, not a class: no-misleading-character-class rejects a class holding the combining U+0345.
const FOLD_RE = new RegExp(Object.keys(FOLD_EXTRA).join('|'), 'g');

/** Lower case, then the FOLD_EXTRA letters: equal for any two strings that `iu` matches to each other. */
export function aliasFold(s: string): string {
  return s.toLowerCase().replace(FOLD_RE, (c) => FOLD_EXTRA[c]!);
}

/** Needles to look for in a subject, and an index of them by first code unit. */
interface Finder {
  needles: readonly string[];
  byFirst: Map<number, number[]>;
  /** Code units that start some needle: most characters of a text start none. */
  starts: Uint8Array;
  prepare: (s: string) => string;
  last: { text: string; alternation: string } | null;
}

function finder(prepare: (s: string) => string): Finder {
  const needles = ALIASES.map(prepare);
  const byFirst = new Map<number, number[]>();
  const starts = new Uint8Array(0x10000);
  needles.forEach((n, i) => {
    const c = n.charCodeAt(0);
    starts[c] = 1;
    byFirst.set(c, [...(byFirst.get(c) ?? []), i]);
  });
  return { needles, byFirst, starts, prepare, last: null };
}

const EXACT = finder((s) => s);
const FOLDED = finder(aliasFold);

/** The alternation (longest first, escaped) of the aliases that occur in `text`, or NONE. */
function alternationIn(text: string, f: Finder): string {
  if (f.last?.text === text) return f.last.alternation;
  const hay = f.prepare(text);
  const found = new Uint8Array(ALIASES.length);
  for (let i = 0; i < hay.length; i++) {
    const c = hay.charCodeAt(i);
    if (f.starts[c] === 0) continue;
    for (const k of f.byFirst.get(c)!) if (found[k] === 0 && hay.startsWith(f.needles[k]!, i)) found[k] = 1;
  }
  const parts: string[] = [];
  for (let k = 0; k < found.length; k++) if (found[k] === 1) parts.push(ESCAPED[k]!);
  const alternation = parts.length > 0 ? parts.join('|') : NONE;
  f.last = { text, alternation };
  return alternation;
}

/** Every aliasRegExp made, so a test can hold each against its full pattern. */
const MADE: AliasRegExp[] = [];

/** The aliasRegExps the stages have made (their modules loaded so far). */
export function aliasRegExps(): readonly AliasRegExp[] {
  return MADE;
}

/** Subsets kept per pattern; past this the cache starts over (texts rarely hold the same odd mix twice). */
const CACHE_SIZE = 256;

/**
 * A RegExp whose source is `build(alternation)`, where `alternation` is `a|b|…` over the agency
 * aliases (insert it inside a group). Flags may hold `i` and `u`, not `g` or `y`.
 */
export function aliasRegExp(build: (alternation: string) => string, flags: string): AliasRegExp {
  // Without `u`, `i` matches by upper case (ECMA-262 Canonicalize), which aliasFold is not checked against.
  if (/[gy]/.test(flags) || (flags.includes('i') && !flags.includes('u')))
    throw new Error(`normalize: aliasRegExp takes no g or y flag, and i only with u (${flags})`);
  const f = flags.includes('i') ? FOLDED : EXACT;
  const cache = new Map<string, RegExp>();
  let full: RegExp | undefined;
  const forText = (text: string): RegExp => {
    const alternation = alternationIn(text, f);
    let re = cache.get(alternation);
    if (!re) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      re = new RegExp(build(alternation), flags);
      cache.set(alternation, re);
    }
    return re;
  };
  const made: AliasRegExp = {
    exec: (text) => forText(text).exec(text),
    test: (text) => forText(text).test(text),
    full: () => (full ??= new RegExp(build(ESCAPED.join('|')), flags)),
  };
  MADE.push(made);
  return made;
}

/**
 * Internal general entities declared in a feed's DOCTYPE (`<!DOCTYPE rss [<!ENTITY id "tag:x,">]>`),
 * expanded the way an XML parser would (XML 1.0 section 4.4.2: the replacement text is read as
 * content), but safely: external entities (SYSTEM / PUBLIC) and parameter entities are never
 * read, nested references are resolved at most a few levels deep, each value and the whole
 * expanded document are capped in size (no "billion laughs"). A reference that is not declared,
 * or whose expansion would pass a cap, is left as written.
 */

/** Longest replacement text of one entity, after nested references are resolved. */
const MAX_VALUE = 16_384;
/** The expanded document may grow by at most this many characters over the input. */
const MAX_GROWTH = 1_000_000;
const MAX_NESTING = 8;
const MAX_ENTITIES = 1_000;

const DOCTYPE = /<!DOCTYPE\s+[^\s[>]+[^[>]*\[([\s\S]*?)\]\s*>/iy;
const ENTITY_DECL = /<!ENTITY\s+([A-Za-z_][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
const REF = /&([A-Za-z_][\w.:-]*);/g;

/** The declared internal general entities, with nested references resolved (bounded). */
function declaredEntities(subset: string): Map<string, string> {
  const raw = new Map<string, string>();
  for (const m of subset.matchAll(ENTITY_DECL)) {
    // XML 1.0 section 4.2: the first declaration of a name binds.
    if (raw.size >= MAX_ENTITIES) break;
    if (!raw.has(m[1] as string)) raw.set(m[1] as string, m[2] ?? m[3] ?? '');
  }
  const resolved = new Map<string, string>();
  const resolve = (name: string, depth: number): string | undefined => {
    const done = resolved.get(name);
    if (done !== undefined) return done;
    const value = raw.get(name);
    if (value === undefined || depth > MAX_NESTING) return undefined;
    let tooBig = false;
    const out = value.replace(REF, (ref, inner: string) => {
      if (tooBig || !raw.has(inner)) return ref;
      const v = resolve(inner, depth + 1);
      if (v === undefined) tooBig = true;
      return v ?? ref;
    });
    if (tooBig || out.length > MAX_VALUE) return undefined;
    resolved.set(name, out);
    return out;
  };
  for (const name of raw.keys()) resolve(name, 0);
  return resolved;
}

/** Offset of a `<!DOCTYPE` that comes before the first element, or -1. */
function prologDoctype(text: string): number {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c === 0x21 /* ! */) {
      if (/^<!doctype/i.test(text.slice(at, at + 9))) return at;
      if (text.startsWith('<!--', at)) {
        const end = text.indexOf('-->', at + 4);
        if (end < 0) return -1;
        at = end;
      }
    } else if (c !== 0x3f /* ? */) return -1; // an element (or text markup) starts: no prolog DOCTYPE
  }
  return -1;
}

/**
 * Returns `text` with its DOCTYPE internal subset removed and the entities it declares expanded
 * in the document; text without such a subset (before the first element) is returned unchanged.
 */
export function expandInternalEntities(text: string): string {
  // Only a DOCTYPE in the prolog declares anything (one after the document element starts is
  // text), so only the prolog is searched: a 1 MB feed is not scanned for it.
  const at = prologDoctype(text);
  if (at < 0) return text;
  DOCTYPE.lastIndex = at;
  const m = DOCTYPE.exec(text);
  if (!m || !m[1]?.includes('<!ENTITY')) return text;
  const entities = declaredEntities(m[1]);
  const head = text.slice(0, m.index);
  const rest = text.slice(m.index + m[0].length);
  if (entities.size === 0) return head + rest;
  let budget = MAX_GROWTH;
  const body = rest.replace(REF, (ref, name: string) => {
    const v = entities.get(name);
    if (v === undefined || v.length > budget) return ref;
    budget -= v.length;
    return v;
  });
  return head + body;
}

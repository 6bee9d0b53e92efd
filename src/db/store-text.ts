/**
 * The one boundary where text enters the store. Postgres refuses NUL (0x00) in `text` and
 * `\u0000` or unpaired surrogate escapes in `jsonb` ("invalid byte sequence", "unsupported
 * Unicode escape sequence"), so one such character in a feed title or a page used to fail the
 * whole statement: a whole feed lost, a page retried six times as `internal`. Every value bound
 * to a query passes through `storeValue` (a Kysely plugin, so no repository can forget it):
 * NUL is dropped, an unpaired surrogate becomes U+FFFD, and the rest is stored as it came.
 */
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

const REFUSED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * A NUL or any surrogate: the only strings `REFUSED` can match. One character class scans a page's
 * body, html and title in ~9 us against ~41 us for `REFUSED`'s alternation with lookarounds
 * (the dev pages, issue 16); the few texts with surrogates (emoji: valid pairs) go on to `REFUSED`.
 */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/** The string Postgres will accept: NUL removed, unpaired surrogates replaced by U+FFFD. */
export function storeString(s: string): string {
  if (!SUSPECT.test(s)) return s;
  REFUSED.lastIndex = 0;
  if (!REFUSED.test(s)) return s;
  return s.replace(REFUSED, (m) => (m === '\u0000' ? '' : '\uFFFD'));
}

/** `storeString` applied to every string inside arrays and plain objects (jsonb, text[]). */
export function storeValue<T>(v: T): T {
  if (typeof v === 'string') return storeString(v) as T;
  if (Array.isArray(v)) return v.map(storeValue) as T;
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [storeString(k), storeValue(x)])) as T;
  }
  return v; // Date, Buffer, numbers, null
}

/** JSON text for a jsonb parameter, cleaned before it is serialized (an escaped NUL is refused too). */
export function jsonParam(v: unknown): string {
  return JSON.stringify(storeValue(v));
}

class CleanValues extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = storeValue(node.value);
    return value === node.value ? node : { ...node, value };
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...node, values: node.values.map(storeValue) };
  }
}

/** The Kysely plugin that cleans every bound value (createDb installs it). */
export class StoreTextPlugin implements KyselyPlugin {
  readonly #cleaner = new CleanValues();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#cleaner.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

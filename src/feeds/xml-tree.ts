/**
 * A tolerant, namespace-aware element tree for feeds, built on htmlparser2's tokenizer in XML mode.
 *
 * Why not a conforming XML parser: feeds in the wild carry bare `&`, HTML entities, unclosed `<br>`
 * and truncated tails, and a conforming parser rejects the whole feed for any of them. htmlparser2
 * never expands DTD entities (no billion laughs, no external entities: a DOCTYPE is skipped), never
 * recurses, and closes whatever is open at the end of input (see tag-stream.ts). The tree is capped in depth and size so
 * the walks over it stay bounded.
 */
import { decodeEntities, decodeText } from './entities.js';
import { scanTags } from './tag-stream.js';

/** One element. `key` is the lower-cased local name with a canonical namespace prefix (`dc:date`). */
export interface XmlNode {
  key: string;
  /** Lower-cased qualified name as written (`dc:date`), for matching close tags. */
  name: string;
  /** Lower-cased local name without prefix. */
  local: string;
  ns: string;
  /** Attributes by lower-cased name as written (prefix kept), values entity-decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlNode | undefined;
  /** Decoded character data directly inside this element (text and CDATA). */
  text: string;
  /** Offsets of the element's content in the source (innerEnd -1 while open). */
  innerStart: number;
  innerEnd: number;
  /** Effective xml:base and xml:lang. */
  base: string | undefined;
  lang: string | undefined;
  /** True when the input ended inside this element (a truncated feed). */
  truncated: boolean;
}

/** Namespace URIs mapped to the prefixes the normalizer uses; feed-format namespaces map to ''. */
const NS_PREFIX: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://purl.org/net/rss1.1#': '',
  // Pre-Atom drafts (Echo, Necho, Pie) and the RSS 0.91 module namespace, which feedparser reads
  // as the core vocabulary like Atom and RSS; their elements are the same ones.
  'http://example.com/newformat#': '',
  'http://example.com/necho': '',
  'http://purl.org/echo/': '',
  'uri/of/echo/namespace#': '',
  'http://purl.org/pie/': '',
  'http://purl.org/rss/1.0/modules/rss091#': '',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/elements/1.0/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/modules/syndication/': 'sy',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  // The iTunes namespace as early podcast tools wrote it (feedparser knows it too).
  'http://example.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/xml/1998/namespace': 'xml',
  'http://webns.net/mvcb/': 'admin',
  'http://purl.org/rss/1.0/modules/slash/': 'slash',
};
const NO_NEST = new Set(['item', 'entry', 'atom:entry', 'rss:item']);

/** Deeper elements are flattened into their nearest kept ancestor (their text is kept). */
export const MAX_DEPTH = 128;
/** A feed with more elements than this is cut there (a 20 MB feed has far fewer). */
const MAX_NODES = 2_000_000;

export interface XmlTree {
  root: XmlNode;
  /** The namespace URI of the document element (`http://www.w3.org/2005/atom` ...), lower-cased. */
  rootNs: string;
  /** True when the input ended with elements still open (truncated) or tags were mismatched. */
  recovered: boolean;
}

function resolveBase(href: string, base: string | undefined): string | undefined {
  // A base that would make links run code (or point nowhere useful) is ignored, as feedparser
  // ignores bases outside its safe schemes: links then resolve against the enclosing base.
  if (/^\s*(javascript|vbscript|livescript|mocha|data):/i.test(href)) return base;
  try {
    return new URL(href, base).href;
  } catch {
    return base ?? (/^[a-z][a-z0-9+.-]*:/i.test(href) ? href : undefined);
  }
}

/** Parses feed text into an element tree under a synthetic document node. */
export function buildXmlTree(text: string, baseUrl: string | undefined): XmlTree {
  const doc: XmlNode = { key: '#document', name: '#document', local: '#document', ns: '', attrs: {}, children: [], parent: undefined, text: '', innerStart: 0, innerEnd: text.length, base: baseUrl, lang: undefined, truncated: false };
  const stack: XmlNode[] = [doc];
  const scopes: Array<Record<string, string>> = [{ xml: 'http://www.w3.org/xml/1998/namespace' }];
  let overflow = 0; // open elements past MAX_DEPTH, flattened into the top of the stack
  let nodes = 0;
  let recovered = false;
  const top = () => stack[stack.length - 1] as XmlNode;
  scanTags(
    text,
    {
      open(rawName, rawAttrs, selfClosing, end) {
        if (stack.length > MAX_DEPTH || nodes >= MAX_NODES) {
          if (!selfClosing) overflow++;
          return;
        }
        nodes++;
        const name = rawName.toLowerCase();
        // Items never nest: `<item>` while an `<item>` is open means its `</item>` was left out
        // (a common hand-written-feed bug); close it instead of burying every later item inside it.
        if (NO_NEST.has(name)) {
          let i = stack.length - 1;
          while (i > 0 && (stack[i] as XmlNode).name !== name) i--;
          if (i > 0) {
            recovered = true;
            const at = Math.max(0, text.lastIndexOf('<', end - 1));
            while (stack.length > i) {
              (stack.pop() as XmlNode).innerEnd = at;
              scopes.pop();
            }
          }
        }
        const parent = top();
        let scope = scopes[scopes.length - 1] as Record<string, string>;
        const attrs: Record<string, string> = {};
        for (const [k, v] of rawAttrs) {
          const lk = k.toLowerCase();
          const val = decodeEntities(v);
          if (lk === 'xmlns' || lk.startsWith('xmlns:')) {
            if (scope === scopes[scopes.length - 1]) scope = { ...scope };
            scope[lk === 'xmlns' ? '' : lk.slice(6)] = val.trim().toLowerCase();
          }
          attrs[lk] = val;
        }
        const colon = name.indexOf(':');
        const prefix = colon >= 0 ? name.slice(0, colon) : '';
        const local = colon >= 0 ? name.slice(colon + 1) : name;
        const ns = scope[prefix] ?? '';
        const canon = ns in NS_PREFIX ? NS_PREFIX[ns] : prefix;
        const xmlBase = attrs['xml:base'];
        const node: XmlNode = {
          key: canon ? `${canon}:${local}` : local,
          name,
          local,
          ns,
          attrs,
          children: [],
          parent,
          text: '',
          innerStart: end,
          innerEnd: selfClosing ? end : -1,
          base: xmlBase !== undefined ? resolveBase(xmlBase.trim(), parent.base) : parent.base,
          lang: attrs['xml:lang'] !== undefined ? attrs['xml:lang'].trim() : parent.lang,
          truncated: false,
        };
        parent.children.push(node);
        if (selfClosing) return;
        stack.push(node);
        scopes.push(scope);
      },
      close(rawName, start) {
        if (overflow > 0) {
          overflow--;
          return;
        }
        const name = rawName.toLowerCase();
        let i = stack.length - 1;
        while (i > 0 && (stack[i] as XmlNode).name !== name) i--;
        // A close tag that matches nothing open (stray </p> in a description) is dropped.
        if (i === 0) {
          recovered = true;
          return;
        }
        if (i < stack.length - 1) recovered = true; // closes elements left open inside it
        while (stack.length > i) {
          (stack.pop() as XmlNode).innerEnd = start;
          scopes.pop();
        }
      },
      text(raw) {
        top().text += decodeText(raw);
      },
      cdata(data) {
        top().text += data;
      },
    },
    true,
  );
  // Whatever is still open was cut off by the end of input.
  if (stack.length > 1) recovered = true;
  for (const n of stack.slice(1)) {
    n.innerEnd = text.length;
    n.truncated = true;
  }
  const root = doc.children[0] ?? doc;
  return { root, rootNs: root.ns, recovered };
}

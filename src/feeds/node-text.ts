/**
 * Values out of tree nodes: text constructs (RFC 4287 section 3.1: text, html, xhtml; Atom 0.3
 * `mode="base64|escaped|xml"`), inline markup left unescaped by the publisher, and URLs resolved
 * against xml:base / the feed address.
 */
import type { XmlNode } from './xml-tree.js';

/** Child elements of `node` whose key is one of `keys`, in document order. */
export function kids(node: XmlNode, ...keys: string[]): XmlNode[] {
  return node.children.filter((c) => keys.includes(c.key));
}

/** The first child for the first key (in priority order) that has one with a non-empty value. */
export function first(node: XmlNode, src: string, ...keys: string[]): XmlNode | undefined {
  for (const k of keys) {
    const hit = node.children.find((c) => c.key === k && textOf(c, src) !== '');
    if (hit) return hit;
  }
  return undefined;
}

/** Raw markup inside a node: CDATA unwrapped, namespace prefixes and xmlns attributes dropped. */
function innerMarkup(node: XmlNode, src: string): string {
  const end = node.innerEnd >= 0 ? node.innerEnd : src.length;
  return src
    .slice(node.innerStart, end)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/(<\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '$1')
    .replace(/\s+xmlns(?::[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g, '');
}

function decodeBase64(s: string): string {
  try {
    return Buffer.from(s.replace(/\s+/g, ''), 'base64').toString('utf8');
  } catch {
    return s;
  }
}

/**
 * The value of a text-ish element. Elements with child elements (xhtml content, or HTML a publisher
 * forgot to escape) give their markup; plain ones give their decoded character data.
 */
export function textOf(node: XmlNode | undefined, src: string): string {
  if (!node) return '';
  const type = (node.attrs['type'] ?? '').trim().toLowerCase();
  const mode = (node.attrs['mode'] ?? '').trim().toLowerCase();
  if (mode === 'base64' && node.children.length === 0) return decodeBase64(node.text).trim();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = node.children.find((c) => c.local === 'div');
    const only = div && node.children.length === 1 && node.text.trim() === '';
    return innerMarkup(only ? div : node, src).trim();
  }
  if (node.children.length > 0) return innerMarkup(node, src).trim();
  return node.text.trim();
}

/** Resolves a URL against the node's xml:base (which starts from the feed URL), else `fallback`. */
export function resolveUrl(href: string | undefined, node: XmlNode, fallback?: string): string | undefined {
  const h = href?.trim();
  if (!h) return undefined;
  const base = node.base ?? fallback;
  // Absolute URLs are kept as written (no added trailing slash, no case folding).
  if (/^[a-z][a-z0-9+.-]*:/i.test(h) || !base) return h;
  try {
    return new URL(h, base).href;
  } catch {
    return h;
  }
}

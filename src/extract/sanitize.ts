/**
 * The stored article HTML, serialized straight from the pruned DOM through an allowlist:
 * structural tags only, `href` only on <a> and only for http(s)/mailto targets (resolved
 * against the page URL), every text and attribute escaped. Building it from the tree the
 * extractor already parsed avoids a second parse (sanitize-html re-tokenizes the markup and
 * cost ~15% of extraction time); anything not on the list is unwrapped or dropped, so the
 * output cannot carry scripts, handlers, styles or trackers.
 */
import type { AnyNode, ParentNode } from 'domhandler';
import { collapseRuns } from '../normalize/spaces.js';
import { isElement, textLength } from './dom.js';
import { DROP_TAGS } from './hints.js';

const ALLOWED = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'sub',
  'sup',
  'a',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'dl',
  'dt',
  'dd',
]);
const RENAME: Record<string, string> = { h1: 'h2' };
const EMPTY_DROPPED = new Set(['p', 'li', 'a', 'em', 'strong', 'b', 'i', 'u', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function safeHref(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function serialize(node: AnyNode, base: string, out: string[]): void {
  if (node.type === 'text') {
    out.push(esc(collapseRuns((node as unknown as { data: string }).data)));
    return;
  }
  if (!isElement(node) || DROP_TAGS.has(node.name)) return;
  const tag = RENAME[node.name] ?? node.name;
  if (tag === 'br') {
    out.push('<br>');
    return;
  }
  if (!ALLOWED.has(tag)) {
    for (const c of (node as ParentNode).children) serialize(c, base, out);
    if (tag === 'div' || tag === 'section' || tag === 'article') out.push('\n');
    return;
  }
  if (EMPTY_DROPPED.has(tag) && textLength(node) === 0) return;
  const href = tag === 'a' ? safeHref(node.attribs['href'], base) : null;
  out.push(href ? `<a href="${esc(href)}">` : `<${tag}>`);
  for (const c of node.children) serialize(c, base, out);
  out.push(`</${tag}>`);
  if (!/^(a|em|strong|b|i|u|sub|sup|code)$/.test(tag)) out.push('\n');
}

/** Allowlisted HTML of the article nodes; relative links resolve against `baseUrl`. */
export function sanitizeArticleHtml(nodes: AnyNode[], baseUrl: string): string {
  const out: string[] = [];
  for (const n of nodes) serialize(n, baseUrl, out);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .replace(/> +</g, '> <')
    .trim();
}

/**
 * The article of a page whose visible markup holds no article text (client-rendered pages: the
 * server sends a shell and the text in JSON-LD or hydration state). Sources, most trusted first:
 * the JSON-LD `articleBody` (the publisher's own statement of the text), the article HTML held in
 * a hydration script, its typed paragraph blocks there (hydrated-blocks.ts), a photo gallery's captions
 * (gallery-captions.ts), and last the page's description (a summary, not the text: the extractor
 * label says so, `fallback:description`, so a consumer can tell).
 */
import type { AnyNode, ParentNode } from 'domhandler';
import { escapeUTF8 } from 'entities';
import { parseHtml, textLength, type ParseGuard } from './dom.js';
import { galleryCaptions } from './gallery-captions.js';
import { genericArticleNodes } from './generic-body.js';
import { hydratedArticleHtml } from './hydration.js';
import { hydratedBlocksHtml } from './hydrated-blocks.js';

/** Visible article text under this many characters counts as "no text" (a teaser, a shell). */
export const TINY_BODY_CHARS = 300;

/** Nodes of a fallback article and how they were found. */
export interface FallbackBody {
  nodes: AnyNode[];
  via: 'fallback:jsonld' | 'fallback:hydration' | 'fallback:captions' | 'fallback:description';
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeUTF8(p)}</p>`)
    .join('');
}

function nodesOf(fragment: string, guard: ParseGuard): AnyNode[] {
  const root: ParentNode = parseHtml(`<html><body><article>${fragment}</article></body></html>`, guard);
  const found = genericArticleNodes(root);
  if (found.length > 0) return found;
  // A single long paragraph scores nothing with the block scorer; the whole fragment is the text.
  const article: ParentNode = parseHtml(`<article>${fragment}</article>`, guard);
  return article.children;
}

const chars = (nodes: readonly AnyNode[]): number => nodes.reduce((n, x) => n + textLength(x), 0);

/**
 * A better body than the `visible` nodes when those hold under TINY_BODY_CHARS characters and a
 * fallback holds at least twice as much; null otherwise. The fallback's markup comes from inside
 * the page's scripts and is parsed within the page's `guard` (time and depth), as the page is.
 */
export function fallbackBody(
  html: string,
  visible: readonly AnyNode[],
  articleBody: string | null,
  description: string | null,
  guard: ParseGuard,
): FallbackBody | null {
  const have = chars(visible);
  if (have >= TINY_BODY_CHARS) return null;
  const enough = (nodes: AnyNode[]): boolean => chars(nodes) >= Math.max(2 * have, 80);
  if (articleBody && articleBody.trim().length > 0) {
    // articleBody is plain text by schema.org, but some CMSs put HTML in it.
    const nodes = nodesOf(/<p[\s>]|<br/i.test(articleBody) ? articleBody : paragraphs(articleBody), guard);
    if (enough(nodes)) return { nodes, via: 'fallback:jsonld' };
  }
  const hydrated = hydratedArticleHtml(html);
  if (hydrated) {
    // CMS template placeholders the renderer would have replaced ("$$ARTICLEAD$$", "{{AD_SLOT}}").
    const nodes = nodesOf(hydrated.replace(/\$\$[A-Z0-9_]+\$\$|\{\{\s*[A-Z0-9_]+\s*\}\}|%%[A-Z0-9_]+%%/g, ''), guard);
    if (enough(nodes)) return { nodes, via: 'fallback:hydration' };
  }
  // The state's typed blocks (Arc's content_elements, Editor.js paragraphs) when it holds no HTML string.
  const blocks = hydratedBlocksHtml(html);
  if (blocks) {
    const nodes = nodesOf(blocks, guard);
    if (enough(nodes)) return { nodes, via: 'fallback:hydration' };
  }
  // A photo gallery's text is its captions (the page parsed again: the cleaned tree lost them),
  // after what little text it shows (an intro). Three times the visible text: a brief with a
  // picture or two keeps its own text alone. 50 characters: three captions in Japanese.
  const captions = galleryCaptions(parseHtml(html, guard));
  if (captions) {
    const nodes = nodesOf(captions.map((c) => `<p>${escapeUTF8(c)}</p>`).join(''), guard);
    if (chars(nodes) >= Math.max(3 * have, 50)) return { nodes: [...visible, ...nodes], via: 'fallback:captions' };
  }
  if (description && description.trim().length >= 80) {
    const nodes = nodesOf(paragraphs(description), guard);
    if (enough(nodes)) return { nodes, via: 'fallback:description' };
  }
  return null;
}

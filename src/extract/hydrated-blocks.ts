/**
 * The story of a client-rendered page whose state holds it as a list of typed blocks, one
 * paragraph each, rather than as one HTML string (hydration.ts): Arc XP's `Fusion.globalContent`
 * (`content_elements: [{"content": "…", "type": "text"}, …]`, the content before or after its type),
 * Editor.js blocks in a Nuxt state (`{type: "paragraph", data: {text: "…"}}`, keys unquoted as
 * devalue writes them), and headers between them. Read only when the visible page has no text.
 */
import { inlineScripts, jsonString } from './hydration.js';

/** A JSON string value. */
const STR = '"((?:[^"\\\\]|\\\\.)*)"';
/** A key, quoted (JSON) or not (a JavaScript object literal). */
const key = (names: string): string => `"?(?:${names})"?\\s*:\\s*`;
/** A block's type: a paragraph or a subheading. */
const TYPE = `${key('type')}"(?:text|paragraph|header|heading)"`;
/** A flat value between a block's type and its text: a string, a number, a literal or a one-level object or array. */
const FLAT = `(?:"(?:[^"\\\\]|\\\\.)*"|[-\\d.]+|true|false|null|\\{[^{}]*\\}|\\[[^\\[\\]]*\\])`;
/**
 * A block: its text right before its type (Arc), or its type, up to four other flat keys, an
 * optional `data: {` (Editor.js), then its text.
 */
const BLOCK = new RegExp(
  `${key('content|text')}${STR}\\s*,\\s*${TYPE}|${TYPE}\\s*,(?:\\s*"?[\\w$]+"?\\s*:\\s*${FLAT}\\s*,){0,4}\\s*(?:${key('data')}\\{\\s*)?${key('content|text')}${STR}`,
  'g',
);

/** Least text of a run of blocks taken as the story. */
const MIN_CHARS = 200;

/**
 * The story's paragraphs as HTML (`<p>` per block; a block's text is HTML, as these CMSs store
 * it), from the inline script whose blocks hold the most text; null when no script holds two
 * blocks and MIN_CHARS of text.
 */
export function hydratedBlocksHtml(html: string): string | null {
  let best: string | null = null;
  let bestChars = 0;
  for (const script of inlineScripts(html)) {
    // The cheap test first: most scripts hold no typed block.
    if (!script.includes('text"') && !script.includes('paragraph"') && !script.includes('header"')) continue;
    const parts: string[] = [];
    let chars = 0;
    for (const m of script.matchAll(BLOCK)) {
      const text = jsonString(m[1] ?? m[2]!)?.trim();
      if (!text) continue;
      parts.push(`<p>${text}</p>`);
      chars += text.length;
    }
    if (parts.length >= 2 && chars >= MIN_CHARS && chars > bestChars) [best, bestChars] = [parts.join(''), chars];
  }
  return best;
}

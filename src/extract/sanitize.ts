/**
 * The stored article HTML: an allowlist of structural tags and safe link/image attributes
 * (sanitize-html), so the row can be rendered without scripts, styles or trackers.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b', 'i', 'u', 'sub', 'sup', 'a', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  exclusiveFilter: (frame) => frame.tag !== 'br' && frame.text.trim() === '' && !frame.mediaChildren.length && frame.tag === 'p',
  transformTags: { h1: 'h2' },
};

/** Allowlisted HTML of an article body. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).replace(/\n{3,}/g, '\n\n').trim();
}

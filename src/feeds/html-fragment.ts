/**
 * HTML carried in feed fields (escaped, CDATA or inline XHTML), re-serialized in one canonical form:
 * double-quoted attributes in name order, void elements as `<br />`, unclosed tags closed, and
 * relative URLs in link attributes resolved against the element's xml:base or the feed URL
 * (RFC 4287 section 3.1.1.2 and feedparser's behaviour: feed HTML leaves its document, so its
 * relative links must not). Text and entity references are kept as written.
 */
import { Parser } from 'htmlparser2';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'spacer']);
/** Attributes holding a URL (HTML 4 %URI attributes that feedparser resolves). */
const URL_ATTRS = new Set(['href', 'src', 'action', 'background', 'cite', 'codebase', 'data', 'longdesc', 'poster', 'usemap', 'lowsrc', 'dynsrc', 'profile']);

function resolve(url: string, base: string | undefined): string {
  const u = url.trim();
  if (!base || !u || /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('#')) return url;
  try {
    return new URL(u, base).href;
  } catch {
    return url;
  }
}

/** True when plain text looks like HTML (a known tag or an entity), as RSS titles sometimes are. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(a|abbr|b|big|blockquote|br|cite|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|tr|tt|u|ul)\b[^>]*>/i.test(s) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(s);
}

/** Re-serializes an HTML fragment canonically, resolving relative URLs against `base`. */
export function htmlFragment(html: string, base: string | undefined): string {
  if (!/[<&]/.test(html)) return html;
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs = Object.keys(attribs)
          .sort()
          .map((k) => {
            let v = attribs[k] ?? '';
            if (URL_ATTRS.has(k)) v = resolve(v, base);
            return ` ${k}="${v.replace(/"/g, '&quot;')}"`;
          })
          .join('');
        out.push(VOID.has(name) ? `<${name}${attrs} />` : `<${name}${attrs}>`);
      },
      onclosetag(name) {
        if (!VOID.has(name)) out.push(`</${name}>`);
      },
      ontext(text) {
        out.push(text);
      },
      oncomment(data) {
        out.push(`<!--${data}-->`);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return out.join('');
}

/**
 * What a client-rendered page (Next.js, Nuxt, React Query / Apollo state) ships in its inline
 * scripts instead of its markup: the article HTML as a JSON string, and its publication time
 * under the keys its CMS uses. Read only when the visible page has no article text or no
 * structured date, so ordinary pages never pay for the scan. Writers are not read from the state:
 * it also holds the writers of the related stories it lists.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** A JSON string literal long enough to hold an article. */
const LONG_STRING = /"((?:[^"\\]|\\.){200,})"/g;
/** Keys CMSs put a publication time under (`deployDt` "2026.01.29 18:40", `publishedAt`, ...). */
const DATE_KEYS =
  'datePublished|publishedAt|published_at|publishDate|publish_date|publishedDate|pubDate|firstPublished|firstPublishedAt|deployDt|releaseDate|displayDate|regDt';

/** Bodies of the inline, non-JSON-LD scripts of a page (capped: hydration state comes early). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  let total = 0;
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs) || /ld\+json/i.test(attrs)) continue;
    out.push(m[2]!);
    total += m[2]!.length;
    if (total > 4_000_000) break;
  }
  return out;
}

/** A JSON string literal's value, or null when it does not decode. */
export function jsonString(escaped: string): string | null {
  try {
    return JSON.parse(`"${escaped}"`) as string;
  } catch {
    return null;
  }
}

/** Visible characters of an HTML fragment (tags dropped), to compare candidates. */
function textChars(fragment: string): number {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;
}

/**
 * The longest article-like HTML fragment held in a script string: several paragraphs
 * (`<p>` or `<br>`), as the page's renderer would have inserted it. Null when there is none.
 */
export function hydratedArticleHtml(html: string): string | null {
  let best: string | null = null;
  let bestChars = 0;
  for (const script of inlineScripts(html)) {
    for (const m of script.matchAll(LONG_STRING)) {
      const s = jsonString(m[1]!);
      // HTML, not serialised state that merely contains some ("5:[\"$\",...{\"contentHtml\":...").
      if (!s || /[{[,]\s*"[\w$]+"\s*[:,]/.test(s.slice(0, 300)) || (s.match(/<p[\s>]|<br\s*\/?>/gi)?.length ?? 0) < 2) continue;
      const chars = textChars(s);
      if (chars > bestChars) [best, bestChars] = [s, chars];
    }
  }
  return best;
}

/** Values of `keys` in the page's hydration state, in page order (JSON or JSON-in-a-string). */
function keyed(html: string, keys: string, max: number): string[] {
  const re = new RegExp(`\\\\?"(?:${keys})\\\\?"\\s*:\\s*\\\\?"([^"\\\\]{2,${max}})\\\\?"`, 'g');
  const out: string[] = [];
  for (const script of inlineScripts(html)) for (const m of script.matchAll(re)) if (out.length < 5) out.push(m[1]!);
  return out;
}

/** Publication times a client-rendered page carries only in its state ("2026.01.29 18:40"). */
export function hydratedDates(html: string): string[] {
  return keyed(html, DATE_KEYS, 40).filter((v) => /\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(v));
}

/**
 * The lines that belong to the article: from the headline (or a few lines above the first
 * paragraph) to a few lines past the last one. Credits and bylines are read only here, so a
 * teaser list of other stories ("Rostock (dpa) - ...") in the sidebar or below the article
 * never credits this one.
 */
import type { AnyNode } from 'domhandler';
import type { PageLine } from './page-lines.js';

/** Lines read above the first article paragraph when no headline line is found. */
const ABOVE = 30;
/** Lines read after the last article paragraph (trailers: "(dpa)", "Quelle: ...", "© ..."). */
const BELOW = 8;
/**
 * The heading of an agency's news widget below the story ("AP National News", "Reuters World
 * News", "AFP Top Stories"), as US local sites carry: the widget's headlines and its "Copyright
 * 2024 The Associated Press" line are not this article's trailer.
 */
const AGENCY_WIDGET =
  /^(?:AP|The Associated Press|Associated Press|Reuters|AFP|UPI)\s+(?:(?:National|World|Top|Latest|Business|Sports|Entertainment|Health|Politics|Technology|U\.S\.|US|International|Breaking)\s+)?(?:News|Stories|Headlines)$/;

function inside(el: AnyNode | null, roots: ReadonlySet<AnyNode>): boolean {
  for (let p: AnyNode | null = el; p; p = p.parent) if (roots.has(p)) return true;
  return false;
}

/** Where the article sits among the page's lines. */
export interface ArticleWindow {
  /** [from, to): the headline (or a few lines above the text) to a few lines past its end. */
  from: number;
  to: number;
  /** First line inside the article's nodes. */
  first: number;
  /** First paragraph-length line of the text: header lines (byline, date) come before it. */
  lead: number;
  /** Last line inside the article's nodes. */
  last: number;
}

/** The article's window among `lines`; the whole page when no line falls in `nodes`. */
export function articleWindow(lines: readonly PageLine[], nodes: readonly AnyNode[], headline: string | null): ArticleWindow {
  const roots = new Set(nodes);
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!inside(lines[i]!.el, roots)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return { from: 0, to: lines.length, first: 0, lead: Math.min(lines.length, ABOVE), last: lines.length - 1 };
  let from = Math.max(0, first - ABOVE);
  if (headline) {
    const h = headline.trim();
    for (let i = first; i >= from; i--) {
      if (lines[i]!.text === h) {
        from = i;
        break;
      }
    }
  }
  let lead = first;
  while (lead < last && lines[lead]!.text.length < 80) lead++;
  // The trailer ends where a sidebar, the page footer or an agency's news widget begins.
  let to = last + 1;
  while (to < Math.min(lines.length, last + 1 + BELOW) && !lines[to]!.chrome && !AGENCY_WIDGET.test(lines[to]!.text)) to++;
  return { from, to, first, lead, last };
}

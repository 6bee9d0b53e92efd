/**
 * The wire items of a page that carries several (a news-in-brief page, a morning briefing, an
 * agency's "in brief" file, a live file): where each paragraph opening with an agency dateline
 * starts, in the text's token positions. A wire text has one dateline, at its top (stripped from
 * the comparison text); a page whose later paragraphs open with datelines ("TOKYO (AP) —",
 * "SEOUL, Dec 4 (Reuters) -") is several texts one after the other, and a text found inside one
 * of them is that item's story, not the page's (compare.ts `insideOneItem`).
 */
import { normalizeText, tokenize } from './comparison-text.js';
import { opensWithDateline } from './strip-credits.js';

/**
 * Token positions where the page's items start (0 first), or [] for a text of one item (no later
 * paragraph opens with a dateline: almost every text, decided by one cheap test per paragraph).
 * The positions cost a second tokenization, paid only by pages of several items.
 */
export function itemStarts(paragraphs: readonly string[]): number[] {
  let any = false;
  for (let i = 1; i < paragraphs.length && !any; i++) any = opensWithDateline(paragraphs[i]!);
  if (!any) return [];
  const starts = [0];
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i > 0 && opensWithDateline(paragraphs[i]!)) starts.push(at);
    at += tokenize(normalizeText(paragraphs[i]!)).length;
  }
  return starts;
}

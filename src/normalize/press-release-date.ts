/**
 * The date in a press release's dateline. Distribution services open every release with the place,
 * the day and their own name, and sites that republish a release often keep nothing else that
 * dates it: `NEW YORK, May 15, 2024 /PRNewswire/ --`, `SAN FRANCISCO--(BUSINESS WIRE)--May 15,
 * 2024--`, `TORONTO, May 15, 2024 (GLOBE NEWSWIRE) --`, `NEW YORK, NY / ACCESSWIRE / May 15, 2024 /`,
 * pressetext's `Wien (pts019/15.05.2024/11:02) -`.
 */

/** A distribution service's name as its datelines print it. */
const WIRE =
  /\/\s*PRNewswire(?:-[A-Za-z]+)?\s*\/|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|Marketwired|Newsfile Corp\.?)\)|\/\s*(?:ACCESSWIRE|EIN Presswire|CNW)\s*\/|\(pts\d+\/\d{1,2}\.\d{1,2}\.\d{4}\/\d{1,2}:\d\d\)/;
/** How far into a paragraph the dateline may end. */
const HEAD = 240;
/** How much text after the service's name may hold the date (Business Wire, Accesswire print it after). */
const AFTER = 40;

/**
 * The dateline part of a release's opening paragraph (for the date reader), or null when the
 * paragraph does not open with a distribution service's dateline.
 */
export function pressReleaseDateline(paragraph: string): string | null {
  const head = paragraph.length > HEAD ? paragraph.slice(0, HEAD) : paragraph;
  const m = WIRE.exec(head);
  return m ? head.slice(0, m.index + m[0].length + AFTER) : null;
}

/**
 * The publication day a page's address carries: WordPress and most CMS permalinks put it in the
 * path (`/2024/05/15/slug/`), others as one number (`/20240515/`, `-20240515-`), Xinhua-style
 * portals as `/2024-05/15/` and People's Daily as `/2024/0515/`. A day, never a time: the
 * address says when the story was filed, in the site's calendar.
 */

/** `/2024/05/15/`, `/2024-05-15`, `/2024-05/15/`, `/2024/0515/`: year, month and day split by separators. */
const SPLIT = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01])|\/?(0[1-9]|[12]\d|3[01]))(?=[/_.-]|$)/;
/**
 * `/20240515/`, `-20240515-`, `_20240515.html`: eight digits alone between separators; also after
 * the `t` of TRS-built Chinese portals (`/t20240515_12345.html`).
 */
const COMPACT = /(?<=[/_.-]t?)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The `YYYY-MM-DD` day in the URL's path, or null. Query strings and fragments are not read. */
export function urlDate(url: string): string | null {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return null;
  let end = url.length;
  const q = url.indexOf('?', start);
  if (q >= 0) end = q;
  const h = url.indexOf('#', start);
  if (h >= 0 && h < end) end = h;
  const path = url.slice(start, end);
  const m = SPLIT.exec(path);
  if (m) return day(m[1]!, m[2]!, m[3] ?? m[4]!);
  const c = COMPACT.exec(path);
  return c ? day(c[1]!, c[2]!, c[3]!) : null;
}

function day(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  // 2024-02-31 is no day.
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * The displayed headline. Sources, in order: an <h1> that agrees with what the page's metadata
 * calls the title (the metadata is often truncated or suffixed, the <h1> is what readers see);
 * an <h1> that reads as a headline; og:title / JSON-LD headline / twitter:title; the <title>
 * without the site name; a line styled as a title above the text. Every value is
 * entity-decoded once more (publishers double-encode: `&#8217;`, `&quot;`, `&uuml;` arrive
 * literally), and section labels, site names and empty strings are never a title.
 */
import { decodeHTML } from 'entities';

/** What pickTitle reads. */
export interface TitleInputs {
  h1s: string[];
  headline: string | null;
  og: string | null;
  twitter: string | null;
  doc: string | null;
  siteNames: string[];
  host: string;
  /** Lines above the article text whose element class/id says "title" (old portal templates). */
  styledLines: string[];
  /** Lines just above the article text, nearest first (a headline printed without <h1>). */
  aboveLines: string[];
}

/** Separators between a headline and the site or section name: `|`, ` - `, ` – `, ` :: `, ` » `, `_`, `｜`. */
const SEPARATOR = /\s+(?:[|\-–—»›·•~]|::|\/\/)\s+|\s*[|｜_]\s*|\s+(?=[|])/u;
/** A trailing date the portal adds: `（2020年2月15日）`, `| 14.03.2023`. */
const TRAILING_DATE = /\s*[（(]\d{4}年\d{1,2}月\d{1,2}日[)）]\s*$/u;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

function clean(s: string | null | undefined): string {
  if (!s) return '';
  let t = s;
  // Decode until stable (at most twice): "&amp;#8217;" is double-encoded.
  for (let i = 0; i < 2 && /&(?:#\d+|#x[\da-f]+|[a-z]{2,8});/i.test(t); i++) t = decodeHTML(t);
  return t.replace(/\s+/g, ' ').trim();
}

function words(s: string): string[] {
  const out: string[] = [];
  for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(w)) out.push(...w);
    else out.push(w);
  }
  return out;
}

/** Share of `a`'s words found in `b`. */
function covered(a: string, b: string): number {
  const wa = words(a);
  if (wa.length === 0) return 0;
  const wb = new Set(words(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

function isSiteName(part: string, siteNames: string[], host: string): boolean {
  const p = part.toLowerCase().replace(/\s+/g, '');
  if (p === '') return true;
  if (/\.[a-z]{2,4}$/.test(p) || /^www\./.test(p)) return true;
  const label = host.replace(/^www\d?\./, '').split('.')[0] ?? '';
  if (label.length >= 3 && p.replace(/[^a-z0-9]/g, '').includes(label.replace(/[^a-z0-9]/g, ''))) return true;
  return siteNames.some((n) => {
    const q = n.toLowerCase().replace(/\s+/g, '');
    return q !== '' && (p === q || (q.length >= 3 && p.includes(q)) || (p.length >= 3 && q.includes(p)));
  });
}

/** Short enough to be a site or section name beside a headline. */
function isShortPart(part: string): boolean {
  return CJK.test(part) ? part.length <= 12 : part.split(/\s+/).length <= 4 && part.length <= 30;
}

/** A title without the site name and section labels around it. */
export function stripSiteName(title: string, siteNames: string[], host: string): string {
  const t = clean(title).replace(TRAILING_DATE, '');
  const parts = t.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length <= 1) return t;
  // Site names and sections are at the ends: drop short or site-named end parts.
  while (parts.length > 1 && (isSiteName(parts[parts.length - 1]!, siteNames, host) || isShortPart(parts[parts.length - 1]!) || /^[\d./-]+$/.test(parts[parts.length - 1]!))) parts.pop();
  while (parts.length > 1 && (isSiteName(parts[0]!, siteNames, host) || (isShortPart(parts[0]!) && !isShortPart(parts[1]!) && parts[0]!.length * 3 < parts[1]!.length))) parts.shift();
  if (parts.length === 1) return parts[0]!;
  // Still several long parts: the headline itself had a separator ("Ukraine - Russia talks"): keep it whole.
  return parts.join(' - ') === t ? t : t.slice(t.indexOf(parts[0]!), t.lastIndexOf(parts[parts.length - 1]!) + parts[parts.length - 1]!.length);
}

/** Reads as a headline rather than a label: a few words, or a few CJK characters. */
function headlineLike(s: string): boolean {
  if (s === '' || s.length > 300) return false;
  return CJK.test(s) ? s.replace(/\s/g, '').length >= 6 : s.split(/\s+/).length >= 3;
}

/** The article's headline, or '' when the page names none. */
export function pickTitle(x: TitleInputs): string {
  const strip = (s: string | null): string => (s ? stripSiteName(s, x.siteNames, x.host) : '');
  const metas = [clean(x.headline), strip(x.og), strip(x.twitter), strip(x.doc)].filter((s) => s !== '' && !isSiteName(s, x.siteNames, x.host));
  const h1s = x.h1s.map(clean).filter((h) => h !== '' && !isSiteName(h, x.siteNames, x.host));
  // An <h1> the metadata agrees with (covers most of it, or it covers most of the metadata title).
  for (const h of h1s) if (metas.some((m) => covered(h, m) >= 0.8 || covered(m, h) >= 0.8)) return h;
  const agreed = h1s.find((h) => headlineLike(h));
  if (agreed && (metas.length === 0 || h1s.length === 1)) return agreed;
  const meta = metas.find(headlineLike) ?? metas[0];
  const styled = x.styledLines.map(clean).find(headlineLike);
  if (meta && headlineLike(meta) && !weak(meta)) return meta;
  // Old portal and blog templates print the headline as plain bold text and title every page
  // with the site name: take the headline-like line printed just above the text.
  const printed = weak(meta ?? agreed ?? '') ? (styled ?? x.aboveLines.map(clean).find(printedHeadline)) : undefined;
  return printed ?? (meta && headlineLike(meta) ? meta : undefined) ?? styled ?? agreed ?? meta ?? '';
}

/** Too short to be a news headline: a site or channel name ("网易娱乐", "Blog统计", "Joel on Software"). */
function weak(s: string): boolean {
  return s === '' || (CJK.test(s) ? s.replace(/\s/g, '').length <= 10 : s.split(/\s+/).length <= 3);
}

/** A line that reads as a headline: not a sentence, date line, byline or menu. */
function printedHeadline(s: string): boolean {
  if (!headlineLike(s) || weak(s) || s.length > 80) return false;
  if (/[。.!！:：]$|\d{4}[-/.年]\d|\d{1,2}:\d\d|[|｜>»]|^(?:by|von|作者|来源|来源|发表|posted)/iu.test(s)) return false;
  return CJK.test(s) ? true : s.split(/\s+/).length <= 20;
}

/**
 * Page metadata, read before the page is cleaned. Order of trust, highest first:
 *   1. JSON-LD (NewsArticle / Article / ReportageNews), the publisher's structured statement;
 *   2. OpenGraph and <meta> (article:published_time, article:modified_time, parsely-*, dc.*,
 *      sailthru.date, pubdate/publishdate);
 *   3. <time datetime> and itemprop attributes in the page;
 *   4. the site rule's visible text (`date` selectors) — used first when it gives a time of day
 *      and the structured sources give only a date, since many Chinese sites publish date-only
 *      <meta> but print the minute in the page.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { childrenOf, isElement, rawText, textOf } from './dom.js';
import { inForeignBox, storyArticle } from './foreign-box.js';

/**
 * The elements metadata is read from, gathered in one pass (a selector each would rescan): by
 * the parse itself (parseHtml's onElement calling headElement), or by a walk of the tree.
 */
export interface HeadParts {
  metas: Element[];
  ldScripts: Element[];
  times: Element[];
  canonical: string | null;
  lang: string | null;
  h1: Element | null;
  h1s: Element[];
  docTitle: Element | null;
}

/** HeadParts with nothing gathered yet. */
export function headParts(): HeadParts {
  return { metas: [], ldScripts: [], times: [], canonical: null, lang: null, h1: null, h1s: [], docTitle: null };
}

function collect(root: AnyNode): HeadParts {
  const parts = headParts();
  collectUnder(root, parts);
  return parts;
}

/** collect's walk, in document order (recursive: the tree is at most MAX_DEPTH deep). */
function collectUnder(n: AnyNode, parts: HeadParts): void {
  if (isElement(n)) headElement(parts, n);
  const kids = childrenOf(n);
  if (kids !== undefined) for (let i = 0; i < kids.length; i++) collectUnder(kids[i]!, parts);
}

/**
 * `a[name]`, the one attribute read of headElement. An attribs object has a hidden class per
 * list of attribute names, so pages bring dozens; a read site of its own in headElement saw a
 * few of them before TurboFan compiled it, and the next one deopted the compiled code ('wrong
 * map', in every fresh process). Shared by all of headElement's reads (inlined, with its own
 * feedback), this site sees every class early and is compiled as the generic lookup.
 */
const attr = (a: Record<string, string>, name: string): string | undefined => a[name];

/** The itemprops of a date element that is not a <time>. */
const DATE_ITEMPROP = /^date(?:Published|Modified)$/;
/** hAtom's date classes. */
const HATOM_DATE = /(?:^|\s)(?:published|updated)(?:\s|$)/;

/** Adds an element to `parts` if metadata is read from it; elements must come in document order. */
export function headElement(parts: HeadParts, n: Element): void {
  const a = n.attribs;
  switch (n.name) {
    case 'meta':
      parts.metas.push(n);
      break;
    case 'script':
      if ((attr(a, 'type') ?? '').toLowerCase() === 'application/ld+json') parts.ldScripts.push(n);
      break;
    case 'link':
      if ((attr(a, 'rel') ?? '').toLowerCase() === 'canonical' && attr(a, 'href')) parts.canonical ??= attr(a, 'href')!;
      break;
    case 'html':
      parts.lang ??= attr(a, 'lang') ?? attr(a, 'xml:lang') ?? null;
      break;
    case 'h1':
      parts.h1 ??= n;
      if (parts.h1s.length < 5) parts.h1s.push(n);
      break;
    case 'title':
      parts.docTitle ??= n;
      break;
    case 'abbr':
      // hAtom's `<abbr class="published" title="2024-05-15T11:02:00+02:00">May 15th</abbr>`.
      if (attr(a, 'title') !== undefined && HATOM_DATE.test(attr(a, 'class') ?? '')) parts.times.push(n);
      break;
    default:
      if (attr(a, 'datetime') && (n.name === 'time' || DATE_ITEMPROP.test(attr(a, 'itemprop') ?? ''))) parts.times.push(n);
  }
}

/** Raw strings; dates are parsed later, in the site's zone. */
export interface PageMetadata {
  title: string | null;
  published: string[];
  modified: string[];
  authors: string[];
  /**
   * Authors named only by reference to another JSON-LD node (Yoast's `"author": {"@id": …}`),
   * resolved: the last resort, after the visible byline, since on WordPress sites the reference
   * names the account that posted the story, not always its reporter.
   */
  referencedAuthors: string[];
  /** Every structured author name, JSON-LD and meta alike: an agency among them credits it. */
  creditNames: string[];
  /** JSON-LD authors typed as organizations: the site itself, an agency, or the outlet the story comes from. */
  organizationAuthors: string[];
  /**
   * Where the page says the story came from: `<meta name="syndication-source">` and
   * `original-source` (Google News' tags for a syndicated story, a URL), `dc.source`, `source`
   * (a name, on Chinese portals often `来源：…`), and JSON-LD `sourceOrganization`. An agency's name
   * or URL among them credits it.
   */
  sourceMetas: string[];
  /**
   * A portal's tags for the outlet whose story it carries: Daum's `article:media_name`, and Naver's
   * `og:article:author` written "outlet | portal" (`뉴스타파 | 네이버`). Only the "name | name" form of
   * the author tags is kept here: a bare one is usually a reporter's name.
   */
  mediaNames: string[];
  site: string | null;
  canonical: string | null;
  image: string | null;
  language: string | null;
  description: string | null;
  /** JSON-LD articleBody: the text of a client-rendered page whose markup has none. */
  articleBody: string | null;
  /**
   * Dates the JSON-LD gives to things other than the article: an event's start and end, an offer's
   * validity, a review's or comment's date. A printed date on one of these days is theirs.
   */
  otherDates: string[];
  /** Text of the first <h1>, the title of last resort. */
  h1: string | null;
  /** Texts of the page's first few <h1>s (the first is sometimes the site logo). */
  h1s: string[];
  /** Title candidates as the page states them: JSON-LD headline, og:title, twitter:title, <title>. */
  titles: { headline: string | null; og: string | null; twitter: string | null; doc: string | null };
  /** Names the site goes by (og:site_name, application-name, JSON-LD publisher). */
  siteNames: string[];
  /**
   * The JSON-LD publisher. Usually the site; on a page carrying another outlet's story sometimes
   * that outlet (inquirer.com's copy of a Washington Post story names the Post).
   */
  publisher: string | null;
}

type Json = Record<string, unknown>;
/** Where jsonLdArticles puts an article's author with `@id` references resolved. */
const REFERENCED_AUTHOR = 'wirehouse:referencedAuthor';
const ARTICLE_TYPES = /Article|NewsArticle|ReportageNews|BlogPosting|AnalysisNewsArticle|WebPage|LiveBlogPosting/;

function jsonLdArticles(scripts: Element[], otherDates: string[]): Json[] {
  const out: Json[] = [];
  /** Every node with an `@id` and content, across the page's scripts, for references to it. */
  const byId = new Map<string, Json>();
  for (const el of scripts) {
    const text = el.children
      .map((c) => rawText(c) || (c as unknown as { data?: string }).data || '')
      .join('')
      .trim();
    const data = lenientJson(text);
    if (data === undefined) continue;
    collectOtherDates(data, otherDates, 0);
    const queue: unknown[] = [data];
    while (queue.length > 0 && out.length < 20) {
      const d = queue.shift();
      if (Array.isArray(d)) queue.push(...d);
      else if (d && typeof d === 'object') {
        const o = d as Json;
        if (typeof o['@id'] === 'string' && Object.keys(o).length > 1 && !byId.has(o['@id'])) byId.set(o['@id'], o);
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        // A WebPage whose mainEntity is the article (`{"@type":"WebPage","mainEntity":{"@type":"NewsArticle",…}}`).
        if (o['mainEntity'] && typeof o['mainEntity'] === 'object') queue.push(o['mainEntity']);
        const t = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
        if (ARTICLE_TYPES.test(t)) out.push(o);
      }
    }
  }
  // Authors and publishers given as references to another node of the graph (Yoast's
  // `"author": {"@id": "…#/schema/person/…"}`) read as that node.
  // An author reference stays apart (REFERENCED_AUTHOR): on WordPress sites it names the account
  // that posted the story, which is not always the byline's reporter.
  const resolved = out.map((o): Json => ({
    ...o,
    [REFERENCED_AUTHOR]: resolveRefs(o['author'], byId),
    publisher: resolveRefs(o['publisher'], byId),
  }));
  // Prefer article types over WebPage.
  return resolved.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
}

/** Date properties of events, offers and products: never an article's publication. */
const OTHER_DATE_KEYS = [
  'startDate',
  'endDate',
  'doorTime',
  'validFrom',
  'validThrough',
  'priceValidUntil',
  'availabilityStarts',
  'availabilityEnds',
];
/** Types whose own datePublished is not the page's: a reader's review, a comment, an answer. */
const DATED_PARTS = /^(?:\w*Review|\w*Comment|Answer|Question)$/;

/**
 * The dates of JSON-LD nodes that are not the article nor inside it (an Event's start, an Offer's
 * priceValidUntil, a Product's Review): bounded, since graphs can be large.
 */
function collectOtherDates(v: unknown, out: string[], depth: number): void {
  if (depth > 8 || out.length >= 40 || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectOtherDates(x, out, depth + 1);
    return;
  }
  const o = v as Json;
  const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
  if (ARTICLE_TYPES.test(type)) return;
  for (const k of OTHER_DATE_KEYS) {
    const d = o[k];
    if (typeof d === 'string') out.push(d);
  }
  const own = o['datePublished'];
  if (DATED_PARTS.test(type) && typeof own === 'string') out.push(own);
  for (const k in o) if (k !== '@context') collectOtherDates(o[k], out, depth + 1);
}

/**
 * JSON-LD as sites write it: valid JSON, or with raw line breaks and tabs pasted into strings,
 * or with a comma before a closing bracket (invalid JSON that browsers' consumers tolerate).
 * Undefined when none of these parses.
 */
function lenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const spaced = text.replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(spaced);
    } catch {
      try {
        return JSON.parse(spaced.replace(/,\s*([}\]])/g, '$1'));
      } catch {
        return undefined;
      }
    }
  }
}

/** A value with `{"@id": …}` references (and nothing else) replaced by the nodes they name. */
function resolveRefs(v: unknown, byId: ReadonlyMap<string, Json>): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, byId));
  if (v && typeof v === 'object') {
    const o = v as Json;
    const id = o['@id'];
    if (typeof id === 'string' && o['name'] === undefined) return byId.get(id) ?? v;
  }
  return v;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json)['name'] ?? (v as Json)['url'] ?? (v as Json)['@id']);
  return null;
}

function names(v: unknown): string[] {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return arr.map((x) => str(x)).filter((s): s is string => !!s && !/^https?:/.test(s));
}

const ORGANIZATION = /^(?:Organization|NewsMediaOrganization|Corporation|NewsAgency)$/;

/** Whether a JSON-LD author node is typed as an organization (`{"@type": "Organization", "name": "オリコン"}`). */
function isOrganization(x: unknown): boolean {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const t = (x as Json)['@type'];
  return (Array.isArray(t) ? t : [t]).some((y) => typeof y === 'string' && ORGANIZATION.test(y));
}

/** The author nodes of a JSON-LD article that are people (or untyped), and those that are organizations. */
function authorNodes(v: unknown): { people: unknown[]; organizations: unknown[] } {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return { people: arr.filter((x) => !isOrganization(x)), organizations: arr.filter(isOrganization) };
}

const DATE_ONLY = /^\d{4}-\d\d-\d\d$/;
/** A date element that gives the update: `itemprop="dateModified"`, WordPress's and hAtom's `updated` (not `published updated`, one time for both). */
const MODIFIED_CLASS = /(?:^|\s)(?:updated|modified|date-modified|last-modified)(?:\s|$)/;
const PUBLISHED_CLASS = /(?:^|\s)(?:published|entry-date)(?:\s|$)/;

function isModifiedTime(el: Element): boolean {
  if (el.attribs['itemprop'] !== undefined) return el.attribs['itemprop'] === 'dateModified';
  const cls = el.attribs['class'];
  return cls !== undefined && MODIFIED_CLASS.test(cls) && !PUBLISHED_CLASS.test(cls);
}

/** Whether `el` is `root` or inside it. */
function within(el: Element, root: Element): boolean {
  for (let n: ParentNode | null = el; n !== null; n = n.parent) if (n === root) return true;
  return false;
}

/** parse.ly's `<meta name="parsely-page" content='{"pub_date": "2024-05-15T09:02:00Z", …}'>`. */
function parselyPubDates(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const data = lenientJson(v);
    const date = data && typeof data === 'object' ? (data as Json)['pub_date'] : undefined;
    if (typeof date === 'string' && date.trim() !== '') out.push(date.trim());
  }
  return out;
}
const CLOCK = /(?<!\d)\d{1,2}[:h]\d\d(?!\d)/;

/**
 * A <time>'s value: its datetime attribute, or its visible text when the attribute is a bare
 * day and the text also shows the clock (`<time datetime="2020-10-15">15.10.2020 21:55</time>`):
 * many CMS templates fill the attribute with the date only.
 */
function timeValue(el: Element): string {
  if (el.name === 'abbr') return (el.attribs['title'] ?? '').trim();
  const attr = el.attribs['datetime']!.trim();
  if (!DATE_ONLY.test(attr)) return attr;
  const text = textOf(el);
  return text.length <= 80 && CLOCK.test(text) ? text : attr;
}

/**
 * An <h1> that is only a link to the site's home page (`<h1><a href="index.html">bjreader的博客</a></h1>`,
 * `<h1><a href="/">Example News</a></h1>`): blog and portal templates put the site name there.
 */
function homeLink(h1: Element): boolean {
  const kids = h1.children.filter((c) => isElement(c) || textOf(c).trim() !== '');
  if (kids.length !== 1 || !isElement(kids[0]!) || kids[0].name !== 'a') return false;
  const href = (kids[0].attribs['href'] ?? '').trim();
  return /^(?:\.?\/|(?:\.\/)?index\.\w+|https?:\/\/[^/]+\/?(?:index\.\w+)?)$/i.test(href);
}

/**
 * The <meta> contents by lower-cased key (property, name, itemprop or http-equiv), in document
 * order: one pass over <meta>, where a selector per key would scan the whole page ~30 times.
 * A function of its own because its loop (a page has up to hundreds of <meta>) is all that is
 * hot in pageMetadata: inside it, the loop made pageMetadata's whole body, called once per
 * page, the costliest TurboFan compile of a fresh process (~70-110 ms of a helper thread).
 */
function metaContents(metas: readonly Element[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < metas.length; i++) {
    const a = metas[i]!.attribs;
    const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'])?.trim().toLowerCase();
    const c = a['content']?.trim();
    if (!key || !c) continue;
    // A microdata date inside a reader's review or comment (`<meta itemprop="datePublished">` in a Review item) is theirs.
    if (a['property'] === undefined && a['name'] === undefined && key.startsWith('date') && inForeignBox(metas[i]!)) continue;
    const list = out.get(key);
    if (list === undefined) out.set(key, [c]);
    else list.push(c);
  }
  return out;
}

/**
 * Reads JSON-LD, OpenGraph, <meta>, <link rel=canonical>, <time> and <html lang> of the tree
 * under `root`; `parts` when they were gathered as it was parsed.
 */
export function pageMetadata(root: AnyNode, parts: HeadParts = collect(root)): PageMetadata {
  const metas = metaContents(parts.metas);
  const meta = (...keys: string[]): string[] => keys.flatMap((k) => metas.get(k.toLowerCase()) ?? []);
  const otherDates: string[] = [];
  const ld = jsonLdArticles(parts.ldScripts, otherDates);
  const fromLd = (key: string): string[] => ld.map((o) => str(o[key])).filter((s): s is string => !!s);
  // Dates in comments, sidebars, tickers and teaser lists are theirs, not the article's; and when
  // the <article> around the headline holds dates, those outside it (a masthead's "today", a
  // ticker) are not the story's either.
  const story = storyArticle(parts.h1);
  const kept = parts.times.filter((el) => !inForeignBox(el, story));
  const inStory = story === null ? [] : kept.filter((el) => within(el, story));
  const times = inStory.length > 0 ? inStory : kept;
  const timeAttrs = times
    .filter((el) => !isModifiedTime(el))
    .map(timeValue)
    .filter((v) => v !== '');
  const published = [
    ...fromLd('datePublished'),
    ...meta(
      'article:published_time',
      'og:article:published_time',
      'parsely-pub-date',
      'sailthru.date',
      'datePublished',
      'dc.date.issued',
      'DC.date.issued',
      'dc.date',
      'DC.date',
      'dcterms.created',
      'dcterms.issued',
      'dcterms.date',
      'dc.date.created',
      'pubdate',
      'publishdate',
      'PublishDate',
      'publish-date',
      'article.published',
    ),
    ...parselyPubDates(meta('parsely-page')),
    ...timeAttrs,
    // German and Austrian CMSs' `<meta name="date">`: last, as some templates fill it with the day served.
    ...meta('date'),
  ];
  const modified = [
    ...fromLd('dateModified'),
    ...meta('article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified', 'DC.date.modified', 'lastmod'),
    ...times
      .filter(isModifiedTime)
      .map(timeValue)
      .filter((v) => v !== ''),
  ];
  // schema.org's `creator` is the author's wider property; some CMSes fill only it (`"creator": ["Name"]`).
  const ldAuthorNodes = ld.map((o) => authorNodes(o['author'] ?? o['creator']));
  // An organization as the author is the site itself or the outlet it carries the story from: no person.
  const ldAuthors = ldAuthorNodes.flatMap((n) => names(n.people));
  const ldOrganizations = ldAuthorNodes.flatMap((n) => names(n.organizations));
  const referencedAuthors = ld.flatMap((o) => names(authorNodes(o[REFERENCED_AUTHOR]).people));
  const metaAuthors = meta(
    'author',
    'parsely-author',
    'article:author',
    'dc.creator',
    'DC.creator',
    'byl',
    'sailthru.author',
    'articleAuthor',
    'article:author_name',
    'cXenseParse:author',
  ).filter((s) => !/^https?:/.test(s));
  const publisher = ld.map((o) => str(o['publisher'])).find((s) => !!s) ?? null;
  return {
    title: fromLd('headline')[0] ?? meta('og:title', 'twitter:title', 'parsely-title', 'dc.title', 'DC.title')[0] ?? null,
    published,
    modified,
    authors: [...new Set((ldAuthors.length > 0 ? ldAuthors : metaAuthors).map((s) => s.replace(/^By\s+/i, '').trim()))],
    referencedAuthors: [...new Set(referencedAuthors)],
    creditNames: [...new Set([...ldAuthors, ...ldOrganizations, ...metaAuthors])],
    organizationAuthors: [...new Set(ldOrganizations)],
    // JSON-LD `sourceOrganization`, the organization the writer worked for: a wire's when the site carries its story.
    sourceMetas: [
      ...meta('syndication-source', 'original-source', 'dc.source', 'DC.source', 'source'),
      ...ld.flatMap((o) => names(o['sourceOrganization'])),
    ],
    mediaNames: [...meta('article:media_name'), ...meta('og:article:author', 'article:author').filter((v) => /\S\s+[|｜]\s+\S/u.test(v))],
    site: meta('og:site_name', 'application-name')[0] ?? publisher,
    canonical: parts.canonical ?? meta('og:url')[0] ?? null,
    image:
      meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src')[0] ?? ld.map((o) => str(o['image'])).find((s) => !!s) ?? null,
    language: parts.lang ?? meta('og:locale', 'content-language', 'language', 'dc.language', 'DC.language')[0] ?? null,
    description: meta('og:description', 'description')[0] ?? null,
    articleBody: fromLd('articleBody')[0] ?? null,
    otherDates,
    h1: parts.h1 ? textOf(parts.h1) || null : null,
    h1s: parts.h1s
      .filter((e) => !homeLink(e))
      .map((e) => textOf(e))
      .filter((t) => t !== ''),
    titles: {
      headline: fromLd('headline')[0] ?? null,
      og: meta('og:title')[0] ?? null,
      twitter: meta('twitter:title')[0] ?? null,
      doc: parts.docTitle ? textOf(parts.docTitle) || null : null,
    },
    siteNames: [...new Set([...meta('og:site_name', 'application-name', 'apple-mobile-web-app-title'), ...(publisher ? [publisher] : [])])],
    publisher,
  };
}

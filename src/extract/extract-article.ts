/**
 * html + url -> Article. Site rules first (sites/*.ts), the generic block scorer second; then
 * wire attribution (credit, dateline, trailers) is moved from the body into fields, and the
 * metadata is read in the order of trust documented in page-metadata.ts.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { CheerioAPI } from 'cheerio/slim';
import type { Article } from '../domain.js';
import { PipelineError } from '../errors.js';
import { agencyByAlias, agencyForDomain, homeAgencies, pageCountry, type Agency } from '../normalize/agencies.js';
import { canonicalUrl } from '../normalize/canonical-url.js';
import { resolveLanguage } from '../normalize/detect-language.js';
import { decodeBytes } from '../normalize/decode-bytes.js';
import { findLeadDateline, parseDateline } from '../normalize/parse-dateline.js';
import { siteZone } from '../normalize/site-zone.js';
import { ambiguousNumericDate, orderOfSite, orderOnPage, type NumericOrder } from '../normalize/numeric-date-order.js';
import { urlDate } from '../normalize/url-date.js';
import { safeHost } from '../normalize/safe-host.js';
import { parseEditorTrailer, staffTrailer, stripWireMarkup } from '../normalize/strip-wire-markup.js';
import { blockTexts } from './block-text.js';
import { cleanPage } from './clean-page.js';
import { contentSkip, dropFurniture, isRelatedHeading } from './content-filter.js';
import { cheerioOf, isElement, parseHtml, pushAll, removeNode, textOf, type ParseGuard } from './dom.js';
import { authorLinkNames, bylineElement } from './byline-element.js';
import { fallbackBody } from './fallback-body.js';
import { inForeignBox, storyArticle } from './foreign-box.js';
import { hydratedDates } from './hydration.js';
import { genericArticleNodes } from './generic-body.js';
import { articleHeadlines } from './story-stream.js';
import { pageLines, type PageLine } from './page-lines.js';
import { articleWindow } from './article-window.js';
import { agencyOfName, bareAgencyList, findCredits, signOff } from '../normalize/find-credits.js';
import {
  bylineNames,
  cleanNames,
  editorNames,
  isOwnSite,
  outletsInAuthors,
  outletsInBylines,
  portalMedia,
} from '../normalize/clean-names.js';
import { headElement, headParts, pageMetadata } from './page-metadata.js';
import { pickDates, UPDATE_WORDS } from './pick-dates.js';
import { pickTitle } from './pick-title.js';
import { sanitizeArticleHtml } from './sanitize.js';
import type { SiteRule } from './site-rule.js';
import { ruleForUrl } from './sites/index.js';
import { isLetterOrDigit } from '../normalize/letter-or-digit.js';
import { canonicalCity } from '../normalize/dateline-cities.js';
import { parseZhSlashByline } from '../normalize/zh-lead.js';
import { zhSourceValue } from '../normalize/zh-source.js';
import { sourceElementNames } from './source-element.js';
import { viSignature } from './vi-signature.js';
import { droppedHeaderDek, headerStandfirst, standfirst, type HeaderDek } from './standfirst.js';
import { storyResumes } from './story-resumes.js';
import { trimByline } from '../normalize/trim-byline.js';
import { zhBlogOwner, zhPosterHandle } from '../normalize/zh-poster.js';

/** Bumped when extraction output changes, so replay can tell old rows from new ones. */
export const EXTRACTOR_VERSION = 'wirehouse/1';
/** Pages above this many characters are refused (no news article is 10 MB of HTML). */
export const MAX_HTML_CHARS = 10 * 1024 * 1024;
/** Wall-clock budget of one extraction. */
export const TIME_CAP_MS = 5000;
/**
 * Deeper tag nesting (htmlparser2's open-element stack, void elements and implicitly closed
 * tags not counted) is refused while parsing (see ParseGuard); the dev pages reach 37.
 */
export const MAX_MARKUP_DEPTH = 2000;

function checkInput(html: string, url: string): void {
  if (html.length > MAX_HTML_CHARS)
    throw new PipelineError('too_large', `extract: page of ${html.length} chars over the ${MAX_HTML_CHARS} cap for ${url}`, {
      context: { url },
    });
  const head = html.slice(0, 4096);
  // Binary bodies (images, PDFs served as text/html) are full of NULs and control bytes.
  const ctrl = head.match(/[\x00-\x08\x0e-\x1a]/g)?.length ?? 0;
  if (head.trim() === '' || ctrl > head.length * 0.05)
    throw new PipelineError('no_article', `extract: empty or binary page at ${url}`, { context: { url } });
}

/**
 * The limits of every parse of a page's markup: the time cap, and the open-element stack depth
 * (see ParseGuard) checked as each tag opens, so deep nesting is refused before its O(N^2)
 * parse, with no separate scan of the markup.
 */
function parseGuard(start: number, url: string, capMs: number): ParseGuard {
  return {
    checkpoint: () => deadline(start, url, capMs),
    maxDepth: MAX_MARKUP_DEPTH,
    tooDeep: (why) => {
      const what = why === 'depth' ? `nested deeper than ${MAX_MARKUP_DEPTH}` : 'with too many close tags matching no open element';
      throw new PipelineError('too_large', `extract: markup ${what} at ${url}`, { context: { url } });
    },
  };
}

function firstText($: () => CheerioAPI, selectors: string[] | undefined): string | null {
  for (const s of selectors ?? []) {
    const t = $()(s).first().text().replace(/\s+/g, ' ').trim();
    if (t) return t;
  }
  return null;
}

function ruleNodes($: CheerioAPI, rule: SiteRule): AnyNode[] {
  for (const sel of rule.body) {
    const found = $(sel).toArray() as Element[];
    const nodes = found.filter((el) => !found.some((o) => o !== el && isInside(el, o)));
    if (nodes.length === 0 || nodes.every((n) => textOf(n).length < 20)) continue;
    for (const n of nodes) for (const r of rule.remove ?? []) $(n).find(r).remove();
    return nodes;
  }
  return [];
}

function isInside(el: AnyNode, anc: AnyNode): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === anc) return true;
  return false;
}

/** Removes the subtrees `skip` rejects, so text and HTML come from the same pruned tree. */
function prune(nodes: AnyNode[], skip: (el: Element) => boolean): void {
  const visit = (node: ParentNode): void => {
    // In place, without a copy of every child list: a child's visit changes only its own subtree.
    const kids = node.children;
    for (let i = 0; i < kids.length;) {
      const c = kids[i]!;
      if (!isElement(c)) {
        i++;
        continue;
      }
      if (isRelatedHeading(c)) {
        // Everything after a "Related Stories" heading in its container is teasers, up to where
        // the story's own paragraphs resume (a "read also" label in the middle of the text).
        const resume = storyResumes(c);
        for (let n: AnyNode | null = c; n && n !== resume;) {
          const next: AnyNode | null = n.next;
          removeNode(n);
          n = next;
        }
        if (resume === null) return;
        continue;
      }
      if (skip(c)) removeNode(c);
      else {
        visit(c);
        i++;
      }
    }
  };
  for (const n of nodes) if (isElement(n)) visit(n);
}

function deadline(start: number, url: string, capMs = TIME_CAP_MS): void {
  if (performance.now() - start > capMs)
    throw new PipelineError('too_large', `extract: over the ${capMs} ms budget for ${url}`, { context: { url } });
}

/** Options of extractArticle. */
export interface ExtractOptions {
  /**
   * Keep credit lines, datelines and trailers in `body` (they are still parsed into fields).
   * For benchmarks whose ground truth keeps them (article-extraction-benchmark does).
   */
  keepWireMarkup?: boolean;
  /** HTTP Content-Type the page came with; used to decode a byte input (its charset wins). */
  contentType?: string | undefined;
  /** Wall-clock budget of this extraction in ms (default TIME_CAP_MS). */
  timeCapMs?: number;
}

/**
 * Extracts the article of an HTML page: decoded text, or the raw bytes (a Buffer), decoded by
 * the Content-Type given in `options`, else the page's own BOM / <meta charset> (decodeBytes).
 * Throws PipelineError `no_article` for pages without one and `too_large` past the size or
 * time cap.
 */
export function extractArticle(input: string | Uint8Array, url: string, options: ExtractOptions = {}): Article {
  const start = performance.now();
  if (typeof input !== 'string' && input.length > MAX_HTML_CHARS * 4)
    throw new PipelineError('too_large', `extract: page of ${input.length} bytes over the cap for ${url}`, { context: { url } });
  const html = typeof input === 'string' ? input : decodeBytes(input, { contentType: options.contentType, kind: 'html' }).text;
  checkInput(html, url);
  const cap = options.timeCapMs ?? TIME_CAP_MS;
  const guard = parseGuard(start, url, cap);
  // The metadata's elements are gathered as the page is parsed: a walk of the tree less.
  const head = headParts();
  const doc = parseHtml(html, guard, (el) => headElement(head, el));
  // Cheerio only for a site rule's selectors (most pages have none): its load makes a class per call.
  let loaded: CheerioAPI | undefined;
  const $ = (): CheerioAPI => (loaded ??= cheerioOf(doc));
  const meta = pageMetadata(doc, head);
  // Read before cleaning: bylines, credits and visible dates sit in the chrome the cleaner drops.
  const lines = pageLines(doc);
  // The <article> around the headline, found before cleaning detaches parts of the tree.
  const story = storyArticle(head.h1);
  // A page fetched through a mirror, CDN or proxy host (or a local fixture server) still names its
  // home in rel=canonical / og:url: when the fetched host is unknown, the site rule, zone and
  // agency come from that declared home.
  const declared = meta.canonical ? canonicalUrl(meta.canonical, url) : null;
  // agencyForDomain builds a string per agency domain it tries; the page's host is asked up to three times.
  const agencies = new Map<string, Agency | undefined>();
  const agencyOf = (h: string): Agency | undefined => {
    if (!agencies.has(h)) agencies.set(h, agencyForDomain(h));
    return agencies.get(h);
  };
  const urlRule = ruleForUrl(url);
  const known = (u: string, r: SiteRule | undefined) => r !== undefined || agencyOf(safeHost(u) ?? '') !== undefined;
  const siteUrl = declared && !known(url, urlRule) && known(declared, ruleForUrl(declared)) ? declared : url;
  const rule = siteUrl === url ? urlRule : ruleForUrl(siteUrl);
  const host = safeHost(siteUrl) ?? '';
  const ruleTitle = firstText($, rule?.title);
  const ruleDate = firstText($, rule?.date);
  const ruleByline = firstText($, rule?.byline);
  const ruleEditors = parseEditorTrailer(firstText($, rule?.editor) ?? '');
  deadline(start, url, cap);
  let nodes = rule ? ruleNodes($(), rule) : [];
  let via = nodes.length > 0 && rule ? `rule:${rule.id}` : 'generic';
  let headerDek: HeaderDek | null = null;
  if (nodes.length === 0) {
    const body =
      (doc.children.find((c) => isElement(c) && c.name === 'html') as ParentNode | undefined)?.children.find(
        (c) => isElement(c) && c.name === 'body',
      ) ?? doc;
    // The stories' headlines before cleaning drops their headers: they tell the page's story from the next one.
    const headlines = articleHeadlines(head.h1s);
    // Each <h1> in turn: the first may be the site's logo or a hidden one; the dek must still open the chosen container (droppedHeaderDek).
    for (const h1 of head.h1s) if ((headerDek = headerStandfirst(h1)) !== null) break;
    cleanPage(body as ParentNode);
    const titles = [meta.titles.og, meta.titles.headline, meta.titles.twitter, meta.titles.doc].filter((t): t is string => !!t);
    nodes = genericArticleNodes(body as ParentNode, titles, headlines);
    via = 'generic';
  } else {
    for (const n of nodes) cleanPage(n as ParentNode);
  }
  deadline(start, url, cap);
  // A client-rendered shell: the text is in JSON-LD or the hydration state, not the markup.
  const fallback = fallbackBody(html, nodes, meta.articleBody, meta.description, guard);
  if (fallback) [nodes, via] = [fallback.nodes, fallback.via];
  if (nodes.length === 0) throw new PipelineError('no_article', `extract: no article in ${url}`, { context: { url } });
  const win = articleWindow(lines, nodes, meta.h1);
  prune(nodes, contentSkip(nodes));
  const title =
    ruleTitle ??
    pickTitle({
      ...meta.titles,
      h1s: meta.h1s,
      siteNames: meta.siteNames,
      host,
      styledLines: styledLines(lines, win),
      aboveLines: lines
        .slice(Math.max(win.from, win.lead - 12), win.lead)
        .map((l) => l.text)
        .reverse(),
      pageTexts: lines.map((l) => l.text),
    });
  const blocks = dropFurniture(blockTexts(nodes), title);
  // The rule's credit/date line is printed above the text on reposting sites; read it as a credit.
  const raw = [ruleDate && /^\s*(?:[(（/]|Source)/.test(ruleDate) ? ruleDate : null, ...blocks]
    .filter((b): b is string => !!b)
    .join('\n\n');
  const language = resolveLanguage(meta.language, raw);
  const zhPage = /^zh\b/iu.test(language ?? '');
  const zone = rule?.timeZone ?? agencyOf(host)?.timeZone ?? siteZone(host, language);
  // A rule's date element that says "Updated: …" (ANI) is the update time when the page's metadata
  // gives a publication time; else it is the only time shown (CGTN, China Daily print "Updated").
  const ruleUpdated = ruleDate !== null && UPDATE_WORDS.test(ruleDate) && meta.published.some((p) => /\d:\d\d/.test(p));
  const ruleFirst = ruleDate && /\d:\d\d/.test(ruleDate) && !ruleUpdated;
  // The trailer is read below the text that survived pruning: on old forum and portal pages the
  // article's container runs on into reply lists and teasers, whose dates are not the story's.
  const kept = articleWindow(lines, nodes, meta.h1);
  const tail = kept.last >= win.lead ? kept : win;
  const notTeaser = (l: PageLine): boolean => l.el?.name !== 'li' && !/^[·•●◆■▪►>»]/u.test(l.text);
  // A comment's, a ticker's or a "Most read" box's time is theirs (foreign-box.ts).
  const own = (l: PageLine): boolean => l.el === null || !inForeignBox(l.el, story);
  const dateLines = [
    ...lines.slice(win.from, Math.min(win.lead + 2, win.to)).filter(own),
    ...lines.slice(Math.max(win.lead + 2, tail.last - 3), tail.to).filter((l) => notTeaser(l) && own(l)),
  ].map((l) => l.text);
  // Labelled date lines further down ("Datum 14.03.2023" in a meta list under the teasers) come last.
  // So do lines inside the window that say "posted/发表 ... <time>" (a board's "本贴由 X 于…发表"
  // between the post and its replies).
  // The two lines right above the headline: where Iranian, Lithuanian and other templates print the
  // date (a masthead's "today" sits further up, and rarely with a time). Read after the others.
  const aboveHeadline = meta.h1 && lines[win.from]?.text === meta.h1.trim() ? lines.slice(Math.max(0, win.from - 2), win.from) : [];
  const labelled = [
    ...aboveHeadline.filter((l) => !l.chrome && l.text.length <= 80),
    ...lines.slice(win.from, win.to).filter((l) => l.text.length <= 120 && POSTED.test(l.text)),
    ...lines
      .slice(tail.to)
      .filter((l) => l.text.length <= 60 && DATE_LABEL.test(l.text))
      .slice(0, 2),
  ].map((l) => l.text);
  const readLines = [...dateLines, ...labelled];
  const hints = {
    order: numericOrder(
      readLines,
      meta.published,
      lines,
      rule?.timeZone ?? agencyOf(host)?.timeZone ?? siteZone(host, null),
      meta.language,
    ),
    urlDay: urlDate(siteUrl),
    lead: blocks.slice(0, 3),
    foreign: meta.otherDates,
    pageLines: () => lines.map((l) => l.text),
  };
  let dates = pickDates(
    ruleFirst ? [ruleDate, ...meta.published] : ruleUpdated ? meta.published : [...meta.published, ruleDate],
    ruleUpdated ? [ruleDate, ...meta.modified] : meta.modified,
    readLines,
    zone,
    hints,
  );
  // A client-rendered page may state its time only in its hydration state ("deployDt"): the last resort.
  if (!dates.publishedAt) dates = pickDates(hydratedDates(html), meta.modified, [], zone, { order: hints.order });
  const publishedAt = dates.publishedAt;
  const wire = stripWireMarkup(raw, publishedAt);
  if (wire.body.trim() === '') throw new PipelineError('no_article', `extract: no article text in ${url}`, { context: { url } });
  deadline(start, url, cap);
  // "Quelle: AFP", "© Reuters" or a bare "AFP" right under a picture is its caption, not the story's credit.
  // So is a line that ends in a link to another story ("Mehr zum Thema", "Related", "Das könnte Sie
  // auch interessieren" boxes inside the text): "VW-Krise: Betriebsrat droht mit Streik (dpa)".
  const around = lines
    .slice(win.from, win.to)
    // Under a picture, `Erik Lindqvist/TT` credits the photographer, not the story's writer.
    .filter((l) => !(l.afterImage && l.text.length < 120 && (PICTURE_CREDIT.test(l.text) || bareAgencyList(l.text) || signOff(l.text))))
    .map(withoutStoryLink)
    .filter((t) => t !== '');
  // A portal's header block may print the source over the headline (news.cn: the time and `来源：人民日报`
  // above the <h1>): source-labelled lines right above it are read with the article's.
  const headlined = meta.h1 !== null && lines[win.from]?.text === meta.h1.trim();
  const sourceAbove = headlined
    ? lines
        .slice(Math.max(0, win.from - SOURCE_ABOVE), win.from)
        .filter((l) => !l.chrome && l.text.length <= 80 && zhSourceValue(l.text) !== null)
    : [];
  // A Chinese portal's unlabelled source element in the header (`<span class="a_source">新华网</span>`) is its source line.
  const sourceNamed = zhPage
    ? sourceElementNames([
        ...new Set(
          lines
            .slice(win.from, Math.min(win.lead + 2, win.to))
            .filter((l) => !l.chrome && l.text.length <= 120)
            .map((l) => l.el)
            .filter((el): el is Element => el !== null),
        ),
      ]).map((n) => `来源：${n}`)
    : [];
  const credits = findCredits([...sourceAbove.map((l) => l.text), ...sourceNamed, ...around]);
  // Staff sign-offs the page prints below the body (Reuters' `Reporting by …; Editing by …`).
  const staff = around.map(staffTrailer).filter((c) => c !== null);
  // A byline element that holds only an agency's name (`<div class="aut">SID</div>`,
  // `<span class="author">dpa</span>`) credits it, as a structured author would.
  const bylineAgencies = lines
    .slice(win.from, Math.min(win.lead + 2, win.to))
    .filter((l) => l.text.length <= 40 && l.el && bylineElement(l.el, l.text))
    .map((l) => l.text);
  const header = lines.slice(win.from, Math.min(win.lead + 2, win.to)).map((l) => l.text);
  // Texts of the header's byline elements (a line that is one, or the writer's elements inside a
  // line; its author links one by one when nothing separates them), what follows the name cut (a
  // date, a photo credit).
  const headerBylineParts = (): string[] =>
    lines
      .slice(win.from, Math.min(win.lead + 2, win.to))
      .flatMap((l) => (l.el && bylineElement(l.el, l.text) ? (authorLinkNames(l.el, l.text) ?? [l.text]) : (l.writers ?? [])))
      .map(trimByline)
      .filter((t) => t !== '' && t.length <= 80);
  const trailer = lines
    .slice(Math.max(win.lead + 2, tail.last - 3), tail.to)
    .filter((l) => !(l.afterImage && l.text.length <= 60 && signOff(l.text)))
    .map((l) => l.text);
  // The lead's dateline when the body did not open with it: below a teaser, a source line or repeated titles.
  const below = wire.dateline ? null : findLeadDateline(wire.body.split(/\n{2,}/), publishedAt, `${title}\n${wire.body}`);
  const names = (v: string[]): string[] => cleanNames(v, meta.siteNames, host);
  // A state outlet's credit line names the story's source (`Source(s): Global Times` on CGTN), not a
  // wire agency; on the outlet's own site (`(People's Daily Online)` on en.people.cn) it is the site's credit.
  const wireCredit = (name: string | null): string | null =>
    name !== null && (agencyByAlias(name)?.kind !== 'outlet' || agencyOf(host)?.name === name) ? name : null;
  // The site's own names, for telling an outlet beside the writer from the site: a JSON-LD publisher
  // that the site's other names and its host do not echo is the outlet whose story this is (a
  // Washington Post story on inquirer.com names the Post), not the site.
  const ownNames =
    meta.publisher &&
    meta.siteNames.length > 1 &&
    !isOwnSite(
      meta.publisher,
      meta.siteNames.filter((n) => n !== meta.publisher),
      host,
    )
      ? meta.siteNames.filter((n) => n !== meta.publisher)
      : meta.siteNames;
  const editors = [
    ...new Set([...(wire.editors.length > 0 ? wire.editors : ruleEditors), ...staff.flatMap((c) => c.editors), ...editorNames(around)]),
  ];
  // Structured and rule bylines first; the visible byline when they name no person. A structured
  // author the page shows as its editor (中新网's meta author holds the 编辑) is no writer.
  let authors = names([...(ruleByline ? [ruleByline] : []), ...meta.authors.filter((a) => !editors.includes(a.trim()))]);
  // A byline element holding only a name (`<div class="author-2">Andhika Prasetyo</div>`) reads as one.
  // The byline above the text first: below it, an author box ("About the author", "More by …")
  // may name other staff. The trailer's byline counts when the header names no one.
  const visibleNames = (): string[] => {
    // An agency among them ("Jan Novák, ČTK", "SID") is dropped by the name check, the writer kept.
    const above = names([...bylineNames(header), ...headerBylineParts()]);
    return above.length > 0 ? above : names(bylineNames(trailer));
  };
  if (authors.length === 0) authors = visibleNames();
  // A one-word structured author ("Andhika": a CMS handle or a given name) gives way to the visible
  // byline's full name that starts with it ("Andhika Prasetyo").
  else if (authors.some((a) => !/[\s\u3000-\u9fff\uac00-\ud7af]/u.test(a))) {
    const visible = visibleNames();
    authors = [
      ...new Set(
        authors.map((a) =>
          /[\s\u3000-\u9fff\uac00-\ud7af]/u.test(a) ? a : (visible.find((v) => v.toLowerCase().startsWith(`${a.toLowerCase()} `)) ?? a),
        ),
      ),
    ];
  }
  if (authors.length === 0) authors = names(meta.referencedAuthors);
  // A Vietnamese story is signed in bold below its text, with no label (vi-signature.ts).
  if (authors.length === 0 && /^vi\b/iu.test(language ?? '')) {
    const signed = viSignature(lines.slice(Math.max(win.lead + 2, tail.last - 3), tail.to).filter((l) => !l.chrome));
    if (signed) authors = names([signed]);
  }
  // A Chinese board's or blog's poster goes by a handle (`楼主：cjy52191`), or owns the blog (`大卫的博客`,
  // `标题_大卫_新浪博客`): the last resort, since neither passes as a person's name.
  if (authors.length === 0 && zhPage && wire.authors.length === 0 && staff.every((c) => c.authors.length === 0)) {
    // A board's post head may sit above the thread's title (the poster's cell, then the title over the post).
    const aboveTitle = lines.slice(Math.max(0, win.from - 3), win.from).map((l) => l.text);
    const poster = zhPosterHandle([...header, ...trailer]) ?? zhPosterHandle(aboveTitle) ?? zhBlogOwner(meta.titles.doc);
    if (poster) authors = [poster];
  }
  const writers = [...new Set([...authors, ...names([...wire.authors, ...staff.flatMap((c) => c.authors)])])];
  // A bare `據法新社報道，` opening the text credits the agency, unless the page signs the story with a
  // writer or desk of its own (`撰文：國際新聞組`, a reporter's byline): then it quotes the agency's report.
  const leadPhrase = writers.length > 0 || header.some((l) => OWN_WRITER.test(l)) ? [] : wire.leadPhrase;
  // A portal's tags for the outlet it carries the story from (Daum, Naver): an agency is credited, another outlet is the source.
  const media = portalMedia(meta.mediaNames, meta.siteNames, host);
  // A standfirst above the generic container opens the text; added after the wire markup was read,
  // so the lead's dateline is still the first paragraph's.
  const opening = raw.slice(0, 1500);
  const dek = via === 'generic' && nodes[0] ? (standfirst(nodes[0], opening) ?? droppedHeaderDek(headerDek, nodes[0], opening)) : null;
  const dekText = dek ? dropFurniture(blockTexts([dek], contentSkip([dek]))).join('\n\n') : '';
  const lead = (text: string): string => (dekText === '' ? text : `${dekText}\n\n${text}`);
  return {
    title: title || '',
    body: lead(options.keepWireMarkup ? blocks.join('\n\n') : wire.body),
    html: sanitizeArticleHtml(dek && dekText !== '' ? [dek, ...nodes] : nodes, url),
    authors: writers,
    // A rule without `agency` is an outlet (China Daily, CGTN): its own stories credit no agency.
    // An abbreviation two agencies share is read as the one of the site's country (`KNA` on a `.ke` site).
    agency: homeAgencies(
      agencySet(
        wireCredit(wire.agency) ?? below?.agency ?? null,
        [...wire.agencies.filter((a) => wireCredit(a) !== null), ...leadPhrase, ...credits.agencies],
        // A structured author naming an outlet with an agency ("Le Figaro avec AFP") credits the agency.
        [
          ...meta.creditNames.flatMap((n) => [n, ...n.split(WITH_AGENCY)]),
          ...bylineAgencies,
          ...sourceMetaAgencies(meta.sourceMetas, agencyOf),
          ...media,
        ],
        // The site's own agency is credited for its own stories, not for one it carries from another
        // outlet: `来源：人民日报` on news.cn is People's Daily's story, not Xinhua's.
        credits.sources.some((x) => !isOwnSite(x, meta.siteNames, host) && agencyOfName(x) === null)
          ? null
          : rule
            ? (rule.agency ?? null)
            : (agencyOf(host)?.name ?? null),
      ),
      pageCountry(host, meta.language),
    ),
    // Credited source lines, and another outlet beside a writer in the structured author ("…, The Washington Post").
    // A Chinese page's source line naming the site itself (`来源：人民网` on people.com.cn) is kept: it says
    // the story is the site's own, which is no wire credit.
    sources: [
      ...new Set([
        ...credits.sources.filter((x) => zhPage || !isOwnSite(x, meta.siteNames, host)),
        ...outletsInAuthors(meta.authors, ownNames, host),
        ...outletsInBylines([...header, ...trailer], ownNames, host),
        ...media.filter((x) => !agencyOfName(x)),
        // An organization as the structured author, other than the site and an agency: the outlet the story comes from.
        ...meta.organizationAuthors.filter(
          (x) => !isOwnSite(x, meta.siteNames, host) && !agencyOfName(x) && !NEWSROOM_NAME.test(x) && !PUBLISHING_GROUP.test(x),
        ),
      ]),
    ],
    dateline:
      wire.dateline ??
      // A Taiwanese portal prints the wire's dateline in the byline box: `中央社／ 台北15日電`.
      slashDateline(header) ??
      (credits.agencies.length > 0
        ? leadDateline(
            lines.slice(win.first, win.lead + 1).map((l) => l.text),
            publishedAt,
          )
        : null) ??
      below?.dateline ??
      null,
    editors,
    site: rule?.site ?? meta.site ?? (host || null),
    language,
    publishedAt,
    publishedPrecision: dates.publishedPrecision,
    timeZoneAssumed: dates.timeZoneAssumed,
    updatedAt: dates.updatedAt,
    canonicalUrl: canonicalUrl(meta.canonical ?? url, url),
    leadImage: meta.image ? canonicalUrl(meta.image, url) : null,
    wordCount: countWords(lead(wire.body)),
    extractor: `${EXTRACTOR_VERSION} ${via}`,
  };
}

/**
 * How the page writes numeric dates, asked only when a date it would read is ambiguous
 * (`05/03/2024`): the page's other numeric dates first, then the site's country and language.
 */
function numericOrder(
  dateLines: readonly string[],
  published: readonly string[],
  lines: readonly PageLine[],
  siteZoneOnly: string | null,
  language: string | null,
): NumericOrder | null {
  if (!dateLines.some(ambiguousNumericDate) && !published.some(ambiguousNumericDate)) return null;
  return orderOnPage(lines.map((l) => l.text)) ?? orderOfSite(siteZoneOnly, language);
}

/**
 * The agencies a page's source metas name: an agency's URL (`https://apnews.com/article/…` in
 * `original-source`) by its domain, a name (`dpa`, `来源：新华社`) as a structured author's is read.
 */
function sourceMetaAgencies(values: readonly string[], agencyOf: (host: string) => Agency | undefined): string[] {
  const out: string[] = [];
  for (const v of values) {
    const host = /^https?:\/\//i.test(v) ? safeHost(v) : null;
    const a = host ? agencyOf(host) : undefined;
    if (a && a.kind !== 'outlet') out.push(a.name);
    else if (!host) out.push(v.replace(/^(?:来源|來源|Source|Quelle|Fuente|Fonte)\s*[:：]\s*/iu, ''));
  }
  return out;
}

/**
 * Every agency credited, the dateline's first: the set an analyst filters on. The site's own
 * agency (a story on apnews.com) counts only when the page credits no one else.
 */
function agencySet(lead: string | null, found: string[], structured: string[], owner: string | null): string[] {
  const fromLd = structured.map(agencyOfName).filter((a): a is string => a !== null);
  const all = [...new Set([...(lead ? [lead] : []), ...found, ...fromLd])];
  return all.length > 0 ? all : owner ? [owner] : [];
}

/** "avec"/"with"/"mit" joining an outlet or writer and the agency in a structured author ("Le Figaro avec AFP"). */
const WITH_AGENCY = /\s+(?:avec|with|mit|con|com)\s+/u;

/** An organization author that names a newsroom or desk, not an outlet ("Redaktion", "Staff", "Editorial Team"). */
const NEWSROOM_NAME =
  /^(?:the\s+)?(?:redaktion|redaction|rédaction|redacción|redação|redazione|redactie|newsroom|news desk|editorial(?: team| staff| board)?|staff|admin|editor|editors|web desk|digital desk|online)$/iu;

/** The company that owns the site ("FUNKE Mediengruppe", "Gannett Co., Inc."): its own publisher, not a source. */
const PUBLISHING_GROUP =
  /\b(?:Mediengruppe|Medienhaus|Verlagsgruppe|Verlag|Media Group|Media Holding|GmbH|AG|Inc|LLC|Ltd|Limited|Holdings?|Publishing|Publications|Corporation|Corp|Group|S\.A|SpA|S\.p\.A|Co)\b\.?/u;

/** Lines read above the headline for a source label (news.cn prints the time, the source and share buttons there). */
const SOURCE_ABOVE = 4;

/** A Chinese writer's label opening a byline line: `撰文：國際新聞組`, `作者：`, `记者 `, `文/`. */
const OWN_WRITER = /^(?:撰文|作者|记者|記者|文)\s*[:：/／\s]/u;

/** A line that names the act of publishing; with a date, the post's own time. */
const POSTED = /发表|發表|发布于|發佈於|posted|published|publié|veröffentlicht|publicado/iu;
/** A line that is a labelled publication date: "Datum 14.03.2023", "Published: 5 May 2024", "发布时间：...". */
const DATE_LABEL =
  /^(?:Datum|Date|Dato|Fecha|Data|Publicado|Publié le|Published|Veröffentlicht|Erschienen|Yayın tarihi|发布时间|发布日期|發佈時間|日期|时间|時間)\s*[:：]?\s*(?:\d|\p{L}{3,9}\.? \d)/iu;

/** The label a picture's credit line starts with. */
const PICTURE_CREDIT =
  /^(?:©|\(c\)|来源|出典|출처|(?:Copyright|Quelle|Quellen|Source|Sources|Fonte|Fuente|Kaynak|Źródło|Zdroj|Forrás|Kilde|Källa|Credit|Credits|Crédit|Bild|Foto|Photo)(?![\p{L}]))/iu;

/**
 * A line without the link of four words or more it ends with: a headline linking to another story
 * (a teaser in a related box), whose closing "(dpa)" credits that story, or a rights link after a
 * credit ("© SZ/KNA/chrk - Rechte am Artikel können Sie hier erwerben"). A byline linking a name or
 * an agency ("By Jane Doe, <a>Associated Press</a>") has a shorter link and is kept whole.
 */
function withoutStoryLink(l: PageLine): string {
  if (!l.el || l.text.length > 300) return l.text;
  // Most lines hold no link: they are returned before any string is built (issue 16).
  const link = lastLinkIn(l.el);
  if (!link) return l.text;
  const last = textOf(link).replace(/\s+/g, ' ').trim();
  if (last.split(' ').length < 4) return l.text;
  const text = l.text.replace(/\s+/g, ' ').trim();
  return text.endsWith(last) ? text.slice(0, text.length - last.length).trim() : l.text;
}

/** The last `<a>` below `root` in document order (root itself not counted), as `findAll(...).at(-1)`. */
function lastLinkIn(root: Element): Element | null {
  const kids = root.children;
  for (let i = kids.length - 1; i >= 0; i--) {
    const c = kids[i]!;
    if (!isElement(c)) continue;
    const inner = lastLinkIn(c);
    if (inner) return inner;
    if (c.name === 'a') return c;
  }
  return null;
}

/** The dateline of a slash byline over the text (`2024-05-15 11:02 中央社／ 台北15日電`). */
function slashDateline(header: readonly string[]): Article['dateline'] {
  for (const line of header) {
    const place = parseZhSlashByline(line)?.place;
    if (place) return { place, date: null, city: canonicalCity(place) };
  }
  return null;
}

/** A dateline at the start of the first text lines when the extracted body did not begin with it. */
function leadDateline(lead: string[], ref: Date | null): Article['dateline'] {
  for (const text of lead) {
    const d = text.length >= 40 ? parseDateline(text, ref) : null;
    if (d && d.agency) return d.dateline;
  }
  return null;
}

/**
 * Lines just above the article text printed as a title: in an element named as one
 * (`<td class="biaoti">`, `<div class="postTitle">`), in a heading (`<h2>` of a blog post), or
 * wholly bold or enlarged (`<b><font size="3">` on old portal templates).
 */
function styledLines(lines: readonly PageLine[], win: { from: number; first: number }): string[] {
  const out: string[] = [];
  for (let i = win.first - 1; i >= Math.max(0, win.first - 30); i--) {
    const line = lines[i]!;
    const el = line.el;
    if (!el) continue;
    const named =
      /title|headline|heading|biaoti|(^|[^a-z])bt([^a-z]|$)/i.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`) &&
      !/sub|site|logo|nav|menu/i.test(el.attribs['class'] ?? '');
    if (named || /^h[2-4]$/.test(el.name) || emphasised(el, line.text)) out.push(line.text);
  }
  return out;
}

/** The line's whole text sits in one bold or enlarged inline element. */
function emphasised(el: Element, text: string): boolean {
  if (text.length > 120) return false;
  const stack: AnyNode[] = [];
  pushAll(stack, el.children);
  for (let n = 0; stack.length > 0 && n < 40; n++) {
    const c = stack.pop()!;
    if (!isElement(c) || BLOCK_TAG.test(c.name)) continue;
    if ((c.name === 'b' || c.name === 'strong' || (c.name === 'font' && Number(c.attribs['size'] ?? 0) >= 3)) && textOf(c) === text)
      return true;
    pushAll(stack, c.children);
  }
  return false;
}

const BLOCK_TAG = /^(?:p|div|table|tr|td|ul|ol|li|section|article)$/;

// Ranges as one unsigned compare each, `(c - lo) >>> 0 <= hi - lo`: with `c >= lo && c <= hi`
// the second compare has no type feedback in a fresh process until some text reaches it, and
// the first CJK character then deopts countWords' compiled code (see src/normalize/letter-or-digit.ts).
const isCjk = (c: number): boolean =>
  (c - 0x3040) >>> 0 <= 0x30ff - 0x3040 || (c - 0x4e00) >>> 0 <= 0x9fff - 0x4e00 || (c - 0xac00) >>> 0 <= 0xd7af - 0xac00;

/**
 * Words of Latin/Cyrillic text plus one per CJK character (CJK has no spaces): the runs of
 * letters and digits (code points) with CJK characters counted apart, in one pass without
 * building the matches.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  // One count and one store per character, whatever it is: in a fresh process the loop is
  // compiled while a rarer path (the first CJK character, a surrogate pair) has not run yet, and
  // an operation that had never run is a deopt of the compiled loop when it first does.
  for (let i = 0; i < text.length; i++) {
    // codePointAt pairs surrogates as a hand-written decode would, without its branches.
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 1 : 0;
    // A CJK character is a word of its own and ends a run.
    const cjk = isCjk(cp);
    const letter = !cjk && isLetterOrDigit(cp);
    if (cjk || (letter && !inWord)) n++;
    inWord = letter;
  }
  return n;
}

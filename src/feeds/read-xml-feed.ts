/**
 * Element tree -> Feed for RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and CDF-like `<channel>` roots.
 * One reader for all of them, as feedparser does: each field is a priority list of elements, so a
 * feed that mixes vocabularies (RSS with atom:link, dc:date, content:encoded) is read in full.
 */
import type { Enclosure, Feed, FeedItem } from '../domain.js';
import { decodeEntities } from './entities.js';
import { first, kids, resolveUrl, textOf } from './node-text.js';
import { feedPlace, parseFeedDate } from './parse-date.js';
import type { XmlNode, XmlTree } from './xml-tree.js';

/** An item before identity is assigned (parseFeed gives every item a stable id). */
export type RawItem = Omit<FeedItem, 'id' | 'key'> & { id?: string | undefined; key?: string | undefined };
export type RawFeed = Omit<Feed, 'items'> & { items: RawItem[] };

const ITEM_KEYS = new Set(['item', 'atom:entry', 'entry']);
/**
 * Elements that identify an item (title, link, id, dates): an item cut off inside one of them is
 * dropped. Cut off inside anything else (its description or content, a media:group, an author,
 * a category) it keeps its complete fields without the cut one, as feedparser keeps them.
 */
const IDENTIFYING_KEYS = new Set([
  'title', 'atom:title', 'dc:title', 'link', 'atom:link', 'guid', 'atom:id', 'id', 'dc:identifier',
  'pubdate', 'dc:date', 'atom:published', 'atom:updated', 'atom:issued', 'atom:modified', 'atom:created', 'dcterms:modified', 'dcterms:issued', 'dcterms:created', 'published', 'updated', 'issued', 'modified',
]);
/**
 * Elements that hold an item's summary; with no content element, the second of them is the content
 * (RSS `description`, bare or Atom `summary`, `dc:description`, `itunes:summary`: feedparser reads
 * them as one summary element). `media:description` is a caption, never the story's content.
 */
const CONTENT_KEYS = new Set(['content:encoded', 'atom:content', 'xhtml:body', 'content', 'body', 'fullitem', 'atom:body', 'atom:fullitem']);
const SUMMARY_LIKE = new Set(['description', 'atom:description', 'summary', 'atom:summary', 'dc:description', 'itunes:summary']);
/** A relative reference with a path, query or fragment: `/a`, `./a`, `../a`, `//host/a`, `a/b`, `?p=1`, `#x`. */
const RELATIVE_REF = /^(\.{0,2}\/|[?#]|[^\s:/?#]+\/)/;
/** Elements that hold one category each (term, text or content). */
const CATEGORY_KEYS = new Set(['category', 'atom:category', 'dc:subject', 'itunes:category', 'media:category', 'keywords', 'atom:keywords']);
/** Elements that identify an item (`dc:identifier` only when none of these is there). */
const ID_KEYS = ['guid', 'atom:id', 'atom:guid', 'id'];
/** An RSS guid is a permalink unless isPermaLink="false"; an Atom id is an IRI. */
const isPermalink = (n: XmlNode) => n.key !== 'guid' || (n.attrs['ispermalink'] ?? 'true').trim().toLowerCase() !== 'false';
/** One field each in feedparser (`published`, `updated`): of several, the last is the date. */
const PUBLISHED_KEYS = ['pubdate', 'atom:published', 'atom:issued', 'published', 'issued', 'atom:pubdate', 'dcterms:issued'];
const UPDATED_KEYS = ['lastbuilddate', 'atom:updated', 'atom:modified', 'dc:date', 'dcterms:modified', 'updated', 'modified', 'atom:lastbuilddate'];
const TITLE_KEYS = new Set(['title', 'atom:title', 'dc:title']);
const SY_PERIOD: Record<string, number> = { hourly: 3600, daily: 86_400, weekly: 604_800, monthly: 2_592_000, yearly: 31_536_000 };

class Reader {
  /** Where the feed is from, as a zone (PLACE_ZONES in parse-date.ts): picks what CST or IST means. */
  place: string | undefined;

  constructor(
    readonly src: string,
    readonly warnings: string[],
    readonly timeZone: string | undefined,
  ) {
    this.place = timeZone;
  }

  text(node: XmlNode, ...keys: string[]): string | undefined {
    return textOf(first(node, this.src, ...keys), this.src) || undefined;
  }

  /**
   * The date of one field: of its elements (`pubDate`, `atom:published`, ...), the last one in
   * document order that parses. feedparser stores each under the same key, so a later one
   * replaces an earlier one (`pubDate` then `atom:published` gives the latter); one that does not
   * parse leaves the earlier date rather than none.
   */
  date(node: XmlNode, where: string, ...keys: string[]): Date | undefined {
    let out: Date | undefined;
    for (const c of node.children) {
      if (!keys.includes(c.key)) continue;
      const raw = c.text.trim();
      if (!raw) continue;
      const parsed = parseFeedDate(raw, this.timeZone, this.place);
      if (!parsed) {
        this.warnings.push(`feeds: unparseable date ${JSON.stringify(raw.slice(0, 60))} in ${where} <${c.key}>`);
        continue;
      }
      if (parsed.assumedZone) this.warnings.push(`feeds: date ${JSON.stringify(raw)} in ${where} has no zone, ${this.timeZone ?? 'UTC'} assumed`);
      out = parsed.date;
    }
    return out;
  }

  /**
   * An item's or channel's title: the first of `title` / `atom:title` / `dc:title` in document
   * order (feedparser keeps the first title it meets and ignores later ones, unlike other fields);
   * `media:title` only when there is none.
   */
  title(node: XmlNode): string | undefined {
    return textOf(firstOf(node, TITLE_KEYS), this.src) || this.text(node, 'media:title') || this.mediaGroupText(node, 'media:title');
  }

  /**
   * The page link: an RSS `<link>` text or an Atom `<link rel="alternate">` of an HTML type, the
   * last of them in document order (feedparser stores each as the link, so `<link>` then an
   * `<atom:link href>` gives the latter, and of two `<link>`s the second), resolved.
   */
  link(node: XmlNode, fallbackBase: string | undefined): string | undefined {
    // Atom (RFC 4287 4.2.7.2): a link without rel is rel="alternate". The page is an alternate of
    // an HTML type (text/html when none is given); enclosure, related, self, replies and links to
    // other feeds are not it.
    const rel = (l: XmlNode) => (l.attrs['rel'] ?? 'alternate').trim().toLowerCase();
    const html = (l: XmlNode) => /^(text\/html|application\/xhtml\+xml|html|xhtml)$/i.test((l.attrs['type'] ?? 'text/html').trim());
    const isText = (l: XmlNode) => l.attrs['href'] === undefined && l.children.length === 0 && /\S/.test(l.text);
    const pick = kids(node, 'link', 'atom:link')
      .filter((l) => isText(l) || (!!l.attrs['href']?.trim() && rel(l) === 'alternate' && html(l)))
      .pop();
    if (!pick) return undefined;
    return isText(pick) ? resolveUrl(pick.text, pick, fallbackBase) : resolveUrl(pick.attrs['href'], pick, fallbackBase);
  }

  /**
   * A guid's or id's value. An atom:id is an IRI (RFC 4287 4.2.6), and an RSS guid is a permalink
   * URL unless isPermaLink="false" (RSS 2.0): one written as a relative reference with a path,
   * query or fragment (`/e/1`, `e/1`, `../e/1`, `//host/e/1`, `?p=1`) is resolved like a link, as
   * feedparser does. Opaque tokens ("12345", "post-9") stay as written (feedparser resolves those
   * too, inventing an article URL), and so does any guid marked isPermaLink="false".
   */
  idValue(guid: XmlNode): string | undefined {
    const id = textOf(guid, this.src);
    return isPermalink(guid) && id && RELATIVE_REF.test(id) ? resolveUrl(id, guid) : id || undefined;
  }

  sourceAuthor(node: XmlNode): string | undefined {
    const source = kids(node, 'atom:source')[0];
    return source && this.author(source);
  }

  /**
   * Media RSS: `<media:group><media:description>` (or `media:title`) when the item has none of its
   * own, else one inside a `<media:content>` (Flickr- and Vimeo-style items title the video there;
   * feedparser reads a media:title anywhere in the item).
   */
  mediaGroupText(node: XmlNode, key: 'media:description' | 'media:title'): string | undefined {
    for (const g of kids(node, 'media:group', 'media:content')) {
      const t = this.text(g, key);
      if (t) return t;
    }
    return undefined;
  }

  /**
   * The author: the last of the author elements in document order (feedparser stores each as the
   * author: `author` then `dc:creator` gives the latter, of two Atom authors the second);
   * contributors only when there is none.
   */
  author(node: XmlNode): string | undefined {
    const person =
      lastOf(node, ['atom:author', 'author', 'dc:creator', 'dc:author', 'itunes:author', 'managingeditor', 'atom:managingeditor']) ??
      first(node, this.src, 'atom:contributor', 'dc:contributor');
    if (!person) return undefined;
    if (person.children.length > 0) {
      const name = first(person, this.src, 'atom:name', 'name');
      const email = this.text(person, 'atom:email', 'email');
      if (name) return plainName(name, this.src);
      // An RSS author string with inline markup (`<b>Jane</b> Doe`) rather than Atom person parts.
      return email ?? (kids(person, 'atom:uri', 'uri').length ? undefined : personName(plainName(person, this.src) ?? ''));
    }
    return personName(person.text);
  }

  categories(node: XmlNode): string[] {
    const out: string[] = [];
    // One entry per distinct (term, scheme), as feedparser keeps tags: the same word under two
    // taxonomies is two categories.
    const seen = new Set<string>();
    const add = (v: string, scheme = '') => {
      const t = v.trim();
      const key = `${t}\u0000${scheme.trim()}`;
      if (t && !seen.has(key)) {
        seen.add(key);
        out.push(t);
      }
    };
    // A free-form `<tags>a, b</tags>` element (del.icio.us-style) comes first, as feedparser reads it.
    for (const t of kids(node, 'tags')) textOf(t, this.src).split(',').forEach((v) => add(v));
    // The rest in document order, as feedparser lists them (`<itunes:keywords>` before an
    // `<itunes:category>` gives the keywords first).
    for (const c of node.children) {
      if (CATEGORY_KEYS.has(c.key)) {
        // A category's term is its own character data: markup inside one (`<b>x</b>`, an
        // `<rdf:Bag>` of `dc:subject`s) is no part of it, as feedparser reads it (escaped or CDATA
        // markup is text, and stays).
        const term = c.attrs['term'] ?? c.attrs['text'] ?? (c.children.length > 0 ? c.text : textOf(c, this.src));
        add(term, c.attrs['domain'] ?? c.attrs['scheme'] ?? '');
        // iTunes subcategories nest: <itunes:category text="News"><itunes:category text="Politics"/>.
        for (const sub of kids(c, 'itunes:category')) add(sub.attrs['text'] ?? '');
      } else if (c.key === 'itunes:keywords' || c.key === 'media:keywords') {
        // iTunes and Media RSS keywords are one comma-separated list each.
        textOf(c, this.src)
          .split(',')
          .forEach((v) => add(v));
      }
    }
    return out;
  }

  enclosures(node: XmlNode, base: string | undefined): Enclosure[] {
    const out: Enclosure[] = [];
    const add = (n: XmlNode, href: string | undefined, defaultType?: string) => {
      const url = resolveUrl(href, n, base);
      if (!url || out.some((e) => e.url === url)) return;
      // A byte count: digits, maybe with thousands separators (`1,234`); `12 MB` or `-1` is none.
      const digits = (n.attrs['length'] ?? '').trim().replace(/(?<=\d)[,.\s](?=\d{3}(?:\D|$))/g, '');
      // Media types are case-insensitive (RFC 2045); feedparser lower-cases every `type` value.
      const type = n.attrs['type'] === undefined ? defaultType : n.attrs['type'].trim().toLowerCase() || undefined;
      out.push({ url, type, length: /^\d{1,15}$/.test(digits) ? Number(digits) : undefined });
    };
    // `atom:enclosure`: an RSS <enclosure> written inside an Atom entry (feedparser reads the names as one vocabulary).
    for (const e of kids(node, 'enclosure', 'atom:enclosure')) add(e, e.attrs['url'] ?? e.attrs['href'] ?? e.attrs['rdf:resource']);
    // An Atom link's type defaults to text/html (feedparser gives every link but `self` that type,
    // an enclosure link too); an RSS <enclosure> without one has none.
    for (const l of kids(node, 'atom:link', 'link')) if ((l.attrs['rel'] ?? '').trim().toLowerCase() === 'enclosure') add(l, l.attrs['href'], 'text/html');
    return out;
  }

  /**
   * Summary and content. RSS puts the teaser in `description` (or `summary`) and the full text in
   * `content:encoded` / `xhtml:body`; with no content element, a second description or summary is
   * the content (feedparser's documented precedence).
   */
  bodies(node: XmlNode): { summary: string | undefined; content: string | undefined } {
    // In document order, as feedparser reads them: the first content element is the content; a
    // summary-like element after a summary is the content while there is none yet, and otherwise
    // replaces the summary (`description`, `content:encoded`, `itunes:summary`: the last is the
    // summary). Unlike feedparser, a real content element is the content even after a second
    // summary-like one (feedparser lists that summary first: an `itunes:summary` over the full text).
    let summary: XmlNode | undefined, content: XmlNode | undefined, second: XmlNode | undefined;
    // An XHTML body before any summary: feedparser copies it to the summary, so a summary-like
    // element after it is a second content and the body stays the summary too.
    let bodyAsSummary: XmlNode | undefined;
    let hasContent = false;
    for (const c of node.children) {
      if (!hasValue(c)) continue;
      if (CONTENT_KEYS.has(c.key)) {
        content ??= c;
        // An XHTML body is content without counting as one (feedparser's hasContent).
        if (c.key !== 'xhtml:body' && c.key !== 'body' && c.key !== 'atom:body') hasContent = true;
        else if (!summary) bodyAsSummary ??= c;
      } else if (SUMMARY_LIKE.has(c.key)) {
        if ((summary || bodyAsSummary) && !hasContent) {
          second ??= c;
          hasContent = true;
          summary ??= bodyAsSummary;
        } else summary = c;
      }
    }
    const text = (n: XmlNode | undefined) => (n ? textOf(n, this.src) || undefined : undefined);
    return {
      summary: text(summary) ?? this.text(node, 'abstract', 'atom:abstract', 'media:description') ?? this.mediaGroupText(node, 'media:description'),
      content: text(content ?? second),
    };
  }

  item(node: XmlNode, index: number, channelLink: string | undefined, feedAuthor: string | undefined): RawItem {
    const where = `item ${index + 1}`;
    const atom = node.key === 'atom:entry';
    // RSS 1.0 (RDF): the item's rdf:about URI identifies it before a dc:identifier (which may be an
    // ISBN, a DOI, a local number), as feedparser reads it.
    const about = node.attrs['rdf:about']?.trim() || undefined;
    // Of several guids / ids the last is the id (feedparser stores each under the same key).
    const guid = lastOf(node, ID_KEYS) ?? (about ? undefined : first(node, this.src, 'dc:identifier'));
    // RSS 1.0 (RDF): an item without a guid is identified by its rdf:about URI.
    const id = (guid && this.idValue(guid)) || about;
    // CDF (Microsoft Channel Definition Format) puts the link in an HREF attribute.
    let link = this.link(node, channelLink) ?? resolveUrl(node.attrs['href'], node, channelLink);
    // RSS 2.0: a guid is a permalink unless isPermaLink="false"; feedparser uses it as the link,
    // and an Atom id that is an http(s) URL likewise: the first such one, as feedparser sets the
    // link only while there is none. Non-URL ids are never links.
    if (!link) {
      const perma = guid?.key === 'dc:identifier' ? guid : kids(node, ...ID_KEYS).find((n) => hasValue(n) && isPermalink(n));
      const value = perma && this.idValue(perma);
      if (value && /^https?:\/\//i.test(value)) link = value;
    }
    // The creation date stands in only for a missing publication date (feedparser keeps it apart).
    const published = this.date(node, where, ...PUBLISHED_KEYS) ?? this.date(node, where, 'dcterms:created', 'atom:created');
    const item: RawItem = {
      title: this.title(node),
      link,
      id,
      // Set by parseFeed (unique within the parse); here to keep the fields' order.
      key: undefined,
      published,
      updated: this.date(node, where, ...UPDATED_KEYS) ?? this.attrDate(node, where, 'lastmod'),
      // RFC 4287 section 4.2.1: an Atom entry without an author has its source's, else the feed's.
      author: this.author(node) ?? (atom ? (this.sourceAuthor(node) ?? feedAuthor) : undefined),
      categories: this.categories(node),
      // Placeholders that keep the fields' order; withLazyBodies makes them read on demand.
      summary: undefined,
      content: undefined,
      enclosures: this.enclosures(node, channelLink),
    };
    return this.withLazyBodies(item, node);
  }

  /**
   * `summary` and `content` as properties computed on first read (then kept): re-serializing an
   * item's HTML is most of a full-text feed's parse time (htmlFragment), and the poll stage reads
   * only identity, link, title and dates. Anyone who reads them gets exactly what `bodies` gives.
   * Until then the item holds the element tree and the source text. (Object spread reads them:
   * copy items with care, see parse-feed.ts assignIds.)
   */
  withLazyBodies(item: RawItem, node: XmlNode): RawItem {
    let read: { summary: string | undefined; content: string | undefined } | undefined;
    for (const key of ['summary', 'content'] as const) {
      Object.defineProperty(item, key, {
        get: () => (read ??= this.bodies(node))[key],
        set: (value: string | undefined) => Object.defineProperty(item, key, { value, writable: true, enumerable: true, configurable: true }),
        enumerable: true,
        configurable: true,
      });
    }
    return item;
  }

  /** A date in an attribute (CDF's `LASTMOD`). */
  attrDate(node: XmlNode, where: string, attr: string): Date | undefined {
    const raw = node.attrs[attr]?.trim();
    if (!raw) return undefined;
    const parsed = parseFeedDate(raw, this.timeZone, this.place);
    if (!parsed) this.warnings.push(`feeds: unparseable date ${JSON.stringify(raw.slice(0, 60))} in ${where} @${attr}`);
    return parsed?.date;
  }
}

const hasValue = (c: XmlNode) => c.children.length > 0 || /\S/.test(c.text);

/** The first child in document order whose key is in `keys` and that has a value. */
function firstOf(node: XmlNode, keys: ReadonlySet<string> | readonly string[]): XmlNode | undefined {
  const has = (k: string) => (Array.isArray(keys) ? keys.includes(k) : (keys as ReadonlySet<string>).has(k));
  return node.children.find((c) => has(c.key) && hasValue(c));
}

/** The channel elements feedparser stores as the feed's `subtitle`. */
const SUBTITLE_KEYS = new Set(['description', 'atom:subtitle', 'atom:tagline', 'subtitle', 'tagline', 'dc:description', 'itunes:subtitle']);
/** Channel elements feedparser stores as the feed's `summary` (a podcast's `itunes:summary`). */
const CHANNEL_SUMMARY_KEYS = new Set(['itunes:summary', 'summary', 'atom:summary']);

/**
 * The feed's subtitle element: the last of SUBTITLE_KEYS, except that a description after a channel
 * summary (`itunes:summary` then `description`, as podcast feeds write both) is no subtitle while
 * the channel has no content yet: feedparser makes that description the channel's content.
 */
function subtitleOf(channel: XmlNode): XmlNode | undefined {
  let pick: XmlNode | undefined;
  let summary = false;
  let hasContent = false;
  for (const c of channel.children) {
    if (!hasValue(c)) continue;
    if (CHANNEL_SUMMARY_KEYS.has(c.key)) summary = true;
    else if (c.key === 'content:encoded' || c.key === 'fullitem') hasContent = true;
    else if (SUBTITLE_KEYS.has(c.key)) {
      if (summary && !hasContent && (c.key === 'description' || c.key === 'dc:description')) hasContent = true;
      else pick = c;
    }
  }
  return pick;
}

/** The last child in document order whose key is in `keys` and that has a value. */
function lastOf(node: XmlNode, keys: readonly string[]): XmlNode | undefined {
  return node.children.findLast((c) => keys.includes(c.key) && hasValue(c));
}

/** A header or xml:lang tag written `en_US` (the Java/POSIX form) in BCP 47 form (`en-US`); the first of a list. */
export function languageTag(lang: string | undefined): string | undefined {
  const first = lang?.split(',')[0]?.trim();
  return first ? first.replace(/_/g, '-') : undefined;
}

const EMAIL = /[\w.+-]+@(?:\[\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\]|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?:\?subject=\S+)?/;

/**
 * The person's name out of an RSS author string: `Name <email>`, `Name (email)` and
 * `email (Name)` all give `Name` (feedparser's author_detail.name); a bare email stays itself.
 */
export function personName(raw: string): string | undefined {
  const text = raw.trim();
  const email = EMAIL.exec(text)?.[0];
  if (!email) return text || undefined;
  const name = text
    .replace(email, '')
    .replace(/\(\s*\)|<\s*>|\[\s*\]|mailto:/gi, '')
    .trim()
    // `(Jane Doe)` around the name; `(Jane Doe) (staff)` keeps its second group.
    .replace(/^\(([^()]*)\)/, '$1')
    .replace(/^\(\s*(?=[^()]*$)|(?<=^[^()]*)\s*\)$/g, '')
    .replace(/^[\s,;:>)\]-]+|[\s,;:<([-]+$/g, '')
    .trim();
  return name || email;
}

/** A person's name as plain text: markup inside it (`<b>Jane</b> Doe`) dropped, references decoded. */
function plainName(node: XmlNode, src: string): string | undefined {
  const value = textOf(node, src);
  if (node.children.length === 0) return value || undefined;
  const text = decodeEntities(value.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * Elements whose value is their child elements, not their text: cut off inside one of them, the
 * children that were complete (a media:group's description before a cut media:community) are kept.
 */
const CONTAINER_KEYS = new Set(['media:group', 'media:content', 'atom:source', 'source', 'atom:author', 'author', 'atom:contributor', 'itunes:owner']);

/** Removes the elements the input ended inside, keeping the complete children of a cut container. */
function pruneCut(node: XmlNode): void {
  node.children = node.children.filter((c) => !c.truncated || (CONTAINER_KEYS.has(c.key) && c.children.length > 0));
  for (const c of node.children) if (c.truncated) pruneCut(c);
}

/** Items anywhere below the root (RSS 0.9x/1.0 put them beside the channel), not nested in items. */
function findItems(root: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const todo: XmlNode[] = [root];
  while (todo.length) {
    const n = todo.pop() as XmlNode;
    if (n !== root && ITEM_KEYS.has(n.key)) {
      out.push(n);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i] as XmlNode);
  }
  return out;
}

function minPoll(channel: XmlNode, src: string): number | undefined {
  const ttl = Number.parseInt(textOf(first(channel, src, 'ttl'), src), 10);
  const period = SY_PERIOD[textOf(first(channel, src, 'sy:updateperiod'), src).toLowerCase()];
  const freq = Number.parseInt(textOf(first(channel, src, 'sy:updatefrequency'), src), 10) || 1;
  const candidates = [ttl > 0 ? ttl * 60 : 0, period ? Math.round(period / Math.max(1, freq)) : 0];
  const best = Math.max(...candidates);
  return best > 0 ? best : undefined;
}

/** Reads a feed out of its element tree. The caller has checked the root is a feed. */
export function readXmlFeed(tree: XmlTree, src: string, timeZone?: string, url?: string): RawFeed {
  const warnings: string[] = [];
  const r = new Reader(src, warnings, timeZone);
  const root = tree.root;
  const channel = root.key === 'channel' ? root : (root.children.find((c) => c.key === 'channel') ?? root);
  // A language element as written; else xml:lang (or a bare lang attribute) on the document
  // element, `en_US` -> `en-US` (feedparser normalizes only the attribute and the HTTP header).
  // Of several language elements the last (feedparser stores each under one key).
  const language = textOf(lastOf(channel, ['language', 'dc:language', 'atom:language']), src) || languageTag(channel.lang ?? root.lang ?? root.attrs['lang']);
  r.place = timeZone ?? feedPlace(url, language);
  const link = r.link(channel, undefined) ?? resolveUrl(channel.attrs['href'], channel);
  // An Atom feed with no alternate link: an http(s) feed id stands in, as for entries (feedparser
  // does the same). It is not the base for the entries' relative links: it identifies the feed,
  // it is not the feed's address.
  const feedId = root.key === 'atom:feed' && !link ? r.text(channel, 'atom:id') : undefined;
  const found = findItems(root);
  // A truncated feed yields the items before the break. An item cut off inside a field that
  // identifies it (link, guid, title, date) would be half a story (a cut URL, a cut title) and is
  // dropped; one cut off inside any other field (its description or content, where an
  // unterminated CDATA section swallows the rest of the document, a media:group, an author)
  // keeps its complete fields without the cut one, and one cut off before its </item> is complete.
  const whole = found.filter((n) => !n.truncated || !n.children.some((c) => c.truncated && IDENTIFYING_KEYS.has(c.key)));
  // The cut text itself is not kept (it would be stored as if whole).
  for (const n of whole) if (n.truncated) pruneCut(n);
  if (whole.length < found.length) warnings.push(`feeds: input ends inside an item; ${found.length - whole.length} unfinished item dropped`);
  const feedAuthor = tree.root.key === 'atom:feed' ? r.author(channel) : undefined;
  const items = whole.map((n, i) => r.item(n, i, link, feedAuthor));
  return {
    title: textOf(firstOf(channel, TITLE_KEYS), src) || r.text(channel, 'media:title'),
    link: link ?? (feedId && /^https?:\/\//i.test(feedId) ? feedId : undefined),
    // feedparser's `subtitle`: the last of its elements (a trailing `itunes:subtitle` replaces the description).
    description:
      textOf(subtitleOf(channel), src) ||
      r.text(channel, 'itunes:summary', 'abstract', 'atom:description', 'atom:abstract', 'media:description'),
    language,
    updated: r.date(channel, 'channel', ...UPDATED_KEYS) ?? r.date(channel, 'channel', ...PUBLISHED_KEYS) ?? r.attrDate(channel, 'channel', 'lastmod'),
    minPollSeconds: minPoll(channel, src),
    items,
    warnings,
  };
}

/**
 * Small DOM helpers over domhandler nodes (what cheerio's htmlparser2 mode builds). The
 * extractor walks raw nodes instead of cheerio wrappers: it is several times faster on the
 * 100k-node pages news sites serve.
 */
import { load } from 'cheerio/slim';
import { DomHandler, Parser, Tokenizer } from 'htmlparser2';
import { Element as DomElement } from 'domhandler';
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { collapseSpaces, isSpace } from '../normalize/spaces.js';

/** Deeper markup is cut off: every later walk is recursive, and real articles nest < 60 levels. */
export const MAX_DEPTH = 200;

// Ranges are tested as one unsigned compare, `(c - lo) >>> 0 <= hi - lo` (below lo wraps past
// hi), not `c >= lo && c <= hi`: the second compare of the latter runs only for c >= lo, so in a
// fresh process it often has no type feedback yet when TurboFan compiles the loop, and the first
// such character deopts the compiled code ('Insufficient type feedback for compare operation'),
// which is then compiled again (issue 16, warm-up).
function isNameChar(c: number): boolean {
  return (c - 97) >>> 0 <= 122 - 97 || (c - 65) >>> 0 <= 90 - 65 || (c - 48) >>> 0 <= 57 - 48 || c === 45;
}

/**
 * Codes of the tag-name characters (isNameChar) in a 6-bit alphabet: a-z 1..26, A-Z as a-z,
 * 0-9 27..36, '-' 37. A table, not a chain of tests: upper-case tag names are rare, and the
 * chain's branch for them had no type feedback in a fresh process, a deopt when first taken.
 */
const NAME_CODES = new Uint8Array(128);
for (let c = 97; c <= 122; c++) NAME_CODES[c] = NAME_CODES[c - 32] = c - 96;
for (let c = 48; c <= 57; c++) NAME_CODES[c] = c - 21;
NAME_CODES[45] = 37;

/** Code of a tag-name character (one of isNameChar's) in a 6-bit alphabet (a-z and A-Z alike, digits, '-'). */
const nameCode = (c: number): number => NAME_CODES[c]!;

const MAX_KEYED = 5;
const keyOf = (name: string): number => {
  let k = 0;
  for (let i = 0; i < name.length; i++) k = k * 64 + nameCode(name.charCodeAt(i));
  return k;
};
/** Lower-cased names up to MAX_KEYED chars by their number (64^5 fits a small integer). */
const SHORT_NAMES = new Map<number, string>();

/**
 * The lower-cased tag name at html[start, end) (name characters only). The short names most
 * tags have (div, a, span, p, li) come from a table by a number computed from the characters,
 * so the parser allocates no string per tag.
 */
function tagName(html: string, start: number, end: number): string {
  if (end - start > MAX_KEYED) return html.slice(start, end).toLowerCase();
  let k = 0;
  for (let i = start; i < end; i++) k = k * 64 + nameCode(html.charCodeAt(i));
  let name = SHORT_NAMES.get(k);
  if (name === undefined) {
    name = html.slice(start, end).toLowerCase();
    // Bounded: 38^5 possible names, but only as many as the pages use; cap it all the same.
    if (SHORT_NAMES.size < 10_000) SHORT_NAMES.set(keyOf(name), name);
  }
  return name;
}

/** The tokenizer's fields fastForwardTo reads (private in htmlparser2's typings). */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
}

/**
 * htmlparser2's Tokenizer with its fastForwardTo (the skip through script, style and comment
 * contents to the next `<` or `-`) done by String#indexOf instead of a charCodeAt loop: the
 * same stop, ~10% less parse CPU on the dev pages, whose markup is ~40% inline script.
 */
class SkippingTokenizer extends Tokenizer {
  // nextAmp's memo (AmpState), declared so that every tokenizer has one hidden class from its
  // construction: added by the first text run instead, they changed the tokenizer's map early in
  // each page's parse, and the code TurboFan had compiled for the other map deopted ('wrong map').
  wlAmpIn = '';
  wlAmpFrom = 0;
  wlAmp = -1;
}
Object.defineProperty(SkippingTokenizer.prototype, 'fastForwardTo', {
  value: function fastForwardTo(this: TokenizerState, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    // As the original: parse() increments the index after the state call.
    this.index = this.buffer.length + this.offset - 1;
    return false;
  },
});
const tokenizerBase = Tokenizer.prototype as unknown as Record<string, (...a: unknown[]) => void>;
/** The parser field the tokenizer reads to tell a kept attribute's value from a dropped one's. */
interface ParserKeep {
  wlKeep: boolean;
}

/** Tokenizer fields of the `&` search below (its own, not htmlparser2's; see SkippingTokenizer). */
interface AmpState extends TokenizerState {
  /** The buffer the last search ran in ('' before the first). */
  wlAmpIn: string;
  wlAmpFrom: number;
  /** Where it found a `&` (-1 before the first search). */
  wlAmp: number;
}

/**
 * Position in the buffer of the first `&` at or after `from` (the buffer's length if none). The
 * last answer, for a search from wlAmpFrom, stands for any `from` between that and the `&` it
 * found: one indexOf per `&` of the page instead of a search per text run or attribute value,
 * each of which could read on to the end of a page without one.
 */
function nextAmp(t: AmpState, buf: string, from: number): number {
  let at = t.wlAmp;
  if (t.wlAmpIn !== buf || at < from || t.wlAmpFrom > from) {
    at = buf.indexOf('&', from);
    if (at < 0) at = buf.length;
    t.wlAmpIn = buf;
    t.wlAmpFrom = from;
    t.wlAmp = at;
  }
  return at;
}

/**
 * Plain text runs to the next `<` or `&`, found by indexOf: the tokenizer's own Text state does
 * nothing for any other character but costs a dispatch of its parse loop per character.
 */
Object.defineProperty(SkippingTokenizer.prototype, 'stateText', {
  value: function stateText(this: AmpState, c: number): void {
    if (c === 60 || c === 38) return tokenizerBase['stateText']!.call(this, c);
    const buf = this.buffer;
    const from = this.index + 1 - this.offset;
    const lt = buf.indexOf('<', from);
    const j = Math.min(lt < 0 ? buf.length : lt, nextAmp(this, buf, from));
    // As fastForwardTo: parse() increments the index after the state call.
    this.index = j - 1 + this.offset;
  },
});

/**
 * A quoted attribute value runs to its quote (or `&`, where an entity starts), found by indexOf
 * as text is. A dropped attribute's value (see READ_ATTRIBUTES) skips its entities too: an
 * entity never holds a quote, so the value ends where it would, and nothing of it is kept.
 */
Object.defineProperty(SkippingTokenizer.prototype, 'handleInAttributeValue', {
  value: function handleInAttributeValue(this: AmpState & { cbs: ParserKeep }, c: number, quote: number): void {
    const keep = this.cbs.wlKeep !== false;
    if (c === quote || (keep && c === 38)) return tokenizerBase['handleInAttributeValue']!.call(this, c, quote);
    const buf = this.buffer;
    const from = this.index + 1 - this.offset;
    const q = buf.indexOf(quote === 34 ? '"' : "'", from);
    let j = q < 0 ? buf.length : q;
    if (keep) j = Math.min(j, nextAmp(this, buf, from));
    this.index = j - 1 + this.offset;
  },
});

const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * The attributes the extractor reads (src/extract, site rules' selectors included); the parser
 * drops all others. Pages carry dozens of data-*, style, srcset and tracking attributes per
 * element: building their strings and attribs objects was a fifth of the parse CPU. A new
 * attribute read must be added here: test/unit/extract/dom-parse.test.ts checks the sources and
 * the site rules against this list.
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'id',
  'href',
  'type',
  'size',
  'rel',
  'itemprop',
  'itemtype',
  'datetime',
  // hAtom's `<abbr class="published" title="…">` (page-metadata.ts); kept on <abbr> only.
  'title',
  'lang',
  'xml:lang',
  'property',
  'name',
  'http-equiv',
  'content',
  'role',
  'aria-modal',
  'aria-hidden',
  'hidden',
  'style',
  'data-testid',
  'data-type',
]);

/** Whether the parser keeps attribute `name` on a `tag` element: READ_ATTRIBUTES, `title` on <abbr> only. */
export function keepsAttribute(tag: string, name: string): boolean {
  return READ_ATTRIBUTES.has(name) && (name !== 'title' || tag === 'abbr');
}

/** READ_ATTRIBUTES by name length, for the match on the raw markup below. */
const READ_BY_LENGTH: string[][] = [];
for (const name of READ_ATTRIBUTES) (READ_BY_LENGTH[name.length] ??= []).push(name);

/**
 * The READ_ATTRIBUTES name that html[start, end) spells in any case, or undefined: the
 * lower-cased slice looked up in the set, without building the slice. ASCII case-folding is
 * toLowerCase here: the only non-ASCII characters that lower-case to ASCII are U+0130 (to two
 * characters, `i̇`) and U+212A (to `k`, which no kept name holds).
 */
function readAttributeName(html: string, start: number, end: number): string | undefined {
  const candidates = READ_BY_LENGTH[end - start];
  if (candidates === undefined) return undefined;
  next: for (const name of candidates) {
    for (let i = 0; i < name.length; i++) {
      let c = html.charCodeAt(start + i);
      // A-Z to a-z (ranges as in isNameChar); the add runs for every character, so that it has
      // type feedback before the first upper-case name (rare) reaches compiled code.
      c += (c - 65) >>> 0 <= 90 - 65 ? 32 : 0;
      if (c !== name.charCodeAt(i)) continue next;
    }
    return name;
  }
  return undefined;
}

/** The lower-cased tag name at html[start, end), as Parser's getSlice + toLowerCase gives it. */
function parsedTagName(html: string, start: number, end: number): string {
  if (end - start <= MAX_KEYED) {
    let plain = end > start;
    for (let i = start; i < end && plain; i++) plain = isNameChar(html.charCodeAt(i));
    if (plain) return tagName(html, start, end);
  }
  return html.slice(start, end).toLowerCase();
}

/** Parser fields the name and attribute overrides touch (private in htmlparser2's typings). */
interface ParserState extends ParserKeep {
  attribname: string;
  /** The open tag's name while its attributes are read. */
  tagname: string;
  endIndex: number;
  startIndex: number;
  buffers: string[];
  bufferOffset: number;
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  /** htmlparser2's open elements, the latest first. */
  stack: string[];
  emitOpenTag(name: string): void;
  /** parseHtml's checkpoint and the tags left before the next call of it. */
  wlCheckpoint: (() => void) | undefined;
  wlTagsLeft: number;
  /** parseHtml's depth limit and what to call past it. */
  wlMaxDepth: number;
  wlTooDeep: ((why: 'depth' | 'close-search') => void) | undefined;
  /** Open-element slots close tags may still search (see MAX_CLOSE_SEARCH). */
  wlSearchLeft: number;
}

/** Tags parsed between two checkpoints: a few ms of ordinary parsing. */
const CHECKPOINT_EVERY = 1024;

/**
 * Counts a tag and calls the checkpoint every CHECKPOINT_EVERY tags. Below the depth limit
 * htmlparser2 can still spend O(N x depth) (`'<div>'.repeat(1999)` and then `</span>` repeated:
 * every stray close tag searches the open-element stack), so the time cap has to be checked
 * while parsing, not only after.
 */
function tick(p: ParserState): void {
  if (p.wlCheckpoint === undefined) return;
  if (--p.wlTagsLeft <= 0) {
    p.wlTagsLeft = CHECKPOINT_EVERY;
    p.wlCheckpoint();
  }
}

/** The whole input when it was given as one chunk (parseHtml's `end(html)`); names are read from it. */
const wholeInput = (p: ParserState): string | undefined => (p.buffers.length === 1 && p.bufferOffset === 0 ? p.buffers[0] : undefined);

/**
 * Open-element slots that a page's close tags may search in all. An ordinary page's close tags
 * search well under a million (tens of thousands of tags, a stack a few dozen deep), and tag soup
 * that leaves 1500 <font>s open around 20k paragraphs ~30 million; this lets a 2000-deep stack
 * take ~67k stray close tags (~0.3 s) before the parse is refused.
 */
export const MAX_CLOSE_SEARCH = 128 * 2 ** 20;

/** No depth limit: a small integer all the same, so that wlMaxDepth is one in every parser. */
const NO_DEPTH_LIMIT = 2 ** 30;

/**
 * htmlparser2's Parser that keeps only READ_ATTRIBUTES (the first of a repeated name, as before),
 * within parseHtml's guard. Its own fields are all set in the constructor, in one order and with
 * one kind of value each (a small integer for the depth limit, never Infinity), so every parser
 * has one hidden class from the start: set by parseHtml after construction and by the first tag
 * and attribute, they moved each parser through several maps, the fragment parses (no
 * checkpoint) ended on another, and the tokenizer's compiled code, which reads `this.cbs` for
 * every token, deopted ('wrong map') and was compiled again.
 */
class KeepingParser extends Parser {
  wlKeep = true;
  wlCheckpoint: (() => void) | undefined;
  /** 0: the first tag calls the checkpoint. */
  wlTagsLeft = 0;
  wlMaxDepth = NO_DEPTH_LIMIT;
  wlTooDeep: ((why: 'depth' | 'close-search') => void) | undefined;
  wlSearchLeft = NO_DEPTH_LIMIT;

  constructor(handler: DomHandler, guard: ParseGuard) {
    super(handler, { ...PARSE_OPTIONS, Tokenizer: SkippingTokenizer });
    this.wlCheckpoint = guard.checkpoint;
    this.wlMaxDepth = guard.tooDeep === undefined ? NO_DEPTH_LIMIT : Math.min(guard.maxDepth ?? NO_DEPTH_LIMIT, NO_DEPTH_LIMIT);
    this.wlTooDeep = guard.tooDeep;
    this.wlSearchLeft = guard.tooDeep === undefined ? NO_DEPTH_LIMIT : MAX_CLOSE_SEARCH;
  }
}
const parserBase = Parser.prototype as unknown as Record<string, (...a: unknown[]) => void>;
Object.defineProperties(KeepingParser.prototype, {
  // A kept name is the set's own string and a dropped one is never built: no slice and no
  // toLowerCase per attribute (pages carry dozens per element, most of them dropped).
  onattribname: {
    value: function onattribname(this: ParserState, start: number, end: number): void {
      const html = wholeInput(this);
      if (html === undefined || !this.lowerCaseAttributeNames) {
        parserBase['onattribname']!.call(this, start, end);
        this.wlKeep = keepsAttribute(this.tagname, this.attribname);
        return;
      }
      this.startIndex = start;
      const name = readAttributeName(html, start, end);
      // `title` only on <abbr> (hAtom's published date): links and images carry long titles
      // whose entities would otherwise be decoded on every page (issue 16).
      this.wlKeep = name !== undefined && (name !== 'title' || this.tagname === 'abbr');
      this.attribname = name ?? '';
    },
  },
  // Tag names from a table: the short names most tags have cost no string.
  onopentagname: {
    value: function onopentagname(this: ParserState, start: number, end: number): void {
      tick(this);
      const html = wholeInput(this);
      if (html === undefined || !this.lowerCaseTagNames) return parserBase['onopentagname']!.call(this, start, end);
      this.endIndex = end;
      this.emitOpenTag(parsedTagName(html, start, end));
    },
  },
  // The depth limit (see ParseGuard), checked where htmlparser2 pushes onto its stack (an implied
  // <p> of a stray </p> too): the stack is the parser's own, so nothing can hide nesting from it.
  emitOpenTag: {
    value: function emitOpenTag(this: ParserState, name: string): void {
      parserBase['emitOpenTag']!.call(this, name);
      if (this.stack.length > this.wlMaxDepth) this.wlTooDeep!('depth');
    },
  },
  onclosetag: {
    value: function onclosetag(this: ParserState, start: number, end: number): void {
      tick(this);
      // htmlparser2 searches its whole stack for the name (indexOf): charge the most it can look at.
      if ((this.wlSearchLeft -= this.stack.length) < 0) this.wlTooDeep!('close-search');
      parserBase['onclosetag']!.call(this, start, end);
    },
  },
  onattribdata: {
    value: function onattribdata(this: ParserState, start: number, end: number): void {
      if (this.wlKeep) parserBase['onattribdata']!.call(this, start, end);
    },
  },
  onattribentity: {
    value: function onattribentity(this: ParserState, cp: number): void {
      if (this.wlKeep) parserBase['onattribentity']!.call(this, cp);
    },
  },
  onattribend: {
    value: function onattribend(this: ParserState, quote: number, end: number): void {
      if (this.wlKeep) parserBase['onattribend']!.call(this, quote, end);
      else this.endIndex = end;
    },
  },
});

/**
 * An Element with every field the extractor caches on an element declared (textLength's and
 * linkTextLength's memo, classId's, cleanPage's sums), in one order. Added when first used, in
 * whatever order each page asks for them, they gave the elements of one page several hidden
 * classes, which made the `type`, `children` and `name` reads of every tree walk megamorphic;
 * declared in the constructor, all elements share one class and the fields sit in the object.
 */
class MemoElement extends DomElement {
  wlText: number | undefined = undefined;
  wlLink: number | undefined = undefined;
  wlClassId: string | undefined = undefined;
  cpPara: number | undefined = undefined;
  cpProse: number | undefined = undefined;
}

/** DomHandler fields the depth cut reads (protected in domhandler's typings). */
interface HandlerState {
  tagStack: ParentNode[];
  lastNode: AnyNode | null;
  addNode(node: AnyNode): void;
  /** parseHtml's onElement. */
  wlOnElement: ((el: Element) => void) | undefined;
}

/**
 * DomHandler that leaves out every node deeper than MAX_DEPTH (the children of an element at
 * MAX_DEPTH), so no later recursion can overflow the stack. Cutting while building spares a
 * walk of the whole tree after it.
 */
class CuttingHandler extends DomHandler {
  /** parseHtml's onElement, set in the constructor: one hidden class for every handler (see KeepingParser). */
  wlOnElement: ((el: Element) => void) | undefined;

  constructor(onElement: ((el: Element) => void) | undefined) {
    super(undefined, PARSE_OPTIONS);
    this.wlOnElement = onElement;
  }
}
const handlerBase = DomHandler.prototype as unknown as Record<string, (...a: unknown[]) => void>;
Object.defineProperty(CuttingHandler.prototype, 'addNode', {
  value: function addNode(this: HandlerState, node: AnyNode): void {
    // tagStack holds the document and the open elements: the parent sits at depth length - 1.
    if (this.tagStack.length <= MAX_DEPTH) {
      handlerBase['addNode']!.call(this, node);
      // A CDATA section is built with its text child: at MAX_DEPTH, that child is cut too.
      if (node.type === 'cdata' && this.tagStack.length === MAX_DEPTH) (node as ParentNode).children = [];
      return;
    }
    // Detached (its parent never lists it), as addNode would leave it otherwise.
    node.parent = this.tagStack[this.tagStack.length - 1]!;
    this.lastNode = null;
  },
});
// As DomHandler's onopentag (xmlMode off: the type follows the name), with a MemoElement, and
// parseHtml's onElement told of every element the tree keeps.
Object.defineProperty(CuttingHandler.prototype, 'onopentag', {
  value: function onopentag(this: HandlerState, name: string, attribs: Record<string, string>): void {
    const element = new MemoElement(name, attribs);
    const kept = this.tagStack.length <= MAX_DEPTH;
    this.addNode(element);
    this.tagStack.push(element);
    if (kept && this.wlOnElement !== undefined) this.wlOnElement(element);
  },
});

/** Limits parseHtml enforces while it parses; each callback stops the parse by throwing. */
export interface ParseGuard {
  /** Called every CHECKPOINT_EVERY tags (extractArticle's time cap). */
  checkpoint?: () => void;
  /**
   * Deepest open-element stack allowed. htmlparser2 keeps its stack with Array#unshift and
   * searches it for every close tag, so N unclosed tags cost O(N^2) (200k nested <div>s take
   * minutes); bounding the stack bounds that cost per tag. `tooDeep` is called as soon as a
   * tag opens past it.
   */
  maxDepth?: number;
  /**
   * Called past `maxDepth` ('depth'), or when close tags have searched the open-element stack
   * more than MAX_CLOSE_SEARCH element slots in all ('close-search'): below the depth limit,
   * `'<div>'.repeat(1990)` and then a million stray `</span>` still cost O(N x depth), seconds
   * of CPU that only the time cap would stop.
   */
  tooDeep?: (why: 'depth' | 'close-search') => void;
}

/**
 * Parses HTML with htmlparser2 into a domhandler Document (see READ_ATTRIBUTES for the
 * attributes kept), cut at MAX_DEPTH, within the limits of `guard`. `onElement` is called with
 * each element of the tree as it opens (attributes read, no children yet), in document order:
 * what a walk of the whole tree would gather, without the walk.
 */
export function parseHtml(html: string, guard: ParseGuard = {}, onElement?: (el: Element) => void): Document {
  const handler = new CuttingHandler(onElement);
  new KeepingParser(handler, guard).end(html);
  return handler.root;
}

/**
 * Cheerio over a parsed document, for the site rules' selectors (cheerio/slim never loads
 * parse5). Built only when a selector is run: cheerio's load makes a class per call.
 */
export function cheerioOf(doc: Document): CheerioAPI {
  return load(doc, { xml: PARSE_OPTIONS });
}

/** parseHtml wrapped in cheerio. */
export function loadHtml(html: string): CheerioAPI {
  return cheerioOf(parseHtml(html));
}

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/**
 * class + id, lower-cased, for the class/id hint patterns: `${class} ${id}`, or only the one of
 * them an element has (the patterns read a space and the string's end alike as a word boundary,
 * and most elements have only a class: no joined copy of it per element).
 */
export function classId(el: Element): string {
  // Cached as a field on the node, as textLength's memo below (a WeakMap lookup per call cost more).
  const m = el as unknown as { wlClassId?: string };
  const hit = m.wlClassId;
  if (hit !== undefined) return hit;
  const a = el.attribs;
  // camelCase names ("newsCaption", "shareBar") split so the word patterns see "news-caption".
  const cls = a['class'];
  const id = a['id'];
  const joined = id === undefined ? (cls ?? '') : cls === undefined ? id : `${cls} ${id}`;
  const v = lowerAscii(joined) ? joined : joined.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  m.wlClassId = v;
  return v;
}

/** No A-Z and nothing outside ASCII: neither the camelCase split nor toLowerCase changes it (most class names). */
function lowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}

/**
 * `s.toLowerCase()`, the string itself when it has no A-Z and nothing outside ASCII (most class
 * names and ids). Attribute values are slices of the page's markup, two-byte on a page with any
 * character past U+00FF, and toLowerCase copies a two-byte string even when nothing changes
 * (issue 16: ~3x the one-byte call, for the class and id of every element).
 */
export function lowerCased(s: string): string {
  return lowerAscii(s) ? s : s.toLowerCase();
}

/**
 * Length of `s.replace(/\s+/g, ' ').trim()` without building it: every non-space character
 * plus one for each run of spaces between two of them.
 */
export function collapsedLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) gap = n > 0;
    else {
      if (gap) n++;
      n++;
      gap = false;
    }
  }
  return n;
}

/**
 * Whether textOf(node) is shorter than `limit`, read only as far as needed: on the container of
 * a whole article, textOf would build its full text to learn it is long.
 */
export function textShorterThan(node: AnyNode, limit: number): boolean {
  let n = 0;
  let gap = false;
  const walk = (x: AnyNode): boolean => {
    if (x.type === 'text') {
      const d = (x as unknown as { data: string }).data;
      for (let i = 0; i < d.length; i++) {
        if (isSpace(d.charCodeAt(i))) gap = n > 0;
        else {
          if (gap) n++;
          if (++n >= limit) return false;
          gap = false;
        }
      }
      return true;
    }
    if (!('children' in x)) return true;
    if (isElement(x) && (x.name === 'script' || x.name === 'style' || x.name === 'noscript')) return true;
    for (const c of (x as ParentNode).children) if (!walk(c)) return false;
    return true;
  };
  return walk(node);
}

/**
 * A node's children, or undefined for a leaf: as `'children' in node`, one property read (the
 * walks below use it with index loops, which the interpreter and baseline code of a fresh
 * process run several times faster than for-of's iterator).
 */
export const childrenOf = (node: AnyNode): AnyNode[] | undefined => (node as Partial<ParentNode>).children;

/** Raw text of a subtree (entities already decoded by the parser). */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  const kids = childrenOf(node);
  if (kids === undefined) return '';
  if (isElement(node) && (node.name === 'script' || node.name === 'style' || node.name === 'noscript')) return '';
  let out = '';
  for (let i = 0; i < kids.length; i++) out += rawText(kids[i]!);
  return out;
}

/** Whitespace-collapsed text of a subtree. */
export function textOf(node: AnyNode): string {
  return collapseSpaces(rawText(node));
}

// Text and link-text lengths are memoized per node: the scorer asks for the link density of
// every ancestor of every paragraph, which is quadratic without the cache. removeNode clears
// the entries of the ancestors it changes. The memo is a field on the node rather than a
// WeakMap: WeakMap#set on every node of a 100k-node page was the extractor's hottest line.
interface Memo {
  wlText?: number | undefined;
  wlLink?: number | undefined;
}
const memo = (node: AnyNode): Memo => node as unknown as Memo;

function visibleChars(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x3000) n++;
  }
  return n;
}

/** Count of non-whitespace characters of a subtree's text (scripts and styles excluded). */
export function textLength(node: AnyNode): number {
  const hit = memo(node).wlText;
  if (hit !== undefined) return hit;
  let n = 0;
  if (node.type === 'text') n = visibleChars((node as unknown as { data: string }).data);
  else {
    const kids = childrenOf(node);
    if (kids !== undefined && !(isElement(node) && (node.name === 'script' || node.name === 'style' || node.name === 'noscript')))
      for (let i = 0; i < kids.length; i++) n += textLength(kids[i]!);
  }
  memo(node).wlText = n;
  return n;
}

/** Non-whitespace characters inside <a> elements of a subtree. */
export function linkTextLength(node: AnyNode): number {
  const kids = childrenOf(node);
  if (kids === undefined) return 0;
  const hit = memo(node).wlLink;
  if (hit !== undefined) return hit;
  let n = 0;
  if (isElement(node) && node.name === 'a') n = textLength(node);
  else for (let i = 0; i < kids.length; i++) n += linkTextLength(kids[i]!);
  memo(node).wlLink = n;
  return n;
}

/** Share of a subtree's text that sits in links: menus and "related" lists score near 1. */
export function linkDensity(node: AnyNode): number {
  const len = textLength(node);
  return len === 0 ? 0 : Math.min(1, linkTextLength(node) / len);
}

/** Elements of a subtree matching a predicate, in document order. */
export function findAll(root: AnyNode, pred: (el: Element) => boolean, out: Element[] = []): Element[] {
  const kids = childrenOf(root);
  if (kids === undefined) return out;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (isElement(c)) {
      if (pred(c)) out.push(c);
      findAll(c, pred, out);
    }
  }
  return out;
}

/** Detaches a node from its parent. */
export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  for (let p: AnyNode | null = parent; p; p = p.parent) {
    memo(p).wlText = undefined;
    memo(p).wlLink = undefined;
  }
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  const prev = node.prev;
  const next = node.next;
  if (prev) prev.next = next;
  if (next) next.prev = prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/**
 * `stack.push(...nodes)`, as a loop. The stacks of bylineElement and emphasised were copies of a
 * children array (`[...el.children]`), which keep its elements kind: a leaf's empty array has
 * another kind than a parent's, so the stack's compiled code deopted ('wrong map') on whichever
 * came second. Starting from `[]`, every stack has the kind its literal's allocation site learnt.
 */
export function pushAll(stack: AnyNode[], nodes: readonly AnyNode[]): void {
  for (let i = 0; i < nodes.length; i++) stack.push(nodes[i]!);
}

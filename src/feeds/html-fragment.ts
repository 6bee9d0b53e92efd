/**
 * HTML carried in feed fields (escaped, CDATA or inline XHTML), re-serialized in one canonical form:
 * double-quoted attributes in name order, void elements as `<br />`, elements feedparser's sanitizer does not accept
 * reduced to their text (tags dropped, as it writes them), and
 * relative URLs in link attributes resolved against the element's xml:base or the feed URL
 * (RFC 4287 section 3.1.1.2 and feedparser's behaviour: feed HTML leaves its document, so its
 * relative links must not). In escaped HTML, references in text and attributes are kept as
 * written (C1 windows-1252 references mapped) and an `&` that starts none is escaped; inline
 * XHTML is XML text (decoded, re-escaped).
 *
 * Active content is defanged here, because feed HTML is stored and shown: script, style, frames,
 * objects (with their content), link/meta/base/embed tags, comments (IE conditional comments carry markup), `on*`
 * event-handler attributes and script URLs are removed (a link's `href` to one is emptied), and `style` attributes keep only
 * declarations that cannot position, cover or load anything (`sanitizeStyle`). This
 * is not the allowlist sanitizer (that is the extraction stage's job), only a floor.
 */
import { CP1252_C1, decodeEntities, isReferenceName, startsNamedReference } from './entities.js';
import { joinUrl } from './join-url.js';
import { scanTags } from './tag-stream.js';

/** Elements without an end tag, as feedparser's HTML processor lists them (`command`, `isindex`; not `spacer`). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'command', 'frame', 'isindex', 'keygen']);
/** Attributes holding a URL (HTML 4 %URI attributes and old image ones): checked for script URLs. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'background', 'cite', 'codebase', 'data', 'longdesc', 'poster', 'usemap', 'lowsrc', 'dynsrc', 'profile']);
/**
 * The element/attribute pairs whose relative URLs are resolved: the list feedparser documents and
 * resolves (`a href`, `img src`, `blockquote cite` ...); a URL elsewhere (`<p background>`,
 * `<img lowsrc>`, `<td background>`) stays as written, as it writes it. `srcset` is resolved too
 * (our addition: a responsive image's candidates are its image URLs).
 */
const RESOLVED = new Set(
  ('a href,applet codebase,area href,audio src,blockquote cite,body background,del cite,form action,frame longdesc,frame src,' +
    'iframe longdesc,iframe src,head profile,img longdesc,img src,img usemap,input src,input usemap,ins cite,link href,' +
    'object classid,object codebase,object data,object usemap,q cite,script src,source src,video poster,video src').split(','),
);

/**
 * Elements dropped together with their content (feedparser's unacceptable_elements_with_end_tag,
 * and embedding elements whose content is only fallback). `noscript` is not one: feedparser keeps
 * it, and a lazy-loading CMS puts the real `<img src>` there.
 */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'applet', 'template', 'iframe', 'frame', 'frameset', 'object']);
/** Elements whose tags are dropped (their text is kept): document-level or embedding tags. */
const DROP_TAG = new Set(['link', 'meta', 'base', 'embed', 'blink', 'marquee', 'html', 'head', 'body', 'title']);
/** URL schemes that run code when followed. */
const SCRIPT_URL = /^\s*(javascript|vbscript|livescript|mocha)\s*:/i;

/**
 * Character references in HTML text, one spelling each: `&#X6A;` and `&#x6A;` as `&#x6a;` (feedparser's
 * sanitizer writes hex references lower-cased; attributes keep theirs as written), and a reference to a
 * C1 control that is really a windows-1252 character (`&#146;`, from pasted Word text) as the
 * character it means (`&#x2019;`), which is what browsers show and feedparser outputs.
 */
function canonicalRefs(raw: string): string {
  return raw.replace(/&#([xX][0-9a-fA-F]+|\d+);/g, (ref, num: string) => {
    const hex = num[0] === 'x' || num[0] === 'X';
    const cp = Number.parseInt(hex ? num.slice(1) : num, hex ? 16 : 10);
    const mapped = cp >= 0x80 && cp <= 0x9f ? CP1252_C1[cp - 0x80] : 0;
    if (mapped) return `&#x${mapped.toString(16)};`;
    return hex ? `&#x${num.slice(1).toLowerCase()};` : ref;
  });
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters of a name after its first letter, as feedparser's SGML parser reads one. */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/**
 * `&` + a name that starts no character reference (`S&P 500`, `AT&T;`, `Tom&Jerry;`, `&copy2024`)
 * written `&amp;`, as feedparser's HTML processor writes it; HTML reads both as a literal
 * ampersand. References stay as written, HTML5 names included; a reference name written without
 * its `;` before a character that ends a name (`&copy 2024`, `&hellip and`) gets the `;`, as
 * feedparser writes it (the publisher meant the character; HTML reads only the legacy Latin-1
 * names without it). An `&` before anything but a letter (`Johnson & Johnson`, `&#169 `) stays,
 * and so does one whose name runs to the end of the value (`Q&A` ending a title), which
 * feedparser's parser leaves alone. A scan rather than a regex replace: escaped HTML can hold a
 * reference every few characters.
 */
function escapeBareAmps(text: string, atEnd: boolean): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!isLetter(text.charCodeAt(i + 1))) continue;
    let j = i + 2;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 59) {
      if (startsNamedReference(text.slice(i, j + 1))) continue;
    } else if (atEnd && j === text.length) {
      continue;
    } else if (isReferenceName(text.slice(i + 1, j))) {
      parts.push(text.slice(last, j), ';');
      last = j;
      continue;
    }
    parts.push(text.slice(last, i), '&amp;');
    last = i + 1;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

function resolve(url: string, base: string | undefined): string {
  return url.trim() ? joinUrl(url, base) : url;
}

/**
 * HTML elements feedparser accepts in feed HTML (its sanitizer's acceptable_elements, HTML 4 and
 * some of 5, exactly: no `summary`, `mark`, `main`, `picture`, `wbr`). Any other element outside
 * SVG/MathML loses its tags and keeps its text (`<o:p>`, `<st1:place>`, `<fb:like>` from Word and
 * CMS widgets), as feedparser's sanitizer writes it.
 */
const HTML_ELEMENTS = new Set(
  ('a abbr acronym address area article aside audio b big blockquote br button canvas caption center cite code col colgroup ' +
    'command datagrid datalist dd del details dfn dialog dir div dl dt em event-source fieldset figcaption figure font footer form header ' +
    'h1 h2 h3 h4 h5 h6 hr i img input ins kbd keygen label legend li m map menu meter multicol nav nextid noscript ol optgroup ' +
    'option output p pre progress q s samp section select small sound source spacer span strike strong sub sup table ' +
    'tbody td textarea tfoot th thead time tr tt u ul var video').split(' '),
);

/**
 * True when nominally plain text (an RSS title) is really HTML, by feedparser's conservative
 * test: it has a close tag or an entity reference, every tag is a known HTML element and every
 * entity is a known one. `a <br> b` and `List<String>` stay text; `x <b>bold</b>` is HTML.
 */
export function looksLikeHtml(s: string): boolean {
  if (!/<\/\w+>/.test(s) && !/&#?\w+;/.test(s)) return false;
  for (const m of s.matchAll(/<\/?(\w+)/g)) if (!HTML_ELEMENTS.has((m[1] as string).toLowerCase())) return false;
  for (const m of s.matchAll(/&(\w+);/g)) if (decodeEntities(m[0]) === m[0]) return false;
  return true;
}

/** Open elements kept when re-serializing; deeper tags are dropped (their text is kept). */
const MAX_OPEN = 256;

/** CSS properties kept in a `style` attribute (feedparser's acceptable_css_properties). */
const CSS_PROPERTIES = new Set(
  ('azimuth background-color border-bottom-color border-collapse border-color border-left-color border-right-color ' +
    'border-top-color clear color cursor direction display elevation float font font-family font-size font-style ' +
    'font-variant font-weight height letter-spacing line-height overflow pause pause-after pause-before pitch pitch-range ' +
    'richness speak speak-header speak-numeral speak-punctuation speech-rate stress text-align text-decoration text-indent ' +
    'unicode-bidi vertical-align voice-family volume white-space width').split(' '),
);
/** Keywords a background/border/margin/padding value may hold (feedparser's acceptable_css_keywords). */
const CSS_KEYWORDS = new Set(
  ('aqua auto black block blue bold both bottom brown center collapse dashed dotted fuchsia gray green !important italic ' +
    'left lime maroon medium none navy normal nowrap olive pointer purple red right solid silver teal top transparent ' +
    'underline white yellow').split(' '),
);
/** Property families kept when every value is a keyword or a small length (`border-bottom: dotted`). */
const BOX_PROPERTIES = new Set(['background', 'border', 'margin', 'padding']);
/** Colours and small lengths (feedparser's valid_css_values): `#000080`, `rgb(0,0,0)`, `2ex`, `0px`; not `99999em` (nor `#FFF`: its hex is lower-case). */
const CSS_VALUE = /^(?:#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(?:cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$/;
/** Only plain declarations get through: no comments, escapes, expressions or quotes around markup. */
const CSS_GAUNTLET = /^(?:[:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$/;

/**
 * A `style` attribute with only declarations that cannot move, cover or load anything, as
 * feedparser's sanitizer keeps them: listed properties, and background/border/margin/padding
 * with keyword or small-length values; no url(), no positioning (`position:absolute` overlays).
 * Written `prop: value;` with a space between; '' when nothing is left.
 */
function sanitizeStyle(style: string): string {
  const s = style.replace(/url\s*\(\s*[^\s)]+?\s*\)\s*/g, ' ');
  if (!CSS_GAUNTLET.test(s) || s.replace(/\s*[-\w]+\s*:\s*[^:;]*;?/g, '').trim() !== '') return '';
  const clean: string[] = [];
  for (const m of s.matchAll(/([-\w]+)\s*:\s*([^:;]*)/g)) {
    const prop = m[1]!;
    // The value as written up to its `;` (trailing spaces kept: `color: red ;`), as feedparser writes it.
    const value = m[2]!;
    if (!value) continue;
    const lower = prop.toLowerCase();
    if (CSS_PROPERTIES.has(lower)) clean.push(`${prop}: ${value};`);
    else if (BOX_PROPERTIES.has(lower.split('-')[0]!)) {
      if (value.trim().split(/\s+/).every((k) => CSS_KEYWORDS.has(k) || CSS_VALUE.test(k))) clean.push(`${prop}: ${value};`);
    }
  }
  return clean.join(' ');
}

/** An attribute value escaped for a double-quoted attribute. */
function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * An attribute value of escaped HTML in one canonical form, as feedparser's HTML processor writes
 * it: references stay as written (`alt="cat&lt;br /&gt;dog"` keeps its escaping, `&#x26;` stays),
 * and a raw `<`, `>`, `"` or an `&` that starts no reference is escaped (`title="&"` becomes
 * `title="&amp;"`; so is the `&` of `&#X26;`, whose upper-case X its SGML reader does not take in
 * an attribute).
 */
function canonicalAttr(v: string): string {
  return v
    .replace(/>/g, '&gt;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|\w+;)/g, '&amp;');
}

/**
 * An inline XHTML attribute value decoded as XML: `&#X26;` (an upper-case X) is no character
 * reference in XML, so it stays text (`&amp;#X26;` once escaped), as feedparser writes it.
 */
function decodeXmlAttr(v: string): string {
  return v.includes('&#X') ? v.split('&#X').map(decodeEntities).join('&#X') : decodeEntities(v);
}

/**
 * SVG and MathML names are case-sensitive; the HTML tokenizer lower-cases them. Their spelling is
 * restored from the HTML parsing spec's SVG/MathML case tables (`linearGradient`, `viewBox`,
 * `definitionURL`), as feedparser's sanitizer restores them: `<lineargradient>` is no gradient in
 * an SVG reader.
 */
const cased = (names: string) => new Map(names.split(' ').map((n) => [n.toLowerCase(), n] as const));
const SVG_TAGS = cased(
  'altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend feColorMatrix ' +
    'feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood ' +
    'feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight ' +
    'feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient radialGradient textPath',
);
const SVG_ATTRS = cased(
  'attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits diffuseConstant edgeMode filterUnits glyphRef ' +
    'gradientTransform gradientUnits kernelMatrix kernelUnitLength keyPoints keySplines keyTimes lengthAdjust limitingConeAngle ' +
    'markerHeight markerUnits markerWidth maskContentUnits maskUnits numOctaves pathLength patternContentUnits patternTransform ' +
    'patternUnits pointsAtX pointsAtY pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits refX refY repeatCount repeatDur ' +
    'requiredExtensions requiredFeatures specularConstant specularExponent spreadMethod startOffset stdDeviation stitchTiles ' +
    'surfaceScale systemLanguage tableValues targetX targetY textLength viewBox viewTarget xChannelSelector yChannelSelector zoomAndPan',
);
const MATH_ATTRS = cased('definitionURL');

/**
 * Attributes kept on HTML elements: feedparser's sanitizer's acceptable_attributes (documented with
 * it), plus `srcset` (resolved below: a responsive image's candidates). Any other attribute is
 * dropped, as it drops them: Blogger's `expr:href`, `data-*`, `xmlns` on an HTML element, and the
 * `on*` handlers. Inside SVG / MathML every attribute but `on*` is kept.
 */
const HTML_ATTRS = new Set(
  ('abbr accept accept-charset accesskey action align alt autocomplete autofocus axis background balance bgcolor bgproperties ' +
    'border bordercolor bordercolordark bordercolorlight bottompadding cellpadding cellspacing ch challenge char charoff charset ' +
    'checked choff cite class clear color cols colspan compact contenteditable controls coords data datafld datapagesize datasrc ' +
    'datetime default delay dir disabled draggable dynsrc enctype end face for form frame galleryimg gutter headers height hidden ' +
    'hidefocus high href hreflang hspace icon id inputmode ismap keytype label lang leftspacing list longdesc loop loopcount ' +
    'loopend loopstart low lowsrc max maxlength media method min multiple name nohref noshade nowrap open optimum pattern ping ' +
    'point-size poster pqg preload prompt radiogroup readonly rel repeat-max repeat-min replace required rev rightspacing rows ' +
    'rowspan rules scope selected shape size span src srcset start step style summary suppress tabindex target template title ' +
    'toppadding type unselectable urn usemap valign value variable volume vrml vspace width wrap xml:lang').split(' '),
);

const XLINK_NS = 'http://www.w3.org/1999/xlink';
/** Namespaces of the foreign elements HTML embeds, declared on them as feedparser's sanitizer declares them. */
const FOREIGN_NS: Record<string, string> = { svg: 'http://www.w3.org/2000/svg', math: 'http://www.w3.org/1998/Math/MathML' };

function serializeAttrs(
  tag: string,
  attrs: Array<[string, string]>,
  base: string | undefined,
  inline: boolean,
  caseMap?: Map<string, string>,
): string {
  if (attrs.length === 0) return '';
  const seen = new Map<string, string>();
  for (const [k, v] of attrs) {
    const name = k.toLowerCase();
    if (seen.has(name) || !/^[a-z_:][\w:.-]*$/.test(name) || name.startsWith('on')) continue;
    if (!caseMap && !HTML_ATTRS.has(name)) continue;
    // xml:base was applied while reading the feed (its URLs are resolved); left in the HTML it
    // would re-base them a second time in a reader that knows XML. feedparser drops it too.
    if (name === 'xml:base') continue;
    // Inline XHTML attributes are XML: decoded, then escaped. Escaped HTML: canonicalAttr.
    let out = inline ? escapeAttr(decodeXmlAttr(v)) : canonicalAttr(v);
    if (name === 'srcset') {
      // Responsive images: each candidate URL resolves like src (descriptors kept).
      const resolved = decodeEntities(v).split(',').map((c) => c.trim().replace(/^\S+/, (u) => (SCRIPT_URL.test(u) ? '' : resolve(u, base)))).filter((c) => c).join(', ');
      out = escapeAttr(resolved);
    } else if (name === 'style') {
      const clean = sanitizeStyle(decodeEntities(v));
      if (!clean) continue;
      out = escapeAttr(clean);
    } else if (URL_ATTRS.has(name)) {
      // A URL is checked and resolved decoded (in `/caf&#xe9;` the `#` is not a fragment).
      const url = decodeEntities(v);
      const squeezed = url.replace(/[\s\u0000-\u001f]+/g, '');
      // A link to a script or data: URL is emptied (`href=""`), as feedparser's sanitizer writes it
      // (the element and its text stay); any other attribute with a script URL is removed.
      if (name === 'href' && (SCRIPT_URL.test(squeezed) || /^data:/i.test(squeezed))) {
        seen.set(name, '');
        continue;
      }
      if (SCRIPT_URL.test(squeezed)) continue;
      out = escapeAttr(RESOLVED.has(`${tag} ${name}`) ? resolve(url, base) : url);
    }
    seen.set(name, out);
  }
  // An element with xlink: attributes declares their namespace, as feedparser's sanitizer adds it
  // (MathML and SVG reach readers as standalone XML, where an undeclared prefix is an error).
  if (!seen.has('xmlns:xlink') && [...seen.keys()].some((k) => k.startsWith('xlink:'))) seen.set('xmlns:xlink', XLINK_NS);
  return [...seen.keys()]
    .sort()
    .map((k) => ` ${caseMap?.get(k) ?? k}="${seen.get(k) as string}"`)
    .join('');
}

/** SGML declaration grammar: names, whitespace, quoted literals, an internal subset. */
const DECL_BODY = /^<!DOCTYPE(?:\s+|[A-Za-z][-_.A-Za-z0-9]*|"[^"]*"|'[^']*'|\[[^\]]*\])*>/;

/**
 * `<!` that does not start a comment, a marked section or a well-formed `<!DOCTYPE ...>` is text:
 * escaped HTML in a description often talks about markup (`the <!DOCTYPE declaration tells
 * browsers <b>which</b> HTML`, `<!' ...`), and a tokenizer would otherwise swallow everything up
 * to the next `>` as a declaration. Same rule as feedparser (DOCTYPE upper-case, SGML grammar).
 */
function textualBangs(html: string): string {
  return html.replace(/<!(?!--|\[)/g, (bang, at: number) => (html.startsWith('<!DOCTYPE', at) && DECL_BODY.test(html.slice(at, at + 4096)) ? bang : '&lt;!'));
}

/** `&`, `<` and `>` as XML text needs them. */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute of a start tag as feedparser's SGML reader takes it: a quoted value only when its quote closes. */
const SGML_ATTR = /\s*([^\s=>"'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/y;

/**
 * `<a title="open>x</a>`: a quote that never closes. feedparser's reader then takes the value as
 * unquoted, up to a space or `>` (`title="&quot;open"`), and the tag ends at that `>`. Returns `src`
 * with the tag at `lt` rewritten so, or undefined when the tag is not of that kind (a tag cut off
 * at the end of the input stays cut off).
 */
function requoteTag(src: string, lt: number): string | undefined {
  const head = /^<[A-Za-z][^\s/>]*/.exec(src.slice(lt, lt + 256));
  if (!head) return undefined;
  let out = head[0];
  let i = lt + out.length;
  let requoted = false;
  for (;;) {
    SGML_ATTR.lastIndex = i;
    const a = SGML_ATTR.exec(src);
    if (!a || a[0].length === 0) break;
    i = SGML_ATTR.lastIndex;
    const v = a[2];
    const quoted = v !== undefined && v.length > 1 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]);
    if (v !== undefined && !quoted && /["']/.test(v)) requoted = true;
    out += ` ${a[1]}` + (v === undefined ? '' : `="${(quoted ? v.slice(1, -1) : v).replace(/"/g, '&quot;')}"`);
  }
  const rest = /^\s*\/?>/.exec(src.slice(i, i + 64));
  return requoted && rest ? src.slice(0, lt) + out + src.slice(i) : undefined;
}

/**
 * Re-serializes an HTML fragment canonically, resolving relative URLs against `base`.
 * `inline` marks markup that was written unescaped in the XML (XHTML content, naked tags): its
 * text was XML character data, so its references are decoded and only `&`, `<`, `>` re-escaped
 * (`&#38;` and `&#x26;` both come out `&amp;`, `&#8220;` as the character), as an XML parser
 * reading it would give it. Escaped HTML keeps its references as written.
 */
export function htmlFragment(html: string, base: string | undefined, inline = false): string {
  return renderFragment(html, base, inline, 0);
}

/** Re-reads after an unclosed attribute quote at most this many times per field (hostile input: each is a full pass). */
const MAX_REQUOTES = 8;

function renderFragment(html: string, base: string | undefined, inline: boolean, requotes: number): string {
  if (!/[<&]/.test(html)) return html;
  const src = html.includes('<!') ? textualBangs(html) : html;
  const out: string[] = [];
  const open: string[] = [];
  let dropped = 0;
  let skipping = '';
  let skipDepth = 0;
  // SVG has a `title` element of its own (its tooltip), not the document title the floor drops.
  const svgTitle = (name: string) => name === 'title' && open.includes('svg');
  // Inside SVG or MathML every element is kept (their vocabularies are their own); elsewhere an
  // element feedparser does not accept loses its tags (its text stays).
  let foreign = 0;
  const unknown = (name: string) => !HTML_ELEMENTS.has(name) && foreign === 0 && FOREIGN_NS[name] === undefined;
  // Inside (or on) an <svg> / <math>: the vocabulary whose spelling is restored.
  const vocab = (name: string) => (name === 'svg' || name === 'math' ? name : foreign > 0 ? (open.includes('math') && !open.includes('svg') ? 'math' : 'svg') : '');
  const spell = (name: string) => (vocab(name) === 'svg' ? (SVG_TAGS.get(name) ?? name) : name);
  const attrCase = (name: string) => {
    const v = vocab(name);
    return v === 'svg' ? SVG_ATTRS : v === 'math' ? MATH_ATTRS : undefined;
  };
  const cut = scanTags(
    src,
    {
      open(rawName, attrs, selfClosing) {
        const name = rawName.toLowerCase();
        if (skipping) {
          if (name === skipping && !selfClosing) skipDepth++;
          return;
        }
        if (DROP_WITH_CONTENT.has(name)) {
          if (!selfClosing) [skipping, skipDepth] = [name, 1];
          return;
        }
        if (DROP_TAG.has(name) && !svgTitle(name)) return;
        if (unknown(name)) return;
        // HTML5-style `<svg>` / `<math>` written without its namespace gets it (the fragment is also
        // read as XML, where an undeclared SVG element is no SVG).
        const ns = FOREIGN_NS[name];
        if (ns && !attrs.some(([k]) => k.toLowerCase() === 'xmlns')) attrs = [...attrs, ['xmlns', ns]];
        if (VOID.has(name)) {
          out.push(`<${spell(name)}${serializeAttrs(name, attrs, base, inline, attrCase(name))} />`);
          return;
        }
        if (open.length >= MAX_OPEN) {
          if (!selfClosing) dropped++;
          return;
        }
        out.push(`<${spell(name)}${serializeAttrs(name, attrs, base, inline, attrCase(name))}>`);
        if (selfClosing) out.push(`</${spell(name)}>`);
        else {
          open.push(name);
          if (ns) foreign++;
        }
      },
      close(rawName) {
        const name = rawName.toLowerCase();
        if (skipping) {
          if (name === skipping && --skipDepth === 0) skipping = '';
          return;
        }
        if (VOID.has(name) || DROP_WITH_CONTENT.has(name) || (DROP_TAG.has(name) && !svgTitle(name))) return;
        if (unknown(name)) return;
        if (dropped > 0) {
          dropped--;
          return;
        }
        const i = open.lastIndexOf(name);
        if (i < 0) {
          // A stray close tag closes nothing; one of an HTML element is written as it stands
          // (`<p>Stray </i>close</p>`), as feedparser writes it, so the markup reads as published.
          if (HTML_ELEMENTS.has(name)) out.push(`</${name}>`);
          return;
        }
        // Only the close tag as written: elements left open inside it stay as the publisher wrote
        // them (feedparser's output); balancing markup is the sanitizer's job, not this floor's.
        const spelled = spell(name);
        for (let k = i; k < open.length; k++) if (FOREIGN_NS[open[k] as string] !== undefined) foreign--;
        open.length = i;
        out.push(`</${spelled}>`);
      },
      text(raw, end) {
        if (skipping) return;
        if (inline) out.push(raw.includes('&') ? escapeText(decodeEntities(raw)) : raw.replace(/>/g, '&gt;'));
        else if (!raw.includes('&')) out.push(raw);
        else {
          // One spelling for hex references: `&#X61;` and `&#x61;` are the same character.
          const refs = raw.includes('&#') ? canonicalRefs(raw) : raw;
          out.push(escapeBareAmps(refs, end === src.length));
        }
      },
      cdata(text) {
        if (!skipping) out.push(inline ? escapeText(text) : text);
      },
    },
    false,
  );
  // A start tag the fragment ended inside: when it is an attribute quote never closed, the rest
  // was swallowed; read the tag again as feedparser's SGML reader does and render the whole anew.
  const fixed = cut >= 0 && requotes < MAX_REQUOTES ? requoteTag(src, cut) : undefined;
  return fixed !== undefined ? renderFragment(fixed, base, inline, requotes + 1) : out.join('');
}

/**
 * A flat stream of tags and text over htmlparser2's Tokenizer (no tree, no stack).
 *
 * Why not htmlparser2's Parser: its open-element stack grows with `unshift`, so 100k nested tags
 * cost O(n^2) (seconds to minutes). Callers here keep their own stacks, capped in depth. The
 * tokenizer itself is a flat state machine: no recursion, no DTD processing, no entity expansion
 * (entities are decoded later, by the caller, from raw text).
 */
import { QuoteType, Tokenizer } from 'htmlparser2';

export interface TagEvents {
  /** `end` is the index just past the tag's `>`. */
  open(name: string, attrs: Array<[string, string]>, selfClosing: boolean, end: number): void;
  /** `start` is the index of the tag's `<`. */
  close(name: string, start: number): void;
  /** Raw character data (entities not decoded); `end` is the index just past it. */
  text(raw: string, end: number): void;
  /** CDATA section content (XML mode). */
  cdata(text: string): void;
  comment?(text: string): void;
}

/** The tokenizer fields fastForwardTo reads and moves. */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
}

/**
 * htmlparser2's Tokenizer with its fastForwardTo (the skip through CDATA, comment, script and style
 * contents to the next candidate end character) done by one String#indexOf instead of a charCodeAt
 * loop: a wire feed's item bodies are CDATA, most of its bytes (issue 16: the loop was ~18% of a
 * full-field parse of the bench's 1 MB feed). The extractor's parser does the same (src/extract/dom.ts).
 */
class ForwardingTokenizer extends Tokenizer {}
Object.defineProperty(ForwardingTokenizer.prototype, 'fastForwardTo', {
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

/**
 * Tokenizes `src` in XML or HTML mode and reports its tags in document order. Returns the index of
 * the `<` of a start tag the input ended inside (an attribute quote never closed, a cut-off tag),
 * else -1: the tokenizer reports nothing from there on.
 */
export function scanTags(src: string, ev: TagEvents, xml: boolean): number {
  let openTag = -1;
  let name = '';
  let attrs: Array<[string, string]> = [];
  let attrName = '';
  let attrValue = '';
  const tok = new ForwardingTokenizer(
    { xmlMode: xml, decodeEntities: false },
    {
      onopentagname(start, end) {
        name = src.slice(start, end);
        attrs = [];
        openTag = start - 1;
      },
      onattribname(start, end) {
        attrName = src.slice(start, end);
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += src.slice(start, end);
      },
      onattribentity(cp) {
        attrValue += String.fromCodePoint(cp);
      },
      onattribend(quote) {
        // A valueless attribute (`<input checked>`) means name="name" (SGML minimization, as
        // feedparser writes it), not an empty value.
        if (quote === QuoteType.NoValue) attrValue = attrName;
        if (!attrs.some(([k]) => k === attrName)) attrs.push([attrName, attrValue]);
      },
      onopentagend(end) {
        openTag = -1;
        ev.open(name, attrs, false, end + 1);
      },
      onselfclosingtag(end) {
        openTag = -1;
        ev.open(name, attrs, true, end + 1);
      },
      onclosetag(start, end) {
        ev.close(src.slice(start, end), Math.max(0, src.lastIndexOf('<', start)));
      },
      ontext(start, end) {
        ev.text(src.slice(start, end), end);
      },
      ontextentity(cp, end) {
        ev.text(String.fromCodePoint(cp), end);
      },
      oncdata(start, end, offset) {
        if (xml) ev.cdata(src.slice(start, end - offset));
        else ev.comment?.(`[CDATA[${src.slice(start, end - offset)}]]`);
      },
      oncomment(start, end, offset) {
        ev.comment?.(src.slice(start, end - offset));
      },
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tok.write(src);
  tok.end();
  return openTag;
}

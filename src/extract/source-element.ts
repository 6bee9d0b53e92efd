/**
 * Chinese portals name the outlet a story comes from in an element of its own, without a label:
 * Tencent's old `<span class="a_source"><a>新华网</a></span>` between the section and the time, Sina's
 * `<a class="source ent-source">新京报</a>`, `<span class="source">南方日报</span>`. The element's class
 * says what the name is. Tencent's author element names the media account that posted the story
 * (`<div class="author"><a>新京报</a></div>`): there an outlet's name is the source, a person's is not.
 */
import type { Element } from 'domhandler';
import { findAll, textOf } from './dom.js';

/** A class or id that names the source element: `source`, `a_source`, `article-source`, `ent-source`, `media_name`. */
const SOURCE_CLASS = /(?:^|[\s_-])(?:source|media_name|media-name)(?:$|[\s_-])/i;
/** An outlet's name: Han characters (and letters, digits, `+`: `南方+`, `i黄冈`), no label, date or sentence. */
const OUTLET_NAME = /^[\u4e00-\u9fffA-Za-z0-9+·]{2,20}$/u;
/** Link words a source element may hold instead of a name: the original's link; a bare "from" whose name is elsewhere. */
const NOT_A_NAME = /原文|链接|鏈接|查看|来源|來源|^(?:来自|來自)$/u;

const named = (el: Element): boolean => SOURCE_CLASS.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
/** An author-named element (Tencent's `<div class="author"><a>新京报</a></div>` names the media account that posted the story). */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|auther|writer)(?:$|[\s_-]|name)/i;
const authorNamed = (el: Element): boolean => AUTHOR_CLASS.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
/** What an outlet's name ends in (a paper, a news brand, a site, a magazine, a channel); a person's name never does. */
const OUTLET_END = /(?:报|報|新闻|新聞|网|網|周刊|週刊|杂志|雜誌|日报|晚报|电视台|電視台|卫视|衛視|客户端|财经|財經|在线|在線)$/u;

/**
 * The outlet names held by source-named elements in `blocks` (the header lines' blocks): the
 * element's whole text, when it is a Chinese outlet's name and nothing else.
 */
export function sourceElementNames(blocks: readonly Element[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    // A header line's own block, not a container the text runs on in (its source elements are others').
    if (textOf(block).length > 160) continue;
    for (const el of [block, ...findAll(block, (e) => named(e) || authorNamed(e))]) {
      const byAuthor = !named(el);
      if (el === block && byAuthor && !authorNamed(block)) continue;
      // ifeng's `来自 新华社`: "from", then the name.
      const text = textOf(el)
        .replace(/\s+/gu, '')
        .replace(/^(?:来自|來自)(?=[\u4e00-\u9fffA-Za-z])/u, '');
      if (byAuthor && !OUTLET_END.test(text)) continue;
      if (/[\u4e00-\u9fff]/u.test(text) && OUTLET_NAME.test(text) && !NOT_A_NAME.test(text) && !out.includes(text)) out.push(text);
    }
  }
  return out;
}

/**
 * Vietnamese outlets sign a story at its end, not under the headline: the writer's name alone in
 * bold in the last paragraph (VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí print
 * `<p style="text-align:right"><strong>Hoài Thu</strong></p>`), sometimes with the wire the story
 * draws on after it (`<strong>Như Tâm</strong> (theo Reuters)`; the credit reader takes that).
 */
import type { Element } from 'domhandler';
import { isElement, textOf } from './dom.js';
import type { PageLine } from './page-lines.js';

/** Two to four capitalised words (a pen name may have no family name: "Hồng Nhung"), then an optional "(theo X)". */
const SIGNATURE = /^(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})(?:\s*[(（][Tt]heo\s+[^()（）]{2,40}[)）])?$/u;
/** Lines that look like a signature but are a credit or a source: "Theo TTXVN", "Nguồn: …". */
const NOT_A_NAME = /^(?:Theo|Nguồn|Ảnh|Video|Clip|Tin|Bài)\b/u;

/** The bold element a line opens with, when that is all the line holds but a bracket after it. */
function boldOpening(block: Element): Element | null {
  const kids = block.children.filter((c) => !(c.type === 'text' && c.data.trim() === ''));
  const first = kids[0];
  if (!first || !isElement(first) || !/^(?:strong|b)$/u.test(first.name)) return null;
  const rest = kids
    .slice(1)
    .map((c) => textOf(c))
    .join('')
    .trim();
  return rest === '' || /^[(（][^()（）]*[)）]$/u.test(rest) ? first : null;
}

/** The writer signing the story's last lines in bold, or null. */
export function viSignature(trailer: readonly PageLine[]): string | null {
  for (let i = trailer.length - 1; i >= 0; i--) {
    const l = trailer[i]!;
    if (l.text.length > 60 || !l.el) continue;
    const m = SIGNATURE.exec(l.text.trim());
    if (!m || NOT_A_NAME.test(l.text)) continue;
    const bold = boldOpening(l.el);
    const signed = bold ? textOf(bold).trim() : '';
    if (signed === m[1] || signed === l.text.trim()) return m[1]!;
  }
  return null;
}

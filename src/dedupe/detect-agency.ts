/**
 * The agency a page's text credits, found where credits are written: a dateline "(AP) —",
 * "LONDON (Reuters) -", "新华社北京11月5日电"; a byline "By Jane Doe, Associated Press"; a trailer
 * "Source: Xinhua", "© 2026 The Associated Press", "Copyright 2026 Reuters". A mention in a
 * sentence ("according to the state-run Xinhua News Agency") is not a credit and is not read.
 * Pages imported as raw text carry their credits inside the furniture, so extraction often finds
 * none; without this, "same source" would fall back to the host (issue 10, class 5).
 */
import { agencyAliasGroup, agencyByAlias, agencyByContextAlias, contextAliasPattern } from '../normalize/agencies.js';
import { definesAbbreviation } from '../normalize/closing-credit.js';
import { isCaptionLine, isTemplateLine } from './furniture.js';

// As a group with an empty lookahead: V8 compiles it once, not once per path into it (agencies.ts).
const ALIAS = agencyAliasGroup();
const CREDIT_RES: RegExp[] = [
  // "(AP) —", "LONDON (Reuters) -", "OTTAWA (CP) —" (context aliases count in a dateline's brackets)
  new RegExp(String.raw`(?:^|[\s,])[(（](${ALIAS}|${contextAliasPattern()})[)）]\s*(?:--|—|–|-|$)`, 'u'),
  new RegExp(String.raw`^By\s[^\n]{2,60}?[,/|]\s*(?:the\s)?(${ALIAS})\s*$`, 'iu'), // byline
  new RegExp(String.raw`^(?:source|credit|from)\s*[:：]\s*(?:the\s)?(${ALIAS})\b`, 'iu'), // trailer
  new RegExp(String.raw`^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:the\s)?(${ALIAS})\b`, 'iu'),
  new RegExp(String.raw`^(${ALIAS})\s*\S{0,12}?\d{1,2}月\d{1,2}日[电電]`, 'u'), // 新华社北京11月5日电, 新華社北京11月5日電
  new RegExp(String.raw`^(${ALIAS})快[讯訊]\s*[:：]`, 'u'), // 新华社快讯：, 新華社快訊： (an urgent)
];

/** A caption is shorter than this (furniture.ts `isCaptionLine`); a longer line closed by a credit is a paragraph. */
const CAPTION_LENGTH = 400;

/** Lines checked at each end of the text: credits sit at the top or the bottom of a page. */
const EDGE_LINES = 12;
/**
 * A dateline ("LONDON (Reuters) -") credits the text only in its lead: within the first LEAD_LINES
 * lines that are sentences (template lines before them, a byline or a share bar, do not count). A
 * live blog or a commentary quoting an agency's lead further down ("Reuters has the details:
 * TOKYO, June 12 (Reuters) - …") is not that agency's text, nor is a briefing whose second item
 * kept its dateline (one lede after another, no intro): credited, it had the same-agency floor
 * with that agency's stories and linked to two of them at once (briefing-credit.test.ts).
 */
const LEAD_LINES = 1;

/** The canonical name of the agency the text credits, or null. */
export function detectAgency(body: string): string | null {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // Index of the last line of the lead: the LEAD_LINES-th non-template line.
  let leadEnd = lines.length - 1;
  for (let i = 0, seen = 0; i < lines.length; i++) {
    if (isTemplateLine(lines[i]!) || isCaptionLine(lines[i]!) || ++seen < LEAD_LINES) continue;
    leadEnd = i;
    break;
  }
  const top = Math.min(EDGE_LINES, lines.length);
  const edge = lines.length <= 2 * EDGE_LINES ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  for (let e = 0; e < edge.length; e++) {
    const line = edge[e]!;
    // A photo caption's credit ("... shows Prigozhin at a cemetery. (AFP)") is the picture's.
    if (isCaptionLine(line)) continue;
    const at = lines.length <= 2 * EDGE_LINES || e < top ? e : lines.length - edge.length + e;
    for (const re of CREDIT_RES) {
      const m = re.exec(line);
      // A bracket dateline followed by its dash, past the lead, is a quoted lead (see LEAD_LINES);
      // a bracket closing a line past the lead credits the text only as its trailer, below its
      // last sentence: between paragraphs it closes a caption whose credit is the picture's
      // ("… in Sanliurfa, southern Turkey. (IHA)" in the LA Times' copy of an AP story made it
      // İHA's, so it could contain no AP-credited copy: realdd5 probe). A paragraph of 400+
      // characters closed by it is the text's last one, whatever the outlet appends ("… „Tagesschau“).
      // (dpa)" above a note introducing a video).
      if (
        m &&
        re === CREDIT_RES[0] &&
        at > leadEnd &&
        (!/[)）]\s*$/u.test(m[0]) || (line.length < CAPTION_LENGTH && sentenceAfter(lines, at)))
      )
        continue;
      // "… Association (APA)" spells out an abbreviation; it credits no one.
      if (m?.[1] && re === CREDIT_RES[0] && definesAbbreviation(line.slice(0, m.index + 1), m[1])) continue;
      const agency = m?.[1] ? (agencyByAlias(m[1]) ?? (re === CREDIT_RES[0] ? agencyByContextAlias(m[1]) : undefined)) : undefined;
      if (agency) return agency.name;
    }
  }
  return null;
}

/** True when a line after `at` is text (not a template line or a caption): `at` is not the text's trailer. */
function sentenceAfter(lines: readonly string[], at: number): boolean {
  for (let i = at + 1; i < lines.length; i++) if (!isTemplateLine(lines[i]!) && !isCaptionLine(lines[i]!)) return true;
  return false;
}

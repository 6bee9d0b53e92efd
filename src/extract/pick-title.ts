/**
 * The displayed headline. Sources, in order: an <h1> that agrees with what the page's metadata
 * calls the title (the metadata is often truncated or suffixed, the <h1> is what readers see);
 * an <h1> that reads as a headline; og:title / JSON-LD headline / twitter:title; the <title>
 * without the site name; a line styled as a title above the text. Every value is
 * entity-decoded once more (publishers double-encode: `&#8217;`, `&quot;`, `&uuml;` arrive
 * literally), and section labels, site names and empty strings are never a title.
 */
import { decodeHTML } from 'entities';
import { agencyByAlias } from '../normalize/agencies.js';
import { isDateLine } from './date-line.js';

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
  /** Every visible line of the page: a metadata title the page never prints is not its headline. */
  pageTexts?: readonly string[];
}

/**
 * Separators between a headline and the site or section name: `|`, ` - `, ` – `, ` :: `, ` » `, ` « `,
 * `_`, `｜`; Korean templates' `ㅣ` (a Hangul letter used as a bar: "제목-정치ㅣ한국일보") and
 * `<` section trails ("제목 < 정치 < 기사본문 - 매체명"); and Chinese portals' unspaced dashes
 * after CJK text ("标题-中新网", "标题——人民网", "标题_新华网").
 */
const SEPARATOR =
  /\s+(?:[|\-–—»«›‹·•~<>]|::|\/\/)\s+|\s*[|｜_ㅣ]\s*|\s+(?=[|])|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af”」》）)!?！？])\s*(?:-{1,2}|－|—{1,2}|–)\s*(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7afA-Za-z])/u;
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
  // A domain, alone or in brackets after the name: "cctv.com", "央视网(cctv.com)".
  if (/\.[a-z]{2,4}(?:[)）])?$/.test(p) || /^www\./.test(p)) return true;
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

/** Weight of a part: its words, one per CJK character ("Joel on Software" 3, "给计算机系学生的建议" 10). */
function weight(s: string): number {
  return words(s).length;
}

/** Chinese/Korean/Japanese outlet name endings (网, 日报, 뉴스, 일보, 新聞 ...). */
const OUTLET_END =
  /(?:网|網|报|報|社|台|新闻|新聞|频道|頻道|资讯|資訊|在线|在線|周刊|杂志|論壇|论坛|博客|门户|客户端|뉴스|일보|신문|방송|닷컴|通信|新聞)$/u;

/**
 * A Chinese portal's keywords between the headline and its name: `标题|国务院|工业增加值_新浪新闻`.
 * Short CJK words after bars, then the site after an underscore or dash.
 */
const KEYWORD_TRAIL = /^(.+?)(?:[|｜][\u4e00-\u9fff\w·]{1,10}){1,6}\s*[_\-－—]\s*([^|｜_\-－—]{2,20})$/u;

/**
 * A CJK end part that is a site or a section label ("人民网", "地方", "정치", "기사본문"), not the
 * second half of a headline ("……——记一位乡村教师", "——访……"), which Chinese features use.
 */
function cjkLabel(part: string): boolean {
  const t = part.replace(/\s+/g, '');
  return OUTLET_END.test(t) || (t.length <= 4 && !/^(?:记|記|访|訪|专访|專訪|写在|寫在|致|谈|談)/u.test(t));
}

/** An unspaced `-Name` closing a Latin headline, as Xinhua's English pages write it ("…group-Xinhua"). */
const UNSPACED_END = /(?<=[\p{Ll}\d.!?'’")])-(\p{Lu}[\p{L}'’ ]{2,30})$/u;

/**
 * A Japanese outlet's name after a colon closing the title ("見出し：朝日新聞デジタル", "見出し : 読売新聞
 * オンライン"). The colon also splits Chinese and Japanese headlines ("茉莉：我是怎样…"), so only a
 * site's name or a name ending as Japanese outlets' do goes.
 */
const COLON_END = /\s*[：:]\s*([^：:]{2,16})$/u;
const JA_OUTLET_END = /(?:新聞|新聞社|新聞デジタル|新聞オンライン|オンライン|ニュース|電子版)$/u;

/** A title without the site name and section labels around it. */
export function stripSiteName(title: string, siteNames: string[], host: string): string {
  // "…-Xinhua" is the site or its agency only when the name says so: "Covid-Omicron" stays.
  const t = clean(title)
    .replace(TRAILING_DATE, '')
    .replace(UNSPACED_END, (all, name: string) => (agencyByAlias(name) || isSiteName(name, siteNames, host) ? '' : all))
    .replace(COLON_END, (all, name: string, at: number) =>
      at > 0 && CJK.test(name) && (JA_OUTLET_END.test(name.trim()) || isSiteName(name, siteNames, host)) ? '' : all,
    );
  const keywords = (t.includes('|') || t.includes('｜')) && CJK.test(t) ? KEYWORD_TRAIL.exec(t) : null;
  if (keywords && headlineLike(keywords[1]!) && cjkLabel(keywords[2]!)) return stripSiteName(keywords[1]!, siteNames, host);
  const parts = t
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length <= 1) return t;
  const restWeight = (from: number, to: number): number => weight(parts.slice(from, to).join(' '));
  // Site names and sections are at the ends: drop site-named end parts, and short end parts
  // lighter than what stays (so "Joel on Software - 给计算机系学生的建议" keeps the headline).
  const droppable = (i: number, rest: number): boolean =>
    isSiteName(parts[i]!, siteNames, host) ||
    // A blog's or board's name closing the title (`标题 - 茉莉的博客`), however short the headline before it.
    (i > 0 && CJK.test(parts[i]!) && isShortPart(parts[i]!) && SITE_WORDS.test(parts[i]!)) ||
    /^[\d./-]+$/.test(parts[i]!) ||
    (isShortPart(parts[i]!) && weight(parts[i]!) < rest && (!CJK.test(parts[i]!) || cjkLabel(parts[i]!)));
  // A channel of the site named after it: `_澎湃号·政务_澎湃新闻`, `_凤凰网资讯_凤凰网` (the first two characters).
  const dropped: string[] = [];
  const channel = (part: string): boolean =>
    CJK.test(part) && isShortPart(part) && dropped.some((d) => CJK.test(d) && d.length >= 2 && part.startsWith(d.slice(0, 2)));
  while (parts.length > 1 && (droppable(parts.length - 1, restWeight(0, parts.length - 1)) || channel(parts[parts.length - 1]!)))
    dropped.push(parts.pop()!);
  // Old Chinese templates put the site and its section first (`某某网 - 新闻中心 - 标题`): a short CJK
  // label heading the title goes when a heavier headline closes it.
  // (Three parts or more, or an outlet's name: `稳中有进——访…` is a feature's two halves.)
  const lastWeight = (): number => weight(parts[parts.length - 1]!);
  const labelled = parts.length >= 3;
  while (
    parts.length > 1 &&
    (isSiteName(parts[0]!, siteNames, host) ||
      (isShortPart(parts[0]!) && !isShortPart(parts[1]!) && parts[0]!.length * 3 < parts[1]!.length) ||
      (CJK.test(parts[0]!) &&
        isShortPart(parts[0]!) &&
        cjkLabel(parts[0]!) &&
        (labelled || OUTLET_END.test(parts[0]!)) &&
        headlineLike(parts[parts.length - 1]!) &&
        weight(parts[0]!) < lastWeight()))
  )
    parts.shift();
  if (parts.length === 1) return parts[0]!;
  // Still several long parts: the headline itself had a separator ("Ukraine - Russia talks"): keep it whole.
  return parts.join(' - ') === t
    ? t
    : t.slice(t.indexOf(parts[0]!), t.lastIndexOf(parts[parts.length - 1]!) + parts[parts.length - 1]!.length);
}

/** Every run of a metadata title's parts: the pieces one of which is the headline. */
function pieces(title: string): string[] {
  const t = clean(title).replace(TRAILING_DATE, '');
  const parts = t
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const out = [t];
  for (let i = 0; i < parts.length; i++)
    for (let j = parts.length; j > i; j--) if (j - i < parts.length) out.push(parts.slice(i, j).join(' '));
  return out;
}

/** `a` and `b` say the same: most words of each are in the other. */
function agrees(a: string, b: string): boolean {
  const x = covered(a, b);
  const y = covered(b, a);
  return Math.max(x, y) >= 0.8 && Math.min(x, y) >= 0.5;
}

/** Printed decorations around a headline: a forum's "主题：", a blog's trailing "- -". */
function undecorate(s: string): string {
  return s
    .replace(/^(?:主题|標題|标题|題目|题目|Subject|Topic)\s*[:：]\s*/iu, '')
    .replace(/(?:\s*-\s*-|\s*—)+$/u, '')
    .trim();
}

/** Reads as a headline rather than a label: a few words, or a few CJK characters. */
function headlineLike(s: string): boolean {
  if (s === '' || s.length > 300) return false;
  return CJK.test(s) ? s.replace(/\s/g, '').length >= 6 : s.split(/\s+/).length >= 3;
}

/** The article's headline, or '' when the page names none. */
export function pickTitle(x: TitleInputs): string {
  const strip = (v: string | null): string => (v ? stripSiteName(v, x.siteNames, x.host) : '');
  // A whole title that merely contains the site name ("[주간 뉴스타파] 부모를...") is still a title.
  const notSite = (v: string): boolean => v !== '' && !(isShortPart(v) && isSiteName(v, x.siteNames, x.host)) && !SITE_WORDS.test(v);
  const metas = [clean(x.headline), strip(x.og), strip(x.twitter), strip(x.doc)].filter(notSite);
  // A heading that holds only a date ("Wednesday, May 15, 2024" in a template's <h1> or Joomla's
  // date <h2>) is never the headline.
  const h1s = x.h1s
    .map(clean)
    .filter(notSite)
    .filter((h) => !isDateLine(h));
  // An <h1> that is the metadata headline behind a kicker (`<span>Ölmarkt</span><span>Opec plus …</span>`,
  // often with no space between them; `Bahn: …`): the headline is the metadata's, the kicker a label.
  // A kicker joined by a dash or a bar ("BUDGET 3.0 | Sars gets …") is printed as part of the headline.
  // (Not when a metadata title repeats the whole <h1>: the publisher then calls all of it the headline.)
  for (const h of h1s.filter((v) => !metas.includes(v)))
    for (const m of metas) {
      const kicker = h.endsWith(m) && headlineLike(m) ? h.slice(0, h.length - m.length).trim() : '';
      if (kicker !== '' && kicker.length <= 40 && kicker.split(/\s+/).length <= 4 && !/[|｜\-–—]$/u.test(kicker)) return m;
    }
  // An <h1> the metadata agrees with (the metadata is often truncated or suffixed).
  for (const h of h1s) if (metas.some((m) => agrees(h, m))) return h;
  // A short CJK headline (`旧书店`, under headlineLike's six characters) that the <title> opens with
  // (`旧书店 - 读书论坛`, `旧书店 - 茉莉的博客 - 网易博客`): the <title> confirms what the heading prints.
  const doc = clean(x.doc);
  const docFirst = (doc.split(SEPARATOR)[0] ?? '').trim();
  // (Not a site's name heading its <title>, `人民网 - 标题` with a logo <h1>.)
  if (
    docFirst !== '' &&
    docFirst !== doc &&
    CJK.test(docFirst) &&
    !OUTLET_END.test(docFirst) &&
    !SITE_WORDS.test(docFirst) &&
    !isSiteName(docFirst, x.siteNames, x.host)
  ) {
    const confirmed = [...h1s, ...x.styledLines, ...x.aboveLines.slice(0, 3)].map((l) => undecorate(clean(l))).find((l) => l === docFirst);
    if (confirmed) return confirmed;
  }
  const agreed = h1s.find((h) => headlineLike(h));
  // Several <h1>s and no metadata: sidebar labels ("导航", "Blog统计"); a styled line may do better.
  if (agreed && h1s.length === 1) return agreed;
  const styled = x.styledLines
    .map((l) => undecorate(clean(l)))
    .filter((l) => headlineLike(l) && !HEADER_LINE.test(l) && !SITE_WORDS.test(l) && !isDateLine(l));
  const above = x.aboveLines.map((l) => undecorate(clean(l))).filter(printedHeadline);
  // A piece of a metadata title printed as a styled line above the text is the headline,
  // whichever end of "<site> - <headline>" it sits at.
  const raw = [x.headline, x.og, x.twitter, x.doc].filter((v): v is string => !!v);
  for (const line of [...styled, ...above.slice(0, 3)])
    if (raw.some((r) => pieces(r).some((p) => headlineLike(p) && agrees(p, line)))) return line;
  const meta = metas.find(headlineLike) ?? metas[0];
  // A metadata title the page never prints (a portal greeting, a forum's "CCTV.com- 央视论坛")
  // loses to a headline styled as one just above the text.
  const unprinted = !!meta && !!x.pageTexts && !printedAnywhere(meta, x.pageTexts);
  const override = unprinted ? styled.find(printedHeadline) : undefined;
  if (meta && headlineLike(meta) && !weak(meta) && !override) return meta;
  const printed = weak(meta ?? agreed ?? '') ? (styled[0] ?? above[0]) : override;
  return (
    printed ??
    (meta && headlineLike(meta) ? meta : undefined) ??
    (agreed && !weak(agreed) ? agreed : undefined) ??
    styled[0] ??
    agreed ??
    meta ??
    // A page's one heading, however short (`旧书店` on a board whose <title> is the board's name), before no title.
    (h1s.length === 1 && !HEADER_LINE.test(h1s[0]!) ? h1s[0] : undefined) ??
    ''
  );
}

/** True when some visible line of the page says the same as `title`. */
function printedAnywhere(title: string, texts: readonly string[]): boolean {
  const n = title.replace(/\s+/g, '');
  const head = n.slice(0, Math.min(n.length, 8));
  for (const t of texts) {
    if (t.length < head.length || t.length > title.length * 3 + 40) continue;
    if (t.replace(/\s+/g, '').includes(head) && agrees(title, t)) return true;
  }
  return false;
}

/** A byline, source or date line, not a headline. */
const HEADER_LINE =
  /\d{4}[-/.年]\s?\d|\d{1,2}[:：]\d\d|^(?:by|von|作者|来源|來源|发布|發佈|发表|發表|posted)\b|(?:作者|来源|來源|发布日期|发布时间|编辑|楼主|樓主|发帖人|發帖人|博主)\s*[:：]|本报记者|^记者/iu;
/** A blog's or forum's own name ("bjreader的博客", "彻头彻尾的linkist Blog", "央视论坛"). */
const SITE_WORDS = /(?:的博客|的blog|博客|论坛|論壇|'s blog|’s blog)\s*$/iu;

/** Too short to be a news headline: a site or channel name ("网易娱乐", "Blog统计", "Joel on Software"). */
function weak(s: string): boolean {
  return s === '' || (CJK.test(s) ? s.replace(/\s/g, '').length <= 10 : s.split(/\s+/).length <= 3);
}

/** A line that reads as a headline: not a sentence, date line, byline or menu. */
function printedHeadline(s: string): boolean {
  if (!headlineLike(s) || weak(s) || s.length > 80 || HEADER_LINE.test(s) || SITE_WORDS.test(s) || isDateLine(s)) return false;
  if (/[。.!！:：]$|\d{4}[-/.年]\d|\d{1,2}:\d\d|[|｜>»]|^(?:by|von|作者|来源|来源|发表|posted)/iu.test(s)) return false;
  return CJK.test(s) ? true : s.split(/\s+/).length <= 20;
}

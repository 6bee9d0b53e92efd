/**
 * Chinese source lines: the outlets a page names as the origin of its text, in the forms
 * mainland, Hong Kong and Taiwanese sites print them:
 *   labels        `来源：新华社`, `來源：中央社`, `稿源：`, `信息来源：市政府办公室` (government sites),
 *                 `稿件来源：东方网`, `本文来源：澎湃新闻` (163's trailer), `文章来源：`, `来源于人民网`,
 *                 with a full-width or half-width colon, spaces or none, after a date or alone
 *   values        `人民网－人民日报` (both outlets), `新华社、央视新闻` (each), `《人民日报》（2024年05月15日
 *                 第04版）` (the paper inside the title marks), `新华社客户端` (Xinhua's app: Xinhua)
 * A label inside a word is another thing: `数据来源：国家统计局` credits a chart's figures,
 * `图片来源：视觉中国` a picture, and `这些数据来源于…` is a sentence.
 */
import { agencyAliases, agencyByAlias, type Agency } from './agencies.js';

const HAN = '\\u4e00-\\u9fff';
/**
 * The label and what follows it. With a colon, the label may follow anything but a Han character (a
 * date runs into it on some templates: `发布日期：2024-05-15信息来源：市卫健委`); `来源于` without a colon
 * only at the line's start or after a space or bracket.
 */
const ZH_SOURCE_LINE = new RegExp(
  `(?:(?:^|[^${HAN}])(?:信息|稿件|本文|文章|新闻|新聞)?(?:来\\s?源|來\\s?源|稿源)\\s*[:：]|(?:^|[\\s(（【\\[])(?:信息|稿件|本文|文章)?(?:来源|來源)(?:于|於)\\s*[:：]?)\\s*(.+)$`,
  'u',
);

/** The value after a Chinese source label in `line` (`新华社 作者：张三`), or null when the line has none. */
export function zhSourceValue(line: string): string | null {
  if (!line.includes('源')) return null;
  return ZH_SOURCE_LINE.exec(line)?.[1] ?? null;
}

/** A line that is only a source label: old templates print the outlet in the next table cell (`<td>来源：</td><td>人民日报</td>`). */
const LABEL_ONLY = /^(?:(?:信息|稿件|本文|文章|新闻|新聞)?(?:来\s?源|來\s?源)|稿源)\s*[:：]?$/u;

/** Whether `line` is a source label and nothing else (its value is on the next line). */
export function zhSourceLabelOnly(line: string): boolean {
  return line.length <= 8 && LABEL_ONLY.test(line);
}

/** Where a source line's value ends: the next label, a date, a bar, a sentence's end. */
const VALUE_END = new RegExp(
  `\\s*[|｜]\\s*|\\s{2,}|[。！？；]|(?:作者|编辑|編輯|责编|責編|责任编辑|責任編輯|记者|記者|时间|時間|日期|发布|發布|發佈|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號)\\s*[:：]|\\d{4}\\s*[-/.年]\\s*\\d`,
  'u',
);
/** Values that say where a text came from without naming an outlet: reposted, the web, this site, original, compiled, unknown. */
const NO_SOURCE =
  /^(?:(?:本站|本网|本網|网络|網絡|网上|網上|互联网|互聯網|网友|網友)?(?:原创|原創|整理|综合|綜合|转载|轉載|投稿|编辑|編輯)?(?:文章)?|转载文章|轉載文章|未知|其他|其它|佚名|网摘|網摘|不详|不詳)$/u;
/** Words of a sentence, not a name: `本文来源于网络，如有侵权请联系删除`. */
const CLAUSE = /如有|侵权|侵權|联系|聯繫|删除|刪除|请|請|版权|版權|仅代表|僅代表|观点|觀點|所有/u;
/** Two outlets joined by a dash name both: `人民网－人民日报`, `经济日报-中国经济网`, `环球时报-环球网`. */
const PAIR = new RegExp(`^([${HAN}A-Za-z0-9+]{2,})\\s*[-－—–]\\s*([${HAN}A-Za-z0-9+]{2,})$`, 'u');

/** A site's channel or column after its name: `国际频道`, `财经栏目`, `专题`. */
const CHANNEL = /(?:频道|頻道|栏目|欄目|专栏|專欄|专题|專題|板块|版塊)$/u;

/**
 * The outlets a Chinese source line's value names, as written: `人民网－人民日报` gives both,
 * `《人民日报》（2024年05月15日 第04版）` the paper, `网络` (the web) and `本站原创` none.
 */
export function zhSourceNames(value: string): string[] {
  const cut = value.split(VALUE_END)[0]!;
  const out: string[] = [];
  for (const part of cut.split(/\s*[、,，/／;]\s*/u)) {
    // A paper's name in title marks, spaces and all: `《 人民日报 》`.
    let item = part.replace(/《\s*([^》]*?)\s*》/gu, '$1').trim();
    // Chinese lines run on without punctuation: `新华社 作者：…`, `人民日报 记者 张三` end at the space.
    item = item.split(/\s+/u)[0] ?? '';
    // Brackets around the line or the name: `（来源：科技日报）`, `【来源：新华网】`.
    item = item.replace(/^["“「『【[(（]+|["”」』】\])）.。:：(（]+$/gu, '');
    if (item === '' || item.length > 40 || /[="<>]/u.test(item) || NO_SOURCE.test(item) || CLAUSE.test(item)) continue;
    const pair = PAIR.exec(item);
    // `人民网-国际频道`: the site's channel, not a second outlet.
    out.push(...(pair ? (CHANNEL.test(pair[2]!) ? [pair[1]!] : [pair[1]!, pair[2]!]) : [item]));
  }
  return out;
}

/** What follows an agency's name in the name of its app, account or site: `新华社客户端`, `新华社微博`. */
const PRODUCT = /^(?:客户端|客戶端|APP|App|app|微博|官方微博|微信|微信公众号|公众号|公眾號|新媒体|新媒體|视频|視頻|中文网|中文網)$/u;
/**
 * Chinese agency names of three characters or more (新华社, 中新社, 中央社 …), longest first, and 路透
 * (`路透中文网`, Reuters' Chinese site); not 共同 and 時事, which are words.
 */
const ALL_HAN = new RegExp(`^[${HAN}]+$`, 'u');
const ZH_AGENCIES = agencyAliases()
  .filter((a) => ALL_HAN.test(a) && (a.length >= 3 || a === '路透') && agencyByAlias(a)?.kind !== 'outlet')
  .sort((x, y) => y.length - x.length);

/** The agency a Chinese outlet name stands for: its own name, or its app's or account's (`新华社客户端`: Xinhua). */
export function zhAgencyOf(name: string): Agency | undefined {
  const whole = agencyByAlias(name);
  if (whole) return whole.kind === 'outlet' ? undefined : whole;
  const alias = ZH_AGENCIES.find((a) => name.startsWith(a) && PRODUCT.test(name.slice(a.length)));
  return alias ? agencyByAlias(alias) : undefined;
}

/**
 * An outlet's opener without brackets or a date, naming it: `新京报讯（记者 吴采倩）`, `香港文匯報訊（記者 鄭伊莎）`,
 * `南都讯 `. Not `本报讯` (this paper), not 资讯/通讯/快讯 (news items), and the name ends as an outlet's
 * does (报, 网, 台, 社, 新闻, 都 …), so a sentence (`经审讯，…`) is none.
 */
const OPENER = new RegExp(
  `^(?!本报|本報|本刊|本台|本网|本網|据|據)([${HAN}A-Za-z]{1,11}[报報网網台社闻聞刊都经經视視号號端])(?:[（(][${HAN}]{2,10}[）)])?(?:专|專)?(?:讯|訊)(?=[\\s（(：:据據综綜]|$)`,
  'u',
);

/** The outlet a text's unbracketed opener names (`新京报讯（记者 X）…`: 新京报), or null. */
export function zhOpenerOutlet(line: string): string | null {
  return line.includes('讯') || line.includes('訊') ? (OPENER.exec(line)?.[1] ?? null) : null;
}

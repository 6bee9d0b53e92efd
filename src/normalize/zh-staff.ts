/**
 * Chinese staff lines: the roles a story's trailer or byline box names, each with its people —
 * `编辑：王树君 责任编辑：刘亮`, `责任编辑：屈运栩 | 版面编辑：邱祎`, `责任编辑：刘亮 值班编辑：郭佳` (an
 * ideographic space between), `（编辑：王丽 审核：李强）`, `（文/刘洋 图/陈晨 编辑/黄婷 审核/周敏）`, `编辑 张磊 校对 卢茜`,
 * `（譯者：陳昱婷/核稿：林沂鋒）`, `(报导 路透北京新闻组；编辑 张涛)`. Editors are the responsible, web,
 * duty, page, process and copy editors (核稿); proofreaders (校对), reviewers (审核, 二审), photo and
 * art editors, translators, photographers and writers are other roles, and a label never runs into
 * the name before it. Staff codes go: `王晓勇_NN2345` is 王晓勇, `SN021` and `u028` name no one.
 */

const EDITOR_ROLES = [
  // responsible, web, trainee, duty, page and process editors
  '责任编辑 責任編輯 责编 責編 网络编辑 網絡編輯 实习编辑 實習編輯 值班编辑 值班編輯 版面编辑 版面編輯 流程编辑 流程編輯',
  // editors, copy editors
  '编辑 編輯 核稿',
]
  .join(' ')
  .split(' ');
const OTHER_ROLES = [
  // editors of pictures, art and video
  '图片编辑 圖片編輯 美术编辑 美術編輯 美编 美編 视频编辑 視頻編輯',
  // proofreaders, reviewers, producers
  '校对 校對 审校 審校 审核 審核 审稿 審稿 初审 初審 一审 一審 二审 二審 三审 三審 复审 複審 终审 終審 监制 監製 策划 策劃 统筹 統籌 主编 主編',
  // pictures, design, translation
  '摄影 攝影 摄像 攝像 制图 製圖 设计 設計 图 圖 译者 譯者 翻译 翻譯 编译 編譯',
  // writers, and the source
  '作者 撰文 文 记者 記者 通讯员 通訊員 报导 報導 报道 報道 来源 來源',
]
  .join(' ')
  .split(' ');
const EDITORS = new Set(EDITOR_ROLES);
/** A role label and what follows it: a colon, a slash or bar (`编辑丨李四`), or (in a line of roles) a space before a name. */
const ROLE = new RegExp(
  `(${[...EDITOR_ROLES, ...OTHER_ROLES].sort((x, y) => y.length - x.length).join('|')})(\\s*[:：]\\s*|\\s*[/／|｜丨]\\s*|[\\s\\u3000]+)`,
  'gu',
);
/** Before a label without a colon: the line's start, a space, a separator or a bracket. */
const BEFORE_LABEL = /[\s\u3000|｜丨/／;；,，、(（【[]$/u;
/** An outlet's name just before a role label: `界面新闻`, `澎湃新闻`, `某某网`, `某某报`. */
const OUTLET_BEFORE = /(?:新闻|新聞|网|網|报|報|社)$/u;
/** A line of roles opens with one (after a bracket): `编辑 张磊 校对 卢茜`, `(报导 路透北京新闻组；编辑 张涛)`. */
const OPENS_WITH_ROLE = /^\s*[(（【[]?\s*$/u;
/** Where a role's names end: a separator, a closing bracket, another (unknown) label. */
const VALUE_END = /\s*(?:[|｜丨;；)）】\]]|[\u4e00-\u9fff]{2,6}\s*[:：]).*$/u;
/** A Han name, or a transliterated one whose parts a middle dot joins (`买买提·吐尔逊`). */
const HAN_NAME = /^(?:[\u4e00-\u9fff·]{2,5}|[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3})$/u;
/** A staff code after a name (`王晓勇_NN2345`, `张晓丽_NN004`), or alone (`SN021`, `u028`). */
const STAFF_CODE = /[_－-]?[A-Za-z]{0,4}\d{2,}$/u;
/** Desks and outlets where a name would be: `路透北京新闻组`, `本报`. */
const NOT_A_NAME = /新闻|新聞|组$|組$|部$|中心|网$|網$|社$|台$|本报|本報/u;
/** Staff who go by a Latin name: `51offer编辑：Alice`, `责任编辑：Tom Zhang`. */
const LATIN_NAME = /^\p{Lu}\p{Ll}{1,15}(?: \p{Lu}\p{Ll}{1,15})?$/u;

/** The people of one role's value. */
function people(value: string): string[] {
  const v = value.replace(VALUE_END, '').trim();
  if (LATIN_NAME.test(v)) return [v];
  const out: string[] = [];
  for (const token of v.split(/[\s\u3000、，,/／]+/u)) {
    const name = token.replace(STAFF_CODE, '');
    if (HAN_NAME.test(name) && !NOT_A_NAME.test(name)) out.push(name);
  }
  return out;
}

/** Every editor role has one of these: the cheap test before the role scan, which most lines fail. */
const EDITOR_CHAR = /[编編稿]/u;

/**
 * The editors a Chinese staff line names; null when the line names no editor role (so an
 * English or other credit reader may try it), [] when it names one without a name (`SN021`).
 */
export function zhEditors(line: string): string[] | null {
  if (line.length > 120 || !EDITOR_CHAR.test(line)) return null;
  const labels: Array<{ role: string; start: number; end: number }> = [];
  for (const m of line.matchAll(ROLE)) {
    const colon = /[:：]/u.test(m[2]!);
    const before = line.slice(0, m.index);
    // A label with a colon may follow anything ("51offer编辑："); with a slash it needs a boundary; with
    // a space it must head a line of roles (else "编辑 部署" in a sentence would be a role).
    // (An outlet's name may run into a label before a bar: `界面新闻编辑 | 李颖`.)
    const bar = /[/／|｜丨]/u.test(m[2]!);
    if (!colon && !(before === '' || BEFORE_LABEL.test(before) || (bar && OUTLET_BEFORE.test(before)))) continue;
    if (!colon && !/[/／|｜丨]/u.test(m[2]!) && labels.length === 0 && !OPENS_WITH_ROLE.test(before)) continue;
    labels.push({ role: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  if (labels.length === 0) return null;
  const out: string[] = [];
  labels.forEach((l, i) => {
    if (EDITORS.has(l.role)) out.push(...people(line.slice(l.end, labels[i + 1]?.start ?? line.length)));
  });
  return [...new Set(out)];
}

/**
 * Who wrote a post on a Chinese board or personal blog, when no byline names a person: the
 * thread starter's handle (`楼主：cjy52191`, `博主：drizzle_2008`, `cjy52191 发表于 2008-05-15`), or
 * the blog's owner, whom the post's <title> names (`茉莉的博客`, Sina's `标题_大卫_新浪博客`,
 * cnblogs' `标题 - 作者 - 博客园`). Handles mix Latin letters and digits, so the name checks for
 * people (which refuse digits, codes and underscores) do not apply to them.
 */

/** A post line opening with the poster, then "posted at" and the date. */
export const POSTED_AT = /^([\p{L}\d_·.-]{2,20})\s*(?:发表于|發表於|发布于|發佈於|发表在|發表在)\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}/u;

/** A board reply's head: its floor (`1楼`, `2樓`, `#3`, `沙发`) or its reply date (`回复日期：`). */
export const REPLY = /^(?:第?\s*\d+\s*(?:楼|樓|层|層|#)|#\s*\d+|沙发|沙發|板凳|地板)(?![\u4e00-\u9fff]{0,2}主)|回复日期|回覆日期|回復日期/u;

/** A poster's label and handle: `楼主：cjy52191`, `发帖人: tom_2005`, `作者：drizzle`, `楼主：老张头`. */
const POSTER_LABEL = /(?:^|[\s|｜])(作者|楼主|樓主|发帖人|發帖人|博主|发表人|發表人)\s*[:：]\s*([\p{L}\d_.-]{2,20})(?![\p{L}\d_.-]|\s*=)/u;
/** A handle: Latin letters, digits, `_ . -`; at least one letter. Han characters with digits (`小王2005`) are one too. */
const HANDLE = /^(?:(?=[\d_.-]*[A-Za-z])[A-Za-z\d_.-]{2,20}|[\u4e00-\u9fff]{1,8}[\d_]{1,8})$/u;
/** Labels that only a board's or blog's poster has: after them a Han handle (`楼主：老张头`) is the poster too. */
const POSTER_ONLY = /^(?:楼主|樓主|发帖人|發帖人|博主)$/u;
/** A Han handle; not a guest's or the site's placeholder. */
const HAN_HANDLE = /^[\u4e00-\u9fff]{2,8}$/u;
const NO_ONE = /^(?:佚名|匿名|游客|遊客|网友|網友|管理员|管理員|本站|小编|小編)$/u;
/** A personal blog's or space's name: `茉莉的博客`, `大卫的个人空间`, `cjy52191的专栏`. */
const OWNED = /^(.{1,16}?)\s*的(?:博客|部落格|网易博客|新浪博客|个人空间|個人空間|空间|空間|专栏|專欄|博客空间|BLOG|Blog|blog)$/u;
/** Blog platforms that close a post's <title> after the owner's name. */
const PLATFORM =
  /^(?:新浪博客|网易博客|搜狐博客|博客园|博客大巴|和讯博客|天涯博客|凤凰博客|博客中国|百度空间|QQ空间|Qzone|CSDN博客|51CTO博客|ChinaUnix博客)$/iu;
/** What splits a <title>'s parts: `_`, ` - `, `|`. */
const TITLE_PARTS = /\s*(?:_|\s[-–—]\s|[|｜])\s*/u;

/** The thread starter's handle in a board's or blog's post lines; a Han name only after a poster's own label (楼主). */
export function zhPosterHandle(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 100 || REPLY.test(line)) continue;
    const labelled = POSTER_LABEL.exec(line);
    if (labelled) {
      const [, label, handle] = labelled as unknown as [string, string, string];
      // After 作者 a Han name is the byline reader's (which refused it, if it is here); after 楼主, the poster's.
      return HANDLE.test(handle) || (POSTER_ONLY.test(label) && HAN_HANDLE.test(handle) && !NO_ONE.test(handle)) ? handle : null;
    }
    const m = POSTED_AT.exec(line);
    if (m) return HANDLE.test(m[1]!) ? m[1]! : null;
  }
  return null;
}

/** The owner of the personal blog a post is on, from its <title>. */
export function zhBlogOwner(docTitle: string | null): string | null {
  const parts = (docTitle ?? '')
    .split(TITLE_PARTS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const p of parts) {
    const owned = OWNED.exec(p);
    if (owned) return owned[1]!;
  }
  // "标题_大卫_新浪博客": the part before the platform, when a post title comes before it.
  if (parts.length >= 3 && PLATFORM.test(parts.at(-1)!)) {
    const owner = parts.at(-2)!;
    if (owner.length <= 16 && !PLATFORM.test(owner)) return owner;
  }
  // Not from the page's lines: a blogroll lists other people's blogs the same way ("李雪明的blog").
  return null;
}

/**
 * Publication dates on Chinese portal, forum and blog pages (issue 11): visible date lines in
 * their native forms, read in Beijing time when no zone is written; only an update time shown;
 * a reply list or teaser list running on below the post. Synthetic pages after the templates
 * of 2000s portals and boards (ASP portals, Yahoo China, NetEase boards, blog services).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { parseDateInfo } from '../../../src/normalize/parse-zoned-date.js';

const TEXT =
  '<p>记者从有关部门获悉，今年以来全市新建改建农村公路一千二百公里，惠及沿线三十多万群众，通行条件明显改善。</p><p>据介绍，下一步将继续加大投入力度，推动城乡交通运输一体化发展，让群众出行更加便捷、安全、舒适。</p><p>有关负责人表示，将进一步完善养护机制，确保公路建得好、管得好、护得好、运营好。</p>';
const page = (body: string): string => `<html><head><meta charset="gbk"></head><body>${body}</body></html>`;
const URL = 'http://www.portal.example.com.cn/news/1.html';

describe('Chinese date lines', () => {
  it.each([
    [
      '"2024年05月15日 11:02" under the headline, Beijing time',
      page(`<h1>农村公路建设提速</h1><div>2024年05月15日 11:02 来源：新华网</div><div class="content">${TEXT}</div>`),
      '2024-05-15T03:02:00.000Z',
      'minute',
      'Asia/Shanghai',
    ],
    [
      '"2024-05-15 11:02:33" keeps its seconds',
      page(`<h1>农村公路建设提速</h1><div>2024-05-15 11:02:33\u3000来源：中国新闻网</div><div class="content">${TEXT}</div>`),
      '2024-05-15T03:02:33.000Z',
      'second',
      'Asia/Shanghai',
    ],
    [
      'ASP portal "发布日期： 7/5/2005 9:23:57 PM" is month/day/year',
      page(
        `<table><tr><td><b><font size="3">农村公路建设提速</font></b></td></tr><tr><td>作者： 李明 来源： 本站 发布日期： 7/5/2005 9:23:57 PM</td></tr><tr><td>${TEXT}<p>【本站2005年07月03日报道】</p></td></tr></table>`,
      ),
      '2005-07-05T13:23:57.000Z',
      'second',
      'Asia/Shanghai',
    ],
    [
      'forum "本贴由 X 于2005年8月12日16:12:21在〖版块〗发表", replies below',
      page(
        `<h3>农村公路建设提速</h3><table><tr><td>${TEXT}<center>本贴由 大卫 于2005年8月12日16:12:21在〖 交通论坛 〗发表.</center><div>郑 重 声 明</div><ul><li>回复：好文章 馨语 09:02:51 5/23/06 (无内容)</li><li>回复：支持 小虫 22:19:04 8/25/05 (10)</li></ul></td></tr></table>`,
      ),
      '2005-08-12T08:12:21.000Z',
      'second',
      'Asia/Shanghai',
    ],
    [
      'board page: the "发表" line mid-container, replies and notices below it',
      page(
        `<h3>农村公路建设提速</h3><table><tr><td>${TEXT}${TEXT}<center>本贴由 大卫 于2005年8月12日16:12:21在〖 交通论坛 〗发表.</center><div>郑 重 声 明</div><p>1. 任何言论纯属作者个人观点，与本站无关；</p><p>2. 禁止发表违反国家法律、法规的言论、信息；</p><p>3. 禁止利用本论坛进行违法行为；</p><p>4. 禁止发表恶意攻击他人的言论；</p><p>5. 任何转载都应注明真实作者和出处；</p><p>欢迎在本站建立自己的论坛</p><p>原标题:【 农村公路 】是大卫在2005年8月12日16:10:13发表</p><ul><li>回复：好文章 馨语 09:02:51 5/23/06 (无内容)</li><li>回复：支持 小虫 22:19:04 8/25/05 (10)</li></ul></td></tr></table>`,
      ),
      '2005-08-12T08:12:21.000Z',
      'second',
      'Asia/Shanghai',
    ],
    [
      'only an update time shown: its day, not its minute',
      page(
        `<h1>农村公路建设提速</h1><table><tr><td class="ygg">2005-02-06 13:26更新 来源：转载文章</td></tr></table><div class="content">${TEXT}</div>`,
      ),
      '2005-02-06T00:00:00.000Z',
      'day',
      null,
    ],
    [
      'blog footer "发表于 2004年12月27日 12:40"',
      page(
        `<div class="post"><h2>农村公路建设提速</h2><div class="postText">${TEXT}</div><div class="postfoot">发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</div></div>`,
      ),
      '2004-12-27T04:40:00.000Z',
      'minute',
      'Asia/Shanghai',
    ],
    [
      'English blog template "Saturday, September 10th, 2005 10:56 am"',
      page(
        `<div class="post"><h2>农村公路建设提速</h2><div class="entry">${TEXT}</div><p class="postmetadata">Saturday, September 10th, 2005 10:56 am</p></div>`,
      ),
      '2005-09-10T02:56:00.000Z',
      'minute',
      'Asia/Shanghai',
    ],
  ])('%s', (_name, html, iso, precision, zone) => {
    const a = extractArticle(html, URL);
    expect(a.publishedAt?.toISOString()).toBe(iso);
    expect(a.publishedPrecision).toBe(precision);
    expect(a.timeZoneAssumed).toBe(zone);
  });
});

describe('slashed day/month order', () => {
  it.each([
    ['7/5/2005 9:23:57 PM', '2005-07-05T21:23:57.000Z'],
    ['15/05/2024 11:02', '2024-05-15T11:02:00.000Z'],
    ['05/15/2024 11:02', '2024-05-15T11:02:00.000Z'],
    ['September 10th, 2005 10:56 am', '2005-09-10T10:56:00.000Z'],
    ['1st March 2024, 8:05 pm', '2024-03-01T20:05:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseDateInfo(text, 'UTC')?.date.toISOString()).toBe(iso);
  });
});

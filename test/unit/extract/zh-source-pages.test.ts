/**
 * Chinese source lines on whole pages (probe zhsrc), by class: a source printed in the header block
 * above the headline (news.cn's time and `来源：` over the <h1>); the site's own name as the source
 * (kept as a source, no wire credit); a story news.cn carries from another outlet (`来源：人民日报`) is
 * not Xinhua's for being on Xinhua's site, while its own (`来源：新华社`, `新华社客户端`, none) are; a
 * portal's source element without a label (Tencent's `<span class="a_source">`).
 * Pages written for these tests from the outlets' layouts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const TEXT = [
  '国务院新闻办公室15日举行新闻发布会，介绍今年前四个月国民经济运行情况，有关负责人回答了记者提问。',
  '数据显示，前四个月全国规模以上工业增加值同比增长，消费市场继续恢复，就业形势总体稳定，物价水平温和上涨。',
  '有关负责人表示，下一阶段将继续加大宏观政策调控力度，巩固经济回升向好态势，推动高质量发展取得新成效。',
]
  .map((t) => `<p>${t}</p>`)
  .join('\n');
const H1 = '国务院新闻办公室举行发布会介绍经济运行情况';

/** news.cn's layout: the time and the source in the header block over the headline. */
const newsCn = (source: string | null): string =>
  `<html lang="zh-CN"><head><meta charset="utf-8"><meta property="og:site_name" content="新华网"></head><body>
<div class="header"><div class="header-cont"><div class="header-time"><span class="year"><em>2024</em></span><span class="day"><em>05</em>/<em>15</em></span><span class="time">10:30:12</span></div>
${source === null ? '' : `<div class="source">${source}</div>`}<div class="head-share"><a>微信</a><a>微博</a></div></div>
<div class="head-line"><h1><span class="title">${H1}</span></h1></div></div>
<div id="detail"><span id="detailContent">${TEXT}</span></div><div class="editor">【责任编辑:王璐】</div></body></html>`;

/** A site whose source line sits under the headline. */
const below = (site: string, info: string): string =>
  `<html lang="zh-CN"><head><meta charset="utf-8"><meta property="og:site_name" content="${site}"></head><body>
<div class="nav"><a href="/">首页</a></div><div class="article"><h1>${H1}</h1><div class="info">${info}</div>
<div class="content">${TEXT}</div></div></body></html>`;

const NEWS_CN = 'https://www.news.cn/politics/20240515/abc/c.html';

describe('a source above the headline, and the site agency', () => {
  it.each<[string | null, string[], string[]]>([
    ['来源：人民日报', ['人民日报'], []],
    ['来源：央视新闻客户端', ['央视新闻客户端'], []],
    ['来源：新华社', ['新华社'], ['Xinhua']],
    ['来源：新华社客户端', ['新华社客户端'], ['Xinhua']],
    ['来源：新华网', ['新华网'], ['Xinhua']],
    ['来源：新华社、央视新闻', ['新华社', '央视新闻'], ['Xinhua']],
    // No source line: the site's own story.
    [null, [], ['Xinhua']],
  ])('news.cn %s', (source, sources, agency) => {
    const a = extractArticle(newsCn(source), NEWS_CN);
    expect(a.sources).toEqual(sources);
    expect(a.agency).toEqual(agency);
  });

  it('reads no source line further up the page than the header block', () => {
    const html = newsCn(null).replace(
      '<div class="header">',
      '<div class="top">来源：人民日报</div><p>a</p><p>b</p><p>c</p><p>d</p><div class="header">',
    );
    expect(extractArticle(html, NEWS_CN).sources).toEqual([]);
  });
});

describe("the site's own name as the source", () => {
  it.each<[string, string, string, string[], string[]]>([
    ['人民网', 'http://politics.people.com.cn/n1/2024/0515/c1001-40000001.html', '2024年05月15日08:12 | 来源：人民网', ['人民网'], []],
    ['红网', 'https://hn.rednet.cn/content/646745/97/13621001.html', '来源：红网 | 作者：李佳 | 2024-05-15 10:11:02', ['红网'], []],
    ['新京报', 'https://www.bjnews.com.cn/detail/1715741234169123.html', '2024-05-15 10:21 来源：新京报', ['新京报'], []],
    [
      '中国新闻网',
      'https://www.chinanews.com.cn/gn/2024/05-15/10210001.shtml',
      '2024年05月15日 10:30　来源：中国新闻网',
      ['中国新闻网'],
      ['China News Service'],
    ],
    // chinanews.com.cn carrying People's Daily's story: no China News Service credit.
    ['中国新闻网', 'https://www.chinanews.com.cn/gn/2024/05-15/10210002.shtml', '2024年05月15日 07:02　来源：人民日报', ['人民日报'], []],
  ])('%s: %s', (site, url, info, sources, agency) => {
    const a = extractArticle(below(site, info), url);
    expect(a.sources).toEqual(sources);
    expect(a.agency).toEqual(agency);
  });
});

describe("a portal's unlabelled source element", () => {
  const qq = (info: string): string => below('腾讯网', info).replace('<div class="info">', '<div class="a_Info">');
  it.each<[string, string[], string[]]>([
    [
      '<span class="a_catalog"><a>国内</a></span><span class="a_source"><a>新华网</a></span><span class="a_time">2016-05-15 10:30</span>',
      ['新华网'],
      ['Xinhua'],
    ],
    [
      '<span class="a_catalog"><a>社会</a></span><span class="a_source">北京青年报</span><span class="a_time">2016-05-15 07:30</span>',
      ['北京青年报'],
      [],
    ],
    // A link to the original, not a name; a source element saying "compiled".
    ['<span class="a_source"><a>查看原文</a></span><span class="a_time">2016-05-15 07:30</span>', [], []],
    ['<span class="source">综合</span><span class="a_time">2016-05-15 07:30</span>', [], []],
  ])('%s', (info, sources, agency) => {
    const a = extractArticle(qq(info), 'https://news.qq.com/a/20160515/012345.htm');
    expect(a.sources).toEqual(sources);
    expect(a.agency).toEqual(agency);
  });
});

/**
 * Title classes seen on Chinese and Korean pages (issue 11): site suffixes in their native forms,
 * section trails, site-name <h1>s, and old portal / forum / blog templates whose <title> is the
 * site's. Synthetic pages written from how such outlets lay out their pages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const ZH_TEXT =
  '<p>记者从有关部门获悉，今年以来全市新建改建农村公路一千二百公里，惠及沿线三十多万群众，通行条件明显改善。</p><p>据介绍，下一步将继续加大投入力度，推动城乡交通运输一体化发展，让群众出行更加便捷、安全、舒适。</p>';
const KO_TEXT =
  '<p>정부는 29일 국무회의를 열고 내년도 예산안을 의결했다고 밝혔다. 이번 예산안은 복지와 일자리 분야에 중점을 둔 것으로 알려졌다.</p><p>기획재정부 관계자는 경기 회복을 뒷받침하기 위해 재정의 역할을 강화할 필요가 있다고 설명했다.</p>';
const page = (head: string, body: string, lang = 'zh-CN'): string => `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

describe('title classes', () => {
  it.each([
    [
      'zh: "_新华网" suffix',
      page('<title>农村公路建设提速惠及三十万群众_新华网</title>', `<div class="content">${ZH_TEXT}</div>`),
      'https://www.news.cn/local/2024-05/15/c_1.htm',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh: unspaced "-中新网" suffix',
      page('<title>农村公路建设提速惠及三十万群众-中新网</title>', `<div class="content">${ZH_TEXT}</div>`),
      'https://www.chinanews.com.cn/gn/2024/05-15/1.shtml',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh: "——人民网" suffix',
      page('<title>农村公路建设提速惠及三十万群众——人民网</title>', `<div class="content">${ZH_TEXT}</div>`),
      'http://society.people.com.cn/n1/2024/0515/c1.html',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh: section and site "标题--地方--人民网"',
      page('<title>农村公路建设提速惠及三十万群众--地方--人民网</title>', `<div class="content">${ZH_TEXT}</div>`),
      'http://local.people.com.cn/n1/2024/0515/c2.html',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh: a feature headline "——记…" keeps its second half',
      page('<title>扎根山乡二十年——记一位乡村教师_新华网</title>', `<div class="content">${ZH_TEXT}</div>`),
      'https://www.news.cn/local/2024-05/15/c_2.htm',
      '扎根山乡二十年——记一位乡村教师',
    ],
    [
      'zh: inner hyphen of a headline is kept',
      page('<title>中国-东盟博览会在南宁开幕-中新网</title>', `<div class="content">${ZH_TEXT}</div>`),
      'https://www.chinanews.com.cn/gn/2024/05-15/2.shtml',
      '中国-东盟博览会在南宁开幕',
    ],
    [
      'ko: " - 연합뉴스" suffix',
      page(
        '<title>내년도 예산안 국무회의 의결 | 연합뉴스</title><meta property="og:title" content="내년도 예산안 국무회의 의결 - 연합뉴스">',
        `<div class="story">${KO_TEXT}</div>`,
        'ko',
      ),
      'https://www.yna.co.kr/view/AKR1',
      '내년도 예산안 국무회의 의결',
    ],
    [
      'ko: section trail "< 정치 < 기사본문 - 매체명"',
      page(
        '<title>내년도 예산안 국무회의 의결 < 정치 < 기사본문 - 지역일보</title>',
        `<div id="article-view-content-div">${KO_TEXT}</div>`,
        'ko',
      ),
      'https://www.jiyeok.example.kr/news/articleView.html?idxno=1',
      '내년도 예산안 국무회의 의결',
    ],
    [
      'ko: "-정치ㅣ한국일보" (Hangul bar)',
      page('<title>내년도 예산안 국무회의 의결-정치ㅣ한국일보</title>', `<div class="article">${KO_TEXT}</div>`, 'ko'),
      'https://www.hankookilbo.example/news/article/A1',
      '내년도 예산안 국무회의 의결',
    ],
    [
      'ko: logo <h1> is the site name, the headline is in <h2> and og:title',
      page(
        '<meta property="og:site_name" content="뉴스타파"><meta property="og:title" content="[주간 뉴스타파] 내년도 예산안 국무회의 의결">',
        `<h1 class="logo">뉴스타파</h1><h2 class="headline">[주간 뉴스타파] 내년도 예산안 국무회의 의결</h2><div class="article">${KO_TEXT}</div>`,
        'ko',
      ),
      'https://n.news.example.com/article/607/1',
      '[주간 뉴스타파] 내년도 예산안 국무회의 의결',
    ],
    [
      'zh portal: <title> is a greeting, the headline is bold above the text',
      page(
        '<title>谢谢您访问〖关注民生中心〗网站首页</title>',
        `<table><tr><td align="center"><b><font size="3">农村公路建设提速惠及三十万群众</font></b></td></tr><tr><td>作者： 李明 来源： 本站 发布日期： 5/15/2024 9:23:57 PM</td></tr><tr><td>${ZH_TEXT}</td></tr></table>`,
      ),
      'http://www.minsheng.example.org/show.asp?id=1',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh forum: "主题：" line, <title> is the board',
      page(
        '<title>CCTV.com- 央视论坛 :: null</title>',
        `<table><tr><td class="large"><b>主题：</b> 农村公路建设提速惠及三十万群众</td></tr><tr><td>作者：路人甲 时间：2024-05-15 19:13:18</td></tr><tr><td>${ZH_TEXT}</td></tr></table>`,
      ),
      'http://bbs.example.com/forumthread.jsp?id=1',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh blog: <h1> links home (blog name), post title in <h2> with "- -"',
      page(
        '',
        `<div id="header"><h1><a href="index.html">路人甲的博客</a></h1></div><div class="entity"><h2 class="diaryTitle">农村公路建设提速惠及三十万群众- -</h2><div class="content">${ZH_TEXT}</div></div>`,
      ),
      'http://lurenjia.blog.example.com/1.html',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      'zh blog: sidebar <h1>s, post title in div.postTitle',
      page(
        '',
        `<div id="side"><h1>导航</h1><ul><li>首页</li></ul><h1>Blog统计</h1><h1>公告</h1></div><div class="post"><div class="postTitle"><a href="/a/1.aspx">农村公路建设提速惠及三十万群众</a></div><div class="postText">${ZH_TEXT}</div></div>`,
      ),
      'http://blog.example.com/lu/archive/1.aspx',
      '农村公路建设提速惠及三十万群众',
    ],
    [
      '"<site> - <short CJK headline>" keeps the headline',
      page(
        '<title>Joel on Software - 给计算机系学生的建议</title>',
        `<p class="slugText"><strong>给计算机系学生的建议</strong></p><div>${ZH_TEXT}</div>`,
      ),
      'http://www.example.org/cn/articles/1.html',
      '给计算机系学生的建议',
    ],
    [
      'a title containing the site name is still the title',
      page(
        '<meta property="og:site_name" content="Daily Example"><meta property="og:title" content="Daily Example readers vote the new harbour bridge design">',
        `<h1 class="brand">Daily Example</h1><div class="story"><p>Readers of the paper chose the third of five designs for the new harbour bridge, the city said on Monday after the vote closed.</p><p>Construction is expected to start next spring and take about three years, officials said.</p></div>`,
        'en',
      ),
      'https://www.dailyexample.com/news/1',
      'Daily Example readers vote the new harbour bridge design',
    ],
  ])('%s', (_name, html, url, title) => {
    expect(extractArticle(html, url).title).toBe(title);
  });
});

describe('several <h1>s and no metadata', () => {
  it('takes the headline <h1>, not a kicker above the text', () => {
    const html = `<html lang="en"><body><h1 class="logo">The Morning</h1><h1>Readers vote the new harbour bridge design</h1><h3>Local news from the harbour district</h3><div class="story"><p>Readers of the paper chose the third of five designs for the new harbour bridge, the city said on Monday after the vote closed.</p><p>Construction is expected to start next spring and take about three years, officials said.</p></div></body></html>`;
    expect(extractArticle(html, 'https://www.dailyexample.com/news/2').title).toBe('Readers vote the new harbour bridge design');
  });
});

describe('Latin titles: a guillemet separator, and an unspaced agency or site suffix', () => {
  const EN_TEXT =
    '<p>The talks, the first at this level in more than two years, focused on trade, security and the situation in the region, officials said after the meeting ended late on Tuesday.</p><p>Both sides agreed to set up a working group that will meet regularly and report back to ministers before the end of the year, according to a joint statement.</p>';
  const T = 'Ministers agree to set up trade working group';
  it.each([
    ['a WordPress "Headline « Site"', `<title>${T} « Example News</title>`, T],
    ['Xinhua\'s English "Headline-Xinhua"', `<title>${T}-Xinhua</title>`, T],
    ['an unspaced site name', `<title>${T}-Example News</title><meta property="og:site_name" content="Example News">`, T],
    // A hyphenated word that names neither stays: "Hong Kong-Shenzhen" is the headline's.
    [
      'a hyphenated place',
      '<title>New rail link opens between Hong Kong-Shenzhen</title>',
      'New rail link opens between Hong Kong-Shenzhen',
    ],
  ])('%s', (_name, head, title) => {
    expect(extractArticle(page(head, `<div class="content">${EN_TEXT}</div>`, 'en'), 'https://news.example.com/a/1.html').title).toBe(
      title,
    );
  });
});

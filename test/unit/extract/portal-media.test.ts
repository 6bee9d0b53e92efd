/**
 * Portals that carry other outlets' stories, and Korean copyright notices, by class: Naver's
 * `og:article:author` "outlet | 네이버", Daum's `article:media_name`, the copyright notice every Korean
 * news page closes with (`Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및 재배포 금지.`,
 * `<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>`). An agency there is a credit, another outlet the story's
 * source, and the outlet's own site names itself (no source). Pages written for these tests from
 * the portals' layouts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { portalMedia } from '../../../src/normalize/clean-names.js';

const TITLE = '서울시의회 내년도 예산안 승인';
const TEXT = [
  '서울시의회는 화요일 내년도 예산안을 승인했다고 관계자들이 밝혔다. 이번 예산안에는 학교와 도로, 대중교통에 대한 지원이 늘어났다.',
  '야당 의원들은 세수 증가 전망이 지나치게 낙관적이라고 비판했다. 시는 2년간 지방세를 동결하기로 했다.',
];

/** Naver News: the press in `og:article:author` ("outlet | 네이버"), the text in `#dic_area`, the notice below. */
const naver = (author: string, notice: string): string =>
  `<html lang="ko"><head><title>${TITLE} : 네이버 뉴스</title><meta property="og:title" content="${TITLE}">
${author ? `<meta property="og:article:author" content="${author}">` : ''}<meta property="og:site_name" content="네이버 뉴스"></head><body>
<h2 id="title_area"><span>${TITLE}</span></h2><span class="media_end_head_info_datestamp_time" data-date-time="2024-05-15 11:02:00">2024.05.15. 오전 11:02</span>
<article id="dic_area">${TEXT.join('<br><br>')}</article>${notice ? `<p class="c_text">${notice}</p>` : ''}</body></html>`;

/** Daum News: `article:media_name`, paragraphs, the notice as the last one. */
const daum = (media: string, notice: string): string =>
  `<html lang="ko"><head><title>${TITLE} | 다음 뉴스</title><meta property="og:title" content="${TITLE}">
<meta name="article:media_name" content="${media}"><meta property="og:site_name" content="다음 뉴스"></head><body>
<h3 class="tit_view">${TITLE}</h3><span class="num_date">2024. 5. 15. 11:02</span>
<section>${TEXT.map((t) => `<p>${t}</p>`).join('')}${notice ? `<p>${notice}</p>` : ''}</section></body></html>`;

/** An outlet's own page: its notice names the site. */
const own = (site: string, notice: string): string =>
  `<html lang="ko"><head><title>${TITLE}</title><meta property="og:site_name" content="${site}"></head><body>
<h1>${TITLE}</h1><p class="date">입력 2024-05-15 11:02</p><div class="article-text">${TEXT.map((t) => `<p>${t}</p>`).join('')}<p>${notice}</p></div></body></html>`;

const NAVER = 'https://n.news.naver.com/article/607/0000001234';
const DAUM = 'https://v.daum.net/v/20240515110200123';

describe('a portal carrying a Korean outlet', () => {
  it.each<[string, string, string, string[], string[]]>([
    ['naver, an outlet in the author tag', '뉴스타파 | 네이버', '', ['뉴스타파'], []],
    ['naver, an agency in the author tag', '연합뉴스 | 네이버', '', [], ['Yonhap']],
    ['naver, the notice names an outlet', '', 'Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및 재배포 금지.', ['뉴스타파'], []],
    ['naver, the notice names an agency', '', '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>', [], ['Yonhap']],
    ['naver, a newspaper with its domain', '', '[ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지]', ['매일경제'], []],
    ['naver, a broadcaster in Latin letters', '', 'Copyright ⓒ JTBC. All Rights Reserved. 무단 전재 및 재배포 금지', ['JTBC'], []],
    ['naver, the notice with a link', '', '<ⓒ경향신문(https://www.khan.co.kr), 무단전재 및 재배포 금지>', ['경향신문'], []],
    // A reporter in the tag is no outlet; a notice without a holder names no one.
    ['naver, a reporter in the author tag', '홍길동 기자 | 네이버', '', [], []],
    ['naver, a notice without a holder', '', 'ⓒ All rights reserved. 무단 전재 및 재배포 금지', [], []],
    // "|" pairs whose second name is not the site are something else: no source.
    ['naver, a pair without the site', '뉴스타파 | 탐사보도', '', [], []],
  ])('%s', (_name, author, notice, sources, agency) => {
    const a = extractArticle(naver(author, notice), NAVER);
    expect(a.sources).toEqual(sources);
    expect(a.agency).toEqual(agency);
    expect(a.body).not.toContain('무단');
  });

  it.each<[string, string, string[], string[]]>([
    ['an outlet', '한겨레', ['한겨레'], []],
    ['an agency', '뉴시스', [], ['Newsis']],
  ])('daum, %s in article:media_name', (_name, media, sources, agency) => {
    const a = extractArticle(daum(media, ''), DAUM);
    expect(a.sources).toEqual(sources);
    expect(a.agency).toEqual(agency);
  });
});

describe("an outlet's own notice is no source", () => {
  it.each<[string, string, string]>([
    ['한겨레', '저작권자 ⓒ 한겨레신문사. 무단 전재 및 재배포 금지', 'https://www.hani.co.kr/arti/society/1234567.html'],
    ['경향신문', '<ⓒ경향신문(https://www.khan.co.kr), 무단전재 및 재배포 금지>', 'https://www.khan.co.kr/article/202405151102001'],
  ])('%s', (site, notice, url) => {
    const a = extractArticle(own(site, notice), url);
    expect(a.sources).toEqual([]);
    expect(a.agency).toEqual([]);
  });

  it('a notice quoted inside a long paragraph is not read', () => {
    const quoted = `${TEXT[0]} 이 기사에는 ⓒ 뉴스타파 표시와 함께 무단 전재를 금지한다는 문구가 붙어 있었다고 관계자는 설명했는데, 이는 다른 매체의 보도를 인용한 것이라며 법적 대응을 검토하겠다고 밝혔다.`;
    const a = extractArticle(own('한겨레', '').replace(`<p>${TEXT[0]}</p>`, `<p>${quoted}</p>`), 'https://www.hani.co.kr/arti/1.html');
    expect(a.sources).toEqual([]);
  });
});

describe('portalMedia', () => {
  it.each<[string[], string[], string[]]>([
    [['뉴스타파 | 네이버'], ['네이버 뉴스'], ['뉴스타파']],
    [['Jane Doe | Example Portal'], ['Example Portal'], []],
    [['The Korea Herald | Example Portal'], ['Example Portal'], ['The Korea Herald']],
    [['네이버 뉴스'], ['네이버 뉴스'], []],
    [['a | b | 네이버'], ['네이버 뉴스'], []],
  ])('%j on %j', (values, siteNames, out) => {
    expect(portalMedia(values, siteNames, 'news.example.com')).toEqual(out);
  });
});

describe("an outlet's own dateline on another site", () => {
  const LEAD = 'The Senate passed the spending bill late on Tuesday after weeks of talks between the parties.';
  const MORE = [
    'The measure now goes to the House, where leaders said they expected a vote before the end of the week.',
    'Several senators said they had concerns about the cost of the package but voted for it to avoid a shutdown.',
  ];
  const page = (site: string, lead: string): string =>
    `<html lang="en"><head><title>Senate passes spending bill</title><meta property="og:site_name" content="${site}"></head><body>
<h1>Senate passes spending bill</h1><time datetime="2024-05-15T11:02:00Z">May 15, 2024</time>
<div class="article-body"><p>${lead}${LEAD}</p>${MORE.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;

  it.each<[string, string, string, string[]]>([
    ['a station carrying CNN', 'WRAL', 'https://www.wral.com/story/senate-passes-spending-bill/1234/', ['CNN']],
    ["CNN's own page", 'CNN', 'https://edition.cnn.com/2024/05/15/politics/senate-spending-bill/index.html', []],
  ])('%s', (_name, site, url, sources) => {
    const a = extractArticle(page(site, 'WASHINGTON (CNN) — '), url);
    expect(a.sources).toEqual(sources);
    expect(a.agency).toEqual([]);
    expect(a.dateline?.place).toBe('Washington');
  });
});

describe('a Chinese board or blog post without a byline', () => {
  const TEXT = [
    '今天去了城南的旧书店，老板说这家店已经开了三十年，墙上挂满了泛黄的照片和老顾客留下的字条。',
    '我在角落里找到一本八十年代出版的诗集，扉页上还有前主人用钢笔写的名字和日期，字迹很工整。',
    '回家的路上下起了小雨，我把书抱在怀里，想着那个素不相识的前主人，不知道他现在过得怎么样。',
  ]
    .map((t) => `<p>${t}</p>`)
    .join('');
  const H = '城南旧书店里的一本八十年代诗集';
  const URL = 'http://blog.example.cn/u/123/article/456.html';
  it.each<[string, string, string[]]>([
    [
      'a board thread',
      `<html><head><meta charset="utf-8"><title>${H} - 读书论坛</title></head><body><h1>${H}</h1><table><tr><td class="author">楼主：cjy52191</td><td>发表于 2008-05-15 10:02</td></tr></table><div class="postbody">${TEXT}</div></body></html>`,
      ['cjy52191'],
    ],
    [
      'a post line under the text',
      `<html><head><meta charset="utf-8"><title>${H}</title></head><body><h1>${H}</h1><div class="content">${TEXT}</div><div class="foot">茉莉 发表于 2008-05-15 10:02 | 阅读(123) | 评论(4)</div></body></html>`,
      ['茉莉'],
    ],
    [
      'a Sina blog post',
      `<html><head><meta charset="utf-8"><title>${H}_大卫_新浪博客</title></head><body><div id="blogname">大卫的博客</div><h2 class="titName">${H}</h2><span class="time SG_txtc">(2008-05-15 10:02:33)</span><div class="articalContent">${TEXT}</div></body></html>`,
      ['大卫'],
    ],
    [
      'a blogroll naming other blogs is no owner',
      `<html><head><meta charset="utf-8"><title>${H}</title></head><body><ul><li><a href="http://a.example.cn/">李雪明的blog</a></li></ul><h1>${H}</h1><div class="content">${TEXT}</div></body></html>`,
      [],
    ],
  ])('%s', (_name, html, authors) => {
    expect(extractArticle(html, URL).authors).toEqual(authors);
  });
});

describe('a short Chinese headline on a board or blog', () => {
  const TEXT = [
    '今天去了城南的旧书店，老板说这家店已经开了三十年，墙上挂满了泛黄的照片和老顾客留下的字条。',
    '我在角落里找到一本八十年代出版的诗集，扉页上还有前主人用钢笔写的名字和日期，字迹很工整。',
  ]
    .map((t) => `<p>${t}</p>`)
    .join('');
  const URL = 'http://bbs.example.cn/thread/456.html';
  it.each<[string, string, string]>([
    [
      'the <title> opens with the heading',
      `<html><head><meta charset="utf-8"><title>旧书店 - 读书论坛</title></head><body><h1>旧书店</h1><table><tr><td>楼主：cjy52191</td><td>发表于 2008-05-15 10:02</td></tr></table><div class="postbody">${TEXT}</div></body></html>`,
      '旧书店',
    ],
    [
      "a blog's styled title, the owner's blog in the <title>",
      `<html><head><meta charset="utf-8"><title>旧书店 - 茉莉的博客 - 网易博客</title></head><body><div class="blog-title"><h2>茉莉的博客</h2></div><h3 class="title">旧书店</h3><span class="time">2008-05-15 10:02</span><div class="content">${TEXT}</div></body></html>`,
      '旧书店',
    ],
    [
      "the board's name as the <title>: the one heading, not the poster line",
      `<html><head><meta charset="utf-8"><title>读书论坛</title></head><body><h1>旧书店</h1><table><tr><td>楼主：cjy52191</td><td>发表于 2008-05-15 10:02</td></tr></table><div class="postbody">${TEXT}</div></body></html>`,
      '旧书店',
    ],
    [
      "a site's name heading its <title> is no headline",
      `<html><head><meta charset="utf-8"><title>人民网 - 城南旧书店里的一本诗集</title></head><body><h1>人民网</h1><h2>城南旧书店里的一本诗集</h2><div class="content">${TEXT}</div></body></html>`,
      '城南旧书店里的一本诗集',
    ],
  ])('%s', (_name, html, title) => {
    expect(extractArticle(html, URL).title).toBe(title);
  });
});

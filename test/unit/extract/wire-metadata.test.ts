// Wire metadata per failure class (issue 11), on pages written for these tests (fixtures/wire).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const URL = 'https://news.example/article/1';
const run = (p: PageParts, url = URL) => extractArticle(page(p), url);

describe('agency credits in their real forms', () => {
  it.each<[string, PageParts, string[]]>([
    [
      'JSON-LD author is an agency (de)',
      {
        lang: 'de',
        head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Regeln für den Nahverkehr im ganzen Land","author":{"@type":"Organization","name":"dpa"}}</script>',
      },
      ['dpa'],
    ],
    ['German dateline credit with desk code', { lang: 'de', lead: 'Rostock (dpa/mv) - ' }, ['dpa']],
    ['source line "Quelle:" after the text (de)', { lang: 'de', trailer: '<p>Quelle: dpa</p>' }, ['dpa']],
    ['copyright trailer (de)', { lang: 'de', trailer: '<p>© dpa-infocom, dpa:240428-99-812345/3</p>' }, ['dpa']],
    ['closing credit with two agencies (de)', { lang: 'de', trailer: '<p>jp/kle (dpa, afp)</p>' }, ['dpa', 'AFP']],
    ['"mit Material von" (de)', { lang: 'de', tail: ' (Mit Material von dts)' }, ['dts']],
    ['agency byline with a reporter (de)', { lang: 'de', header: '<span class="byline">Von Anna Berger, dpa</span>' }, ['dpa']],
    ['Swiss and Austrian credits (de)', { lang: 'de', tail: ' (sda/apa)' }, ['SDA', 'APA']],
    ['AP wire dateline (en)', { lang: 'en', lead: 'COLUMBIA, S.C. (AP) — ' }, ['AP']],
    ['Reuters dateline (en)', { lang: 'en', lead: 'LONDON, May 15 (Reuters) - ' }, ['Reuters']],
    ['"with material from" two agencies (en)', { lang: 'en', trailer: '<p>With material from AFP and Reuters</p>' }, ['AFP', 'Reuters']],
    ['outlet "with" agency byline (en)', { lang: 'en', header: '<p class="author">Le Monde with AFP</p>' }, ['AFP']],
    [
      '"Source: PTI" next to the date (en)',
      { lang: 'en', header: '<div>Last Updated: May 15, 2024, 05:08 PM IST | Source: PTI</div>' },
      ['PTI'],
    ],
    [
      '来源：新华社 (zh)',
      { lang: 'zh', h1: '国务院新闻办公室举行发布会介绍经济运行情况', header: '<div class="info">2024-05-15 10:30:00 来源：新华社</div>' },
      ['Xinhua'],
    ],
    [
      '来源：中国新闻网 is China News Service (zh)',
      { lang: 'zh', h1: '国务院新闻办公室举行发布会介绍经济运行情况', header: '<div class="info">来源：中国新闻网</div>' },
      ['China News Service'],
    ],
    [
      '新华社 dateline (zh)',
      { lang: 'zh', h1: '国务院新闻办公室举行发布会介绍经济运行情况', lead: '新华社北京5月15日电（记者张三）' },
      ['Xinhua'],
    ],
    ['Kaynak: AA (tr)', { lang: 'tr', h1: 'Bölgesel ulaşım için yeni kurallar açıklandı', trailer: '<p>Kaynak: AA</p>' }, ['Anadolu']],
    [
      'Anadolu Ajansı byline (tr)',
      { lang: 'tr', h1: 'Bölgesel ulaşım için yeni kurallar açıklandı', header: '<span>Anadolu Ajansı | 15.05.2024 11:02</span>' },
      ['Anadolu'],
    ],
    ['closing (EFE) (es)', { lang: 'es', h1: 'El Gobierno presenta nuevas normas de transporte', tail: ' (EFE)' }, ['EFE']],
    [
      'Agencia EFE source line (es)',
      { lang: 'es', h1: 'El Gobierno presenta nuevas normas de transporte', trailer: '<p>Fuente: Agencia EFE</p>' },
      ['EFE'],
    ],
    ['closing (ANSA) (it)', { lang: 'it', h1: 'Il governo presenta nuove regole per i trasporti', tail: ' (ANSA).' }, ['ANSA']],
    [
      'Źródło: PAP (pl)',
      { lang: 'pl', h1: 'Rząd przedstawia nowe zasady transportu regionalnego', trailer: '<p>Źródło: PAP</p>' },
      ['PAP'],
    ],
    [
      'Источник: ТАСС (ru)',
      { lang: 'ru', h1: 'Правительство объявило новые правила для транспорта', trailer: '<p>Источник: ТАСС</p>' },
      ['TASS'],
    ],
    [
      'Синьхуа in a source line (ru)',
      { lang: 'ru', h1: 'Правительство объявило новые правила для транспорта', trailer: '<p>Источник: Синьхуа</p>' },
      ['Xinhua'],
    ],
    ['Kazinform lead (en)', { lang: 'en', lead: 'ASTANA. KAZINFORM – ' }, ['Kazinform']],
    ['Sputnik dateline (en)', { lang: 'en', lead: 'MOSCOW (Sputnik) - ' }, ['Sputnik']],
    [
      'Ukrinform source line (ru)',
      { lang: 'ru', h1: 'Правительство объявило новые правила для транспорта', trailer: '<p>Источник: Укринформ</p>' },
      ['Ukrinform'],
    ],
    ['(서울=연합뉴스) (ko)', { lang: 'ko', h1: '정부, 지역 교통 새 규정 발표', lead: '(서울=연합뉴스) ' }, ['Yonhap']],
    ['【ワシントン共同】 (ja)', { lang: 'ja', h1: '政府が地域交通の新規則を発表', lead: '【ワシントン共同】' }, ['Kyodo']],
  ])('%s', (_name, parts, agencies) => {
    expect(run(parts).agency).toEqual(agencies);
  });

  it.each<[string, PageParts]>([
    [
      'photo credits only: figure, caption and "Foto:" line',
      {
        lang: 'de',
        extra:
          '<figure><img src="a.jpg"><figcaption>Der Bahnhof am Morgen. © Alba Pacheco/Agencia LOF/dpa</figcaption></figure><p class="credit">Foto: dpa</p>',
      },
    ],
    [
      'a caption without <figcaption> under a picture',
      {
        lang: 'de',
        extra:
          '<div class="c1x"><img src="a.jpg" alt=""><div class="c2y">Der Bahnhof am Morgen.</div><div class="c3z">Quelle: AFP</div></div>',
      },
    ],
    [
      'an agency quoted in the text',
      { lang: 'en', tail: ' A ministry spokesman told Reuters that the details were still being negotiated with the regions.' },
    ],
    ['a teaser in the sidebar credits another story', { lang: 'de' }],
    ['the page footer names the publisher', { lang: 'en' }],
  ])('no credit: %s', (_name, parts) => {
    expect(run(parts).agency).toEqual([]);
  });

  it("a story on the agency's own site is credited to it", () => {
    expect(run({ lang: 'en' }, 'https://apnews.com/article/x-1').agency).toEqual(['AP']);
  });
});

describe('times', () => {
  it('reads an offset written without a colon (+0200), seconds kept', () => {
    const a = run({ lang: 'de', head: '<meta property="article:published_time" content="2024-04-28T14:26:01+0200">' });
    expect(a.publishedAt?.toISOString()).toBe('2024-04-28T12:26:01.000Z');
    expect(a.publishedPrecision).toBe('second');
    expect(a.timeZoneAssumed).toBeNull();
  });

  it('reads RFC 822 dates in JSON-LD', () => {
    const a = run({
      lang: 'de',
      head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Wed, 02 Feb 2022 09:12:22 +0100"}</script>',
    });
    expect(a.publishedAt?.toISOString()).toBe('2022-02-02T08:12:22.000Z');
  });

  it('keeps a date-only value a date, with day precision', () => {
    const a = run({ lang: 'en', head: '<meta name="pubdate" content="2024-05-15">' });
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T00:00:00.000Z');
    expect(a.publishedPrecision).toBe('day');
  });

  it.each([
    ['2019-09-07 15:10:53 来源：新华社', '2019-09-07T07:10:53.000Z', 'second'],
    ['2019年09月07日 15:10　来源：人民网', '2019-09-07T07:10:00.000Z', 'minute'],
  ])('Chinese page with the time only in visible text: %s', (line, iso, precision) => {
    const a = run(
      { lang: 'zh', h1: '国务院新闻办公室举行发布会介绍经济运行情况', header: `<div class="info">${line}</div>` },
      'https://news.example.cn/a/1.html',
    );
    expect(a.publishedAt?.toISOString()).toBe(iso);
    expect(a.publishedPrecision).toBe(precision);
    expect(a.timeZoneAssumed).toBe('Asia/Shanghai');
  });

  it('takes the time of day from the visible date line when the metadata gives only the day (da)', () => {
    const a = run(
      {
        lang: 'de',
        head: '<meta name="pubdate" content="2020-01-02">',
        header: '<div>Erhverv - 02. januar 2020 kl. 10:21 Af Ritzau</div>',
      },
      'https://news.example.dk/a',
    );
    expect(a.publishedAt?.toISOString()).toBe('2020-01-02T09:21:00.000Z');
    expect(a.timeZoneAssumed).toBe('Europe/Copenhagen');
    expect(a.agency).toEqual(['Ritzau']);
  });

  it('prefers the real offset over a local time labelled UTC', () => {
    const a = run({
      lang: 'de',
      head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-04-28T14:26:01Z"}</script>',
      header: '<time datetime="2024-04-28T14:26:01+02:00">28. April 2024, 14:26 Uhr</time>',
    });
    expect(a.publishedAt?.toISOString()).toBe('2024-04-28T12:26:01.000Z');
  });
});

describe('titles', () => {
  it.each<[string, PageParts, string]>([
    [
      'entity-encoded JSON-LD headline',
      {
        lang: 'en',
        h1: null,
        head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Kelce calls Swift&#8217;s album her &quot;best work&quot; &uuml;ber alles"}</script>',
      },
      'Kelce calls Swift’s album her "best work" über alles',
    ],
    [
      '<title> with the site name',
      {
        lang: 'de',
        h1: null,
        head: '<title>Neue Regeln für den Nahverkehr - Golem.de</title><meta property="og:site_name" content="Golem.de">',
      },
      'Neue Regeln für den Nahverkehr',
    ],
    [
      '<title> with section and date suffixes',
      { lang: 'de', h1: null, head: '<title>Neue Regeln für den Nahverkehr | DW | 14.03.2023</title>' },
      'Neue Regeln für den Nahverkehr',
    ],
    [
      'CJK title with inner quote marks is not cut',
      { lang: 'zh', h1: null, head: '<title>台湾著名教育家“关于亲子”演讲精选_读书频道_新浪网</title>' },
      '台湾著名教育家“关于亲子”演讲精选',
    ],
    [
      'a section label in <h1> is not the title',
      { lang: 'en', h1: 'Sports', head: '<meta property="og:title" content="Government announces new rules for regional transport">' },
      'Government announces new rules for regional transport',
    ],
    [
      'the <h1> wins over a truncated og:title',
      {
        lang: 'en',
        h1: 'Government announces new rules for regional transport across the country',
        head: '<meta property="og:title" content="Government announces new rules for regional transport across…">',
      },
      'Government announces new rules for regional transport across the country',
    ],
  ])('%s', (_name, parts, title) => {
    expect(run(parts).title).toBe(title);
  });
});

describe('authors and editors', () => {
  it.each<[string, PageParts, string[]]>([
    [
      'names split, "By" and roles stripped',
      { lang: 'en', head: '<meta name="author" content="By MATT O\'BRIEN and Jane Doe, AP Technology Writers">' },
      ["Matt O'Brien", 'Jane Doe'],
    ],
    ['an agency is not an author', { lang: 'de', header: '<span class="byline">Von Anna Berger, dpa</span>' }, ['Anna Berger']],
    [
      'the site as author is dropped',
      {
        lang: 'de',
        head: '<meta property="og:site_name" content="Example Nachrichten"><meta name="author" content="Example Nachrichten">',
      },
      [],
    ],
    [
      'family, given order',
      { lang: 'en', head: '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"You, Xiaoying"}]}</script>' },
      ['Xiaoying You'],
    ],
    ['作者：', { lang: 'zh', h1: '国务院新闻办公室举行发布会介绍经济运行情况', header: '<div>作者：茉莉　2005-07-05</div>' }, ['茉莉']],
    ['기자 byline', { lang: 'ko', h1: '정부, 지역 교통 새 규정 발표', header: '<span>이용민 기자</span>' }, ['이용민']],
  ])('%s', (_name, parts, authors) => {
    expect(run(parts).authors).toEqual(authors);
  });

  it('编辑 names editors, and "Bianji" is not a name', () => {
    const a = run({
      lang: 'zh',
      h1: '国务院新闻办公室举行发布会介绍经济运行情况',
      trailer: '<p>责任编辑：王五</p>',
      head: '<meta name="author" content="Bianji">',
    });
    expect(a.editors).toContain('王五');
    expect(a.authors).toEqual([]);
  });
});

describe('datelines', () => {
  it.each<[string, PageParts, string, string | null]>([
    ['region kept', { lang: 'en', lead: 'COLUMBIA, S.C. (AP) — ' }, 'Columbia, S.C.', null],
    [
      'Chinese place, canonical English city',
      { lang: 'zh', h1: '国务院新闻办公室举行发布会介绍经济运行情况', lead: '新华社北京5月15日电 ' },
      '北京',
      'Beijing',
    ],
    ['German place', { lang: 'de', lead: 'Wien (APA) - ' }, 'Wien', 'Vienna'],
    // Xinhua's Chinese datelines from capitals outside the big few, simplified and traditional.
    ['Chinese capital', { lang: 'zh', h1: '中哈两国元首举行会谈', lead: '新华社阿斯塔纳7月3日电 ' }, '阿斯塔纳', 'Astana'],
    ['traditional Chinese city', { lang: 'zh', h1: '兩國元首舉行會談', lead: '新華社烏蘭巴托7月3日電 ' }, '烏蘭巴托', 'Ulaanbaatar'],
    ['United Nations', { lang: 'zh', h1: '安理会通过决议', lead: '新华社联合国7月3日电 ' }, '联合国', 'United Nations'],
    ['place not in the table', { lang: 'zh', h1: '两国举行会谈', lead: '新华社塔拉瓦7月3日电 ' }, '塔拉瓦', null],
  ])('%s', (_name, parts, place, city) => {
    const d = run(parts).dateline;
    expect(d?.place).toBe(place);
    expect(d?.city).toBe(city);
  });
});

describe('bytes in', () => {
  it("decodes a Buffer by the page's own charset declaration", () => {
    const html = page({ lang: 'de', h1: 'Größere Busse für Köln' }).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">');
    const a = extractArticle(Buffer.from(html, 'latin1'), URL);
    expect(a.title).toBe('Größere Busse für Köln');
  });

  it('lets the HTTP Content-Type win over the page', () => {
    const html = page({ lang: 'de', h1: 'Größere Busse für Köln' }).replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">');
    const a = extractArticle(Buffer.from(html, 'utf8'), URL, { contentType: 'text/html; charset=utf-8' });
    expect(a.title).toBe('Größere Busse für Köln');
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { decodeOwn } from '../../../src/normalize/legacy-charsets.js';

// The encoding matrix: each charset with its name only in the HTTP header, only in the XML
// prolog, and in both but conflicting (HTTP wins for XML served over HTTP, RFC 7303 section 3).
const CHARSETS: Array<[charset: string, title: string]> = [
  ['gbk', '新华社：中俄签署协议'],
  ['gb18030', '新华社：中俄签署协议 镕'],
  ['windows-1251', 'ТАСС: переговоры в Москве'],
  ['koi8-r', 'ТАСС: переговоры в Москве'],
  ['iso-8859-1', 'Agence France-Presse : café à Genève'],
  ['utf-16le', 'Xinhua 新华社 ТАСС'],
  ['utf-16be', 'Xinhua 新华社 ТАСС'],
];

function feedBytes(charset: string, title: string, declared: string | undefined): Uint8Array {
  const decl = declared ? ` encoding="${declared}"` : '';
  const xml = `<?xml version="1.0"${decl}?><rss version="2.0"><channel><title>${title}</title><item><title>${title}</title></item></channel></rss>`;
  // UTF-16 without a BOM: the prolog's byte pattern says which order.
  return new Uint8Array(iconv.encode(xml, charset, { addBOM: false }));
}

describe('parseFeed: encoding matrix', () => {
  for (const [cs, title] of CHARSETS) {
    const wrong = cs.startsWith('utf-16') ? 'utf-8' : cs === 'koi8-r' ? 'windows-1251' : 'koi8-r';
    const variants: Array<[string, string | undefined, string | undefined]> = [
      ['charset only in the HTTP header', `application/rss+xml; charset=${cs}`, undefined],
      ['charset only in the prolog', 'text/xml', cs],
      ['conflicting: HTTP says the truth, prolog lies', `text/xml; charset="${cs}"`, wrong],
    ];
    for (const [name, contentType, declared] of variants) {
      it(`${cs}: ${name}`, () => {
        const f = parseFeed(feedBytes(cs, title, declared), { contentType });
        expect(f.title).toBe(title);
        expect(f.items[0]?.title).toBe(title);
      });
    }
  }

  it('a BOM outranks a lying HTTP charset', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss><channel><title>Пекин</title></channel></rss>')]);
    expect(parseFeed(new Uint8Array(body), { contentType: 'text/xml; charset=windows-1251' }).title).toBe('Пекин');
  });

  it('windows-1252 bytes in a feed labelled ISO-8859-1 become curly quotes', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>\x93Wire\x94 don\x92t</title></channel></rss>', 'latin1');
    expect(parseFeed(new Uint8Array(body)).title).toBe('\u201cWire\u201d don\u2019t');
  });
});

describe('parseFeed: charsets and labels feedparser reads (differential probe 2)', () => {
  /** A feed declared in `label` whose channel and item titles are `bytes`. */
  const feed = (label: string, bytes: number[]) =>
    Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="${label}"?><rss version="2.0"><channel><title>`),
      Buffer.from(bytes),
      Buffer.from('</title><item><title>'),
      Buffer.from(bytes),
      Buffer.from('</title></item></channel></rss>'),
    ]);

  // [label, the title's bytes in that charset, the title]
  const labels: Array<[string, number[], string]> = [
    ['iso-8859-2', [0x80, 0xa9], '\u20ac\u0160'], // a C1 control byte is the windows-1252 character (feedparser maps them)
    ['iso_8859_2_1987', [0xa9], '\u0160'], // Python's alias: the standard's year appended
    ['cp819', [0x93, 0x41, 0x94], '\u201cA\u201d'],
    ['big5-tw', [0xc4, 0xe9], '\u704c'],
    ['uhc', [0xc4, 0xe9], '\ucfa1'],
    ['u-jis', [0xc4, 0xe9], '\u5824'],
    ['ks_x_1001', [0xc4, 0xe9], '\ucfa1'],
    ['x-mac-japanese', [0x93, 0xfa], '\u65e5'],
    ['kz1048', [0x80], '\u0402'],
    ['cp154', [0x80], '\u0496'],
    ['maccentraleurope', [0x80], '\u00c4'],
    ['tis620', [0x80, 0xa1], '\u20ac\u0e01'], // TIS-620 read as its windows-874 superset
  ];
  for (const [label, bytes, title] of labels) {
    it(label, () => {
      const f = parseFeed(new Uint8Array(feed(label, bytes)));
      expect(f.title).toBe(title);
      expect(f.items[0]?.title).toBe(title);
    });
  }

  it('ISO-2022-JP: its escape sequences read as Japanese, not as markup (its bytes include "<")', () => {
    const jis = [...Buffer.from('\x1b$BF|K\\8l$N%K%e!<%9\x1b(B', 'latin1')]; // 日本語のニュース
    for (const contentType of [undefined, 'application/rss+xml; charset=iso-2022-jp', 'text/xml; charset=utf-8']) {
      const f = parseFeed(new Uint8Array(feed('iso-2022-jp', jis)), { contentType });
      expect(f.title).toBe('日本語のニュース');
      expect(f.items[0]?.title).toBe('日本語のニュース');
    }
  });

  // Bytes written for these tests by hand from the charsets' definitions (RFC 1557, RFC 1843, KS X 1001
  // annex 3); Python's codecs (feedparser's) give the same text.
  it('ISO-2022-KR: SO/SI shifts read as Korean, the ESC $ ) C designation dropped (its shifted bytes include "<")', () => {
    // 한국어 뉴스: EUC-KR C7D1 B1B9 BEEE / B4BA BDBA without the high bit
    const kr = [0x0e, 0x47, 0x51, 0x31, 0x39, 0x3e, 0x6e, 0x0f, 0x20, 0x0e, 0x34, 0x3a, 0x3d, 0x3a, 0x0f];
    const doc = Buffer.concat([Buffer.from('\x1b$)C', 'latin1'), Buffer.from(feed('iso-2022-kr', kr))]);
    const f = parseFeed(new Uint8Array(doc));
    expect(f.title).toBe('한국어 뉴스');
    expect(f.items[0]?.title).toBe('한국어 뉴스');
  });

  it('HZ: ~{ ... ~} runs read as GB2312, ~~ as a tilde', () => {
    // 中文新闻 ~ : GB2312 D6D0 CEC4 D0C2 CEC5 without the high bit
    const hz = [...Buffer.from('~{VPNDPBNE~} ~~1', 'latin1')];
    const f = parseFeed(new Uint8Array(feed('hz-gb-2312', hz)));
    expect(f.title).toBe('中文新闻 ~1');
  });

  it('Johab (cp1361): Hangul syllables composed from their jamo codes, symbols through KS X 1001', () => {
    // 한 = D065, 국 = 8A82; ㄱ (a lone initial, fill codes) = 8841; ※ (KS X 1001 A1D8, row 0x21) = D968
    const johab = [0xd0, 0x65, 0x8a, 0x82, 0x20, 0x88, 0x41, 0xd9, 0x68];
    const f = parseFeed(new Uint8Array(feed('johab', johab)));
    expect(f.title).toBe('한국 ㄱ※');
    expect(decodeOwn(new Uint8Array([0x84, 0x44, 0x84, 0x41]), 'johab')).toBe('ㄳ\u3000'); // a lone final; all fill codes
  });

  it('EBCDIC (cp037, cp500, cp1140): sniffed from the bytes of "<?xm", decoded with the declared code page', () => {
    for (const [decl, table] of [['cp037', 'cp037'], ['ibm500', 'cp500'], ['cp1140', 'cp1140']] as const) {
      const xml = `<?xml version="1.0" encoding="${decl}"?>\n<rss version="2.0"><channel><title>Caf\u00e9 [1] !</title><item><title>\u00e0 la une</title></item></channel></rss>`;
      const f = parseFeed(ebcdic(xml, table));
      expect(f.title).toBe('Caf\u00e9 [1] !');
      expect(f.items[0]?.title).toBe('\u00e0 la une');
    }
  });

  it('a declaration behind leading junk (a PHP warning) still names the charset', () => {
    const doc = Buffer.concat([
      Buffer.from('<br />\n<b>Warning</b>:  mysql_connect() on line 3<br />\n<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel><title>'),
      iconv.encode('Новости дня', 'windows-1251'),
      Buffer.from('</title><item><title>x</title></item></channel></rss>'),
    ]);
    expect(parseFeed(new Uint8Array(doc)).title).toBe('Новости дня');
  });

  it("a declaration after the feed element is not the document's", () => {
    const doc = Buffer.from('<rss version="2.0"><channel><title>caf\u00e9</title><description>&lt;?xml version="1.0" encoding="koi8-r"?&gt;</description><item><title>x</title></item></channel></rss>');
    expect(parseFeed(new Uint8Array(doc)).title).toBe('caf\u00e9');
  });
});

/** Text in an EBCDIC code page, through the inverse of the decoder's own table. */
function ebcdic(text: string, table: string): Uint8Array {
  const inverse = new Map<string, number>();
  for (let b = 255; b >= 0; b--) inverse.set(decodeOwn(new Uint8Array([b]), table), b);
  return new Uint8Array([...text].map((ch) => inverse.get(ch) ?? 0x6f));
}

// Legacy CJK bytes with no charset anywhere, or under a server-wide `charset=utf-8` and no
// declaration: read by language evidence (src/normalize/sniff-cjk.ts), as feedparser asks chardet.
// Near misses: Western and Cyrillic legacy text, and CJK too short to call, keep their reading.
describe('parseFeed: unlabelled legacy CJK', () => {
  const cases: Array<[name: string, charset: string, title: string, body: string, want: 'title' | 'unchanged']> = [
    ['Xinhua, GB2312', 'gb2312', '新华社北京5月14日电 国家主席会见外国领导人', '双方就进一步发展两国关系和共同关心的国际问题深入交换了意见。', 'title'],
    ['People’s Daily, GBK', 'gbk', '人民日报评论：推动经济高质量发展', '各地区各部门认真贯彻落实中央经济工作会议精神，取得了新的进展。', 'title'],
    ['CNA, Big5', 'big5', '中央社台北14日電 行政院會通過新的經濟發展計畫', '這項計畫將在未來幾年內推動產業轉型與國際合作。', 'title'],
    ['Hong Kong, Big5', 'big5', '香港特區政府公布新一年財政預算案', '財政司司長表示，政府會繼續支持經濟發展和改善民生。', 'title'],
    ['Kyodo, Shift_JIS', 'shift_jis', '東京株式市場、日経平均は小幅に続伸', '午前の東京株式市場で日経平均株価は前日比で小幅に上昇した。', 'title'],
    ['NHK, EUC-JP', 'euc-jp', '政府、新たな経済対策を閣議決定', '政府は臨時閣議で物価高に対応するための経済対策を決定しました。', 'title'],
    ['Yonhap, EUC-KR', 'euc-kr', '서울 연합뉴스 대통령은 오늘 국무회의를 주재했다', '정부는 경제 회복을 위한 새로운 정책을 발표했다고 밝혔다.', 'title'],
    ['too short to call', 'gbk', '新闻', '快讯', 'unchanged'],
    ['French, windows-1252', 'windows-1252', 'Économie : la croissance française s’améliore', 'Les prévisions ont été révisées à la hausse après un trimestre réussi.', 'unchanged'],
    ['German, latin-1', 'latin1', 'Börse: DAX schließt höher', 'Die Märkte in Frankfurt legten zu, während Anleger über Zinsen grübelten.', 'unchanged'],
    ['Czech, windows-1250', 'windows-1250', 'Praha. Vláda schválila nový zákon o daních', 'Ministři projednali hospodářské otázky a mezinárodní spolupráci.', 'unchanged'],
    ['Russian, windows-1251 (the Cyrillic reading)', 'windows-1251', 'Москва. Президент провел совещание с правительством', 'Участники обсудили вопросы экономического развития страны.', 'title'],
    ['Russian, KOI8-R (the Cyrillic reading)', 'koi8-r', 'Москва. Президент провел совещание с правительством', 'Участники обсудили вопросы экономического развития страны.', 'title'],
  ];
  for (const [name, charset, title, body, want] of cases) {
    for (const contentType of [undefined, 'application/rss+xml; charset=utf-8']) {
      it(`${name}${contentType ? ', HTTP utf-8' : ''}`, () => {
        const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><description>${body}</description></item></channel></rss>`;
        const bytes = new Uint8Array(iconv.encode(xml, charset));
        const feed = parseFeed(bytes, { contentType });
        if (want === 'title') {
          expect(feed.items[0]?.title).toBe(title);
          expect(feed.items[0]?.summary).toBe(body);
        } else {
          // As before this reading existed: UTF-8 where valid, every other byte windows-1252.
          const latin = iconv.decode(Buffer.from(iconv.encode(title, charset)), 'windows-1252');
          expect(feed.title).toBe(latin);
        }
      });
    }
  }
});

// A legacy single-byte feed of titles and links: its markup and URLs outnumber its non-ASCII
// letters, which hid Cyrillic (and Greek, Hebrew) behind the Latin reading; the script's letter
// frequencies decide. A French feed of the same shape keeps windows-1252.
describe('parseFeed: unlabelled single-byte feeds of titles and links', () => {
  const cases: Array<[name: string, charset: string, titles: string[]]> = [
    ['Russian, windows-1251', 'windows-1251', ['Путин провел совещание', 'Курс рубля вырос', 'В Москве ожидается дождь', 'Сборная выиграла матч', 'Цены на бензин снизились']],
    ['Russian, KOI8-R', 'koi8-r', ['Путин провел совещание', 'Курс рубля вырос', 'В Москве ожидается дождь', 'Сборная выиграла матч', 'Цены на бензин снизились']],
    ['Greek, windows-1253', 'windows-1253', ['Νέα μέτρα για την οικονομία', 'Σεισμός στην Κρήτη', 'Εκλογές τον Ιούνιο', 'Άνοδος στο χρηματιστήριο', 'Καιρός: βροχές']],
    ['Hebrew, windows-1255', 'windows-1255', ['הממשלה אישרה תקציב', 'גשם בירושלים', 'הבורסה עלתה', 'בחירות בקרוב', 'מחירי הדלק ירדו']],
    ['French, windows-1252', 'windows-1252', ['Économie : hausse', 'Météo : pluie à Paris', 'Élections en été', 'Bourse : léger recul', 'Prix de l’essence']],
  ];
  for (const [name, charset, titles] of cases) {
    it(name, () => {
      const items = titles
        .map((t, i) => `<item><title>${t}</title><link>http://www.example-news-site.com/news/2024/05/14/article-${i}.html</link><pubDate>Tue, 14 May 2024 10:0${i}:00 +0300</pubDate></item>`)
        .join('');
      const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>${titles[0]}</title><link>http://www.example-news-site.com/</link>${items}</channel></rss>`;
      const feed = parseFeed(new Uint8Array(iconv.encode(xml, charset)), {});
      expect(feed.items.map((it) => it.title)).toEqual(titles);
    });
  }
});

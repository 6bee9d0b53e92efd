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

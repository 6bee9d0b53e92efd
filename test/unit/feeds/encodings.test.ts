import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feeds/parse-feed.js';

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

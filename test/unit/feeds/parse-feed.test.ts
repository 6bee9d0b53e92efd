import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../../src/errors.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)));
const iso = (d: Date | undefined) => d?.toISOString();

describe('parseFeed: formats', () => {
  it('RSS 2.0 wire feed', () => {
    const f = parseFeed(fixture('rss2-wire.xml'), { url: 'http://english.example.cn/rss/world.xml' });
    expect([f.title, f.link, f.description, f.language]).toEqual(['Xinhua | World', 'http://english.example.cn/world/', 'World news from Xinhua', 'en-us']);
    expect(iso(f.updated)).toBe('2024-05-14T01:30:00.000Z');
    // ttl 15 min = 900 s; sy: hourly / 2 = 1800 s; the longer one wins.
    expect(f.minPollSeconds).toBe(1800);
    expect(f.items).toHaveLength(3);
    const [a, b, c] = f.items;
    expect(a).toMatchObject({
      title: 'China, Russia sign trade pact & more',
      link: 'http://english.example.cn/20240514/abc.html',
      id: 'xinhua-20240514-abc',
      author: 'Xinhua',
      categories: ['World', 'Trade'],
      summary: '<p>BEIJING, May 14 (Xinhua) -- <a href="http://english.example.cn/more">More</a></p>',
      content: '<p>Full text</p>',
      enclosures: [{ url: 'http://img.example.cn/a.jpg', type: 'image/jpeg', length: 12345 }],
    });
    expect(iso(a?.published)).toBe('2024-05-14T01:05:00.000Z');
    // Inline (unescaped) markup is XML text: its bare `&` is re-escaped as HTML needs it.
    expect(b?.title).toContain('Bare &amp; ampersand and <b>stray</b>');
    expect(b?.summary).toBe('Text with an unclosed <br /> tag');
    expect(iso(b?.published)).toBe('2024-05-14T04:00:00.000Z');
    expect(b?.id).toBe('http://english.example.cn/20240514/def.html');
    expect(c?.published).toBeUndefined();
    expect(c?.title).toBe('Bad date keeps the item');
    expect(f.warnings.join('\n')).toMatch(/unparseable date "yesterday-ish"/);
  });

  it('RSS 1.0 (RDF)', () => {
    const f = parseFeed(fixture('rdf.xml'));
    expect([f.title, f.language, f.items.length]).toEqual(['TASS', 'en', 1]);
    expect(f.items[0]).toMatchObject({ title: 'Moscow talks', link: 'http://tass.example/world/1', categories: ['Politics'] });
    expect(iso(f.items[0]?.updated)).toBe('2024-05-14T07:00:00.000Z');
  });

  it('Atom 1.0 with xml:base, xhtml and html text constructs', () => {
    const f = parseFeed(fixture('atom10.xml'), { url: 'http://feeds.example.org/x' });
    expect([f.title, f.description, f.link, f.language]).toEqual(['AFP via Example', '<b>Latest</b>', 'http://www.example.org/', 'fr']);
    const e = f.items[0];
    expect(e).toMatchObject({
      title: 'Paris <em>summit</em>',
      id: 'tag:example.org,2024:1',
      link: 'http://www.example.org/news/2024/05/14/summit',
      author: 'Agence France-Presse',
      categories: ['politics'],
      summary: 'Leaders meet',
      content: '<p>Body <img src="http://www.example.org/news/pic.jpg" /></p>',
      enclosures: [{ url: 'http://www.example.org/news/audio.mp3', type: 'audio/mpeg', length: 999 }],
    });
    expect([iso(e?.published), iso(e?.updated)]).toEqual(['2024-05-14T05:00:00.000Z', '2024-05-14T05:30:00.250Z']);
  });

  it('JSON Feed 1.1', () => {
    const f = parseFeed(fixture('json-feed.json'));
    expect([f.title, f.link, f.language]).toEqual(['AP Top News', 'https://apnews.example/', 'en']);
    expect(f.items[0]).toMatchObject({ id: 'ap-1', link: 'https://apnews.example/article/1', author: 'AP', categories: ['weather'], summary: 'A storm', content: '<p>Storm</p>' });
    expect(f.items[0]?.enclosures).toEqual([{ url: 'https://apnews.example/a.jpg', type: 'image/jpeg', length: 10 }]);
    expect(f.items[1]?.id).toBe('2');
  });

  const rss = (items: string, channel = '') => `<rss version="2.0"><channel><title>t</title>${channel}${items}</channel></rss>`;
  const table: Array<{ name: string; input: string; url?: string; check: (f: ReturnType<typeof parseFeed>) => void }> = [
    { name: 'RSS 0.91 with HTML entities', input: '<rss version="0.91"><channel><title>Caf&eacute; &amp; co&nbsp;</title><item><title>&#8220;Q&#8221; &#146;s</title></item></channel></rss>', check: (f) => expect([f.title, f.items[0]?.title]).toEqual(['Café & co', '\u201cQ\u201d \u2019s']) },
    { name: 'RSS 0.90 items beside the channel', input: '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>n</title></channel><item><title>a</title><link>http://x/a</link></item></rdf:RDF>', check: (f) => expect(f.items.map((i) => i.link)).toEqual(['http://x/a']) },
    { name: 'Atom 0.3 with issued/modified and base64 content', input: '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>o</title><entry><title>e</title><issued>2004-01-01T00:00:00Z</issued><modified>2004-01-02T00:00:00Z</modified><content mode="base64">PGI+aGk8L2I+</content></entry></feed>', check: (f) => { expect(iso(f.items[0]?.published)).toBe('2004-01-01T00:00:00.000Z'); expect(f.items[0]?.content).toBe('<b>hi</b>'); } },
    { name: 'relative item links resolve against the feed URL', input: rss('<item><link>a/b.html</link></item>'), url: 'http://h.example/feeds/rss.xml', check: (f) => expect(f.items[0]?.link).toBe('http://h.example/feeds/a/b.html') },
    { name: 'without a feed URL, against the channel link', input: rss('<item><link>/a.html</link></item>', '<link>http://site.example/news/</link>'), check: (f) => expect(f.items[0]?.link).toBe('http://site.example/a.html') },
    { name: 'a permalink guid stands in for a missing link', input: rss('<item><guid>http://x.example/1</guid></item>'), check: (f) => expect(f.items[0]?.link).toBe('http://x.example/1') },
    { name: 'an Atom entry without author takes the feed author (RFC 4287 4.2.1)', input: '<feed xmlns="http://www.w3.org/2005/Atom"><author><name>Xinhua</name></author><entry><title>x</title></entry><entry><author><name>AP</name></author></entry></feed>', check: (f) => expect(f.items.map((i) => i.author)).toEqual(['Xinhua', 'AP']) },
    { name: 'RSS items do not inherit the managingEditor', input: rss('<item><title>x</title></item>', '<managingEditor>ed@example.com</managingEditor>'), check: (f) => expect(f.items[0]?.author).toBeUndefined() },
    { name: '"<!" that is not a declaration stays text', input: rss('<item><description>&lt;!\' &lt;a href="foo"&gt;</description></item>'), check: (f) => expect(f.items[0]?.summary).toBe('&lt;!\' <a href="foo">') },
    { name: 'an item cut off after its fields (before </item>) is kept', input: rss('<item><title>A</title></item><item><title>B</title><link>http://x/b</link>').replace('</channel></rss>', ''), check: (f) => expect(f.items.map((i) => i.title)).toEqual(['A', 'B']) },
    { name: 'items missing </item> are not nested into each other', input: rss('<item><title>A</title><link>http://x/a</link><item><title>B</title><item><title>C</title>'), check: (f) => expect(f.items.map((i) => i.title)).toEqual(['A', 'B', 'C']) },
    { name: 'an item cut off inside an identifying field is dropped', input: rss('<item><title>A</title></item><item><title>B</title><link>http://x/b-cut-in-the-mid').replace('</channel></rss>', ''), check: (f) => expect(f.items.map((i) => i.title)).toEqual(['A']) },
    { name: 'an item cut off inside its description keeps its whole fields, not the cut text', input: rss('<item><title>A</title></item><item><title>B</title><link>http://x/b</link><description>Half a sto').replace('</channel></rss>', ''), check: (f) => expect(f.items.map((i) => [i.title, i.link, i.summary])).toEqual([['A', undefined, undefined], ['B', 'http://x/b', undefined]]) },
    { name: 'an unterminated CDATA section cuts only the field it opens', input: rss('<item><title>T</title><link>http://x/t</link><description><![CDATA[<p>never closed</description></item>'), check: (f) => expect(f.items.map((i) => [i.title, i.link, i.summary])).toEqual([['T', 'http://x/t', undefined]]) },
    { name: 'active content in feed HTML is defanged', input: rss('<item><description><![CDATA[<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">a</a><!--[if IE]><b>x</b><![endif]--><style>p{}</style></p>]]></description></item>'), check: (f) => expect(f.items[0]?.summary).toBe('<p>Hi <a href="">a</a></p>') },
    { name: 'attribute values are resolved decoded and re-escaped', input: rss('<item><description>&lt;a href="/caf&amp;#xe9;?a=1&amp;amp;b=2" title=\'say "hi"\'&gt;x&lt;/a&gt;</description></item>'), url: 'http://h.example/f', check: (f) => expect(f.items[0]?.summary).toBe('<a href="http://h.example/café?a=1&amp;b=2" title="say &quot;hi&quot;">x</a>') },
    { name: 'a no-zone date is assumed UTC and recorded', input: rss('<item><title>x</title><pubDate>2024-05-14 10:00:00</pubDate></item>'), check: (f) => { expect(iso(f.items[0]?.published)).toBe('2024-05-14T10:00:00.000Z'); expect(f.warnings.join()).toMatch(/UTC assumed/); } },
  ];
  for (const t of table) it(t.name, () => t.check(parseFeed(t.input, { url: t.url })));

  it('a no-zone date is read in the configured zone, and recorded', () => {
    const f = parseFeed(rss('<item><title>x</title><pubDate>2024-05-14 10:00:00</pubDate></item>'), { timeZone: 'Asia/Shanghai' });
    expect(iso(f.items[0]?.published)).toBe('2024-05-14T02:00:00.000Z');
    expect(f.warnings.join()).toMatch(/Asia\/Shanghai assumed/);
  });
});

describe('parseFeed: item identity', () => {
  const feed = (items: string) => `<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
  const cases: Array<{ name: string; items: string; ids: (ids: string[]) => void }> = [
    { name: 'guid first', items: '<item><guid>g1</guid><link>http://x/1</link></item>', ids: (ids) => expect(ids).toEqual(['g1']) },
    { name: 'link when no guid', items: '<item><link>http://x/1</link></item>', ids: (ids) => expect(ids).toEqual(['http://x/1']) },
    { name: 'hash of title + date otherwise, stable', items: '<item><title>A</title><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>', ids: (ids) => expect(ids[0]).toMatch(/^urn:sha1:[0-9a-f]{40}$/) },
    { name: 'different titles hash apart', items: '<item><title>A</title></item><item><title>B</title></item>', ids: (ids) => expect(new Set(ids).size).toBe(2) },
    { name: 'a repeated guid is reported as the feed gives it', items: '<item><guid>g</guid><title>1</title></item><item><guid>g</guid><title>2</title></item><item><guid>g</guid></item>', ids: (ids) => expect(ids).toEqual(['g', 'g', 'g']) },
  ];
  it('keys keep items with a repeated guid apart, in document order (what a poll records)', () => {
    const f = parseFeed(feed('<item><guid>g</guid><title>1</title></item><item><guid>g</guid><title>2</title></item><item><guid>g</guid></item><item><guid>h</guid></item>'));
    expect(f.items.map((i) => i.key)).toEqual(['g', 'g#2', 'g#3', 'h']);
  });
  for (const c of cases) {
    it(c.name, () => {
      const once = parseFeed(feed(c.items)).items.map((i) => i.id);
      c.ids(once);
      expect(parseFeed(feed(c.items)).items.map((i) => i.id)).toEqual(once);
    });
  }
});

describe('parseFeed: not a feed', () => {
  const cases: Array<{ name: string; input: Uint8Array | string; code: string }> = [
    { name: 'empty body', input: new Uint8Array(0), code: 'feed_empty' },
    { name: 'whitespace only', input: ' \n\t ', code: 'feed_empty' },
    { name: 'only a prolog and a comment', input: '<?xml version="1.0"?>\n<!-- nothing here -->\n', code: 'feed_empty' },
    { name: 'HTML error page', input: fixture('html-error.html'), code: 'not_a_feed' },
    { name: 'other XML', input: '<?xml version="1.0"?><config><a/></config>', code: 'not_a_feed' },
    { name: 'JSON that is not a JSON Feed', input: '{"error":"rate limited"}', code: 'not_a_feed' },
    { name: 'broken JSON', input: '{"version":"https://jsonfeed.org/version/1", "items": [', code: 'feed_malformed' },
    { name: 'plain text', input: 'Service unavailable', code: 'feed_malformed' },
    // Junk before a feed is skipped (feed-classes junk-*), but a page with no feed root stays one.
    { name: 'PHP warning and no feed', input: '<br />\n<b>Fatal error</b>:  Out of memory in <b>/var/www/feed.php</b><br />\n', code: 'not_a_feed' },
    { name: 'HTML page with items but no feed root', input: '<html><body><item><title>a</title></item></body></html>', code: 'not_a_feed' },
    { name: 'escaped RSS shown in an HTML page', input: '<html><body><pre>&lt;rss version="2.0"&gt;&lt;channel&gt;&lt;/channel&gt;&lt;/rss&gt;</pre></body></html>', code: 'not_a_feed' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      let err: unknown;
      try {
        parseFeed(c.input);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PipelineError);
      expect((err as PipelineError).code).toBe(c.code);
      expect((err as PipelineError).retryable).toBe(false);
    });
  }
});

describe('parseFeed: summary and content are read on demand', () => {
  const parse = () => parseFeed(fixture('rss2-wire.xml'), { url: 'http://english.example.cn/rss/world.xml' }).items[0]!;

  it('gives the same values through a copy, JSON and a plain read, with the fields in their order', () => {
    const item = parse();
    const copy = { ...parse() };
    expect(copy.content).toBe('<p>Full text</p>');
    expect(JSON.parse(JSON.stringify(parse()))).toMatchObject({ content: '<p>Full text</p>', summary: item.summary });
    expect(Object.keys(item)).toEqual(['title', 'link', 'id', 'key', 'published', 'updated', 'author', 'categories', 'summary', 'content', 'enclosures']);
    expect(item.summary).toContain('<a href="http://english.example.cn/more">More</a>');
  });

  it('can be overwritten like any field', () => {
    const item = parse();
    item.content = 'replaced';
    item.summary = undefined;
    expect([item.content, item.summary]).toEqual(['replaced', undefined]);
    expect(JSON.parse(JSON.stringify(item)).content).toBe('replaced');
  });
});

describe('parseFeed: character references as feedparser reads them (differential probe 2)', () => {
  const rss = (item: string) => new TextEncoder().encode(`<rss version="2.0"><channel><title>T</title><item>${item}</item></channel></rss>`);

  it('a named reference written without its ";" in element text (an ill-formed feed) is the character', () => {
    const f = parseFeed(rss('<title>caf&eacute au lait &copy 2024, Fish &amp chips, AT&T, &copy2024</title>'));
    expect(f.items[0]?.title).toBe('café au lait © 2024, Fish & chips, AT&T, &copy2024');
  });

  it('in escaped HTML such a reference gets its ";", and a name running into digits is text', () => {
    const f = parseFeed(rss('<title>x</title><description><![CDATA[<p>&hellip and &copy 2024, &copy2024, Q&A</p>]]></description>'));
    expect(f.items[0]?.summary).toBe('<p>&hellip; and &copy; 2024, &amp;copy2024, Q&amp;A</p>');
  });

  it('&lang; and &rang; are HTML 4 angle brackets (U+2329, U+232A)', () => {
    expect(parseFeed(rss('<title>&lang;x&rang;</title>')).items[0]?.title).toBe('\u2329x\u232a');
  });
});

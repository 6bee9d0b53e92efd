import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPipelineError } from '../../../src/errors.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import type { Feed } from '../../../src/domain.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url)));

/** Every hostile input must end in a Feed or a typed PipelineError, never anything else. */
function outcome(input: Uint8Array | string): Feed | { code: string } {
  try {
    return parseFeed(input, { url: 'http://feeds.example/x.xml' });
  } catch (err) {
    if (isPipelineError(err)) return { code: err.code };
    throw err;
  }
}
const asFeed = (o: Feed | { code: string }): Feed => {
  if ('code' in o) throw new Error(`expected a feed, got ${o.code}`);
  return o;
};

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n ')}
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://169.254.169.254/latest/meta-data/">]>
<rss version="2.0"><channel><title>&xxe;&remote;</title><item><title>a</title></item></channel></rss>`;

describe('parseFeed: hostile input', () => {
  it('billion laughs: entities are never expanded', () => {
    const f = asFeed(outcome(LAUGHS));
    expect(f.title?.length ?? 0).toBeLessThan(100);
    expect(f.items).toHaveLength(1);
  });

  it('external entities are never resolved', () => {
    const f = asFeed(outcome(XXE));
    expect(f.title ?? '').not.toMatch(/root:|ami-id/);
    expect(f.items[0]?.title).toBe('a');
  });

  it('deep nesting inside an item (100k levels) keeps the feed', () => {
    const deep = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
    const f = asFeed(outcome(`<rss><channel><title>t</title><item><title>ok</title><description>${deep}</description></item></channel></rss>`));
    expect(f.items[0]?.title).toBe('ok');
  });

  it('deep nesting of unclosed elements ends in a result', () => {
    const o = outcome(`<rss><channel><title>t</title>${'<item><title>n</title>'.repeat(50_000)}`);
    expect('code' in o || Array.isArray(o.items)).toBe(true);
  });

  it('deeply nested JSON ends in a typed error or a result', () => {
    const o = outcome(`{"version":"https://jsonfeed.org/version/1","items":[${'['.repeat(200_000)}${']'.repeat(200_000)}]}`);
    expect('code' in o ? o.code : 'feed').toMatch(/feed/);
  });

  it('truncated feed yields the items before the break', () => {
    const f = asFeed(outcome(fixture('truncated.xml')));
    expect(f.items.map((i) => i.title)).toEqual(['One', 'Two']);
    expect(f.warnings.join('\n')).toMatch(/unfinished item/);
  });

  // A server answering a feed URL with junk that happens to open with <rss> (a half-written file,
  // a binary error page) must not poll as a healthy feed with no items for weeks.
  it('ill-formed junk with a feed root but no channel data and no items is feed_malformed', () => {
    const junk = Buffer.from('\x00\x01<rss><chan\xff\xfe garbage <<<>>> &&&', 'latin1');
    expect(outcome(new Uint8Array(junk))).toEqual({ code: 'feed_malformed' });
    expect(outcome('<rss version="2.0"><channel><foo>')).toEqual({ code: 'feed_malformed' });
  });

  it('near misses stay feeds: a well-formed empty channel, a cut-off feed that kept its title', () => {
    expect(asFeed(outcome('<rss version="2.0"><channel><title>Quiet desk</title></channel></rss>')).items).toEqual([]);
    expect(asFeed(outcome('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')).items).toEqual([]);
    const cut = asFeed(outcome('<rss version="2.0"><channel><title>Wire</title><link>http://w.example/</link><item><ti'));
    expect(cut.title).toBe('Wire');
    expect(cut.warnings.join('\n')).toMatch(/ill-formed XML recovered|unfinished item/);
  });

  it('HTML error page is not_a_feed', () => {
    expect(outcome(fixture('html-error.html'))).toEqual({ code: 'not_a_feed' });
  });

  it('the search for a feed root behind junk is bounded', () => {
    // 100k elements of page before an <rss>: the walk gives up after its budget.
    const page = `<html><body>${'<p>x</p>'.repeat(100_000)}<rss><channel><item><title>a</title></item></channel></rss></body></html>`;
    const t0 = performance.now();
    expect(outcome(page)).toEqual({ code: 'not_a_feed' });
    expect(performance.now() - t0).toBeLessThan(5_000);
    // A wrapper or junk of a realistic size is skipped and recorded.
    const f = asFeed(outcome(`${'<br />\n<b>Warning</b>: x<br />\n'.repeat(50)}<rss><channel><item><title>a</title></item></channel></rss>`));
    expect(f.items.map((i) => i.title)).toEqual(['a']);
    expect(f.warnings).toContain("feeds: markup before the feed's document element ignored (<br>)");
  });

  it('a 20 MB feed parses completely', () => {
    const item = (i: number) => `<item><title>Story ${i}</title><link>http://wire.example/${i}</link><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><description>${'Lorem ipsum dolor sit amet &amp; more. '.repeat(25)}</description></item>`;
    const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'];
    let size = parts[0]!.length;
    let n = 0;
    while (size < 20 * 1024 * 1024) {
      const s = item(n++);
      parts.push(s);
      size += s.length;
    }
    parts.push('</channel></rss>');
    const f = asFeed(outcome(new Uint8Array(Buffer.from(parts.join('')))));
    expect(f.items).toHaveLength(n);
    expect(f.items[n - 1]?.link).toBe(`http://wire.example/${n - 1}`);
  });

  it('bare ampersands, stray tags and HTML entities are recovered', () => {
    const f = asFeed(outcome('<rss><channel><title>Q&A & more &eacute;</title><item><title>AT&T <b>bold</title><link>http://x/?a=1&b=2</link></item></channel></rss>'));
    expect(f.title).toBe('Q&A & more é');
    expect(f.items[0]?.link).toBe('http://x/?a=1&b=2');
    expect(f.items[0]?.title).toBe('AT&amp;T <b>bold');
  });

  it('NUL bytes and binary garbage end in a typed error or a result', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const o = outcome(bytes);
    expect('code' in o ? o.code : 'feed').toMatch(/feed/);
  });

  it('internal entities: nested expansion is capped per entity and per document', () => {
    // 10^6 characters per use of &big; and 100k uses: expanding it all would be 10^11 characters.
    const decls = ['<!ENTITY a "0123456789">', ...'bcdef'.split('').map((c, i) => `<!ENTITY ${c} "${`&${'abcdef'[i]};`.repeat(10)}">`)].join('');
    const uses = '&c;'.repeat(100_000);
    const f = asFeed(outcome(`<!DOCTYPE rss [${decls}]><rss><channel><title>&a;</title><item><title>x</title><description>${uses}&f;</description></item></channel></rss>`));
    expect(f.title).toBe('0123456789');
    const summary = f.items[0]?.summary ?? '';
    // &c; (1,000 characters) expands until the 1 MB growth budget is spent; &f; (10^6) exceeds the
    // per-entity cap. Left unexpanded, they are text in the HTML summary (their `&` escaped).
    expect(summary.length).toBeLessThan(2_000_000);
    expect(summary.startsWith('0123456789'.repeat(100))).toBe(true);
    expect(summary.endsWith('&amp;c;&amp;f;')).toBe(true);
  });

  it('internal entities: external (SYSTEM/PUBLIC) and parameter entities are never read', () => {
    const f = asFeed(outcome('<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p; <!ENTITY x SYSTEM "file:///etc/hostname"><!ENTITY y PUBLIC "-//X//EN" "http://127.0.0.1:9/y"><!ENTITY ok "fine">]><rss><channel><title>&ok; &x; &y;</title></channel></rss>'));
    expect(f.title).toBe('fine &x; &y;');
  });

  it('internal entities: a DOCTYPE after the document element starts declares nothing', () => {
    const f = asFeed(outcome('<rss><channel><title>&z;</title><description>&lt;!DOCTYPE x [&lt;!ENTITY z "no"&gt;]&gt;</description></channel></rss>'));
    expect(f.title).toBe('&z;');
  });
});

describe('style attributes in feed HTML', () => {
  const summaryOf = (style: string): string =>
    asFeed(
      outcome(
        `<rss version="2.0"><channel><title>t</title><item><title>x</title><description>&lt;span style="${style}"&gt;Some text&lt;/span&gt;</description></item></channel></rss>`,
      ),
    ).items[0]!.summary ?? '';

  it.each([
    // An overlay: positioned over the page, covering it, with a picture from elsewhere.
    [
      'display:block; position:absolute; left:0; top:0; width:100%; height:100%; z-index:1; background-image:url(http://x.example/i.jpg); background-color:black',
      '<span style="display: block; width: 100%; height: 100%; background-color: black;">Some text</span>',
    ],
    ['margin: 99999em', '<span>Some text</span>'],
    ['mso-bidi-font-weight: normal', '<span>Some text</span>'],
    ['color: expression(alert(1))', '<span>Some text</span>'],
    ['color:#000080', '<span style="color: #000080;">Some text</span>'],
    ['margin: 0px !important', '<span style="margin: 0px !important;">Some text</span>'],
    ['border-bottom: dotted; padding: 2ex', '<span style="border-bottom: dotted; padding: 2ex;">Some text</span>'],
  ])('%s', (style, html) => {
    expect(summaryOf(style)).toBe(html);
  });
});

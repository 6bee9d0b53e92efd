import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverFeeds } from '../../../src/feeds/discover-feeds.js';
import { readFeedList, writeOpml } from '../../../src/feeds/opml.js';

describe('readFeedList / writeOpml', () => {
  it('reads OPML outlines (nested, xmlUrl case variants) and skips non-feed outlines', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="Wires"><outline type="rss" text="Xinhua World" xmlUrl="http://www.xinhuanet.com/english/rss/worldrss.xml" site="Xinhua" interval="600"/>
      <outline text="TASS" xmlurl="https://tass.com/rss/v2.xml"/></outline>
      <outline text="A web page" htmlUrl="https://example.com/"/></body></opml>`;
    expect(readFeedList(opml)).toEqual([
      { url: 'http://www.xinhuanet.com/english/rss/worldrss.xml', title: 'Xinhua World', site: 'Xinhua', intervalSeconds: 600 },
      { url: 'https://tass.com/rss/v2.xml', title: 'TASS', site: undefined, intervalSeconds: undefined },
    ]);
  });

  it('reads a plain list with comments and optional site names', () => {
    expect(readFeedList('# wires\nhttps://tass.com/rss/v2.xml TASS\n\nhttp://en.people.cn/rss/90777.xml  People\'s Daily Online # world\n')).toEqual([
      { url: 'https://tass.com/rss/v2.xml', site: 'TASS' },
      { url: 'http://en.people.cn/rss/90777.xml', site: "People's Daily Online" },
    ]);
  });

  it('rejects a line that is not a URL', () => {
    expect(() => readFeedList('tass.com/rss')).toThrow(/not an http\(s\) URL/);
  });

  it('round-trips through OPML, escaping attributes', () => {
    const feeds = [{ url: 'https://a.example/rss?x=1&y=2', title: 'A & "B"', site: "People's", intervalSeconds: 900 }];
    const xml = writeOpml('wirehouse feeds', feeds, new Date('2026-01-01T00:00:00Z'));
    expect(xml).toContain('xmlUrl="https://a.example/rss?x=1&amp;y=2"');
    expect(readFeedList(xml)).toEqual(feeds);
  });

  it('the shipped default list parses and has only http(s) feeds', () => {
    const list = readFeedList(readFileSync(join(import.meta.dirname, '..', '..', '..', 'feeds', 'default.opml'), 'utf8'));
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const f of list) expect(f.site).toBeTruthy();
  });
});

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON alternates, resolved against <base>, without duplicates', () => {
    const html = `<html><head><base href="https://news.example/world/">
      <link rel="alternate" type="application/rss+xml" title="World" href="rss.xml">
      <link rel="alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="Alternate feed" type="application/feed+json" href="https://news.example/feed.json">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="stylesheet" type="text/css" href="s.css">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body></body></html>`;
    expect(discoverFeeds(html, 'https://news.example/world/index.html')).toEqual([
      { url: 'https://news.example/world/rss.xml', title: 'World', type: 'application/rss+xml' },
      { url: 'https://news.example/atom.xml', title: undefined, type: 'application/atom+xml' },
      { url: 'https://news.example/feed.json', title: undefined, type: 'application/feed+json' },
    ]);
  });

  it('reads fetched bytes in the charset of the Content-Type or the page (a GBK title)', () => {
    const page = `<html><head><link rel="alternate" type="application/rss+xml" title="\u56fd\u9645\u65b0\u95fb" href="/rss.xml"></head></html>`;
    // "国际新闻" in GBK: the bytes a Chinese portal sends with charset=gbk.
    const title = Buffer.from([0xb9, 0xfa, 0xbc, 0xca, 0xd0, 0xc2, 0xce, 0xc5]);
    const bytes = Buffer.concat([Buffer.from(page.slice(0, page.indexOf('title="') + 7), 'latin1'), title, Buffer.from(page.slice(page.indexOf('" href')), 'latin1')]);
    const want = [{ url: 'https://cn.example/rss.xml', title: '\u56fd\u9645\u65b0\u95fb', type: 'application/rss+xml' }];
    expect(discoverFeeds(bytes, 'https://cn.example/', { contentType: 'text/html; charset=gbk' })).toEqual(want);
    const declared = Buffer.concat([Buffer.from('<meta charset="gbk">'), bytes]);
    expect(discoverFeeds(declared, 'https://cn.example/')).toEqual(want);
  });

  it('finds nothing on a page without alternates', () => {
    expect(discoverFeeds('<p>hello</p>', 'https://x.example/')).toEqual([]);
  });
});

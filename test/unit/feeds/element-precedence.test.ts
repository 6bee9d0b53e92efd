/**
 * Element precedence, as feedparser 6.0.10 resolves it (differential probe 4: every ordered pair
 * of the elements of one field, in RSS, RDF and Atom, item and channel). feedparser stores each
 * element under its field's key as it meets it, so the later one wins, except the title (the first
 * is kept) and the content (a list; the first is read). Our own small feeds, one per case.
 */
import { describe, expect, it } from 'vitest';
import type { Feed } from '../../../src/domain.js';
import { parseFeed } from '../../../src/feeds/parse-feed.js';

const URL_ = 'http://probe.example/feeds/main.xml';
const NS =
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"';
const rss = (item: string, channel = '<title>P</title><link>http://probe.example/</link>') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${NS}><channel>${channel}<item>${item}</item></channel></rss>`;
const rdf = (item: string) =>
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"${NS}><channel rdf:about="http://probe.example/"><title>P</title></channel><item rdf:about="http://probe.example/r/1">${item}</item></rdf:RDF>`;
const atom = (entry: string) =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><title>P</title><entry>${entry}</entry></feed>`;

interface Case {
  name: string;
  input: string;
  /** Item 0's fields (or the feed's, for keys starting with `feed.`); dates as ISO strings. */
  want: Record<string, unknown>;
}

function pick(feed: Feed, key: string): unknown {
  const [obj, k] = key.startsWith('feed.') ? [feed as unknown as Record<string, unknown>, key.slice(5)] : [feed.items[0] as unknown as Record<string, unknown>, key];
  const v = obj?.[k];
  return v instanceof Date ? v.toISOString() : v;
}

const D14 = '2024-05-14T10:00:00.000Z';
const D15 = '2024-05-15T10:00:00.000Z';

const CASES: Case[] = [
  // Title: the first one is kept.
  { name: 'dc:title before title', input: rss('<dc:title>A</dc:title><title>B</title>'), want: { title: 'A' } },
  { name: 'atom:title before title', input: rss('<atom:title>A</atom:title><title>B</title>'), want: { title: 'A' } },
  { name: 'title before dc:title', input: rss('<title>A</title><dc:title>B</dc:title>'), want: { title: 'A' } },
  { name: 'Atom: dc:title before title', input: atom('<dc:title>A</dc:title><title>B</title>'), want: { title: 'A' } },
  { name: 'RDF: dc:title before title', input: rdf('<dc:title>A</dc:title><title>B</title>'), want: { title: 'A' } },
  { name: 'media:title only without a title', input: rss('<media:title>M</media:title><title>T</title>'), want: { title: 'T' } },
  { name: 'channel: dc:title before title', input: rss('<title>S</title>', '<dc:title>A</dc:title><title>B</title>'), want: { 'feed.title': 'A' } },
  // Link: the last one.
  { name: 'two links', input: rss('<title>S</title><link>http://probe.example/A</link><link>http://probe.example/B</link>'), want: { link: 'http://probe.example/B' } },
  { name: 'link then atom:link', input: rss('<title>S</title><link>http://probe.example/A</link><atom:link href="http://probe.example/B"/>'), want: { link: 'http://probe.example/B' } },
  { name: 'atom:link then link', input: rss('<title>S</title><atom:link href="http://probe.example/A"/><link>http://probe.example/B</link>'), want: { link: 'http://probe.example/B' } },
  { name: 'a self link is never the page', input: rss('<title>S</title><link>http://probe.example/A</link><atom:link rel="self" href="http://probe.example/feed"/>'), want: { link: 'http://probe.example/A' } },
  { name: 'channel: link then atom:link', input: rss('<title>S</title>', '<title>P</title><link>http://probe.example/A</link><atom:link href="http://probe.example/B"/>'), want: { 'feed.link': 'http://probe.example/B' } },
  // Id: the last guid / id; the link from the first permalink one.
  { name: 'two guids', input: rss('<title>S</title><guid isPermaLink="false">id-A</guid><guid isPermaLink="false">id-B</guid>'), want: { id: 'id-B' } },
  { name: 'guid then atom:id', input: rss('<title>S</title><guid>http://probe.example/g/A</guid><atom:id>http://probe.example/i/B</atom:id>'), want: { id: 'http://probe.example/i/B', link: 'http://probe.example/g/A' } },
  { name: 'a non-permalink guid then a permalink one', input: rss('<title>S</title><guid isPermaLink="false">id-A</guid><guid>http://probe.example/g/B</guid>'), want: { id: 'http://probe.example/g/B', link: 'http://probe.example/g/B' } },
  { name: 'Atom: two ids', input: atom('<title>S</title><id>http://probe.example/i/A</id><id>http://probe.example/i/B</id>'), want: { id: 'http://probe.example/i/B' } },
  // Dates: the last one of the field.
  { name: 'pubDate then atom:published', input: rss('<title>S</title><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><atom:published>2024-05-15T10:00:00Z</atom:published>'), want: { published: D15 } },
  { name: 'atom:published then pubDate', input: rss('<title>S</title><atom:published>2024-05-15T10:00:00Z</atom:published><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate>'), want: { published: D14 } },
  { name: 'a later date that does not parse leaves the earlier', input: rss('<title>S</title><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><pubDate>soon</pubDate>'), want: { published: D14 } },
  { name: 'dc:date is the updated date, pubDate the published', input: rss('<title>S</title><dc:date>2024-05-15T10:00:00Z</dc:date><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate>'), want: { published: D14, updated: D15 } },
  { name: 'Atom: updated then dc:date', input: atom('<title>S</title><updated>2024-05-14T10:00:00Z</updated><dc:date>2024-05-15T10:00:00Z</dc:date>'), want: { updated: D15 } },
  { name: 'dcterms:created only without a published date', input: rss('<title>S</title><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate><dcterms:created>2024-05-15T10:00:00Z</dcterms:created>'), want: { published: D14 } },
  { name: 'channel: lastBuildDate then dc:date', input: rss('<title>S</title>', '<title>P</title><lastBuildDate>Tue, 14 May 2024 10:00:00 GMT</lastBuildDate><dc:date>2024-05-15T10:00:00Z</dc:date>'), want: { 'feed.updated': D15 } },
  { name: 'channel: pubDate only when no updated date', input: rss('<title>S</title>', '<title>P</title><lastBuildDate>Tue, 14 May 2024 10:00:00 GMT</lastBuildDate><pubDate>Wed, 15 May 2024 10:00:00 GMT</pubDate>'), want: { 'feed.updated': D14 } },
  // Author: the last one; contributors only without one.
  { name: 'author then dc:creator', input: rss('<title>S</title><author>a@x.example (A)</author><dc:creator>B</dc:creator>'), want: { author: 'B' } },
  { name: 'dc:creator then itunes:author', input: rss('<title>S</title><dc:creator>A</dc:creator><itunes:author>B</itunes:author>'), want: { author: 'B' } },
  { name: 'Atom: two authors', input: atom('<title>S</title><author><name>A</name></author><author><name>B</name></author>'), want: { author: 'B' } },
  { name: 'Atom: a contributor after the author', input: atom('<title>S</title><author><name>A</name></author><contributor><name>C</name></contributor>'), want: { author: 'A' } },
  // Summary and content in document order: a summary-like element after the content replaces the summary.
  { name: 'description, content:encoded, itunes:summary', input: rss('<title>S</title><description>D</description><content:encoded>C</content:encoded><itunes:summary>IS</itunes:summary>'), want: { summary: 'IS', content: 'C' } },
  { name: 'content:encoded, description, dc:description', input: rss('<title>S</title><content:encoded>C</content:encoded><description>D</description><dc:description>DD</dc:description>'), want: { summary: 'DD', content: 'C' } },
  { name: 'a second description without content is the content', input: rss('<title>S</title><description>D</description><description>D2</description>'), want: { summary: 'D', content: 'D2' } },
  { name: 'a real content element outranks a second summary (feedparser: the summary)', input: rss('<title>S</title><description>D</description><itunes:summary>IS</itunes:summary><content:encoded>C</content:encoded>'), want: { summary: 'D', content: 'C' } },
  { name: 'Atom: the first content element in document order', input: atom('<title>S</title><content:encoded>CE</content:encoded><content>C</content>'), want: { content: 'CE' } },
  { name: 'Atom: content then summary', input: atom('<title>S</title><content>C</content><summary>S</summary>'), want: { summary: 'S', content: 'C' } },
  { name: 'channel: description then itunes:subtitle', input: rss('<title>S</title>', '<title>P</title><description>A</description><itunes:subtitle>B</itunes:subtitle>'), want: { 'feed.description': 'B' } },
  // Enclosure types: an Atom link's defaults to text/html, as feedparser types every link; RSS's stays unset.
  { name: 'an Atom enclosure link without a type', input: atom('<title>S</title><link rel="enclosure" href="http://probe.example/a.mp3" length="5"/>'), want: { enclosures: [{ url: 'http://probe.example/a.mp3', type: 'text/html', length: 5 }] } },
  { name: 'an atom:link enclosure in RSS without a type', input: rss('<title>S</title><atom:link rel="enclosure" href="http://probe.example/a.mp3"/>'), want: { enclosures: [{ url: 'http://probe.example/a.mp3', type: 'text/html', length: undefined }] } },
  { name: 'an Atom enclosure link with an empty type', input: atom('<title>S</title><link rel="enclosure" href="http://probe.example/a.mp3" type=""/>'), want: { enclosures: [{ url: 'http://probe.example/a.mp3', type: undefined, length: undefined }] } },
  { name: 'an RSS enclosure without a type', input: rss('<title>S</title><enclosure url="http://probe.example/a.mp3" length="100"/>'), want: { enclosures: [{ url: 'http://probe.example/a.mp3', type: undefined, length: 100 }] } },
];

describe('parseFeed: element precedence (feedparser parity, probe 4)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const feed = parseFeed(new TextEncoder().encode(c.input), { url: URL_ });
      for (const [k, v] of Object.entries(c.want)) expect(pick(feed, k), k).toEqual(v);
    });
  }
});

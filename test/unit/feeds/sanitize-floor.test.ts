/**
 * Feed HTML elements and links as feedparser's sanitizer writes them (probe feeds7, class
 * "sanitize"): an element outside its accepted list loses its tags and keeps its text; a link to a
 * script or data: URL keeps the element with an empty href; `noscript` is kept; relative URLs are
 * resolved in the element/attribute pairs feedparser documents (and srcset); SVG/MathML names keep
 * their case; void elements as feedparser lists them; attributes outside its acceptable list dropped;
 * CSS values as it writes them. Near misses that must not change: the
 * elements it accepts, SVG/MathML children, script URLs in other attributes (removed), content
 * dropped with its element (script, style, iframe). One small feed per case, written for this table.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feeds/parse-feed.js';

const URL_ = 'http://probe.example/feeds/main.xml';
const esc = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The same HTML three ways: escaped in an RSS description, CDATA in content:encoded, Atom type="html". */
const forms = (html: string) => [
  `<rss version="2.0"><channel><title>P</title><item><title>i</title><description>${esc(html)}</description></item></channel></rss>`,
  `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>P</title><item><title>i</title><content:encoded><![CDATA[${html}]]></content:encoded></item></channel></rss>`,
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><entry><title>e</title><content type="html">${esc(html)}</content></entry></feed>`,
];
const body = (xml: string) => {
  const it0 = parseFeed(xml, { url: URL_ }).items[0];
  return it0?.content ?? it0?.summary;
};

const CASES: Array<[string, string, string]> = [
  // elements feedparser does not accept: tags dropped, text kept
  ['a Word paragraph mark', '<p>One<o:p></o:p></p><p>Two <o:p>&nbsp;</o:p></p>', '<p>One</p><p>Two &nbsp;</p>'],
  ['a Word smart tag', 'Talks in <st1:place w:st="on"><st1:city>Geneva</st1:city></st1:place> ended', 'Talks in Geneva ended'],
  ['a social widget tag', '<fb:like href="/x" layout="button"></fb:like>Read more', 'Read more'],
  ['an HTML5 element outside the list', '<main><mark>Breaking</mark>: vote <wbr/>count</main>', 'Breaking: vote count'],
  ['an unknown element around known ones', '<p><custom a="1">deep <b>bold</b></custom> end</p>', '<p>deep <b>bold</b> end</p>'],
  ['a picture element (its img stays)', '<picture><img src="/a.jpg" alt="A"/></picture>', '<img alt="A" src="http://probe.example/a.jpg" />'],
  ['summary inside details', '<details><summary>More</summary>Text</details>', '<details>MoreText</details>'],
  // links to script and data: URLs: the href emptied
  ['a javascript: link', '<a href="javascript:alert(1)">go</a>', '<a href="">go</a>'],
  ['a mixed-case, spaced script link', '<a href="  JavaScript:alert(1)" title="t">go</a>', '<a href="" title="t">go</a>'],
  ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>', '<a href="">d</a>'],
  ['an image map area with a script link', '<map name="m"><area href="vbscript:x" alt="a"/></map>', '<map name="m"><area alt="a" href="" /></map>'],
  // noscript is an accepted element: kept with its content (a lazy-loading CMS's real image)
  ['noscript kept', '<img data-src="/l.jpg"/><noscript><img src="/l.jpg"/></noscript>', '<img /><noscript><img src="http://probe.example/l.jpg" /></noscript>'],
  // relative URLs resolved only where feedparser resolves them
  ['old image and background URLs stay as written', '<p background="bg.png"><img lowsrc="l.png" src="s.png"/></p>', '<p background="bg.png"><img lowsrc="l.png" src="http://probe.example/feeds/s.png" /></p>'],
  // SVG / MathML names keep their case (the HTML parsing spec's tables), as feedparser writes them
  ['SVG camelCase elements and attributes', '<svg viewBox="0 0 10 10" preserveAspectRatio="none"><defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" width="10"/></svg>', '<svg preserveAspectRatio="none" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><defs><linearGradient gradientUnits="userSpaceOnUse" id="g"><stop offset="0"></stop></linearGradient></defs><rect fill="url(#g)" width="10"></rect></svg>'],
  ['SVG filters and clip paths', '<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="c"></clipPath><feGaussianBlur stdDeviation="2"></feGaussianBlur></svg>', '<svg xmlns="http://www.w3.org/2000/svg"><clipPath id="c"></clipPath><feGaussianBlur stdDeviation="2"></feGaussianBlur></svg>'],
  ['a MathML definitionURL', '<math><csymbol definitionURL="http://example.org/f">f</csymbol></math>', '<math xmlns="http://www.w3.org/1998/Math/MathML"><csymbol definitionURL="http://example.org/f">f</csymbol></math>'],
  // void elements as feedparser's HTML processor lists them
  ['command is void, spacer is not', '<command>safe</command> and <spacer>gap</spacer>', '<command />safe and <spacer>gap</spacer>'],
  // attributes outside feedparser's acceptable list are dropped (srcset kept, resolved)
  ['a Blogger template attribute and data-*', '<a href="http://example.com/" expr:href="data:post.url" data-id="7" rel="nofollow">b</a>', '<a href="http://example.com/" rel="nofollow">b</a>'],
  ['xmlns on an HTML element, lazy-load attributes', '<div xmlns="http://www.w3.org/1999/xhtml"><img data-src="/x.jpg" loading="lazy" src="/p.gif" alt="a"/></div>', '<div><img alt="a" src="http://probe.example/p.gif" /></div>'],
  // CSS as feedparser's sanitizer writes it: the value as written, lower-case hex in box properties
  ['a CSS value keeps its trailing space', '<span style=" color : red ">r</span>', '<span style="color: red ;">r</span>'],
  ['upper-case hex in a box property is dropped', '<span style="padding: #FFFFFF; margin: 0 auto; border: 1px solid #ccc">b</span>', '<span style="margin: 0 auto; border: 1px solid #ccc;">b</span>'],
  // near misses: unchanged
  ['HTML attributes and names outside SVG stay lower-case', '<div viewBox="x" CLASS="c"><LinearGradient>t</LinearGradient></div>', '<div class="c">t</div>'],
  ['quote, form and media URLs still resolved', '<blockquote cite="/q">q</blockquote><form action="f"></form><video poster="p.jpg" src="v.mp4"></video><img srcset="a.jpg 1x, b.jpg 2x"/>', '<blockquote cite="http://probe.example/q">q</blockquote><form action="http://probe.example/feeds/f"></form><video poster="http://probe.example/feeds/p.jpg" src="http://probe.example/feeds/v.mp4"></video><img srcset="http://probe.example/feeds/a.jpg 1x, http://probe.example/feeds/b.jpg 2x" />'],
  ['a script URL in an unresolved attribute is still removed', '<p background="javascript:x">p</p>', '<p>p</p>'],
  ['accepted elements stay', '<figure><img src="http://img.example/f.jpg"/><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table>', '<figure><img src="http://img.example/f.jpg" /><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table>'],
  ['an http link stays', '<a href="/story/1">s</a> <a href="mailto:desk@example.com">m</a>', '<a href="http://probe.example/story/1">s</a> <a href="mailto:desk@example.com">m</a>'],
  ['a script URL in an image source is removed', '<img src="javascript:x" alt="a"/>', '<img alt="a" />'],
  ['SVG children stay', '<svg xmlns="http://www.w3.org/2000/svg"><g><circle r="1"></circle></g></svg>', '<svg xmlns="http://www.w3.org/2000/svg"><g><circle r="1"></circle></g></svg>'],
  ['MathML children stay', '<math><mrow><mi>x</mi></mrow></math>', '<math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><mi>x</mi></mrow></math>'],
  ['after SVG, unknown elements lose their tags again', '<svg xmlns="http://www.w3.org/2000/svg"><g></g></svg><o:p>t</o:p>', '<svg xmlns="http://www.w3.org/2000/svg"><g></g></svg>t'],
  ['script and iframe content still dropped', 'a<script>x()</script><iframe src="/f">fallback</iframe>b', 'ab'],
];

describe('feed HTML: elements and links as feedparser sanitizes them', () => {
  for (const [name, html, want] of CASES) {
    it(name, () => {
      for (const xml of forms(html)) expect(body(xml)).toBe(want);
    });
  }
  it('an untyped RSS title with an unknown element stays text', () => {
    // looksLikeHtml: only accepted elements make a title HTML
    const xml = '<rss version="2.0"><channel><title>P</title><item><title>List&lt;mark&gt; x &lt;/mark&gt;</title></item></channel></rss>';
    expect(parseFeed(xml, { url: URL_ }).items[0]?.title).toBe('List<mark> x </mark>');
  });
});

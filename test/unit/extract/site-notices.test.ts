/**
 * Lines a site prints around any story (site-notices.ts): pagers, no-script notices, a print view's
 * source address, tag lines, portals' "more news" sign-offs and Chinese account pitches, plus the
 * wire-feed disclaimer, Infobae's "Seguir leyendo:" and date lines that end in a US zone or a `|`
 * before the source. Synthetic pages after WordPress, Bitrix, 163.com, print views, Mint and
 * Hindustan Times, Infobae, Sina and People's Daily templates; each with a story's own sentence
 * that starts or reads alike and stays.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { isPager, isSiteNotice } from '../../../src/extract/site-notices.js';
import { isDateLine } from '../../../src/extract/date-line.js';

const PARAS = [
  'The regional water authority will raise household charges by an average of 6 percent from April, the first increase above inflation in five years, its board agreed on Wednesday.',
  'Officials said the extra money would pay for the replacement of cast-iron mains laid in the 1930s, which account for most of the leaks reported across the network last year.',
  'The board rejected a proposal to phase in the rise over two years, arguing that delaying the work would only make it more expensive.',
];

const page = (inside: string, lang = 'en'): string =>
  `<html lang="${lang}"><body><main><article class="post"><h1>Water charges to rise 6 percent from April</h1><div class="entry-content">${PARAS.map((p) => `<p>${p}</p>`).join('')}${inside}</div></article></main></body></html>`;

const body = (inside: string, lang = 'en'): string =>
  extractArticle(page(inside, lang), 'https://www.valleyherald.com/2024/03/06/water/').body;

describe('site notices under the story', () => {
  it.each([
    [
      'a WordPress page-links pager',
      '<div class="page-links">Pages: <span>1</span> <a href="/2/">2</a> <a href="/3/">3</a></div>',
      'Pages',
    ],
    [
      'a Bitrix pager',
      '<font class="text">Страницы: <b>1</b> <a href="?PAGEN_1=2">2</a> <a href="?PAGEN_1=2">След.</a> <a href="?PAGEN_1=3">Конец</a></font>',
      'След',
    ],
    [
      'a Chinese pager',
      '<div class="pages"><a href="#">上一页</a> 1 <a href="#">2</a> <a href="#">3</a> <a href="#">下一页</a></div>',
      '下一页',
    ],
    ['a one-page offer', '<p><a href="?komplettansicht">Auf einer Seite lesen</a></p>', 'Seite'],
    [
      'a no-script notice',
      '<p class="vjs-no-js">To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p>',
      'JavaScript',
    ],
    [
      'a print view source address',
      '<p>Quelle: https://www.kreisbote-sued.de/lokales/neue-sporthalle-beschlossen-92511.html</p>',
      'kreisbote',
    ],
    ['a filed-under line', '<p class="post-cats">Filed Under: <a href="/c/local">Local</a>, <a href="/c/water">Water</a></p>', 'Filed'],
    ['a Spanish tag line', '<p>Temas: <a href="#">Agua</a> <a href="#">Tarifas</a></p>', 'Temas'],
    [
      'a portal sign-off',
      '<p>Get Current Updates on <a href="#">India News</a>, <a href="#">Elections 2024</a> along with Latest News and Top Headlines from India and around the world.</p>',
      'Current Updates',
    ],
    [
      'a wire-feed disclaimer',
      '<p><em>(This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.)</em></p>',
      'wire agency',
    ],
    [
      'an NDTV syndication note',
      '<p><i>(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)</i></p>',
      'NDTV staff',
    ],
    [
      'a "Seguir leyendo" list',
      '<p><b>Seguir leyendo:</b></p><ul><li><a href="/a">Cuánto cobrarán los jubilados en abril</a></li></ul>',
      'Seguir',
    ],
  ])('drops %s', (_name, inside, absent) => {
    const b = body(inside);
    expect(b.startsWith('The regional water authority')).toBe(true);
    expect(b).toContain('more expensive.');
    expect(b).not.toContain(absent);
  });

  it.each([
    ['a sentence naming pages', '<p>Page 2 of 3 of the appendix lists the companies that received the money.</p>'],
    [
      'a sentence about JavaScript',
      '<p>JavaScript is disabled by default in the browser the agency gives its staff, a spokesman said.</p>',
    ],
    ['a source sentence with an address', '<p>The source of the figures, https://data.example.gov, is updated every month.</p>'],
    ['a topics sentence', '<p>Topics: what the summit will discuss. Leaders meet on Monday to agree on a text.</p>'],
    ['more news named once', '<p>For more news on the strike, the union said, members should check its website on Friday.</p>'],
  ])('keeps %s', (_name, inside) => {
    const b = body(inside);
    const text = inside.replace(/<[^>]+>/g, '').trim();
    expect(b).toContain(text.slice(0, 25));
  });

  it('drops a Chinese portal account pitch but keeps a story sentence naming an account', () => {
    const zh = (inside: string): string =>
      `<html lang="zh-CN"><body><div class="article" id="artibody"><p>证券时报记者获悉，多家银行近日下调了个人住房贷款利率，部分城市首套房贷利率已降至3.5%以下，为近年来的低位。</p><p>业内人士认为，随着贷款市场报价利率下行，银行资产端收益率承压，未来存款利率仍有下调空间。</p>${inside}</div></body></html>`;
    const pitch = extractArticle(
      zh(
        '<div class="appendQr_normal_txt">新浪财经公众号</div><div class="appendQr_normal_txt">24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</div>',
      ),
      'https://finance.example.com.cn/a.shtml',
    ).body;
    expect(pitch).not.toContain('公众号');
    expect(pitch).not.toContain('二维码');
    const story = extractArticle(
      zh('<p>市民可扫描二维码关注“健康北京”公众号进行预约。</p>'),
      'https://finance.example.com.cn/a.shtml',
    ).body;
    expect(story).toContain('健康北京');
  });

  it('reads pagers by their words and numbers only', () => {
    expect(isPager('Pages: 1 2 3')).toBe(true);
    expect(isPager('« Previous 1 2 … 9 Next »')).toBe(true);
    expect(isPager('Página 1 de 2 | Página siguiente >')).toBe(true);
    expect(isPager('第1页 共3页')).toBe(true);
    expect(isPager('1 2 3')).toBe(false);
    expect(isPager('Next page')).toBe(false);
    expect(isPager('Page 2 of the report')).toBe(false);
    expect(isSiteNotice('Seite 1 von 3 Nächste Seite')).toBe(true);
    expect(isSiteNotice('JavaScript is disabled in your browser.')).toBe(true);
    expect(isSiteNotice('Bitte aktivieren Sie JavaScript in Ihrem Browser.')).toBe(true);
  });

  it('reads a date line ending in a US zone, or with a bar before the portal source', () => {
    expect(isDateLine('Updated March 7, 2024 9:41 am ET')).toBe(true);
    expect(isDateLine('2024年03月06日10:21 | 来源：人民网－教育频道')).toBe(true);
    expect(isDateLine('14 mai et 15 mai 2024')).toBe(false);
  });
});

/**
 * Credited source outlets by CLASS (written for these tests from how portals, aggregators and
 * outlets credit a text they carry): Chinese reposting notes (`转自《北京科技报》`, `摘自《南方周末》`),
 * an outlet's report heading (`【看中国2005年07月03日报道】`), a portal's date line ending in the
 * outlet (`2003年11月12日16:36 金羊网—新快报`, over the text only), a Chinese source line naming an
 * agency's site (the agency, and the source as written), and English republication notes (The
 * Conversation, ProPublica, KFF Health News). Negatives: comment lists (a date and a commenter),
 * counters, dates after "first published", and agencies on Latin source lines (a credit only).
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../src/normalize/find-credits.js';

const sources = (...lines: string[]): string[] => findCredits(lines).sources;

describe('outlets credited as the origin of the text', () => {
  it.each([
    ['转自《北京科技报》', ['北京科技报']],
    ['本文摘自《南方周末》。', ['南方周末']],
    ['原载《人民日报》2024年5月15日', ['人民日报']],
    ['【看中国2005年07月03日报道】一九八九年四月，我在湖南开会。', ['看中国']],
    ['【财新网讯】央行周三宣布降准。', ['财新网']],
    ['AUTO.SOHU.COM 2003年11月12日16:36 金羊网—新快报', ['金羊网—新快报']],
    ['2024-05-15 10:02 新浪财经', ['新浪财经']],
    ['2024年05月15日 11:02:33 来自 中国新闻网', ['中国新闻网']],
    ['2月15日（土）7時0分 オリコン', ['オリコン']],
    ['5/15(水) 11:02配信 毎日新聞', ['毎日新聞']],
    ['2月15日（土）7時0分 TBS NEWS DIG', ['TBS NEWS DIG']],
    ['来源：新华网', ['新华网']],
    ['This article is republished from The Conversation under a Creative Commons license.', ['The Conversation']],
    ['This story was originally published by ProPublica.', ['ProPublica']],
    ['This article first appeared on Kaiser Health News and is republished here with permission.', ['Kaiser Health News']],
    ['This story was produced by KFF Health News, a national newsroom.', ['KFF Health News']],
    ['Reprinted with permission from The Hill.', ['The Hill']],
    ['Quelle: ZEIT ONLINE, dpa, Reuters, kzi 45 Kommentare', ['ZEIT ONLINE']],
    // The next label on the line ends the source, spaced or run on (adjacent inline elements).
    ['Source: Global Times Editor: Wang Yi', ['Global Times']],
    ['Source: China DailyEditor: Li Na', ['China Daily']],
    ['Source: China Daily Reporter: Zhang San', ['China Daily']],
    ['Quelle: Tagesspiegel Redakteurin: Anna Muster', ['Tagesspiegel']],
    ['Источник: Коммерсантъ Редактор: Иван Петров', ['Коммерсантъ']],
    ['Source: Xinhua Editor: Liu Lu', []],
    ['Source: XinhuaEditor: Liu Lu', []],
    // No colon after the word: an outlet's name, not a label.
    ['Source: Editor & Publisher', ['Editor & Publisher']],
    // Source labels of more languages: Romanian's indefinite form, Albanian, Slovenian, Azerbaijani,
    // Kazakh, Icelandic, Basque, Thai (spaced before its colon), Bengali.
    ['Sursă: Ziarul de Gardă', ['Ziarul de Gardă']],
    ['Burimi: Koha Ditore', ['Koha Ditore']],
    ['Vir: Dnevnik', ['Dnevnik']],
    ['Mənbə: Report.az', ['Report.az']],
    ['Дереккөз: Tengrinews', ['Tengrinews']],
    ['Heimild: Morgunblaðið', ['Morgunblaðið']],
    ['Iturria: Berria', ['Berria']],
    ['ที่มา : มติชนออนไลน์', ['มติชนออนไลน์']],
    ['সূত্র: প্রথম আলো', ['প্রথম আলো']],
    // A broadcaster's or outlet's own dateline: the outlet where a wire story names its agency.
    ['WASHINGTON (CNN) — The Senate passed the spending bill late on Tuesday after weeks of talks.', ['CNN']],
    ['Hong Kong (CNN Business) Shares in Hong Kong fell sharply on Tuesday after the data.', ['CNN Business']],
    ['Washington CNN — The Senate passed the spending bill late on Tuesday after weeks of talks.', ['CNN']],
    ['CHICAGO (WLS) -- A fire broke out in a high-rise building on the city’s North Side on Tuesday.', ['WLS']],
    ['WASHINGTON (The Hill) — The Senate passed the spending bill late on Tuesday after weeks of talks.', ['The Hill']],
    // Not a place, or an agency (a credit, not a source).
    ['NATO (North Atlantic Treaty Organization) said on Tuesday that it would send more troops.', []],
    ['NEW YORK (AP) — The Senate passed the spending bill late on Tuesday after weeks of talks.', []],
  ])('%s', (line, expected) => {
    expect(sources(line)).toEqual(expected);
  });

  it('a Chinese source line naming an agency credits the agency too', () => {
    expect(findCredits(['来源：新华网']).agencies).toEqual(['Xinhua']);
  });
});

describe('not a credited outlet', () => {
  it.each([
    '2024-05-15 10:02 阅读',
    '2024-05-15 10:02 来自 阅读',
    '2024-05-15 10:02 AM',
    'KPOP monster 2月11日（火）12時0分',
    '2005-05-05 12:34 楼主',
    'First published on March 5, 2024.',
    'This story was first published Monday.',
    'Source: Xinhua',
    'Quelle: dpa',
  ])('%s', (line) => {
    expect(sources(line)).toEqual([]);
  });

  it("a portal's date line below the head of the text is a comment's, not a credit", () => {
    const text = Array.from({ length: 12 }, (_, i) => `第${i + 1}段正文，内容足够长，讲述了事件的经过和各方的反应。`);
    expect(sources(...text, '2005-05-05 12:34 寒星')).toEqual([]);
    expect(sources('2005-05-05 12:34 寒星', ...text)).toEqual(['寒星']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';
import { stripWireMarkup } from '../../../src/normalize/strip-wire-markup.js';
import { canonicalUrl } from '../../../src/normalize/canonical-url.js';
import { agencyForDomain } from '../../../src/normalize/agencies.js';
import { detectLanguage } from '../../../src/normalize/detect-language.js';
import { parseZonedDate } from '../../../src/normalize/parse-zoned-date.js';

const REF = new Date('2024-05-15T03:00:00Z');

describe('parseDateline', () => {
  it.each([
    ['MOSCOW, May 15 (Xinhua) -- On the eve', 'Moscow', '2024-05-15', 'Xinhua', 'On the eve', 'Moscow'],
    ['WASHINGTON (AP) — The House voted', 'Washington', null, 'AP', 'The House voted', 'Washington'],
    ['HANOI, Vietnam (AP) — U.S. Defense', 'Hanoi, Vietnam', null, 'AP', 'U.S. Defense', 'Hanoi'],
    ['LONDON, May 15 (Reuters) - Britain said', 'London', '2024-05-15', 'Reuters', 'Britain said', 'London'],
    ['MOSCOW, May 15. /TASS/. Russia will', 'Moscow', '2024-05-15', 'TASS', 'Russia will', 'Moscow'],
    ['NEW DELHI [India], May 15 (ANI): The Centre', 'New Delhi', '2024-05-15', 'ANI', 'The Centre', 'New Delhi'],
    ['SEOUL, May 15 (Yonhap) -- North Korea', 'Seoul', '2024-05-15', 'Yonhap', 'North Korea', 'Seoul'],
    ['TOKYO, May 15 Kyodo - Japan will', 'Tokyo', '2024-05-15', 'Kyodo', 'Japan will', 'Tokyo'],
    ['New Delhi, May 15 (PTI) The government', 'New Delhi', '2024-05-15', 'PTI', 'The government', 'New Delhi'],
    ['新华社北京5月15日电（记者 张三）国家主席', '北京', '2024-05-15', 'Xinhua', '国家主席', 'Beijing'],
    ['МОСКВА, 15 мая. /ТАСС/. Президент', 'Москва', '2024-05-15', 'TASS', 'Президент', 'Moscow'],
    ['МОСКВА, 15 мая - РИА Новости. Президент', 'Москва', '2024-05-15', 'RIA Novosti', 'Президент', 'Moscow'],
    // German-style credits, Korean and Japanese lead credits; the region stays with the place.
    ['Bamberg (dpa/lby) - Die Stadtwerke', 'Bamberg', null, 'dpa', 'Die Stadtwerke', null],
    ['Wien (epdÖ) – Auch während', 'Wien', null, 'epd', 'Auch während', 'Vienna'],
    ['COLUMBIA, S.C. (AP) — Voters in', 'Columbia, S.C.', null, 'AP', 'Voters in', null],
    ['(서울=연합뉴스) 정부는', '서울', null, 'Yonhap', '정부는', 'Seoul'],
    ['【ワシントン共同】米政府は', 'ワシントン', null, 'Kyodo', '米政府は', 'Washington'],
  ])('%s', (text, place, date, agency, rest, city) => {
    const d = parseDateline(text, REF);
    expect(d?.dateline).toEqual({ place, date, city });
    expect(d?.agency).toBe(agency);
    expect(d?.rest).toBe(rest);
  });
  it.each(['The president said on Monday', 'In MOSCOW, officials (AP) said', ''])('no dateline in %j', (text) => {
    expect(parseDateline(text, REF)).toBeNull();
  });
});

describe('stripWireMarkup', () => {
  it.each([
    [
      '(Xinhua) 11:02, May 15, 2024\n\nMOSCOW, May 15 (Xinhua) -- Text.\n\n(Web editor: Zhang Kaiwei, Liang Jun)',
      'Text.',
      'Xinhua',
      ['Zhang Kaiwei', 'Liang Jun'],
      [],
    ],
    ['LONDON, May 15 (Reuters) - Text.\n\n(Reporting by Jane Doe; Editing by John Roe)', 'Text.', 'Reuters', ['John Roe'], ['Jane Doe']],
    ['新华社北京5月15日电 正文。\n\n责任编辑：王震', '正文。', 'Xinhua', ['王震'], []],
    ['正文。\n\n(责编：王震、岳弘彬)', '正文。', null, ['王震', '岳弘彬'], []],
    ['Source: Xinhua\n\nText one.\n\nText two. (AFP)', 'Text one.\n\nText two.', 'Xinhua', [], []],
    ['Reuters reported on Monday that prices rose.', 'Reuters reported on Monday that prices rose.', null, [], []],
  ])('%j', (input, body, agency, editors, authors) => {
    const w = stripWireMarkup(input, REF);
    expect(w.body).toBe(body);
    expect(w.agency).toBe(agency);
    expect(w.editors).toEqual(editors);
    expect(w.authors).toEqual(authors);
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['https://EN.People.cn/n3/a.html?utm_source=x&id=3#top', 'https://en.people.cn/n3/a.html?id=3'],
    ['https://x.com/a?fbclid=1&gclid=2', 'https://x.com/a'],
    ['http://x.com:80/a', 'http://x.com/a'],
  ])('%s', (input, out) => expect(canonicalUrl(input)).toBe(out));
});

describe('agencyForDomain', () => {
  it.each([
    ['english.news.cn', 'Xinhua'],
    ['tass.ru', 'TASS'],
    ['apnews.com', 'AP'],
    ['example.com', undefined],
  ])('%s', (host, name) => {
    expect(agencyForDomain(host)?.name).toBe(name);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The president said that the talks with the delegation were held in a friendly way and he was pleased.', 'en'],
    ['国家主席习近平15日在人民大会堂同俄罗斯总统普京举行会谈，双方一致同意深化合作。', 'zh'],
    ['Президент России Владимир Путин заявил, что отношения между странами развиваются.', 'ru'],
    ['El presidente dijo que las conversaciones con la delegación fueron muy positivas para el país.', 'es'],
    ['short', null],
  ])('%s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe('parseZonedDate', () => {
  it.each([
    ['11:02, May 15, 2024', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z'],
    ['2024-05-15 10:45:12', 'Asia/Shanghai', '2024-05-15T02:45:12.000Z'],
    ['2024-05-15T10:45:12+03:00', 'Asia/Shanghai', '2024-05-15T07:45:12.000Z'],
    ['2024年05月15日11:02 | 来源：新华网', 'Asia/Shanghai', '2024-05-15T03:02:00.000Z'],
    ['15 мая 2024, 11:02', 'Europe/Moscow', '2024-05-15T08:02:00.000Z'],
    ['May 15, 2024 11:02 AM', 'America/New_York', '2024-05-15T15:02:00.000Z'],
    ['not a date', 'UTC', null],
  ])('%s in %s', (text, tz, iso) => expect(parseZonedDate(text, tz)?.toISOString() ?? null).toBe(iso));
});

describe('house trailers and desk sign-offs', () => {
  it("reads Agerpres's trailer into writers and editors and removes it", () => {
    const w = stripWireMarkup(
      'Premierul a avut miercuri o convorbire telefonică.\n\nAGERPRES/(AS - autor: Ana Popescu, editor: Mihai Ionescu, editor online: Andreea Marin)',
      REF,
    );
    expect(w.body).toBe('Premierul a avut miercuri o convorbire telefonică.');
    expect(w.agency).toBe('Agerpres');
    expect(w.authors).toEqual(['Ana Popescu']);
    expect(w.editors).toEqual(['Mihai Ionescu', 'Andreea Marin']);
  });

  it('a translator is neither writer nor editor', () => {
    const w = stripWireMarkup('Textul știrii.\n\nAGERPRES (autor: Ion Pop, traducere: Maria Dan)', REF);
    expect(w.authors).toEqual(['Ion Pop']);
    expect(w.editors).toEqual([]);
  });

  it("drops BTA's desk initials; a name between slashes is still a credit", () => {
    expect(stripWireMarkup('The two discussed joint projects.\n\n/NF/', REF)).toMatchObject({
      body: 'The two discussed joint projects.',
      agency: null,
    });
    expect(stripWireMarkup('Двамата обсъдиха проекти.\n\n/ЯМ, ДС/', REF).body).toBe('Двамата обсъдиха проекти.');
    expect(stripWireMarkup('The two discussed joint projects.\n\n/BTA/', REF).agency).toBe('BTA');
  });
});

describe("AFP's staff signature", () => {
  it.each(['bur-rlp/gil', 'sst/hmn/dcp', 'jm/rsc'])('%s is dropped, and credits nobody', (sig) => {
    expect(stripWireMarkup(`The talks will resume on Thursday, officials said.\n\n${sig}`, REF)).toMatchObject({
      body: 'The talks will resume on Thursday, officials said.',
      agency: null,
    });
  });

  it('a last paragraph of words is kept', () => {
    expect(stripWireMarkup('The talks resumed.\n\nand/or more', REF).body).toBe('The talks resumed.\n\nand/or more');
  });
});

describe('agency end marks and rights lines', () => {
  const TEXT = 'The talks will resume on Thursday, officials said.';
  it.each([
    ['© dpa-infocom, dpa:260514-99-012345/3', 'dpa'],
    ['© dpa-infocom, dpa:240515-99-034512/12', 'dpa'],
    ['RIPRODUZIONE RISERVATA © Copyright ANSA', 'ANSA'],
    ['Riproduzione riservata © Copyright ANSA', 'ANSA'],
    ['==Kyodo', 'Kyodo'],
    ['Enditem', null],
    ['김민수 기자 minsu@example.kr', null],
    ['이지영 특파원', null],
  ])('%s leaves the body, crediting %s', (line, agency) => {
    expect(stripWireMarkup(`${TEXT}\n\n${line}`, REF)).toMatchObject({ body: TEXT, agency });
  });

  it.each(['© Riproduzione riservata', 'dpa:260514-99-012345/3 is the id', '기자들이 몰려들었다'])('keeps %s', (line) => {
    expect(stripWireMarkup(`${TEXT}\n\n${line}`, REF).body).toBe(`${TEXT}\n\n${line}`);
  });
});

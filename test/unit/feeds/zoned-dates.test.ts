import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { feedPlace, parseFeedDate } from '../../../src/feeds/parse-date.js';

const iso = (text: string, timeZone?: string, place?: string) => parseFeedDate(text, timeZone, place)?.date.toISOString();

// ISO dates followed by a zone abbreviation, as agency and portal CMSs print them (Xinhua, Yonhap,
// NHK, TASS, Straits Times, ABC Australia, US local news).
describe('parseFeedDate: ISO date and time with a zone name', () => {
  const cases: Array<[string, string]> = [
    ['2024-05-03 14:00:00 EDT', '2024-05-03T18:00:00.000Z'],
    ['2024-05-03T14:00:00 EST', '2024-05-03T19:00:00.000Z'],
    ['2024-05-03 14:00 PDT', '2024-05-03T21:00:00.000Z'],
    ['2024-05-03 14:00:00 MSK', '2024-05-03T11:00:00.000Z'],
    ['2024-05-03 14:00:00 CET', '2024-05-03T13:00:00.000Z'],
    ['2024-05-03 14:00:00 CEST', '2024-05-03T12:00:00.000Z'],
    ['2024-05-03 14:00:00 IST', '2024-05-03T08:30:00.000Z'],
    ['2024-05-03 14:00:00 JST', '2024-05-03T05:00:00.000Z'],
    ['2024-05-03 14:00:00 KST', '2024-05-03T05:00:00.000Z'],
    ['2024-05-03 14:00:00 HKT', '2024-05-03T06:00:00.000Z'],
    ['2024-05-03 14:00:00 SGT', '2024-05-03T06:00:00.000Z'],
    ['2024-05-03 14:00:00 AEST', '2024-05-03T04:00:00.000Z'],
    ['2024-05-03 14:00:00 GMT+3', '2024-05-03T11:00:00.000Z'],
    ['2024-05-03 14:00:00 UTC+05:30', '2024-05-03T08:30:00.000Z'],
    ['2024-5-3 14:00:00 UTC', '2024-05-03T14:00:00.000Z'],
  ];
  for (const [text, want] of cases) it(text, () => expect(iso(text)).toBe(want));

  it('an unknown name after an ISO time is read as zone-less (as after an RFC 822 time)', () => {
    const r = parseFeedDate('2024-05-03 14:00:00 XYZ');
    expect(r?.date.toISOString()).toBe('2024-05-03T14:00:00.000Z');
    expect(r?.assumedZone).toBe(true);
  });

  it('a tz database name after the date is its zone', () => {
    expect(iso('2024-05-03T14:00:00 Europe/Berlin')).toBe('2024-05-03T12:00:00.000Z');
    expect(iso('2024-01-03 14:00 America/New_York')).toBe('2024-01-03T19:00:00.000Z');
  });

  it('a date without a time takes no zone name', () => {
    expect(iso('2024-05-03 CET')).toBeUndefined();
  });
});

// CST: China Standard Time (+8) for feeds from China, Taiwan, Hong Kong; US Central (-6) elsewhere.
describe('parseFeedDate: ambiguous abbreviations read by where the feed is from', () => {
  it('CST', () => {
    expect(iso('2024-05-03 14:00:00 CST', undefined, 'Asia/Shanghai')).toBe('2024-05-03T06:00:00.000Z');
    expect(iso('Fri, 03 May 2024 14:00:00 CST', undefined, 'Asia/Taipei')).toBe('2024-05-03T06:00:00.000Z');
    expect(iso('Fri, 03 May 2024 14:00:00 CST', undefined, 'America/Chicago')).toBe('2024-05-03T20:00:00.000Z');
    expect(iso('Fri, 03 May 2024 14:00:00 CST')).toBe('2024-05-03T20:00:00.000Z');
    // The configured zone is the place when no other is given.
    expect(iso('2024-05-03 14:00:00 CST', 'Asia/Shanghai')).toBe('2024-05-03T06:00:00.000Z');
  });
  it('IST, AST, BST', () => {
    expect(iso('2024-05-03 14:00:00 IST', undefined, 'Asia/Jerusalem')).toBe('2024-05-03T12:00:00.000Z');
    expect(iso('2024-05-03 14:00:00 IST', undefined, 'Europe/Dublin')).toBe('2024-05-03T13:00:00.000Z');
    expect(iso('2024-05-03 14:00:00 IST', undefined, 'Asia/Kolkata')).toBe('2024-05-03T08:30:00.000Z');
    expect(iso('2024-05-03 14:00:00 AST', undefined, 'Asia/Riyadh')).toBe('2024-05-03T11:00:00.000Z');
    expect(iso('2024-05-03 14:00:00 AST')).toBe('2024-05-03T18:00:00.000Z');
    expect(iso('2024-05-03 14:00:00 BST', undefined, 'Asia/Dhaka')).toBe('2024-05-03T08:00:00.000Z');
    expect(iso('2024-05-03 14:00:00 BST', undefined, 'Europe/London')).toBe('2024-05-03T13:00:00.000Z');
  });
  it('feedPlace: the host (country domain, known outlet), else the language', () => {
    expect(feedPlace('https://www.chinadaily.com.cn/rss/world_rss.xml', 'en')).toBe('Asia/Shanghai');
    expect(feedPlace('https://feeds.example.org/rss', 'zh-cn')).toBe('Asia/Shanghai');
    expect(feedPlace('https://news.example.tw/rss', undefined)).toBe('Asia/Taipei');
    expect(feedPlace('https://feeds.example.org/rss', 'en-us')).toBeUndefined();
    expect(feedPlace('not a url', 'he')).toBe('Asia/Jerusalem');
  });
  it('in a feed: the channel language decides CST for every item', () => {
    const feed = (lang: string) =>
      Buffer.from(
        `<rss version="2.0"><channel><title>t</title><language>${lang}</language><item><link>https://e.example/1</link><pubDate>2024-05-03 14:00:00 CST</pubDate></item></channel></rss>`,
      );
    expect(parseFeed(feed('zh-CN'), { url: 'https://rss.example.com/' }).items[0]?.published?.toISOString()).toBe('2024-05-03T06:00:00.000Z');
    expect(parseFeed(feed('en-us'), { url: 'https://rss.example.com/' }).items[0]?.published?.toISOString()).toBe('2024-05-03T20:00:00.000Z');
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      language: 'zh-Hant-TW',
      items: [{ id: '1', date_published: '2024-05-03 14:00:00 CST' }],
    });
    expect(parseFeed(Buffer.from(json)).items[0]?.published?.toISOString()).toBe('2024-05-03T06:00:00.000Z');
  });
});

describe('parseFeedDate: zone-less local forms in the configured zone', () => {
  const cases: Array<[string, string, string]> = [
    ['2024年05月03日 14時00分', 'Asia/Tokyo', '2024-05-03T05:00:00.000Z'],
    ['2024年5月3日 14時05分30秒', 'Asia/Tokyo', '2024-05-03T05:05:30.000Z'],
    ['2024.05.03 14:00', 'Asia/Seoul', '2024-05-03T05:00:00.000Z'],
    ['2024. május 3. 14:00', 'Europe/Budapest', '2024-05-03T12:00:00.000Z'],
    ['2024. márc. 5. 10:00', 'Europe/Budapest', '2024-03-05T09:00:00.000Z'],
  ];
  for (const [text, tz, want] of cases) it(`${text} (${tz})`, () => expect(iso(text, tz)).toBe(want));
  it('near misses: day-first dots stay European, a dotted year-first with month 13 is no date', () => {
    expect(iso('03.05.2024 14:00')).toBe('2024-05-03T14:00:00.000Z');
    expect(iso('2024.13.03 14:00')).toBeUndefined();
  });
});

describe('parseFeedDate: unix time, localized months, separators', () => {
  it('10 digits are seconds, 13 milliseconds; other digit strings stay compact ISO', () => {
    expect(iso('1714744800')).toBe('2024-05-03T14:00:00.000Z');
    expect(iso('1714744800000')).toBe('2024-05-03T14:00:00.000Z');
    expect(iso('20240503')).toBe('2024-05-03T00:00:00.000Z');
    expect(iso('9999999999999')).toBeUndefined(); // 2286: not a feed date
  });
  const localized: Array<[string, string]> = [
    ['pá, 03 kvě 2024 14:00:00 +0200', '2024-05-03T12:00:00.000Z'], // Czech
    ['3 říj 2024 14:00 +0200', '2024-10-03T12:00:00.000Z'],
    ['2024. márc 5. 10:00 +0100', '2024-03-05T09:00:00.000Z'], // Hungarian year-first
    ['Vi, 03 iun 2024 14:00:00 +0300', '2024-06-03T11:00:00.000Z'], // Romanian
    ['Пт, 03 тра 2024 14:00:00 +0300', '2024-05-03T11:00:00.000Z'], // Ukrainian
    ['03 юни 2024 14:00 +0300', '2024-06-03T11:00:00.000Z'], // Bulgarian
    ['Friday, May 3, 2024 - 14:00', '2024-05-03T14:00:00.000Z'], // Drupal
    ['3 May 2024 at 14:00 GMT', '2024-05-03T14:00:00.000Z'],
    ['2024.05.03 14:00:00 +0900', '2024-05-03T05:00:00.000Z'], // Korean/Chinese dotted, year first
    ['2024. 5. 3. 14:00 +0900', '2024-05-03T05:00:00.000Z'],
    ['2024年05月03日 14時00分 +0900', ''], // a zone after the CJK form is not read: no date rather than a wrong one
  ];
  for (const [text, want] of localized) it(text, () => expect(iso(text) ?? '').toBe(want));
});

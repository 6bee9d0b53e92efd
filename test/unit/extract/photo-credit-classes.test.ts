// Picture credits that must not become the story's agency (meta11 probe): the photo agencies'
// `Jane Doe/AP` and `REUTERS/John Smith`, `(AP Photo/Jane Doe)`, `Foto: dpa`, `Bild: Keystone/…`,
// Chinese `图/新华社` and a `图为…（新华社）` caption, Korean `사진=연합뉴스`, under a picture or
// left at the end of the text. The story's own sign-offs still count: `— AP`, `(dpa)`, `（新华社）`
// closing the text, and the Nordic agencies' writer sign-off `Kari Nordmann/NTB`.
// Pages written for these tests from how outlets print captions; none is copied from a site.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const run = (p: PageParts) => extractArticle(page(p), 'https://news.example/2024/05/15/story');
const fig = (caption: string) => `<figure><img src="/a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;

describe('picture credits are not the story agency', () => {
  it.each<[string, PageParts]>([
    ['Jane Doe/AP at the end', { lang: 'en', trailer: '<p>Jane Doe/AP</p>' }],
    ['John Smith/Reuters at the end', { lang: 'en', trailer: '<p>John Smith/Reuters</p>' }],
    ['REUTERS/John Smith at the end', { lang: 'en', trailer: '<p>REUTERS/John Smith</p>' }],
    ['(AP Photo/Jane Doe) at the end', { lang: 'en', trailer: '<p>(AP Photo/Jane Doe)</p>' }],
    ['Jane Doe/AP under a picture', { lang: 'en', extra: fig('Crowds in the square on Monday. Jane Doe/AP') }],
    ['Foto: dpa at the end', { lang: 'de', trailer: '<p>Foto: dpa</p>' }],
    ['Bild: Keystone/… at the end', { lang: 'de', trailer: '<p>Bild: Keystone/Peter Klaunzer</p>' }],
    ['图/新华社 at the end', { lang: 'zh', trailer: '<p>图/新华社</p>' }],
    ['圖/中央社 at the end', { lang: 'zh', trailer: '<p>圖/中央社</p>' }],
    ['图/新华社 under a picture', { lang: 'zh', extra: fig('游客在景区游览。图/新华社') }],
    ['a 图为 caption closing the text', { lang: 'zh', trailer: '<p>图为资料图。（新华社）</p>' }],
    ['사진=연합뉴스 at the end', { lang: 'ko', trailer: '<p>사진=연합뉴스</p>' }],
  ])('%s', (_name, p) => {
    expect(run(p).agency).toEqual([]);
  });
});

describe("the story's own credits still count", () => {
  it.each<[string, PageParts, string[]]>([
    ['— AP closing the text', { lang: 'en', tail: ' — AP' }, ['AP']],
    ['(dpa) closing the text', { lang: 'de', tail: ' (dpa)' }, ['dpa']],
    ['（新华社） closing the text', { lang: 'zh', tail: '（新华社）' }, ['Xinhua']],
    ['Kari Nordmann/NTB below the text', { lang: 'en', trailer: '<p>Kari Nordmann/NTB</p>' }, ['NTB']],
    ['Jens Hansen/Ritzau below the text', { lang: 'en', trailer: '<p>Jens Hansen/Ritzau</p>' }, ['Ritzau']],
    [
      'a Reuters dateline beside an AP picture',
      { lang: 'en', lead: 'LONDON (Reuters) - ', extra: fig('A crowd. (AP Photo/Jane Doe)') },
      ['Reuters'],
    ],
  ])('%s', (_name, p, agency) => {
    expect(run(p).agency).toEqual(agency);
  });

  it('takes no photographer for a writer', () => {
    expect(run({ lang: 'en', trailer: '<p>Jane Doe/AP</p>' }).authors).toEqual([]);
  });
});

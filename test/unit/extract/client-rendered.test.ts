/**
 * Client-rendered pages (issue 11): the server sends a shell whose visible markup has no article
 * text; the text is in JSON-LD articleBody or in the hydration state (Next.js __NEXT_DATA__ or
 * flight chunks, React Query state). The description is the last resort and is labelled as such.
 * Shells written after the way Next.js / Nuxt news sites serve their pages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const P1 =
  'The city council approved the new budget on Tuesday after a debate that lasted more than six hours, with nine members voting in favour.';
const P2 =
  'The plan raises spending on schools and public transport, and the mayor said the first projects would start before the end of the year.';
const P3 =
  'Opposition members said the budget relied on optimistic tax forecasts and called for an independent review of the figures next spring.';
const shell = (head: string, scripts = '', lang = 'en'): string =>
  `<html lang="${lang}"><head><title>Council approves budget | Example Times</title>${head}</head><body><div id="__next"><header><a href="/">Example Times</a></header><div class="loading">Loading…</div></div>${scripts}</body></html>`;
const json = (o: unknown): string => JSON.stringify(o).replace(/</g, '\\u003c');

describe('client-rendered pages', () => {
  it('takes the text from JSON-LD articleBody', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Council approves budget', datePublished: '2024-05-15T10:00:00+02:00', articleBody: `${P1}\n\n${P2}\n\n${P3}` })}</script>`;
    const a = extractArticle(shell(ld), 'https://www.example-times.com/news/budget');
    expect(a.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(a.extractor).toMatch(/fallback:jsonld$/);
  });

  it('takes the article HTML from __NEXT_DATA__', () => {
    const data = {
      props: {
        pageProps: {
          article: { title: 'Council approves budget', body: `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`, publishedAt: '2024-05-15T08:00:00Z' },
        },
      },
    };
    const a = extractArticle(
      shell('', `<script id="__NEXT_DATA__" type="application/json">${json(data)}</script>`),
      'https://www.example-times.com/news/budget',
    );
    expect(a.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(a.extractor).toMatch(/fallback:hydration$/);
    expect(a.publishedAt?.toISOString()).toBe('2024-05-15T08:00:00.000Z');
  });

  it('takes the article HTML from a flight chunk, dropping CMS placeholders; the deploy time in the site zone', () => {
    const ko = [
      '정부는 29일 국무회의를 열고 내년도 예산안을 의결했다고 밝혔다. 이번 예산안은 복지와 일자리 분야에 중점을 둔 것으로 알려졌다.',
      '기획재정부 관계자는 경기 회복을 뒷받침하기 위해 재정의 역할을 강화할 필요가 있다고 설명했다.',
      '야당은 세수 전망이 지나치게 낙관적이라며 국회 심사 과정에서 꼼꼼히 따지겠다는 입장이다.',
    ];
    const html = `<p>${ko[0]}</p>$$ARTICLEAD$$<p>${ko[1]}</p><p>${ko[2]}</p>`;
    const state = {
      queries: [
        {
          state: { data: { detail: { title: '내년도 예산안 국무회의 의결', deployDt: '2026.01.29 18:40', writerDisplay: '홍길동 기자' } } },
        },
      ],
    };
    const scripts = `<script>window.__RQ = [];window.__RQ.push(${json(state)})</script><script>self.__next_f.push([1,"24:T1b7b,"])</script><script>self.__next_f.push([1,${json(html)}])</script>`;
    const page = shell('<meta property="og:title" content="내년도 예산안 국무회의 의결-정치ㅣ한국일보">', scripts, 'ko').replace(
      '<title>Council approves budget | Example Times</title>',
      '',
    );
    const a = extractArticle(page, 'https://www.hankookilbo.example.kr/news/article/A1');
    expect(a.body).toBe(ko.join('\n\n'));
    expect(a.title).toBe('내년도 예산안 국무회의 의결');
    expect(a.publishedAt?.toISOString()).toBe('2026-01-29T09:40:00.000Z');
    expect(a.timeZoneAssumed).toBe('Asia/Seoul');
  });

  it('falls back to the description last, and says so', () => {
    const a = extractArticle(shell(`<meta property="og:description" content="${P1} ${P2}">`), 'https://www.example-times.com/news/budget');
    expect(a.body).toBe(`${P1} ${P2}`);
    expect(a.extractor).toMatch(/fallback:description$/);
  });

  it('keeps the visible text of a rendered page even when JSON-LD has a body too', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: 'A short summary only.' })}</script>`;
    const page = `<html><head>${ld}</head><body><article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const a = extractArticle(page, 'https://www.example-times.com/news/budget');
    expect(a.body).toBe(`${P1}\n\n${P2}\n\n${P3}`);
    expect(a.extractor).toMatch(/generic$/);
  });

  it('state that merely contains HTML inside JSON is not taken as the article', () => {
    const state = `5:${JSON.stringify(['$', '$L23', null, { state: { contentHtml: `<p>${P1}</p><p>${P2}</p>` } }])}`;
    const a = (): unknown =>
      extractArticle(shell('', `<script>self.__next_f.push([1,${json(state)}])</script>`), 'https://www.example-times.com/news/budget');
    expect(a).toThrow(/no article/);
  });
});

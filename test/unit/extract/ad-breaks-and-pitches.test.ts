/**
 * Ad-break labels in other languages than English ("Haberin Devamı", "Weiterlesen nach der
 * Anzeige", "La suite après cette publicité", ...) and follow-us pitches naming their channel in
 * Arabic script are furniture; the same words inside a sentence of the story stay. A Korean
 * Teaser lines behind an arrow (`▶ 함께 보면 좋은 기사 <a>…</a>`) go. A Korean
 * reporter's sign-off above the closing rights line leaves the body; the rights line stays (the
 * benchmark's truth keeps rights lines). Synthetic pages after Turkish, German, French, Spanish,
 * Italian, Brazilian, Dutch, Polish, Russian, Arabic and Korean templates.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { stripWireMarkup } from '../../../src/normalize/strip-wire-markup.js';

const P1 =
  '<p>The city council voted on Tuesday to spend $2.4 million on repairs to the old fire station, which has needed a new roof for years.</p>';
const P2 =
  '<p>Council members said the building, which opened in 1958, would stay in service for at least another decade once the work is done.</p><p>Construction is expected to start in May and take about five months.</p>';
const page = (block: string): string =>
  `<html><body><main><h1>Council approves fire station repairs</h1><div class="entry-content">${P1}${block}${P2}</div></main></body></html>`;

describe('ad-break labels and pitches', () => {
  it.each([
    ['tr', '<p>Haberin Devamı</p>', 'Devamı'],
    ['tr caps', '<div class="reklam-alt"><span>HABERİN DEVAMI</span></div>', 'DEVAMI'],
    ['de', '<div class="ad-break"><p>Weiterlesen nach der Anzeige</p></div>', 'Anzeige'],
    ['de', '<p>Artikel wird unter der Werbung fortgesetzt</p>', 'Werbung'],
    ['fr', '<div class="inread"><p>La suite après cette publicité</p></div>', 'publicité'],
    ['es', '<p>La noticia continúa tras la publicidad</p>', 'publicidad'],
    ['it', '<p>Continua dopo la pubblicità</p>', 'pubblicità'],
    ['pt', '<p>CONTINUA APÓS A PUBLICIDADE</p>', 'PUBLICIDADE'],
    ['nl', '<p>Het artikel gaat verder onder de advertentie</p>', 'advertentie'],
    ['pl', '<p>Dalsza część artykułu pod reklamą</p>', 'reklamą'],
    ['ru', '<p>Продолжение после рекламы</p>', 'рекламы'],
    ['ar follow pitch', '<p>تابعونا على قناة واتساب</p>', 'واتساب'],
  ])('drops %s %s', (_lang, block, absent) => {
    const a = extractArticle(page(block), 'https://www.example.org/news/fire-station');
    expect(a.body).toContain('new roof');
    expect(a.body).toContain('five months.');
    expect(a.body).not.toContain(absent);
  });

  it.each([
    [
      'a sentence with the words of a label',
      '<p>The mayor said the work would go on after the holidays, and that the article continues to draw complaints.</p>',
      'draw complaints',
    ],
    [
      'a Spanish sentence opening like one',
      '<p>Sigue leyendo el informe quien quiera entender por qué la obra se retrasó tanto.</p>',
      'Sigue leyendo el informe',
    ],
    [
      'an Arabic sentence naming a channel',
      '<p>وقال المتحدث إن البلدية نشرت الجدول الزمني للأشغال على صفحتها في فيسبوك يوم الثلاثاء.</p>',
      'فيسبوك',
    ],
  ])('keeps %s', (_name, block, text) => {
    expect(extractArticle(page(block), 'https://www.example.org/news/fire-station').body).toContain(text);
  });
});

describe('teaser lines behind an arrow', () => {
  it.each([
    ['ko', '<p>▶ 함께 보면 좋은 기사 <a href="/x">자율주행 택시 시범운행 시작</a></p>', '함께 보면'],
    ['ko, a bracketed label', '<p>☞ <a href="/x">[단독] 시장 후보 공천 확정</a> 관련 기사</p>', '단독'],
    ['ja', '<p>■<a href="/x">円相場、一時150円台に</a>（関連記事）</p>', '円相場'],
    ['de', '<p>→ Lesen Sie auch: <a href="/x">Stromsteuer sinkt</a></p>', 'Stromsteuer'],
  ])('drops %s', (_lang, block, absent) => {
    const a = extractArticle(page(block), 'https://www.example.org/news/fire-station');
    expect(a.body).toContain('five months.');
    expect(a.body).not.toContain(absent);
  });

  it.each([
    ['a bullet of the text without a link', '<p>▶ 1순위: 무주택 세대주로서 청약통장 가입 2년 이상인 경우</p>', '1순위'],
    [
      'a quote in German quotes with a link',
      '<p>»Wir haben <a href="/bericht">den Bericht</a> genau gelesen«, sagte sie.</p>',
      'Wir haben',
    ],
  ])('keeps %s', (_name, block, text) => {
    expect(extractArticle(page(block), 'https://www.example.org/news/fire-station').body).toContain(text);
  });
});

describe('a Korean sign-off above the rights line', () => {
  const LEAD = '한국은행이 기준금리를 연 2.75%로 동결했다. 한은 금융통화위원회는 3일 회의를 열고 이같이 결정했다고 밝혔다.';
  it.each([
    ['김민수 기자 minsu@example.co.kr', '<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>'],
    ['홍길동 기자', '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>'],
    ['이용민 기자', 'ⓒ 한경닷컴, 무단전재 및 재배포 금지'],
  ])('%s', (signOff, rights) => {
    expect(stripWireMarkup([LEAD, signOff, rights].join('\n\n')).body).toBe([LEAD, rights].join('\n\n'));
  });

  it('an Iranian agency’s end mark goes', () => {
    const lead = 'سازمان هواشناسی برای روزهای پنجشنبه و جمعه در استان‌های شمالی هشدار نارنجی صادر کرد.';
    expect(stripWireMarkup([lead, 'انتهای پیام/'].join('\n\n')).body).toBe(lead);
  });

  it('a rights line alone stays', () => {
    const rights = '<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>';
    expect(stripWireMarkup([LEAD, rights].join('\n\n')).body).toBe([LEAD, rights].join('\n\n'));
  });
});

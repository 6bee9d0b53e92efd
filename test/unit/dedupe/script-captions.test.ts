/**
 * Captions and "see also" lines as Chinese, Japanese, Korean, Russian and Spanish pages write them
 * (furniture.ts `isScriptCaption`, INLINE_LIST_RE), found by a probe of non-English syndication
 * (helper session realdd4): Xinhua stories on portals with "新华社记者 X 摄" captions and
 * "相关阅读：…" lines between the paragraphs, TASS copies with "Фото: …/ТАСС" and "Читайте также:
 * …", Yonhap copies with "(사진=… 제공)", Kyodo copies with "…＝5日午前、財務省", EFE and Europa
 * Press copies with "LEA TAMBIÉN: …". Each outlet picks its own picture and its own links, so in a
 * one-paragraph copy they were a third of the text and kept it under every containment bar.
 * The texts are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/dedupe/compare.js';
import { dedupeFeatures } from '../../../src/dedupe/features.js';
import { isCaptionLine, isTemplateLine } from '../../../src/dedupe/furniture.js';
import { body } from './texts.js';

describe('captions in other scripts', () => {
  it.each([
    '10月11日，国家主席在金奈会见来访的外国领导人。新华社记者 鞠鹏 摄',
    '12月5日，救援人员在磨西镇转移受灾群众。新华社发（张三 摄）',
    '资料图：市民在超市选购蔬菜。中新社记者 王骏 摄',
    '图为磨西镇受损房屋。图片来源：视觉中国',
    '強烈大陸冷氣團明天南下，民眾外出應注意保暖。（中央社檔案照片）',
    '福島県沖で水揚げされたクロソイ（県漁連提供）',
    '閣議後の記者会見に臨む財務相＝5日午前、財務省',
    '(사진=부산소방재난본부 제공) 3일 오후 부산 사하구의 한 공장에서 불이 나 소방대원들이 진화 작업을 벌이고 있다.',
    'Пресс-секретарь президента РФ Дмитрий Песков © Вячеслав Прокофьев/ ТАСС',
    'Дмитрий Песков. Фото: Наталья Шатохина / news.ru / Globallookpress.com',
    'La vicepresidenta segunda del Gobierno, Yolanda Díaz. - Eduardo Parra - Europa Press',
  ])('%s', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    '国家主席11日在金奈会见来访的外国领导人。',
    '这组照片由摄影师张三在现场拍摄。',
    '记者从四川省应急管理厅获悉，地震已造成12人受伤（其中2人重伤）。',
    '(서울=연합뉴스) 김민수 기자 = 한국은행 금융통화위원회는 4일 기준금리를 연 2.50%로 동결했다.',
    '円相場は一時1ドル=150円台まで下落した。',
    'Песков заявил, что фото было сделано в Кремле.',
    '"Мы глубоко соболезнуем родным и близким. Это трагическая кончина", - сказал представитель Кремля.',
    'La ministra de Trabajo, Yolanda Díaz, ha presentado la reforma junto a Europa Press.',
    // A credit trailer, which names the text's agency (detect-agency.ts reads it): not a picture's.
    '© dpa-infocom, dpa:260101-99-123456/3 (dpa)',
  ])('not a caption: %s', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });
});

describe('"see also" lines with their headline', () => {
  it.each([
    '相关阅读：外交部：坚决反对有关国家对台军售',
    '延伸閱讀：寒流來襲 衛福部提醒注意心血管疾病',
    'Читайте также: Путин провел совещание с постоянными членами Совета безопасности',
    'LEA TAMBIÉN: Lula recibe a Petro en Brasilia para hablar de la Amazonía',
    'Lea también: El Gobierno aprueba el techo de gasto para el próximo año',
  ])('%s', (line) => {
    expect(isTemplateLine(line)).toBe(true);
  });

  it.each([
    'Читайте также: в ближайшие дни в столице ожидается похолодание, предупредили синоптики.',
    'Lea también el informe completo de la comisión, que fue publicado este martes en Madrid.',
    '相关阅读材料显示，前10个月我国货物贸易进出口总值同比增长3.6%。',
  ])('a sentence is text: %s', (line) => {
    expect(isTemplateLine(line)).toBe(false);
  });
});

describe('a one-paragraph copy with its page caption and "see also" line', () => {
  const kyodo = [
    '政府は5日の閣議で、来年度予算案の概算要求基準を見直し、防衛費と社会保障費を除く一般歳出の伸びを抑える方針を確認した。物価高対策の財源確保が課題となる。',
    '財務相は閣議後の記者会見で「歳出の効率化を徹底し、財政の持続可能性に配慮した予算編成を進める」と述べた。',
    '与党内では物価高に対応した追加の経済対策を求める声が強く、年末の予算編成に向けて調整が難航する可能性もある。',
    '財務省は各省庁からの要求を精査し、12月下旬に政府案を取りまとめる。',
  ];
  const copy = body([
    kyodo[0]!,
    '閣議後の記者会見に臨む財務相＝5日午前、財務省',
    '【関連記事】円相場が一時1ドル＝150円台に下落、約3カ月ぶり',
  ]);

  it("links to the agency's full story", () => {
    const p = comparePair(
      dedupeFeatures({ url: 'https://nordot.example/1', body: body(kyodo) }),
      dedupeFeatures({ url: 'https://paper.example/2', body: copy }),
    );
    expect(p.shortCover).toBe(1);
    expect(p.match).toBe(true);
  });

  it('near miss: the same page furniture around another story does not link', () => {
    const other = body([
      '政府は5日、物価高対策として電気・ガス料金の補助を来年1月から3月まで再開する方針を固めた。家計の負担軽減を図る。',
      '閣議後の記者会見に臨む財務相＝5日午前、財務省',
      '【関連記事】円相場が一時1ドル＝150円台に下落、約3カ月ぶり',
    ]);
    expect(
      comparePair(
        dedupeFeatures({ url: 'https://paper.example/2', body: copy }),
        dedupeFeatures({ url: 'https://paper.example/3', body: other }),
      ).match,
    ).toBe(false);
  });
});

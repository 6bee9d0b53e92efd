/**
 * Vietnamese outlets sign a story below its text: the writer's name alone in bold in the last
 * paragraph, sometimes with the wire it draws on (vi-signature.ts). Pages written for these tests
 * in the layout those outlets use.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const TITLE = 'Chính phủ thông qua gói hỗ trợ doanh nghiệp nhỏ và vừa';
const TEXT = [
  'Chính phủ hôm thứ Ba đã thông qua gói giải pháp mới nhằm hỗ trợ doanh nghiệp nhỏ và vừa phục hồi sản xuất sau thời gian khó khăn.',
  'Theo Bộ Kế hoạch và Đầu tư, gói hỗ trợ bao gồm giảm thuế, giãn thời hạn nộp tiền thuê đất và mở rộng các chương trình tín dụng ưu đãi.',
  'Các chuyên gia kinh tế cho rằng chính sách cần được triển khai nhanh chóng để doanh nghiệp kịp thời tiếp cận nguồn vốn trong quý tới.',
];
const ES = [
  'El Gobierno anunció este martes un nuevo paquete de medidas para contener la subida de los precios de la vivienda en las grandes ciudades.',
  'Según fuentes del Ministerio, el plan incluye ayudas directas para jóvenes menores de 35 años y un aumento de la oferta de alquiler social.',
];
const page = (last: string, lang = 'vi', text = TEXT): string =>
  `<html lang="${lang}"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
<div class="fck_detail">${text.map((t) => `<p class="Normal">${t}</p>`).join('\n')}
${last}</div></article></body></html>`;
const authors = (last: string, lang?: string, text?: string[]): string[] =>
  extractArticle(page(last, lang, text), 'https://www.vidu-bao.vn/a-123.html').authors;

describe('a Vietnamese signature below the text', () => {
  it('reads the bold name in the last paragraph', () => {
    expect(authors('<p class="Normal" style="text-align:right;"><strong>Hoài Thu</strong></p>')).toEqual(['Hoài Thu']);
    expect(authors('<p style="text-align:right"><b>Trần Văn Hùng</b></p>')).toEqual(['Trần Văn Hùng']);
  });
  it('reads the name before the wire it draws on, and credits the wire', () => {
    const a = extractArticle(
      page('<p style="text-align:right"><strong>Như Tâm</strong> (theo Reuters)</p>'),
      'https://www.vidu-bao.vn/a-1.html',
    );
    expect(a.authors).toEqual(['Như Tâm']);
    expect(a.agency).toEqual(['Reuters']);
    expect(authors('<p style="text-align:right"><strong>Hồng Nhung (theo AFP)</strong></p>')).toEqual(['Hồng Nhung']);
  });
  it('near misses: a credit in bold, a bold lead-in, plain text, another language', () => {
    expect(authors('<p style="text-align:right"><strong>Theo TTXVN</strong></p>')).toEqual([]);
    expect(authors('<p><strong>Hà Nội:</strong> Chính phủ cũng yêu cầu các bộ ngành khẩn trương hoàn thiện hồ sơ.</p>')).toEqual([]);
    expect(authors('<p>Hoài Thu</p>')).toEqual([]);
    expect(authors('<p><strong>Pedro Sánchez</strong></p>', 'es', ES)).toEqual([]);
  });
});

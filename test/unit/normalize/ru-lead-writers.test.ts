/**
 * Russian agency leads that name the writer: TASS's correspondent inside the slashes
 * (`/Корр. ТАСС Иван Петров/.`) and RIA Novosti's writers after its name (`— РИА Новости, Иван
 * Петров.`). The names are authors, and the lead is cut whole: before, RIA's form left
 * ", Иван Петров." at the start of the body.
 */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

const REF = new Date('2024-05-20T12:00:00Z');

describe('writers in Russian agency leads', () => {
  it.each([
    ['МОСКВА, 15 мая. /Корр. ТАСС Иван Петров/. Президент провел совещание.', 'TASS', ['Иван Петров']],
    ['БРЮССЕЛЬ, 15 мая. /Спец. корр. ТАСС Анна Сидорова/. Совет ЕС утвердил решение.', 'TASS', ['Анна Сидорова']],
    ['МОСКВА, 15 мая — РИА Новости, Иван Петров. Президент провел совещание.', 'RIA Novosti', ['Иван Петров']],
    [
      'МОСКВА, 15 мая — РИА Новости, Иван Петров, Мария Римская-Корсакова. Президент провел совещание.',
      'RIA Novosti',
      ['Иван Петров', 'Мария Римская-Корсакова'],
    ],
  ])('%s', (lead, agency, authors) => {
    const d = parseDateline(lead, REF)!;
    expect(d.agency).toBe(agency);
    expect(d.authors).toEqual(authors);
    expect(d.rest).toMatch(/^(?:Президент|Совет)/u);
  });
});

describe('no writer named', () => {
  it.each([
    'МОСКВА, 15 мая. /ТАСС/. Президент провел совещание.',
    'МОСКВА, 15 мая — РИА Новости. Президент провел совещание.',
    'МОСКВА, 15 мая - РИА Новости. Иван Петров провел совещание.',
    // A name after the comma without the lead's full stop is the sentence's subject.
    'МОСКВА, 15 мая — РИА Новости, Иван Петров провел совещание.',
  ])('%s', (lead) => {
    const d = parseDateline(lead, REF)!;
    expect(d.authors).toEqual([]);
    expect(d.rest).toMatch(/^(?:Президент|Иван|, Иван)/u);
  });
});

// Languages the script detector alone confuses, and a declaration the text contradicts.
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/normalize/detect-language.js';

const SW =
  'Serikali imesema kuwa mradi huo utaanza mwezi ujao na wananchi wa kijiji hicho wametakiwa kushiriki katika mikutano ya hadhara ambayo itafanyika kwa wiki mbili, na viongozi wa wilaya pia watahudhuria.';
const RO =
  'Guvernul a anunțat luni că noile reguli pentru transportul regional vor intra în vigoare anul viitor și că acestea sunt menite să îi ajute pe cei care fac naveta din zonele rurale.';
const BG =
  'Правителството обяви в понеделник нови правила за регионалния транспорт, които ще влязат в сила от следващата година и ще помогнат на хората, които пътуват всеки ден от селата към градовете, съобщиха от министерството.';
const FA =
  'دولت روز دوشنبه قوانین تازه‌ای را برای حمل و نقل منطقه‌ای اعلام کرد که از سال آینده اجرا می‌شود و به گفته وزارتخانه به مسافران روستاها کمک می‌کند تا راحت‌تر به شهرها بروند.';

describe('resolveLanguage', () => {
  it.each([
    ['a Swahili article on a page marked English', 'en-US', SW, 'sw'],
    ['Romanian text on a page marked English', 'en', RO, 'ro'],
    ['Bulgarian, not Russian', null, BG, 'bg'],
    ['Bulgarian declared', 'bg', BG, 'bg'],
    ['Persian, not Arabic', null, FA, 'fa'],
    [
      'a Latin declaration still wins between close languages',
      'pt-BR',
      'O governo anunciou na segunda-feira novas regras para o transporte regional que entram em vigor no próximo ano, disse o ministério em nota.',
      'pt',
    ],
  ])('%s', (_name, declared, text, lang) => {
    expect(resolveLanguage(declared, text)).toBe(lang);
  });
});

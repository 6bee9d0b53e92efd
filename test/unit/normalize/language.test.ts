// Languages the script detector alone confuses, and a declaration the text contradicts.
import { describe, expect, it } from 'vitest';
import { SCRIPTS, resolveLanguage, scriptCounts } from '../../../src/normalize/detect-language.js';

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

describe('scriptCounts', () => {
  it('counts what each SCRIPTS regex matches, in one pass', () => {
    let seed = 3;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // Edges of every range and a few code units outside them.
    const edges = [
      0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0xbf, 0xc0, 0xd7, 0x24f, 0x250, 0x36f, 0x370, 0x3ff, 0x400, 0x4ff, 0x500,
    ];
    edges.push(0x58f, 0x590, 0x5ff, 0x600, 0x6ff, 0x700, 0x8ff, 0x900, 0x97f, 0x980, 0xdff, 0xe00, 0xe7f, 0xe80, 0x303f, 0x3040);
    edges.push(0x30ff, 0x3100, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xabff, 0xac00, 0xd7af, 0xd7b0, 0xd800, 0xffff, 0x20, 0x0a);
    for (let k = 0; k < 500; k++) {
      let s = '';
      for (let i = Math.floor(rand() * 60); i > 0; i--)
        s += String.fromCharCode(rand() < 0.5 ? edges[Math.floor(rand() * edges.length)]! : Math.floor(rand() * 0x10000));
      expect(scriptCounts(s)).toEqual(SCRIPTS.map(([re]) => s.match(re)?.length ?? 0));
    }
  });
});

describe('Nordic, West Slavic and Hungarian text without a declaration, or under a wrong one', () => {
  const TEXTS: Record<string, string> = {
    sv: 'Regeringen presenterade på tisdagen nya regler för kollektivtrafiken som ska gälla från och med nästa månad. Resenärer måste förbereda sig på förändringar, meddelade departementet, och det är inte första gången.',
    da: 'Regeringen præsenterede tirsdag nye regler for den offentlige transport, som skal gælde fra næste måned. Passagerer skal forberede sig på ændringer, oplyser ministeriet, og det er ikke første gang.',
    no: 'Regjeringen la tirsdag fram nye regler for kollektivtransporten som skal gjelde fra neste måned. Passasjerer må forberede seg på endringer, opplyser departementet, og det er ikke første gang.',
    pl: 'Rząd przedstawił we wtorek nowe zasady dotyczące transportu publicznego, które mają obowiązywać od przyszłego miesiąca. Pasażerowie muszą przygotować się na zmiany, poinformowało ministerstwo, które jest za to odpowiedzialne.',
    cs: 'Vláda v úterý představila nová pravidla pro veřejnou dopravu, která mají platit od příštího měsíce. Cestující se musí připravit na změny, uvedlo ministerstvo, podle kterého jsou to ale jen první kroky.',
    hu: 'A kormány kedden új szabályokat mutatott be a tömegközlekedésre vonatkozóan, amelyek a jövő hónaptól lépnek életbe. Az utasoknak fel kell készülniük a változásokra, közölte a minisztérium, és hogy ez csak az első lépés.',
  };
  it.each(Object.entries(TEXTS))('%s', (lang, text) => {
    expect(resolveLanguage(null, text)).toBe(lang);
    expect(resolveLanguage('en', text)).toBe(lang);
    // Its own declaration stands (it did before these languages had word lists).
    expect(resolveLanguage(lang, text)).toBe(lang);
  });

  it('a declared language with a word list but a short text keeps its declaration', () => {
    const fi = 'Hallitus esitteli tiistaina uudet säännöt joukkoliikenteelle, joiden on määrä tulla voimaan ensi kuun alusta.';
    expect(resolveLanguage('fi', fi)).toBe('fi');
  });
});

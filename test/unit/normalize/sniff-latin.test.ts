import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { decodeBytes } from '../../../src/normalize/decode-bytes.js';
import { sniffLatin } from '../../../src/normalize/sniff-latin.js';

// Central/Eastern European, Baltic and Turkish feeds whose bytes are in their own code page but whose
// label is missing or wrong (latin-1, UTF-8, the other Central European page): the reading that
// spells one language wins. Western feeds (and English ones full of foreign names) keep theirs.
const feed = (titles: string[], decl?: string) =>
  `<?xml version="1.0"${decl ? ` encoding="${decl}"` : ''}?><rss version="2.0"><channel><title>News</title>` +
  titles.map((t, i) => `<item><title>${t}</title><link>https://example.net/${i}</link></item>`).join('') +
  '</channel></rss>';

const TEXT: Record<string, string[]> = {
  cs: ['Sněmovna schválila změny v daňovém řádu', 'Ředitel nemocnice odstoupil kvůli zakázce'],
  sk: ['Prezidentka vymenovala nového ministra hospodárstva', 'Ľadovec v Tatrách sa zmenšuje rýchlejšie'],
  pl: ['Sejm uchwalił nowelizację ustawy o szkolnictwie', 'Pożar hali magazynowej w Łodzi, nikt nie zginął'],
  hr: [
    'Sabor je izglasao povjerenje novoj vladi',
    'Đaci će u ponedjeljak krenuti u školu ranije',
    'Ministrica najavila izmjene Zakona o plaćama u državnoj službi',
  ],
  sl: ['Na Gorenjskem bo v torek močno deževalo', 'Občina je sprejela nov proračun za šolstvo', 'Sindikati napovedujejo stavko v četrtek'],
  hu: ['Lezárták a hidat a Dunán a felújítás miatt', 'Fővárosi közgyűlés döntött az új körútról'],
  ro: [
    'Parlamentul a votat legea privind pensiile',
    'Ninsoarea a blocat drumurile din judeţul Suceava, şcolile sunt închise',
    'Ministrul sănătăţii a anunţat măsuri noi în spitale',
  ],
  lt: ['Kaune atidarytas naujas tiltas per Nerį', 'Ministrė pristatė švietimo reformą'],
  lv: [
    'Jūrmalā atklāta jauna koncertzāle',
    'Valsts prezidents tikās ar studentiem',
    'Ceļu satiksmes drošības direkcija brīdina par slidenumu',
    'Rīgas domes sēdē apspriedīs ūdens tarifu',
  ],
  tr: ["Ankara'da şiddetli fırtına ağaçları devirdi", 'Merkez Bankası faiz kararını açıkladı'],
};
const PAGES: Record<string, string[]> = {
  cs: ['windows-1250', 'iso-8859-2'],
  sk: ['windows-1250', 'iso-8859-2'],
  pl: ['windows-1250', 'iso-8859-2'],
  hr: ['windows-1250', 'iso-8859-2'],
  sl: ['windows-1250'],
  hu: ['windows-1250', 'iso-8859-2'],
  ro: ['windows-1250'],
  lt: ['windows-1257'],
  lv: ['windows-1257'],
  tr: ['windows-1254'],
};

describe('decodeBytes: a legacy Latin feed under no label or a wrong one', () => {
  for (const [lang, titles] of Object.entries(TEXT)) {
    for (const charset of PAGES[lang] ?? []) {
      for (const [how, contentType, decl] of [
        ['no label', undefined, undefined],
        ['declared ISO-8859-1', undefined, 'ISO-8859-1'],
        ['declared UTF-8', undefined, 'UTF-8'],
        ['HTTP charset=utf-8', 'text/xml; charset=utf-8', undefined],
      ] as const) {
        it(`${lang} in ${charset}, ${how}`, () => {
          const f = parseFeed(iconv.encode(feed(titles, decl), charset), { contentType });
          expect(f.items.map((i) => i.title)).toEqual(titles);
        });
      }
    }
  }

  it('windows-1250 labelled ISO-8859-2 (its š ś ž ą are elsewhere or C1 controls there)', () => {
    const titles = ['Sąd uchylił wyrok, prokuratura się odwoła', 'Środa: śnieg w górach'];
    expect(parseFeed(iconv.encode(feed(titles, 'ISO-8859-2'), 'windows-1250')).items.map((i) => i.title)).toEqual(titles);
  });

  it('ISO-8859-2 labelled windows-1250', () => {
    const titles = ['Školy zůstanou zavřené až do středy', 'Ministr řekl, že šetření pokračuje'];
    expect(parseFeed(iconv.encode(feed(titles, 'windows-1250'), 'iso-8859-2')).items.map((i) => i.title)).toEqual(titles);
  });

  it('Cyrillic in ISO-8859-5 and Ukrainian in KOI8-U, unlabelled', () => {
    const ru = ['Госдума приняла закон во втором чтении', 'Курс доллара снизился на торгах биржи', 'В регионах ожидаются сильные морозы'];
    expect(parseFeed(iconv.encode(feed(ru), 'iso-8859-5')).items.map((i) => i.title)).toEqual(ru);
    const uk = [
      'Верховна Рада ухвалила закон про освіту',
      'У Львові відкрили новий міст через річку',
      'Синоптики прогнозують їхні найсильніші морози',
    ];
    expect(parseFeed(iconv.encode(feed(uk), 'koi8-u')).items.map((i) => i.title)).toEqual(uk);
    // Russian KOI8-R (none of KOI8-U's Ukrainian letters) is still named KOI8-R.
    expect(decodeBytes(iconv.encode(feed(ru), 'koi8-r'), { kind: 'xml' }).charset).toBe('koi8-r');
  });

  it('KOI8-R labelled windows-1251, and the reverse', () => {
    const titles = ['Госдума приняла закон во втором чтении', 'Курс доллара снизился на торгах биржи'];
    expect(parseFeed(iconv.encode(feed(titles, 'windows-1251'), 'koi8-r')).items.map((i) => i.title)).toEqual(titles);
    expect(parseFeed(iconv.encode(feed(titles, 'KOI8-R'), 'windows-1251')).items.map((i) => i.title)).toEqual(titles);
  });
});

describe('sniffLatin: near misses keep their reading', () => {
  const western: Array<[string, string]> = [
    ['French', 'Réforme des retraites : les syndicats appellent à la grève, élève et maître à l’école'],
    ['Spanish', 'El Gobierno de España aprobó la reforma; el año próximo, señal de cambio'],
    ['Portuguese', 'Eleições em Portugal: o partido não conseguiu maioria, diz ação'],
    ['Danish', 'Regeringen og Søren Pind mødes på Christiansborg før næste års valg'],
    ['Icelandic', 'Þingið samþykkti frumvarpið með miklum meirihluta í gær, það er ljóst'],
    ['Catalan', 'La col·lecció del museu s’amplia amb obres de l’època medieval'],
    ['Estonian', 'Šoti ärimees ostis Tallinnas žürii heakskiidul õhtulehe'],
    ['English with names', 'Zoë Ball, Søren Hansen and José Mourinho meet Jürgen Klopp in Zürich'],
    ['English, an Icelandic and a French name', 'Guðmundsson and François sign'],
  ];
  for (const [name, text] of western) {
    it(`${name} in windows-1252`, () => {
      expect(sniffLatin(iconv.encode(feed([text]), 'windows-1252'), 'windows-1252')).toBeUndefined();
      expect(decodeBytes(iconv.encode(feed([text]), 'windows-1252'), { kind: 'xml' }).text).toContain(text);
    });
  }

  it('a correct Central European label stands, a German name in a Polish feed included', () => {
    const text = 'Müller: Rząd przyjął ustawę o łączności';
    expect(sniffLatin(iconv.encode(feed([text]), 'iso-8859-2'), 'iso-8859-2')).toBeUndefined();
    expect(sniffLatin(iconv.encode(feed([text]), 'windows-1250'), 'windows-1250')).toBeUndefined();
  });

  it('labels outside the Latin family are not its business', () => {
    expect(sniffLatin(iconv.encode(feed(['Průzkum']), 'windows-1250'), 'koi8-r')).toBeUndefined();
  });

  it('too little to call: two short Latvian titles whose ā ū ī read as French â û î', () => {
    const text = feed(['Jūrmalā atklāta koncertzāle', 'Prezidents tikās ar studentiem']);
    expect(sniffLatin(iconv.encode(text, 'windows-1257'), 'windows-1252')).toBeUndefined();
  });

  it('ASCII-only and one-letter cases stay', () => {
    expect(sniffLatin(Buffer.from(feed(['Plain text'])), 'windows-1252')).toBeUndefined();
    // One č among š ž (which windows-1252 has too) changes one letter only: too little to call.
    expect(sniffLatin(iconv.encode(feed(['Šef in žena, nečak']), 'windows-1250'), 'windows-1252')).toBeUndefined();
  });
});

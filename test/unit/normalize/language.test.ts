// Languages the script detector alone confuses, and a declaration the text contradicts.
import { describe, expect, it } from 'vitest';
import { SCRIPTS, detectLanguage, resolveLanguage, scriptCounts } from '../../../src/normalize/detect-language.js';

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

/**
 * Pages that declare no language, by class (texts written for these tests, a sports report in each
 * language): the languages the stopword counts used to give to a neighbour (Romanian, Galician,
 * Czech and Slovak as Portuguese, Catalan as Spanish, Malay as Indonesian, Afrikaans as German,
 * Serbian and Macedonian as Russian, Urdu as Persian, Marathi and Nepali as Hindi) and the ones
 * they could not name at all (Polish, Finnish, Vietnamese in a short text). A Slovak text without
 * its own letters (ľ ĺ ŕ ä ô) still reads as Czech: not in the table.
 */
const UNDECLARED: Record<string, [string, string]> = {
  ro: [
    'Echipa națională de fotbal a câștigat aseară meciul cu Grecia, după un gol marcat în ultimele minute.',
    'Antrenorul a declarat că jucătorii au arătat o atitudine excelentă și că se gândesc deja la următoarea partidă.',
  ],
  pt: [
    'A seleção nacional de futebol venceu ontem à noite a partida contra a Grécia, com um gol marcado nos últimos minutos.',
    'O treinador disse que os jogadores mostraram uma atitude excelente e que já pensam no próximo jogo.',
  ],
  es: [
    'La selección nacional de fútbol ganó anoche el partido contra Grecia, con un gol marcado en los últimos minutos.',
    'El entrenador dijo que los jugadores mostraron una actitud excelente y que ya piensan en el próximo encuentro.',
  ],
  ca: [
    'La selecció nacional de futbol va guanyar ahir a la nit el partit contra Grècia, amb un gol als últims minuts.',
    'L’entrenador va dir que els jugadors van mostrar una actitud excel·lent i que ja pensen en el pròxim partit.',
  ],
  gl: [
    'A selección nacional de fútbol gañou onte á noite o partido contra Grecia, cun gol marcado nos últimos minutos.',
    'O adestrador dixo que os xogadores amosaron unha actitude excelente e que xa pensan no seguinte partido.',
  ],
  it: [
    'La nazionale di calcio ha vinto ieri sera la partita contro la Grecia, con un gol segnato negli ultimi minuti.',
    'L’allenatore ha detto che i giocatori hanno mostrato un atteggiamento eccellente e pensano già alla prossima partita.',
  ],
  fr: [
    'L’équipe nationale de football a remporté hier soir le match contre la Grèce, grâce à un but dans les dernières minutes.',
    'L’entraîneur a déclaré que les joueurs avaient montré une excellente attitude et pensaient déjà au prochain match.',
  ],
  cs: [
    'Národní fotbalový tým včera večer vyhrál zápas s Řeckem díky gólu v posledních minutách.',
    'Trenér řekl, že hráči ukázali výborný přístup a už myslí na další utkání.',
  ],
  // sk: Slovak without ľ ĺ ŕ ä ô reads as Czech (their common words are the same): left out.
  pl: [
    'Reprezentacja Polski w piłce nożnej wygrała wczoraj wieczorem mecz z Grecją po golu w ostatnich minutach.',
    'Trener powiedział, że zawodnicy pokazali świetne nastawienie i już myślą o kolejnym spotkaniu.',
  ],
  hr: [
    'Nogometna reprezentacija sinoć je pobijedila Grčku golom postignutim u posljednjim minutama utakmice.',
    'Izbornik je rekao da su igrači pokazali odličan stav i da već razmišljaju o sljedećoj utakmici.',
  ],
  sl: [
    'Nogometna reprezentanca je sinoči premagala Grčijo z golom v zadnjih minutah tekme.',
    'Selektor je dejal, da so igralci pokazali odličen odnos in da že razmišljajo o naslednji tekmi.',
  ],
  hu: [
    'A labdarúgó-válogatott tegnap este legyőzte Görögországot egy az utolsó percekben szerzett góllal.',
    'A szövetségi kapitány szerint a játékosok kiváló hozzáállást mutattak, és már a következő mérkőzésre gondolnak.',
  ],
  de: [
    'Die Fußballnationalmannschaft hat gestern Abend das Spiel gegen Griechenland dank eines späten Tores gewonnen.',
    'Der Trainer sagte, die Spieler hätten eine hervorragende Einstellung gezeigt und dächten schon an das nächste Spiel.',
  ],
  nl: [
    'Het nationale voetbalelftal heeft gisteravond de wedstrijd tegen Griekenland gewonnen dankzij een doelpunt in de laatste minuten.',
    'De trainer zei dat de spelers een uitstekende houding lieten zien en al aan de volgende wedstrijd denken.',
  ],
  af: [
    'Die nasionale sokkerspan het gisteraand die wedstryd teen Griekeland gewen danksy ’n doel in die laaste minute.',
    'Die afrigter het gesê die spelers het ’n uitstekende houding getoon en dink reeds aan die volgende wedstryd.',
  ],
  en: [
    'The national football team won last night’s match against Greece thanks to a goal in the final minutes.',
    'The coach said the players had shown an excellent attitude and were already thinking about the next game.',
  ],
  sv: [
    'Fotbollslandslaget vann i går kväll matchen mot Grekland tack vare ett mål i de sista minuterna.',
    'Förbundskaptenen sade att spelarna hade visat en utmärkt inställning och redan tänker på nästa match.',
  ],
  da: [
    'Fodboldlandsholdet vandt i går aftes kampen mod Grækenland takket være et mål i de sidste minutter.',
    'Landstræneren sagde, at spillerne havde vist en fremragende indstilling og allerede tænker på den næste kamp.',
  ],
  no: [
    'Fotballandslaget vant i går kveld kampen mot Hellas takket være et mål i de siste minuttene.',
    'Landslagssjefen sa at spillerne hadde vist en utmerket innstilling og allerede tenker på neste kamp.',
  ],
  fi: [
    'Jalkapallomaajoukkue voitti eilen illalla ottelun Kreikkaa vastaan viime minuuttien maalilla.',
    'Valmentajan mukaan pelaajat osoittivat erinomaista asennetta ja ajattelevat jo seuraavaa ottelua.',
  ],
  tr: [
    'Milli futbol takımı dün akşam Yunanistan ile oynadığı maçı son dakikalarda attığı golle kazandı.',
    'Teknik direktör, oyuncuların mükemmel bir tavır sergilediğini ve şimdiden bir sonraki maçı düşündüklerini söyledi.',
  ],
  id: [
    'Tim nasional sepak bola memenangkan pertandingan melawan Yunani tadi malam berkat gol pada menit-menit terakhir.',
    'Pelatih mengatakan bahwa para pemain menunjukkan sikap yang sangat baik dan sudah memikirkan pertandingan berikutnya.',
  ],
  ms: [
    'Pasukan bola sepak kebangsaan memenangi perlawanan menentang Greece malam tadi hasil jaringan pada minit-minit akhir.',
    'Jurulatih berkata bahawa para pemain telah menunjukkan sikap yang cemerlang dan sedang memikirkan perlawanan seterusnya.',
  ],
  vi: [
    'Đội tuyển bóng đá quốc gia đã thắng trận đấu với Hy Lạp tối qua nhờ bàn thắng ở những phút cuối.',
    'Huấn luyện viên nói rằng các cầu thủ đã thể hiện tinh thần tuyệt vời và đang nghĩ đến trận đấu tiếp theo.',
  ],
  sw: [
    'Timu ya taifa ya soka ilishinda mechi dhidi ya Ugiriki jana usiku kutokana na bao katika dakika za mwisho.',
    'Kocha alisema wachezaji walionyesha mtazamo mzuri sana na tayari wanafikiria mechi inayofuata.',
  ],
  ru: [
    'Национальная сборная по футболу вчера вечером выиграла матч у Греции благодаря голу на последних минутах.',
    'Тренер сказал, что игроки показали отличный настрой и уже думают о следующей игре.',
  ],
  uk: [
    'Національна збірна з футболу вчора ввечері виграла матч у Греції завдяки голу на останніх хвилинах.',
    'Тренер сказав, що гравці показали чудовий настрій і вже думають про наступну гру.',
  ],
  bg: [
    'Националният отбор по футбол спечели снощи мача срещу Гърция благодарение на гол в последните минути.',
    'Треньорът каза, че играчите са показали отлично отношение и вече мислят за следващия мач.',
  ],
  sr: [
    'Фудбалска репрезентација је синоћ победила Грчку голом постигнутим у последњим минутима.',
    'Селектор је рекао да су играчи показали одличан став и да већ размишљају о следећој утакмици.',
  ],
  mk: [
    'Фудбалската репрезентација синоќа ја победи Грција со гол постигнат во последните минути.',
    'Селекторот рече дека играчите покажаа одличен став и веќе размислуваат за следниот натпревар.',
  ],
  kk: [
    'Ұлттық футбол құрамасы кеше кешке Грекиямен болған матчта соңғы минуттарда соққан голдың арқасында жеңіске жетті.',
    'Бапкердің айтуынша, ойыншылар тамаша көңіл күй танытты.',
  ],
  fa: [
    'تیم ملی فوتبال دیشب با گلی در دقایق پایانی مسابقه برابر یونان را برد.',
    'سرمربی گفت بازیکنان روحیه بسیار خوبی نشان دادند و اکنون به بازی بعدی فکر می‌کنند.',
  ],
  ur: [
    'قومی فٹ بال ٹیم نے گزشتہ رات یونان کے خلاف میچ آخری لمحات میں کیے گئے گول کی بدولت جیت لیا۔',
    'کوچ نے کہا کہ کھلاڑیوں نے بہترین رویہ دکھایا اور وہ اگلے میچ کے بارے میں سوچ رہے ہیں۔',
  ],
  ar: [
    'فاز المنتخب الوطني لكرة القدم الليلة الماضية على اليونان بفضل هدف في الدقائق الأخيرة من المباراة.',
    'وقال المدرب إن اللاعبين أظهروا روحا ممتازة وإنهم يفكرون بالفعل في المباراة المقبلة.',
  ],
  hi: [
    'राष्ट्रीय फुटबॉल टीम ने कल रात आखिरी मिनटों में किए गए गोल की बदौलत ग्रीस के खिलाफ मैच जीत लिया।',
    'कोच ने कहा कि खिलाड़ियों ने बेहतरीन रवैया दिखाया और वे अगले मैच के बारे में सोच रहे हैं।',
  ],
  mr: [
    'राष्ट्रीय फुटबॉल संघाने काल रात्री शेवटच्या मिनिटांत केलेल्या गोलमुळे ग्रीसविरुद्धचा सामना जिंकला.',
    'प्रशिक्षकांनी सांगितले की खेळाडूंनी उत्कृष्ट वृत्ती दाखवली आणि ते आता पुढील सामन्याचा विचार करत आहेत.',
  ],
  ne: [
    'राष्ट्रिय फुटबल टोलीले हिजो राति अन्तिम मिनेटमा गरेको गोलको सहायताले ग्रीसविरुद्धको खेल जित्यो।',
    'प्रशिक्षकले खेलाडीहरूले उत्कृष्ट मनोबल देखाएको र अब अर्को खेलको बारेमा सोचिरहेको बताए।',
  ],
};

describe('detectLanguage without a declaration', () => {
  it.each(Object.entries(UNDECLARED))('%s', (lang, [a, b]) => {
    expect(detectLanguage(`${a} ${b}`)).toBe(lang);
  });
});

describe('two-sentence briefs with few or no stopwords', () => {
  it.each([
    [
      'pl',
      'Rząd przyjął we wtorek nowy pakiet środków gospodarczych w celu walki z inflacją, poinformowało ministerstwo gospodarki w komunikacie. Środki wejdą w życie w przyszłym miesiącu.',
    ],
    [
      'pl',
      'Prezydent podpisał w środę ustawę o zmianach w systemie ochrony zdrowia. Nowe przepisy mają skrócić kolejki do lekarzy specjalistów.',
    ],
    [
      'fi',
      'Hallitus hyväksyi tiistaina uuden talouspoliittisen toimenpidepaketin inflaation hillitsemiseksi, kertoi valtiovarainministeriö tiedotteessa. Toimet tulevat voimaan ensi kuussa.',
    ],
    [
      'fi',
      'Suomen maajoukkue voitti lauantaina Walesin 2–1 EM-karsintaottelussa. Kotijoukkueen maalit tekivät hyökkääjät toisella puoliajalla.',
    ],
    // Near misses: Italian's "della", "nella", "questa" end as Finnish cases do (but no ä/ö), and
    // Swedish writes ä/ö and "alla", "första", "nästa".
    [
      'it',
      'La ministra della Salute ha presentato questa mattina nella sala stampa della Camera la nuova lista delle misure, con una proposta alla quale la maggioranza lavora da mesi.',
    ],
    [
      'sv',
      'Alla partier i riksdagen röstade för förslaget, och den första delen av reformen träder i kraft nästa år, enligt regeringen som presenterade det på tisdagen.',
    ],
    // Slovak under 300 characters without ľ ĺ ŕ ä ô: its news verbs' own forms.
    [
      'sk',
      'Vláda v utorok schválila nový balík hospodárskych opatrení na boj s infláciou, uviedlo ministerstvo financií v tlačovej správe. Opatrenia vstúpia do platnosti budúci mesiac.',
    ],
    // Czech keeps its own: 'v', 'a', 'se' are not Polish's.
    [
      'cs',
      'Vláda v úterý schválila nový balík opatření a ministerstvo financí uvedlo, že se jedná o první krok. Opatření vstoupí v platnost příští měsíc.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

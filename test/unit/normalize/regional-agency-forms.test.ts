/**
 * Credit and dateline forms of agencies beyond the big ones, as their copy is printed (a probe of
 * real credit lines, meta12): agencies the registry lacked, datelines without a comma or a dash,
 * desk codes in lower case, picture credits in brackets, bylines with the writer's job at the
 * agency. Each table holds the form and neighbours that must not change. Lines written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findCredits } from '../../../src/normalize/find-credits.js';
import { parseDateline } from '../../../src/normalize/parse-dateline.js';

const agencies = (lines: string[]): string[] => findCredits(lines).agencies;
const REF = new Date('2024-05-15T08:00:00Z');
const TEXT = 'Die Landesregierung hat am Montag neue Regeln für den Nahverkehr vorgestellt, die ab dem kommenden Jahr gelten sollen.';

describe('agencies the registry did not know', () => {
  it.each<[string, string[]]>([
    ['PALERMO (ITALPRESS) – Il presidente della Regione ha chiesto una relazione sugli incendi.', ['Italpress']],
    ['Гавана, 21 марта (Пренса Латина) Правительство Кубы сообщило о новой программе.', ['Prensa Latina']],
    ['Il governo ha approvato il piano per i trasporti regionali nella seduta di ieri. (Mediafax)', ['Mediafax']],
    ['The council approved the plan on Wednesday, the mayor said.', []],
    // Quoted, not credited: "in an interview with Italpress".
    ["\"Rigore dei conti e sviluppo\", ha detto l'assessore in un'intervista all'Italpress.", []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });

  it('reads Dire only where a credit stands alone: "dire" is also the Italian verb', () => {
    expect(agencies(['(DIRE) Roma, 15 mag. - Il governo ha approvato il piano per il trasporto regionale.'])).toEqual(['Agenzia Dire']);
    expect(agencies(['Non è facile dire di no a una proposta del genere, ha spiegato il sindaco ai cronisti.'])).toEqual([]);
    expect(agencies(['The outlook is DIRE for farmers in the region, the report warned on Monday.'])).toEqual([]);
  });

  it("reads ANA as the African News Agency only in a byline: it is also an airline's name", () => {
    expect(agencies(['By ANA Reporter'])).toEqual(['African News Agency']);
    expect(agencies(['ANA flights to Osaka resumed on Monday after the typhoon passed.'])).toEqual([]);
  });

  it('reads Sapa only where a credit stands alone: it is also a town in Vietnam', () => {
    expect(agencies(['The bus to Sapa leaves Hanoi every morning and takes about five hours.'])).toEqual([]);
    expect(agencies(['Two men were arrested after the robbery, police said. (Sapa)'])).toEqual(['Sapa']);
  });
});

describe('datelines without a comma, without a dash, or in capitals', () => {
  it.each<[string, string | null, string | null]>([
    // Belga: day/month without a comma, and its `=`.
    ['BRUXELLES 15/05 (BELGA) Le gouvernement fédéral a trouvé un accord mercredi soir.', 'Bruxelles', 'Belga'],
    ['BRUSSEL 15/05 (BELGA) = De federale regering heeft woensdagavond een akkoord bereikt.', 'Brussel', 'Belga'],
    // Agency first with no dash after its bracket (Dire), and the dashed form that worked before.
    ['(DIRE) Roma, 15 mag. - Il governo ha approvato il piano per il trasporto regionale.', 'Roma', 'Agenzia Dire'],
    ['(AGI) – Roma, 11 giu. – Il Consiglio dei ministri ha approvato il decreto.', 'Roma', 'Agenzia Italia'],
    // An agency printed in capitals in the dateline.
    ['SÃO PAULO, 15 MAI (ESTADÃO CONTEÚDO) - O Ibovespa fechou em alta nesta quarta-feira.', 'São Paulo', 'Estadão Conteúdo'],
    // The Swiss agency's lower-case desk code with no dash.
    ['Bern (sda) Der Bundesrat hat am Mittwoch die Botschaft zum Regionalverkehr verabschiedet.', 'Bern', 'SDA'],
    ["Lausanne (ats) Le Conseil d'Etat vaudois a présenté mardi son plan pour les transports.", 'Lausanne', 'SDA'],
    // A context alias in capitals after a name is a party or a body, not a credit.
    ['Ottawa (PC) Leader John Smith said on Tuesday that the vote would go ahead.', null, null],
    ['Doug Ford (PC) Der Premier sagte am Dienstag, die Abstimmung finde statt.', null, null],
    // GNA's comma between the date and the bracket; a name and a party so written is no dateline.
    ['ACCRA, May 15, (GNA) - The government will expand rural bus services from next year.', 'Accra', 'GNA'],
    ['Doug Ford, May 15, (PC) said the vote would go ahead as planned on Tuesday.', null, null],
    // A context alias between slashes after a date (Kabar), when a sentence follows; ENA's `May 15/2024`.
    ['Bishkek, May 15 /Kabar/. The government approved a plan for regional bus services.', 'Bishkek', 'Kabar'],
    ['Doug Ford, May 15 /PC/ said the vote would go ahead as planned on Tuesday.', null, null],
    ['Addis Ababa, May 15/2024 (ENA) The government approved a plan for regional bus services.', 'Addis Ababa', 'ENA'],
    // Iraq's INA in Arabic, a word elsewhere ("aware"): bracketed between the place and a dash.
    ['بغداد (واع) - وافق مجلس الوزراء اليوم على خطة للنقل الإقليمي.', 'بغداد', 'INA'],
    // A numeric date without a credit is no wire dateline.
    ['BRUXELLES 15/05 Le gouvernement fédéral a trouvé un accord mercredi soir.', null, null],
  ])('%s', (text, place, agency) => {
    const d = parseDateline(text, REF);
    expect(d?.dateline.place ?? null).toBe(place);
    expect(d?.agency ?? null).toBe(agency);
  });

  it("dates the Belga dateline from its day/month and ENA's from its month day/year", () => {
    expect(parseDateline('BRUXELLES 15/05 (BELGA) Le gouvernement fédéral a trouvé un accord.', REF)?.dateline.date).toBe('2024-05-15');
    expect(parseDateline('Addis Ababa, May 15/2023 (ENA) The government approved a plan.', REF)?.dateline.date).toBe('2023-05-15');
  });

  it('reads the Arabic word واع as no credit in running text', () => {
    expect(agencies(['قال المسؤول إن المواطن واع بأهمية الحفاظ على الطرق العامة في المدينة.'])).toEqual([]);
  });

  it('credits the lower-case desk code of a dateline without a dash in the page lines too', () => {
    expect(agencies(['Bern (sda) Der Bundesrat hat am Mittwoch die Botschaft zum Regionalverkehr verabschiedet.'])).toEqual(['SDA']);
    expect(agencies(['Ottawa (PC) Leader John Smith said on Tuesday that the vote would go ahead as planned.'])).toEqual([]);
  });
});

describe('a picture word or a picture agency in the brackets credits the picture', () => {
  it.each<[string, string[]]>([
    ['Rescue teams clear the road near the river. (AFP/Getty)', []],
    ['(foto ANSA)', []],
    ['(foto LaPresse)', []],
    ['Fot. PAP/Jan Nowak', []],
    ['Rescue teams clear the road near the river. (Getty Images/AFP)', []],
    // Neighbours: agency and desk code lists still credit.
    ['Die Regierung hat am Mittwoch entschieden. (dpa/lby)', ['dpa']],
    ['Il governo ha approvato il piano ieri sera. (ANSA)', ['ANSA']],
    ['Die Regierung hat am Mittwoch entschieden. (AFP/dpa)', ['AFP', 'dpa']],
  ])('%s', (line, want) => {
    expect(agencies([TEXT, line])).toEqual(want);
  });
});

describe("bylines naming the writer's job at the agency and the filing place", () => {
  it.each<[string, string[]]>([
    // Agência Brasil's own pages: date, "Por", the writer, the job, the place.
    ['Publicado em 15/05/2024 - 10:05 Por Ana Souza - Repórter da Agência Brasil - Brasília', ['Agência Brasil']],
    ['Publicado em 10/05/2024 — 06:05 Por Luiz Ferreira — Repórter da Agência Brasil — Brasília', ['Agência Brasil']],
    ['Pedro Peduzzi - Repórter da Agência Brasil', ['Agência Brasil']],
    // A newspaper's reporter is no agency credit.
    ['Publicado em 15/05/2024 - 10:05 Por Ana Souza - Repórter da Folha - Brasília', []],
    // ansa.it's newsroom byline with the filing city in capitals; a service name is no city.
    ['Redazione ANSA ROMA', ['ANSA']],
    ['ANSA ROMA', ['ANSA']],
    ['Redazione ANSA', ['ANSA']],
    ['AFP TV', []],
    // "Texto:"/"Testo:" label a byline as "Tekst:" and "Text:" do; a writer or a sentence there credits none.
    ['Texto: EFE', ['EFE']],
    ['Testo: ANSA', ['ANSA']],
    ['Texto: María López', []],
    ['El texto: EFE publicó ayer la lista completa de premiados.', []],
    ['ANSA NEWS', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe("an agency's name alone in the brackets heading a Chinese text", () => {
  it.each<[string, string[]]>([
    ['【新华社】有关部门表示，抢修工作将持续整个周末。', ['Xinhua']],
    ['【中新社】有关部门表示，抢修工作将持续整个周末。', ['China News Service']],
    // An outlet or a label there credits no agency.
    ['【人民日报】有关部门表示，抢修工作将持续整个周末。', []],
    ['【图片】有关部门表示，抢修工作将持续整个周末。', []],
    ['【环球时报】有关部门表示，抢修工作将持续整个周末。', []],
  ])('%s', (line, want) => {
    expect(agencies([line])).toEqual(want);
  });
});

describe('unnamed agencies on a source line are neither a credit nor a source', () => {
  it.each<[string, string[], string[]]>([
    ['Quelle: Agenturen', [], []],
    ['Source: agencies', [], []],
    ['Kaynak: Ajanslar', [], []],
    ['المصدر: وكالات', [], []],
    ['Źródło: PAP, agencje', ['PAP'], []],
    // A named outlet stays the source.
    ['Source: The Guardian', [], ['The Guardian']],
  ])('%s', (line, want, sources) => {
    const c = findCredits([TEXT, line]);
    expect(c.agencies).toEqual(want);
    expect(c.sources).toEqual(sources);
  });
});

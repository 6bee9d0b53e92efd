// Agency credits decided by where a name stands and which site prints it (meta10 probe): a
// one-word agency as the byline, an abbreviation closing the text alone (`AAP`) unless the story
// uses the same letters, and an abbreviation two agencies share read by the site's country
// (`KNA` on a Kenyan site). Pages are written for these tests from how the outlets lay them out.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { page, type PageParts } from '../../fixtures/wire/pages.js';

const run = (p: PageParts, url = 'https://news.example/article/1', lang?: string) =>
  extractArticle(lang ? page(p).replace(`lang="${p.lang}"`, `lang="${lang}"`) : page(p), url);
const ld = (o: object): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...o })}</script>`;

describe('a company or agency as the byline', () => {
  it.each<[string, PageParts, string[], string[]]>([
    ['By Bloomberg', { lang: 'en', h1: 'Oil climbs', header: '<div class="byline">By Bloomberg</div>' }, ['Bloomberg'], []],
    ['BLOOMBERG closing the text', { lang: 'en', h1: 'Oil climbs', trailer: '<p>BLOOMBERG</p>' }, ['Bloomberg'], []],
    [
      'JSON-LD organization author Bloomberg',
      { lang: 'en', h1: 'Oil climbs', head: ld({ author: [{ '@type': 'Organization', name: 'Bloomberg' }] }) },
      ['Bloomberg'],
      [],
    ],
    [
      'a writer, then Bloomberg News',
      { lang: 'en', h1: 'Oil climbs', header: '<div class="byline">By Jane Pearson Bloomberg News</div>' },
      ['Bloomberg'],
      ['Jane Pearson'],
    ],
    ['By Reuters', { lang: 'en', h1: 'Oil climbs', header: '<div class="byline">By Reuters</div>' }, ['Reuters'], []],
    ['Source: Bloomberg closing the text', { lang: 'en', h1: 'Oil climbs', trailer: '<p>Source: Bloomberg</p>' }, ['Bloomberg'], []],
    [
      "a chart's Source: Bloomberg inside the text",
      {
        lang: 'en',
        h1: 'Oil climbs',
        header: '<div class="byline">By Karen Mills</div>',
        extra: '<div class="chart"><p>Brent crude, dollars per barrel</p><p>Source: Bloomberg, company filings</p></div>',
      },
      [],
      ['Karen Mills'],
    ],
    ['By IANS', { lang: 'en', h1: 'Oil climbs', header: '<div class="author">By IANS</div>' }, ['IANS'], []],
    // Near misses: a person who bears an agency's name, a desk, the unnamed "agencies", a quote.
    [
      'By Michael Bloomberg (a person)',
      { lang: 'en', h1: 'Former mayor backs plan', header: '<div class="byline">By Michael Bloomberg</div>' },
      [],
      ['Michael Bloomberg'],
    ],
    ['By Newsroom', { lang: 'en', h1: 'Plan moves ahead', header: '<div class="byline">By Newsroom</div>' }, [], []],
    ['By Agencies', { lang: 'en', h1: 'Plan moves ahead', header: '<div class="author-name">By Agencies</div>' }, [], []],
    [
      'Bloomberg quoted in the text',
      {
        lang: 'en',
        h1: 'Investors weigh plan',
        header: '<div class="byline">By Karen Mills</div>',
        tail: ' Bloomberg reported earlier that the bonds would be sold in June.',
      },
      [],
      ['Karen Mills'],
    ],
  ])('%s', (_name, p, agency, authors) => {
    const a = run(p);
    expect(a.agency).toEqual(agency);
    expect(a.authors).toEqual(authors);
  });
});

describe('a context alias closing the text alone', () => {
  it.each<[string, PageParts, string[]]>([
    ['a line of its own: AAP', { lang: 'en', h1: 'WA unveils hospital plan', trailer: '<p>AAP</p>' }, ['AAP']],
    ['after the last sentence: – AAP', { lang: 'en', h1: 'ACT hospital plan', tail: ' - AAP' }, ['AAP']],
    ['in brackets: (AAP)', { lang: 'en', h1: 'ACT hospital plan', trailer: '<p>(AAP)</p>' }, ['AAP']],
    ['UNI closing an Indian story', { lang: 'en', h1: 'Centre unveils plan', trailer: '<p>UNI</p>' }, ['UNI']],
    // The party: the story names it, so the letters closing it are a tag, not a credit.
    [
      'AAP the party, named in the text',
      {
        lang: 'en',
        h1: 'AAP unveils hospital plan for Delhi',
        tail: ' The BJP said it would oppose the move, while AAP leaders said the plan was ready.',
        trailer: '<div class="tags"><a href="/tag/aap">AAP</a></div>',
      },
      [],
    ],
    [
      'AAP the party, named in the headline only',
      { lang: 'en', h1: 'AAP announces Punjab hospitals', trailer: '<p><a href="/tag/aap">AAP</a></p>' },
      [],
    ],
    ['a closing sentence naming the party', { lang: 'en', h1: 'Opposition slams plan', tail: ' The plan was drafted by the AAP.' }, []],
    ['RSS is the feed link', { lang: 'en', h1: 'Plan moves ahead', trailer: '<p>RSS</p>' }, []],
  ])('%s', (_name, p, agency) => {
    expect(run(p).agency).toEqual(agency);
  });
});

describe('an abbreviation read by the site country', () => {
  it.each<[string, PageParts, string, string[]]>([
    [
      'By KNA on a .co.ke paper',
      { lang: 'en', h1: 'Nakuru county unveils hospital plan', header: '<div class="author">By KNA</div>' },
      'https://www.thestar.co.ke/counties/2024-05-15-plan/',
      ['Kenya News Agency'],
    ],
    [
      '-KNA closing a story on a .go.ke site',
      { lang: 'en', h1: 'Kisumu hospital plan launched', trailer: '<p>-KNA</p>' },
      'https://www.kenyanews.go.ke/kisumu-hospital-plan/',
      ['Kenya News Agency'],
    ],
    [
      'Source: KNA on a page declared en-KE',
      { lang: 'en', h1: 'Embu hospital plan', trailer: '<p>Source: KNA</p>' },
      'https://www.citizen.example/news/plan-n12345 en-KE',
      ['Kenya News Agency'],
    ],
    ['(KNA) on a German site', { lang: 'de', tail: ' (KNA)' }, 'https://www.domradio.de/artikel/plan', ['KNA']],
    ['(KNA) on a .com site', { lang: 'de', tail: ' (KNA)' }, 'https://www.katholisch.example/artikel/plan', ['KNA']],
  ])('%s', (_name, p, url, agency) => {
    const [address, lang] = url.split(' ');
    expect(run(p, address, lang).agency).toEqual(agency);
  });
});

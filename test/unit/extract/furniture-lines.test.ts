/**
 * Stand-alone lines that are page furniture wherever they sit: ad labels in the languages of the
 * corpus (from ad wrappers whose classes name no ad: tagDiv's `td-a-rec`, Ad Inserter's
 * `code-block`), "Story continues below advertisement", slideshow counters ("3 of 12"), "Was this
 * article helpful?" prompts and affiliate disclosures in either order ("... may earn a commission
 * when you buy through links", "When you buy through our links, we may earn a commission"). The same words
 * inside a sentence of the story stay, and so does AP's "___" rule (the benchmark's truth keeps it).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const P1 =
  '<p>The city council voted on Tuesday to spend $2.4 million on repairs to the old fire station on Fairview Street, which has needed a new roof for years.</p>';
const P2 =
  '<p>Council members said the building, which opened in 1958, would stay in service for at least another decade once the work is done.</p><p>Construction is expected to start in May and take about five months, according to the city’s public works department.</p>';

const page = (block: string): string =>
  `<html lang="en"><body><main><h1>Council approves fire station repairs</h1><div class="entry-content">${P1}${block}${P2}</div></main></body></html>`;

describe('furniture lines', () => {
  it.each([
    ['de ad label in dashes', '<div class="td-a-rec td-a-rec-id-content_inline"><span>- Anzeige -</span><div></div></div>', 'Anzeige'],
    ['de Werbung', '<p>Werbung</p>', 'Werbung'],
    ['a row of tools', '<p><a href="/print">Printer friendly</a> | <a href="/email">Email this story</a></p>', 'Printer'],
    ['a row of tools with dots', '<div class="t">Print · Email · Share</div>', 'Email'],
    ['de ticker stamp', '<p class="ticker-time">+++ 14:02 Uhr +++</p>', '14:02'],
    ['ticker stamp without a unit', '<p>++ 09:30 ++</p>', '09:30'],
    ['fr', '<div class="code-block code-block-3"><div>Publicité</div></div>', 'Publicité'],
    ['es', '<div class="slot"><span>Publicidad</span></div>', 'Publicidad'],
    ['it', '<p>Pubblicità</p>', 'Pubblicità'],
    ['pl', '<div class="box-r">Reklama</div>', 'Reklama'],
    ['ru', '<div class="inject">Реклама</div>', 'Реклама'],
    ['ja', '<div class="pr">広告</div>', '広告'],
    ['zh', '<div class="gg">广告</div>', '广告'],
    ['en feedback prompt', '<div class="feedback"><p>Was this article helpful?</p><a>Yes</a> <a>No</a></div>', 'helpful'],
    ['en feedback prompt, other words', '<p>Did you find this story useful?</p>', 'useful'],
    [
      'affiliate disclosure',
      '<p><em>Bytes &amp; Bolts may earn a commission when you buy through links on our site.</em></p>',
      'commission',
    ],
    ['affiliate links notice', '<p>This post contains affiliate links. Read our disclosure policy for more information.</p>', 'affiliate'],
    [
      'en ad label in dashes',
      '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>',
      'Advertisement',
    ],
    ['en ad label in a story', '<div class="wpds-c-iGxkgL">Story continues below advertisement</div>', 'Story continues'],
    ['slide counter', '<div class="gallery-slide__counter">3 of 12</div>', '3 of 12'],
    ['slide counter with a word', '<div class="counter">Bild 2 von 10</div>', 'Bild 2'],
    [
      'affiliate disclosure, purchase first',
      '<p class="affiliate-note">When you buy a book using a link on this page, we may earn a commission.</p>',
      'commission',
    ],
    [
      'affiliate disclosure, testing claim first',
      '<p>We independently test the products we review. When you buy through our links, we may receive a commission. Learn more</p>',
      'commission',
    ],
    ['listen label', '<div class="audio-cta"><p>Listen to this article · 5 min</p></div>', 'Listen'],
    ['reading time', '<p class="rt">4 min read</p>', 'min read'],
    ['article continues label', '<p>Article continues below advertisement</p>', 'continues'],
    ['link copied', '<p>Link copied!</p>', 'copied'],
    // Template labels carried into syndicated copies (real reposts of one AP story).
    ['recommended videos', '<p>Recommended Videos</p>', 'Recommended'],
    ['numbered ad label', '<p>Advertisement 2</p>', 'Advertisement'],
    ['article content label', '<p>Article content</p>', 'Article content'],
    ['more on this topic', '<p>More On This Topic</p>', 'More On'],
    ['trending list in brackets', '<p>[TRENDING: Storm knocks out power | Bridge closed for repairs | Mayor resigns]</p>', 'TRENDING'],
    ['read the full article elsewhere', '<p>Read full article on The Daily Example</p>', 'full article'],
    ['rating prompt', '<p>Be first to rate</p>', 'rate'],
    ['more stories pointer', '<p>(Read more marijuana stories.)</p>', 'marijuana'],
    ['skip link', '<p>Skip to main content</p>', 'Skip'],
    ['newsletter pitch', '<p>Get the latest news delivered daily!</p>', 'delivered'],
    ['back to the front page', '<p>Zur Startseite</p>', 'Startseite'],
    ['ru photo credit', '<p>Фото: пресс-служба правительства</p>', 'пресс-служба'],
    ['photo credit in brackets', '<p>(Photo by Reza Nouri/Getty Images)</p>', 'Nouri'],
    ['caption ending in its credit', '<p><em>Rescuers search the rubble on Sunday. (AP Photo/Vahid Salemi)</em></p>', 'Rescuers'],
    ['es follow pitch', '<p>Síguenos en Google Discover y no te pierdas las noticias más importantes.</p>', 'Síguenos'],
    ['ru channel pitch', '<p><b>Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать о главных новостях.</b></p>', 'Telegram'],
    ['en channel pitch', '<p>Join our WhatsApp channel for the latest updates</p>', 'WhatsApp'],
    [
      'app pitch',
      '<p>Catch all the Business News and Latest Updates on our website. Download the app to get daily market updates.</p>',
      'Download',
    ],
    [
      'syndication disclaimer',
      '<p>(This story has not been edited by our staff and is auto-generated from a syndicated feed.)</p>',
      'syndicated',
    ],
    [
      'a metered wall',
      '<div class="piano-offer-container"><div class="meter-wall"><h3>You have reached your limit of free articles this month.</h3><p>Subscribe now for unlimited access, from $1 a week.</p><a href="/subscribe">See offers</a></div></div>',
      'See offers',
    ],
    ['already a subscriber', '<p>Already a subscriber? <a href="/login">Log in</a></p>', 'subscriber'],
    ['fr subscriber line', '<p>Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.</p>', 'abonnés'],
  ])('%s', (_name, block, leak) => {
    const a = extractArticle(page(block), 'https://www.example.com/news/1');
    expect(a.body).toContain('The city council voted');
    expect(a.body).toContain('according to the city’s public works department.');
    expect(a.body).not.toContain(leak);
  });

  it.each([
    '<p>Brokers may earn a commission of up to 3% on each sale, the report said, which critics called a conflict of interest.</p>',
    '<p>The agency’s spokeswoman said the word “Reklama” on the banner had been painted over by the city’s workers on Monday night.</p>',
    '<p>Follow the money, investigators said, and you find the same three companies behind every contract.</p>',
    '<p>Join the march on Saturday, organisers told residents on Facebook.</p>',
    '<p>The mayor posed for a picture (Photo op, critics said).</p>',
    '<p>Readers asked whether the guide was helpful; most said yes, according to a survey the library ran in January.</p>',
    '<p>When you buy a house through an agent, the agent may earn a commission of 2.5 percent, the study of 1,200 sales found.</p>',
    '<p>The team won 3 of 12 games.</p>',
  ])('keeps a sentence of the story: %s', (block) => {
    const a = extractArticle(page(block), 'https://www.example.com/news/2');
    expect(a.body).toContain(block.replace(/<\/?p>/g, ''));
  });

  it('keeps a wire story\'s "___" rule', () => {
    expect(extractArticle(page('<p>___</p>'), 'https://www.example.com/news/3').body).toContain('___');
  });
});

describe('recirculation headings and picture descriptions', () => {
  it('cuts the teasers after a "More from ..." heading in the article container', () => {
    const teasers = `<h2>More from The Interview</h2>${[
      'Five takeaways from the championship game',
      'The quiet comeback of the neighborhood video store',
    ]
      .map(
        (h) =>
          `<div class="card"><a href="/s"><h3>${h}</h3></a><p>A look at what changed this year and what comes next, in our regular series of conversations with the people who shaped the season and the city around it.</p></div>`,
      )
      .join('')}`;
    const html = `<html lang="en"><body><main><article><h1>Council approves fire station repairs</h1><div class="entry-content">${P1}${P2}${teasers}</div></article></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/4');
    expect(a.body).toContain('public works department.');
    expect(a.body).not.toContain('takeaways');
  });

  it.each(['Mehr aus Neubrandenburg', 'Más de Local', 'Further reading', 'Latest stories', 'Leggi anche', 'Más noticias', 'Lees ook'])(
    'cuts the teasers after "%s"',
    (heading) => {
      const teaser = `<div class="teaser"><a href="#"><h3>Neue Buslinie zum Klinikum startet im Juni</h3></a><p>Die Linie 7 soll die Fahrzeit aus der Oststadt zum Krankenhaus deutlich verkürzen, teilten die Verkehrsbetriebe am Montag mit, und zwar schon ab dem ersten Juni.</p></div>`;
      const html = `<html lang="de"><body><main><article><h1>Stadtwerke senken Fernwärmepreise</h1><div class="article-body">${P1}${P2}<h2>${heading}</h2>${teaser}</div></article></main></body></html>`;
      const a = extractArticle(html, 'https://www.example.de/regional/1');
      expect(a.body).toContain('public works department.');
      expect(a.body).not.toContain('Buslinie');
    },
  );

  it.each(['Print the form and email it to the clerk | by Friday', 'Share your views | Email us'])('keeps "%s", not only tools', (line) => {
    expect(extractArticle(page(`<p>${line}</p>`), 'https://www.example.com/news/6').body).toContain(line);
  });

  it('drops a picture description named img_descr', () => {
    const html = page(
      '<div class="img_wrapper"><img src="/t.jpg"><span class="img_descr">5月13日，一列班列驶出重庆团结村站。（资料图）</span></div>',
    );
    expect(extractArticle(html, 'https://www.example.com/news/5').body).not.toContain('资料图');
  });
});

describe('a container that opens with a furniture line is not furniture as a whole', () => {
  // The patterns' open tails ("Foto: .*", "Sign up.*") matched a whole short container's text: a
  // short article whose first line is its photo credit was dropped entirely (no_article). The list
  // below guards the same for steps opening with "Sign up for …" (a dev page's list had lost one).
  it('keeps a short article whose first line is a photo credit', () => {
    const html = `<html lang="da"><body><h1>Norwegian-aktien stiger</h1><div class="article"><div class="caption">Foto: Kyrre Lien/Ritzau Scanpix</div><p>Det pressede norske luftfartsselskab Norwegian har fået en flyvende start på 2020, hvor aktien er steget med omkring seks procent.</p><p>Nytårsaftensdag oplyste Turkish Airlines, at selskabet havde indgået en aftale med Boeing om en erstatning.</p></div></body></html>`;
    const a = extractArticle(html, 'https://example.dk/erhverv/norwegian');
    expect(a.body).toContain('flyvende start');
    expect(a.body).not.toContain('Foto:');
  });
  it('keeps every step of a list that opens with "Sign up"', () => {
    const html = page(
      '<ul><li>Sign up for an ad-free account for $11.99 a month</li><li>If you already have an account, visit your account page to upgrade</li><li>Sign up for the bundle using the same email address</li></ul>',
    );
    expect(extractArticle(html, 'https://example.com/news/bundle').body).toContain('visit your account page to upgrade');
  });
});

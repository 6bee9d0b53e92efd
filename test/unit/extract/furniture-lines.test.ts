/**
 * Stand-alone lines that are page furniture wherever they sit: ad labels in the languages of the
 * corpus (from ad wrappers whose classes name no ad: tagDiv's `td-a-rec`, Ad Inserter's
 * `code-block`), "Was this article helpful?" prompts and affiliate disclosures. The same words
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
  ])('%s', (_name, block, leak) => {
    const a = extractArticle(page(block), 'https://www.example.com/news/1');
    expect(a.body).toContain('The city council voted');
    expect(a.body).toContain('according to the city’s public works department.');
    expect(a.body).not.toContain(leak);
  });

  it.each([
    '<p>Brokers may earn a commission of up to 3% on each sale, the report said, which critics called a conflict of interest.</p>',
    '<p>The agency’s spokeswoman said the word “Reklama” on the banner had been painted over by the city’s workers on Monday night.</p>',
    '<p>Readers asked whether the guide was helpful; most said yes, according to a survey the library ran in January.</p>',
  ])('keeps a sentence of the story: %s', (block) => {
    const a = extractArticle(page(block), 'https://www.example.com/news/2');
    expect(a.body).toContain(block.replace(/<\/?p>/g, ''));
  });

  it('keeps a wire story\'s "___" rule', () => {
    expect(extractArticle(page('<p>___</p>'), 'https://www.example.com/news/3').body).toContain('___');
  });
});

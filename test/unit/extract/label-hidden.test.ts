/**
 * "hidden" in a utility class that hides a label or title (`field--label-hidden`,
 * `field--label-visually_hidden`, `label-hidden`, `title-hidden`), or the block only at one
 * screen size (`hidden-xs`), says nothing against the block: Drupal puts such a class on nearly
 * every body field. Counted as a "hidden" block, it cancelled the field's body/text bonus, and a
 * short story lost to a list of teaser summaries or took its sibling fields along. A sidebar
 * that holds more prose than a short story is still a sidebar. Synthetic pages after Drupal 7/8+
 * and Bootstrap markup.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const STORY =
  '<p>The county sheriff’s office is asking for the public’s help finding a teenager who has been missing since Saturday evening.</p><p>She was last seen around 7 p.m. near the shopping centre on Pine Street, wearing a black hooded sweatshirt and grey trousers.</p><p>Anyone with information is asked to call the sheriff’s office.</p>';

const TEASERS = [
  'The owner of the diner on Main Street, who opened it in 1982 with a loan from her father, served her last plate on Friday, surrounded by regulars, friends, former cooks and family.',
  'The three-year contract, worth $4.1 million, replaces the previous provider, which was criticised after two deaths in custody; commissioners voted two to one, with one opposed.',
  'The senior guard scored 24 points, grabbed nine rebounds and made four steals as the team beat its rivals, 58-49, on Saturday, setting up a semifinal against the top seed.',
  'The weather service has issued a winter storm watch for the foothills, the valley and the pass, from Tuesday night through Thursday, with up to a foot of snow above 6,500 feet.',
  'Board members, teachers and parents argued for three hours, but the board delayed its vote on a four-day week, a change that, supporters say, would help recruit and keep teachers.',
];

/** A "Most read" rail of teaser summaries, each in a div named like a body field. */
const RAIL = (tag: string, cls: string): string =>
  `<${tag} class="${cls}"><h2>Most read</h2><div class="view-content">${TEASERS.map(
    (t, i) => `<div class="views-row"><h3><a href="/news/${i}">Headline ${i}</a></h3><div class="views-field-body">${t}</div></div>`,
  ).join('')}</div></${tag}>`;

const page = (main: string, rail = ''): string =>
  `<html lang="en"><body><header><a href="/">Clearwater Times</a></header><div class="layout"><main><article class="node node--type-article"><h1>Sheriff seeks missing teen</h1>${main}</article></main>${rail}</div></body></html>`;

describe('label-hiding utility classes', () => {
  it.each(['field--label-hidden', 'field--label-visually_hidden', 'label-hidden', 'title-hidden', 'hidden-xs'])(
    'a body field with %s beats a sidebar of teasers and leaves its sibling fields',
    (hiddenClass) => {
      const main = `<div class="node__content"><div class="clearfix text-formatted field field--name-body ${hiddenClass} field__item">${STORY}</div><div class="field field--name-field-contact field--type-text-long field--label-above"><div class="field__label">Media contact</div><div class="field__item">Rachel Stone, Communications Office, 555-0142, press@example.edu</div></div></div>`;
      const a = extractArticle(page(main, RAIL('aside', 'layout-sidebar-second')), 'https://www.example.com/news/1');
      expect(a.body).toContain('The county sheriff’s office');
      expect(a.body).toContain('Anyone with information');
      expect(a.body).not.toContain('Media contact');
      expect(a.body).not.toContain('555-0142');
      for (const t of TEASERS) expect(a.body).not.toContain(t);
    },
  );

  it('still drops a block that hides itself by class', () => {
    const main = `<div class="article-text">${STORY}<div class="hidden"><p>A draft paragraph the page keeps hidden and never shows its readers at all, so it is not the story.</p></div></div>`;
    const a = extractArticle(page(main), 'https://www.example.com/news/2');
    expect(a.body).toContain('The county sheriff’s office');
    expect(a.body).not.toContain('draft paragraph');
  });

  it.each([
    ['an <aside>', 'aside', 'region-sidebar'],
    ['a sidebar div', 'div', 'sidebar-second'],
  ])('a short story in a text-named container beats %s holding more prose', (_name, tag, cls) => {
    const a = extractArticle(page(`<div class="story-text">${STORY}</div>`, RAIL(tag, cls)), 'https://www.example.com/news/3');
    expect(a.body).toContain('The county sheriff’s office');
    for (const t of TEASERS) expect(a.body).not.toContain(t);
  });

  it('keeps the question and answer blocks of an interview that open with a label', () => {
    const qa = [
      ['Why did you start the search so late?', 'We started it the same evening, within an hour of the first call from her parents.'],
      ['What should people look for?', 'A black hooded sweatshirt, grey trousers and a green backpack with a reflective strip.'],
    ]
      .map(
        ([q, a]) =>
          `<div class="qa-block"><div class="label">Q</div><p>${q}</p></div><div class="qa-block"><div class="label">A</div><p>${a}</p></div>`,
      )
      .join('');
    const a = extractArticle(page(`<div class="story-text">${STORY}${qa}</div>`), 'https://www.example.com/news/4');
    expect(a.body).toContain('Why did you start the search so late?');
    expect(a.body).toContain('within an hour of the first call');
  });
});

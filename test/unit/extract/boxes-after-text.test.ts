/**
 * Boxes that sit in or beside the article's container and are not its text: the writer's bio box
 * (`author-box`, `story__author-box`, Kadence's `entry-author`, whose `entry` word kept it from
 * counting as NEGATIVE), donation pitches (`contributions-epic`, `newspack-blocks-donate`,
 * `Donate-module`), a table of contents (`ez-toc-container`) and Drupal's `submitted` line.
 * Synthetic pages after WordPress themes, Newspack, Brightspot and Drupal 7.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const PARAS =
  '<p>Starting in August, riders who pay one ride at a time will stop being charged once they have spent as much as a monthly pass would cost, under a pilot approved Thursday.</p><p>The change is meant to help low-income riders who cannot afford the up-front cost of a monthly pass and end up paying more over the course of a month as a result.</p><p>The board will decide next spring whether to make the program permanent, after staff report back on fare evasion and on card sharing.</p>';

const page = (before: string, after: string): string =>
  `<html lang="en"><body><main><article class="post entry"><h1>Transit agency to test fare capping</h1><div class="entry-content-wrap"><div class="entry-content">${before}${PARAS}${after}</div></div></article></main></body></html>`;

describe('boxes that are not the text', () => {
  it.each([
    [
      'an entry-author box under the entry',
      '',
      '<div class="entry-author entry-author-style-normal"><div class="entry-author-profile vcard"><b class="entry-author-name">Becca Lindgren</b><div class="entry-author-description"><p>Becca Lindgren homesteads on 12 acres in northern Minnesota with her husband, three kids and too many chickens.</p></div></div></div>',
      'homesteads',
    ],
    [
      'a story__author-box',
      '',
      '<div class="story__author-box author-card"><h3>About the author</h3><p>Carolyn Tate is a former teacher and the author of a memoir of her years teaching in rural Oregon, and she lives in Pendleton.</p></div>',
      'former teacher',
    ],
    [
      'a donation block',
      '',
      '<div class="wp-block-newspack-blocks-donate"><p>We are a nonprofit newsroom. We rely on readers like you to keep our reporting free for everyone. Make a tax-deductible gift today.</p><a class="button" href="/donate/">Donate now</a></div>',
      'tax-deductible',
    ],
    [
      'a contributions epic',
      '',
      '<div class="dcr-epic" id="contributions-epic"><h2>There is a good reason why we are asking</h2><p>Tens of millions have placed their trust in our fearless journalism since we started publishing, and more than a million supporters now power us financially.</p></div>',
      'supporters',
    ],
    [
      'a table of contents',
      '<div id="ez-toc-container" class="ez-toc-v2_0_61 ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#">Toggle</a></span></div><nav><ul><li><a href="#a">What changes</a></li></ul></nav></div>',
      '',
      'Table of Contents',
    ],
    [
      'a Drupal 7 submitted line',
      '<div class="submitted"><span class="username">Paul Svensson</span> - Tue, 05/14/2024 - 08:12</div>',
      '',
      'Svensson',
    ],
  ])('drops %s', (_name, before, after, absent) => {
    const a = extractArticle(page(before, after), 'https://www.example.org/2024/05/14/fares/');
    expect(a.body.startsWith('Starting in August')).toBe(true);
    expect(a.body).toContain('card sharing.');
    expect(a.body).not.toContain(absent);
  });
});

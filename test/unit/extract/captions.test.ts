/**
 * Picture captions and credits outside <figure>/<figcaption>: a caption class on a <p> or <div>
 * under the picture (`wp-caption-text`, `photo-caption`, `image-legende`, `bildunterschrift`),
 * and the title and copyright lines of a media block (`media__title`, `media__copyright`). A
 * caption's POSITIVE word ("text") kept it from counting as NEGATIVE. Synthetic pages after
 * WordPress, Drupal and Russian portal markup. A picture's title stays: in slideshows and
 * listicles it is the story's text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';

const PARAS =
  '<p>The city council voted on Tuesday to spend $2.4 million on repairs to the old fire station on Fairview Street, which has needed a new roof for years.</p><p>Council members said the building, which opened in 1958, would stay in service for at least another decade once the work is done.</p><p>Construction is expected to start in May and take about five months, according to the city’s public works department.</p>';

describe('captions outside figure', () => {
  it.each([
    [
      'a caption-text paragraph under a thumbnail',
      '<div class="post-thumbnail"><img src="/a.jpg" alt=""><p class="wp-caption-text">The fire station, built in 1958, has needed repairs for years. (Tom Brennan/The Ledger)</p></div>',
      'built in 1958, has needed',
    ],
    [
      'a *-caption span',
      '<div class="lead-image"><img src="/a.jpg"><span class="photo-caption">The fire station on Fairview Street</span></div>',
      'The fire station on',
    ],
    [
      'a BEM caption element of an article block',
      '<div class="article-image"><img src="/a.jpg"><div class="article-image__caption">Firefighters outside the station in 2019</div></div>',
      'Firefighters outside',
    ],
    [
      'a legende div',
      '<div class="field field--name-field-image"><img src="/a.jpg"><div class="image-legende">Hélène Marchetti, directrice de l’Observatoire. Photo : Claire Dumont</div></div>',
      'Marchetti',
    ],
    [
      'an image-legend div',
      '<div class="visual"><img src="/a.jpg"><div class="image-legend">The station in 1962. Archive photo</div></div>',
      'in 1962',
    ],
    [
      'a bildunterschrift',
      '<div class="bild"><img src="/a.jpg"><p class="bildunterschrift">Die Feuerwache an der Fairview Street. Foto: dpa</p></div>',
      'Feuerwache',
    ],
    [
      'the copyright line of a media block',
      '<div class="story__block"><div class="media"><div class="media__size"><img src="/a.jpg"></div><div class="media__copyright">© The Ledger / Ivan Petrov</div></div></div>',
      'Ivan Petrov',
    ],
  ])('%s', (_name, caption, leak) => {
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1><div class="entry-content">${PARAS.replace('</p>', `</p>${caption}`)}</div></article></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/1');
    expect(a.body).toContain('The city council voted');
    expect(a.body).toContain('according to the city’s public works department.');
    expect(a.body).not.toContain(leak);
  });

  it('a caption paragraph beside the text container', () => {
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1><img src="/a.jpg"><p class="wp-caption-text">The fire station, built in 1958, has needed repairs to its roof for years. (Tom Brennan/The Ledger)</p><div class="entry-content">${PARAS}</div></article></main></body></html>`;
    const a = extractArticle(html, 'https://www.example.com/news/3');
    expect(a.body.startsWith('The city council voted')).toBe(true);
  });

  it('keeps the title of a slideshow picture', () => {
    const slide =
      '<div class="slide-image"><img src="/s.jpg"><h2 class="slide-image__title">The crew replaced the bay doors in one weekend.</h2></div>';
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1><div class="entry-content">${PARAS}${slide}</div></article></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/news/4').body).toContain('The crew replaced the bay doors');
  });

  it('keeps a text-with-image section whose text is long', () => {
    const html = `<html lang="en"><body><main><article class="post"><h1>Council approves fire station repairs</h1><div class="entry-content">${PARAS}<div class="image-text"><img src="/a.jpg"><div class="image-text__description"><p>The station’s crews answered more than 2,100 calls last year, a third of them medical emergencies, and the city expects that number to grow as the neighbourhood’s population ages and new housing opens along the river.</p></div></div></div></article></main></body></html>`;
    expect(extractArticle(html, 'https://www.example.com/news/2').body).toContain('answered more than 2,100 calls');
  });
});

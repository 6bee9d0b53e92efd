/**
 * Client-rendered shells whose state holds the story as typed paragraph blocks, not as one HTML
 * string: Arc XP's `Fusion.globalContent.content_elements` (content before its type, with nested
 * additional_properties), the type first with other keys between, and Editor.js blocks in a Nuxt
 * state written as a JavaScript literal (unquoted keys). Shells written after those CMSs' pages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.js';
import { hydratedBlocksHtml } from '../../../src/extract/hydrated-blocks.js';

const P = [
  'The harbour board approved a plan on Monday to dredge the northern channel, which has silted up so badly that larger ferries can no longer use it at low tide.',
  'Work is due to start in the spring and take about eight months. The board said the cost, about 14 million euros, would be shared with the regional government.',
  'Fishermen welcomed the plan but asked that dredging stop during the spawning season, when the disturbed sediment can smother the eggs on the seabed.',
];
const shell = (script: string): string =>
  `<html lang="en"><head><title>Harbour channel to be dredged</title></head><body><div id="app"><header><a href="/">Coast News</a></header><div class="skeleton"></div></div><script>${script}</script></body></html>`;
const arc = (els: unknown[]): string =>
  `window.Fusion=window.Fusion||{};Fusion.globalContent=${JSON.stringify({ type: 'story', content_elements: els })};`;

describe('typed blocks in a hydration state', () => {
  it.each([
    [
      'Arc content_elements, content before type',
      arc(P.map((t, i) => ({ _id: `P${i}`, additional_properties: { comments: [], _id: i }, content: t, type: 'text' }))),
    ],
    [
      'Arc content_elements, type first with keys between, an image and an ad skipped',
      arc([
        { _id: 'A', type: 'text', channels: ['web'], content: P[0] },
        { _id: 'I', type: 'image', caption: 'The northern channel at low tide.' },
        { _id: 'B', type: 'text', content: P[1] },
        { _id: 'X', type: 'custom_embed', embed: { config: { ad: 'mid' } } },
        { _id: 'C', type: 'text', content: P[2] },
      ]),
    ],
    [
      'Editor.js blocks in a Nuxt literal',
      `window.__NUXT__={layout:"default",data:[{blocks:[${P.map((t) => `{type:"paragraph",data:{text:${JSON.stringify(t)}}}`).join(',')}]}]}`,
    ],
  ])('reads %s', (_name, script) => {
    const a = extractArticle(shell(script), 'https://www.coastnews.example.com/harbour/dredging');
    expect(a.body).toBe(P.join('\n\n'));
    expect(a.extractor).toMatch(/fallback:hydration$/);
  });

  it('keeps a block of inline HTML as its text, and a subheading block', () => {
    const html = hydratedBlocksHtml(
      shell(
        arc([
          { type: 'text', content: `${P[0]} <a href="/x">Read the plan</a>.` },
          { type: 'header', level: 2, content: 'What happens next' },
          { type: 'text', content: P[1] },
        ]),
      ),
    );
    expect(html).toBe(`<p>${P[0]} <a href="/x">Read the plan</a>.</p><p>What happens next</p><p>${P[1]}</p>`);
  });

  it.each([
    ['a form field state', '{"fields":[{"type":"text","text":"Email address"},{"type":"text","text":"Your name"}]}'],
    ['one block only', arc([{ type: 'text', content: P.join(' ') }])],
    ['no typed blocks', '{"headline":"Harbour channel to be dredged","body":null}'],
  ])('finds no story in %s', (_name, script) => {
    expect(hydratedBlocksHtml(shell(script))).toBeNull();
  });
});

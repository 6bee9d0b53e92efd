import type { Article } from '../domain.js';
import { PipelineError } from '../errors.js';
import { loadHtml } from './dom.js';
import type { ParentNode } from 'domhandler';
import { cleanPage } from './clean-page.js';
import { genericArticleNodes } from './generic-body.js';
import { blockTexts } from './block-text.js';
import { contentSkip, dropFurniture } from './content-filter.js';

export function extractArticle(html: string, url: string): Article {
  const $ = loadHtml(html);
  const body = ($('body')[0] ?? $.root()[0]) as ParentNode;
  const title = $('title').first().text().trim();
  cleanPage(body);
  const nodes = genericArticleNodes(body);
  if (nodes.length === 0) throw new PipelineError('no_article', `extract: no article in ${url}`);
  const blocks = dropFurniture(blockTexts(nodes, contentSkip(nodes)));
  const text = blocks.join('\n\n');
  return { title, body: text, html: '', authors: [], agency: null, dateline: null, editors: [], site: null, language: null, publishedAt: null, updatedAt: null, canonicalUrl: url, leadImage: null, wordCount: 0, extractor: 'wirehouse/0' };
}

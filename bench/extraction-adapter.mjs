// Adapter for ../shared/tools/score-extraction.mjs: the body wirehouse stores (wire markup
// stripped). Set WIREHOUSE_RAW_BODY=1 to score the body before wire-markup stripping.
import { extractArticle } from '../dist/index.js';

export const name = 'wirehouse';
export default async (html, { url }) => (await extractArticle(html, url)).body;

// Adapter for ../shared/tools/score-extraction.mjs: scores the body wirehouse stores (wire
// credits, datelines and trailers stripped). WIREHOUSE_KEEP_WIRE_MARKUP=1 scores the body
// with them kept, as the benchmark's ground truth keeps them.
import { extractArticle } from '../dist/index.js';

const keepWireMarkup = process.env.WIREHOUSE_KEEP_WIRE_MARKUP === '1';
export const name = keepWireMarkup ? 'wirehouse-keep-wire' : 'wirehouse';
export default async (html, { url }) => (await extractArticle(html, url, { keepWireMarkup })).body;

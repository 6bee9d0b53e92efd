export { extractArticle } from '../dist/index.js';

// PLACEHOLDER — being replaced by the extraction work (issue 4).
import type { Article } from '../domain.js';
import { PipelineError } from '../errors.js';

export function extractArticle(_html: string, _url: string): Article {
  throw new PipelineError('internal', 'extract: extractArticle not implemented yet');
}

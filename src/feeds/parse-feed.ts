// PLACEHOLDER — being replaced by the feed-parsing work (issue 3).
import type { Feed } from '../domain.js';
import { PipelineError } from '../errors.js';

export interface ParseFeedOptions {
  contentType?: string | undefined;
  url?: string | undefined;
}

export function parseFeed(_input: Uint8Array | string, _opts: ParseFeedOptions = {}): Feed {
  throw new PipelineError('internal', 'feeds: parseFeed not implemented yet');
}

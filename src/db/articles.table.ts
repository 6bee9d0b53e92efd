import type { ColumnType, Generated } from 'kysely';

/** `articles`: one extracted, normalized article per canonical URL. */
export interface ArticlesTable {
  id: Generated<number>;
  canonical_url: string;
  url: string;
  url_key: string;
  host: string;
  site: string | null;
  title: string;
  body: string;
  html: string | null;
  authors: string[];
  agency: string | null;
  agencies: ColumnType<string[], string[] | undefined, string[]>;
  sources: ColumnType<string[], string[] | undefined, string[]>;
  dateline_place: string | null;
  dateline_city: string | null;
  dateline_date: ColumnType<string | null, string | null | undefined, string | null>;
  editors: string[];
  language: string | null;
  published_at: Date | null;
  published_precision: 'day' | 'minute' | 'second' | null;
  time_zone_assumed: string | null;
  updated_at: Date | null;
  first_seen_at: Generated<Date>;
  fetched_at: Generated<Date>;
  content_hash: string;
  lead_hash: string | null;
  word_count: number;
  lead_image: string | null;
  extractor: string;
  version: Generated<number>;
  external_id: string | null;
  search: ColumnType<string, never, never>;
  redrive_count: Generated<number>;
  redrive_at: Date | null;
}

/** `raw_pages`: fetched pages kept for replay. */
export interface RawPagesTable {
  id: Generated<number>;
  url: string;
  final_url: string;
  fetched_at: Generated<Date>;
  http_status: number;
  headers: ColumnType<Record<string, string>, string, string>;
  content_type: string | null;
  body_gzip: Buffer;
  body_sha256: string;
  bytes: number;
  article_id: number | null;
  charset: ColumnType<string | null, string | null | undefined, string | null>;
  charset_redetected: ColumnType<string | null, string | null | undefined, string | null>;
}

/** `article_bands`: the near-duplicate lookup index. */
export interface ArticleBandsTable {
  /**
   * int8 band key, written as a decimal string and only compared in SQL. Never select it through
   * this pool: db.ts parses int8 as Number, which would round a 64-bit key.
   */
  band: ColumnType<never, string, never>;
  article_id: number;
  at: Date | null;
}

/**
 * Shared types of the pipeline. This module imports nothing: every stage and the db layer
 * speak these shapes, so it is the one place a field is named.
 */

/** An enclosure (podcast audio, image) attached to a feed item. */
export interface Enclosure {
  url: string;
  type?: string | undefined;
  length?: number | undefined;
}

/** One item of a parsed feed. Dates are `Date` (UTC instants); missing values are undefined. */
export interface FeedItem {
  title?: string | undefined;
  link?: string | undefined;
  /** The item's identity as the feed gives it: guid/id, else link, else a hash of title + date. */
  id: string;
  /**
   * `id`, unique within this parse: an id the feed repeats gets `#2`, `#3` in document order (two
   * items sharing a guid are still two items). What a poll records as the item's guid.
   */
  key: string;
  published?: Date | undefined;
  updated?: Date | undefined;
  author?: string | undefined;
  categories: string[];
  summary?: string | undefined;
  content?: string | undefined;
  enclosures: Enclosure[];
}

/** A parsed feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed), normalized to one shape. */
export interface Feed {
  title?: string | undefined;
  link?: string | undefined;
  description?: string | undefined;
  language?: string | undefined;
  updated?: Date | undefined;
  /** Polling hints the feed itself gives (RSS `ttl`, `sy:updatePeriod`/`sy:updateFrequency`), in seconds. */
  minPollSeconds?: number | undefined;
  items: FeedItem[];
  /** Non-fatal problems met while parsing (an unparseable date, a recovered syntax error). */
  warnings: string[];
}

/** Where and when a wire story was filed, read from its dateline (`MOSCOW, May 15 (Xinhua) --`). */
export interface Dateline {
  /** Place as written (capitals in title case), with its region: "Moscow", "Columbia, S.C.", "北京", "Bogotá". */
  place: string;
  /** Canonical English name of a common dateline city ("北京" and "BEIJING" -> "Beijing"); null if not in the table. */
  city: string | null;
  /** The dateline's calendar date as `YYYY-MM-DD` when it gives one (month/day, year inferred). */
  date: string | null;
}

/** The article record extraction produces from one page. */
export interface Article {
  title: string;
  /** Plain text, paragraphs separated by a blank line; credits, datelines and trailers removed. */
  body: string;
  /** Sanitized HTML of the article body (allowlist). */
  html: string;
  authors: string[];
  /**
   * Canonical names of the agencies credited for the story ("Xinhua", "dpa", "AP", ...), the
   * primary (dateline) credit first; [] when none. Stored as `articles.agency` (the first) and
   * `articles.agencies` (all).
   */
  agency: string[];
  /** Other credited originating outlets, as written (`来源：第一财经日报` -> "第一财经日报"). */
  sources: string[];
  dateline: Dateline | null;
  editors: string[];
  /** Publishing site's name ("People's Daily Online"). */
  site: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  publishedAt: Date | null;
  /** How much of `publishedAt` the page gave: 'day' (stored as that day 00:00 UTC), 'minute' or 'second'. */
  publishedPrecision: 'day' | 'minute' | 'second' | null;
  /** IANA zone a zone-less published time was read in (the site's zone, guessed); null when the page gave the offset. */
  timeZoneAssumed: string | null;
  updatedAt: Date | null;
  canonicalUrl: string;
  leadImage: string | null;
  wordCount: number;
  /** Extractor name and version that produced this record, e.g. "wirehouse/1 rule:en.people.cn". */
  extractor: string;
}

/** How an article came to be in its story. */
export type MergeMethod = 'new' | 'url' | 'body_hash' | 'lead_hash' | 'near_dup';

/** An article's role in its story. */
export type StoryRole = 'original' | 'repost' | 'update';

/**
 * robots.txt per origin (RFC 9309), fetched once and cached in memory. 2xx: obey it; 4xx (incl. 404):
 * no rules, everything allowed (§2.3.1.3); 5xx: treat as "disallow all" for a while (§2.3.1.4).
 * A network failure is not cached and surfaces as the page fetch's own error (dns, timeout ...).
 * A `Crawl-delay` in our group (non-standard, but widely used) raises that host's minimum delay
 * between requests, up to MAX_CRAWL_DELAY_MS.
 */
import robotsParserModule from 'robots-parser';
import { PipelineError } from '../errors.js';

// robots-parser is CommonJS (`module.exports = fn`) but its typings declare a default export:
// take whichever the loader hands us.
type RobotsParser = typeof robotsParserModule.default;
const robotsParser: RobotsParser =
  (robotsParserModule as unknown as { default?: RobotsParser }).default ?? (robotsParserModule as unknown as RobotsParser);

/** What the fetcher gives the cache to download robots.txt (status + decoded text; throws on network errors). */
export type RobotsDownload = (url: string) => Promise<{ status: number; body: Buffer }>;

/** Robots options. */
export interface RobotsOptions {
  /** Obey robots.txt for feed polls too (pages always obey). Default false. */
  forFeeds?: boolean;
  /** Cache lifetime of a fetched robots.txt. Default 1 h. */
  ttlMs?: number;
  /** How long a 5xx robots.txt blocks the origin before we ask again. Default 10 min. */
  errorTtlMs?: number;
  /** Cap on robots.txt size; RFC 9309 §2.5 asks crawlers to parse at least 500 KiB. */
  maxBytes?: number;
}

/**
 * Cap on an honoured Crawl-delay: a site asking for minutes between requests would stall the
 * queue; 30 s keeps us well inside what such sites ask for in practice while staying useful.
 */
export const MAX_CRAWL_DELAY_MS = 30_000;

type Verdict = (url: string) => boolean;
interface Entry {
  verdict: Verdict;
  /** Crawl-delay of our group in ms (capped), or 0. */
  crawlDelayMs: number;
  expiresAt: number;
  /** robots.txt answered 5xx/429: "disallow all" only until it is asked again (the site is down). */
  unreachableStatus?: number;
}

/** An in-memory robots.txt cache keyed by origin, deduplicating concurrent downloads. */
export class RobotsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Entry>>();
  private readonly agentToken: string;

  constructor(
    private readonly download: RobotsDownload,
    userAgent: string,
    private readonly opts: Required<Pick<RobotsOptions, 'ttlMs' | 'errorTtlMs'>>,
    private readonly now: () => number = Date.now,
  ) {
    // Groups match the product token ("wirehouse" of "wirehouse/0.1 (+https://...)"), RFC 9309 §2.2.1.
    this.agentToken = (userAgent.trim().split(/[\s/]/)[0] ?? '*').toLowerCase() || '*';
  }

  /**
   * Throws fetch_robots_disallowed if robots.txt of `url`'s origin disallows it for our agent;
   * otherwise returns the origin's Crawl-delay for us in ms (0 when none).
   */
  async check(url: URL): Promise<{ crawlDelayMs: number }> {
    const entry = await this.entryFor(url.origin);
    if (entry.unreachableStatus !== undefined) {
      // RFC 9309 §2.3.1.4: complete disallow while robots.txt is unreachable. That is a state of
      // the site, not of the page, so the page is retried (a site down for minutes must not lose
      // its pages for good).
      throw new PipelineError(
        'fetch_robots_disallowed',
        `fetch: robots.txt of ${url.origin} answered ${entry.unreachableStatus}; disallowing ${url.href} until it answers`,
        {
          retryable: true,
          retryAfterMs: Math.max(1000, entry.expiresAt - this.now()),
          context: { url: url.href, host: url.host, robotsStatus: entry.unreachableStatus },
        },
      );
    }
    if (!entry.verdict(url.href)) {
      throw new PipelineError('fetch_robots_disallowed', `fetch: robots.txt disallows ${url.href}`, {
        context: { url: url.href, host: url.host },
      });
    }
    return { crawlDelayMs: entry.crawlDelayMs };
  }

  private async entryFor(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > this.now()) return cached;
    let pending = this.inflight.get(origin);
    if (!pending) {
      pending = this.load(origin).finally(() => this.inflight.delete(origin));
      this.inflight.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    let verdict: Verdict;
    let crawlDelayMs = 0;
    let ttl = this.opts.ttlMs;
    let unreachableStatus: number | undefined;
    try {
      const res = await this.download(robotsUrl);
      if (res.status >= 200 && res.status < 300) {
        const robots = robotsParser(robotsUrl, res.body.toString('utf8'));
        // undefined = the URL is on another origin; cannot happen here, allow.
        verdict = (u) => robots.isAllowed(u, this.agentToken) !== false;
        const seconds = Number(robots.getCrawlDelay(this.agentToken) ?? 0);
        crawlDelayMs = Number.isFinite(seconds) && seconds > 0 ? Math.min(Math.round(seconds * 1000), MAX_CRAWL_DELAY_MS) : 0;
      } else if (res.status >= 500 || res.status === 429) {
        verdict = () => false;
        ttl = this.opts.errorTtlMs;
        unreachableStatus = res.status;
      } else {
        verdict = () => true;
      }
    } catch (err) {
      // An oversized robots.txt is the site's problem, not a reason to stop: no rules.
      if ((err as PipelineError).code !== 'fetch_too_large') throw err;
      verdict = () => true;
    }
    const entry: Entry = {
      verdict,
      crawlDelayMs,
      expiresAt: this.now() + ttl,
      ...(unreachableStatus === undefined ? {} : { unreachableStatus }),
    };
    this.entries.set(origin, entry);
    return entry;
  }
}

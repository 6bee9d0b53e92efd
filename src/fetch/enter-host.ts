/**
 * What every hop passes before its request, the first and each redirect alike (a redirect may
 * point anywhere): the SSRF guard on a literal address (names are checked again in the DNS
 * lookup), robots.txt when the fetch honours it, then a slot of the per-host budget, spaced by
 * the site's Crawl-delay when it asks for more.
 */
import { checkLiteralHost, type HostAllowlist } from './address-guard.js';
import { acquireHostSlot, type HostBudget, type HostSlot } from './host-budget.js';
import type { RobotsCache } from './robots-cache.js';

export interface HostGate {
  allow: HostAllowlist;
  budget: HostBudget;
  /** Longest wait for a host slot before fetch_host_busy. */
  maxWaitMs: number;
  /** null: robots.txt is not consulted (robots.txt itself, feeds unless configured, robots off). */
  robots: RobotsCache | null;
}

/** Admits `url` to its host, or throws (fetch_blocked_address, fetch_robots_disallowed, fetch_host_busy). */
export async function enterHost(url: URL, gate: HostGate, signal?: AbortSignal): Promise<HostSlot> {
  checkLiteralHost(url.href, url.hostname, gate.allow);
  const crawl = gate.robots ? await gate.robots.check(url) : null;
  return acquireHostSlot(gate.budget, url.hostname.toLowerCase(), { maxWaitMs: gate.maxWaitMs, signal, minDelayMs: crawl?.crawlDelayMs });
}

/**
 * Times given on the command line (`--since`): an ISO date or time (UTC unless it says
 * otherwise), `now`, `today` and `yesterday` (UTC midnights), or an age: `90m`, `24h`, `7d`, `2w`.
 * Returns null for anything else, so the caller can name the option in its usage error.
 */
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export function parseTime(text: string, now: Date): Date | null {
  const t = text.trim().toLowerCase();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (t === 'now') return new Date(now);
  if (t === 'today') return new Date(midnight);
  if (t === 'yesterday') return new Date(midnight - UNIT_MS.d!);
  const age = /^(\d+)\s*(m|h|d|w)$/.exec(t);
  if (age) return new Date(now.getTime() - Number(age[1]) * UNIT_MS[age[2]!]!);
  // A bare date is a UTC day (Date.parse does so too); a date-time without a zone is taken as UTC, not local.
  if (/^\d{4}-\d{2}-\d{2}([ t]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(t)) {
    const iso = t.length === 10 ? `${t}T00:00:00Z` : `${t.replace(' ', 'T').toUpperCase()}Z`;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  if (/^\d{4}-\d{2}-\d{2}[ t]\d{2}:\d{2}/.test(t)) {
    const d = new Date(t.replace(' ', 'T').toUpperCase());
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

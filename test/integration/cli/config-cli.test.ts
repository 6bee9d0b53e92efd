/**
 * `wirehouse config` run as users run it: the effective configuration with passwords redacted,
 * secrets read from *_FILE (trailing newline dropped), and a clear failure for a bad setup.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cliPath = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'wh-secrets-'));

async function config(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  // A clean environment: only what the test sets (and PATH), so the runner's settings do not leak in.
  try {
    const { stdout, stderr } = await run(process.execPath, [cliPath, 'config'], { env: { PATH: process.env.PATH ?? '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('wirehouse config', () => {
  it('prints the effective configuration with secrets from *_FILE, redacted', async () => {
    const db = join(dir, 'db');
    const pw = join(dir, 'pw');
    writeFileSync(db, 'postgres://wh:db-s3cret@db.internal:5432/wirehouse\n');
    writeFileSync(pw, 'dash-s3cret\n');
    const r = await config({
      DATABASE_URL_FILE: db,
      BASIC_AUTH_USER: 'ops',
      BASIC_AUTH_PASSWORD_FILE: pw,
      LOG_FORMAT: 'text',
      RAW_PAGES_RETENTION_DAYS: '14',
    });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.databaseUrl).toBe('postgres://wh:REDACTED@db.internal:5432/wirehouse');
    expect(c.server.basicAuth).toEqual({ user: 'ops', password: 'REDACTED' });
    expect(c).toMatchObject({
      logFormat: 'text',
      retention: { rawPagesDays: 14, feedFetchesDays: 30 },
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(r.stdout).not.toMatch(/s3cret/);
  });

  it('fails (exit 1) naming the key when a secret file is missing or both forms are set', async () => {
    const missing = await config({ DATABASE_URL_FILE: join(dir, 'nope') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/DATABASE_URL_FILE: cannot read .*nope: ENOENT/);
    const both = await config({ BASIC_AUTH_USER: 'ops', BASIC_AUTH_PASSWORD: 'x', BASIC_AUTH_PASSWORD_FILE: join(dir, 'pw') });
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/BASIC_AUTH_PASSWORD_FILE: set BASIC_AUTH_PASSWORD or BASIC_AUTH_PASSWORD_FILE, not both/);
  });
});

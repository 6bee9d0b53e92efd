/**
 * A new user's first command against a Postgres that is not there (wrong port, not started):
 * the message names Postgres and the address (password redacted) and says what to check.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cliPath = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cliPath, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('Postgres not reachable', () => {
  it.each([['stories'], ['feeds', 'list'], ['feeds', 'poll', '1']])(
    '%s: names Postgres and its address, password redacted',
    async (...args) => {
      const r = await cli(args, { DATABASE_URL: 'postgres://wh:s3cret@127.0.0.1:1/wirehouse', LOG_LEVEL: 'silent' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('wirehouse: postgres at postgres://wh:REDACTED@127.0.0.1:1/wirehouse is not reachable');
      expect(r.stderr).toContain('ECONNREFUSED');
      expect(r.stderr).toContain('DATABASE_URL');
      expect(r.stderr).not.toContain('s3cret');
    },
  );
});

/**
 * File arguments as a new user mistypes them: every command that reads a file answers a missing
 * path (or a directory) with a usage error (exit 2) naming the path, never a raw ENOENT (exit 1).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cliPath = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'wh-file-args-'));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cliPath, ...args], { env: { PATH: process.env.PATH ?? '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('file arguments', () => {
  const missing = join(dir, 'nope.xml');
  it.each([
    ['parse-feed', [missing]],
    ['extract', [missing, '--url', 'https://example.com/a.html']],
    ['import', [missing]],
  ])('%s: a missing file is a usage error naming it', async (cmd, args) => {
    const r = await cli([cmd, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no such file: ${missing}`);
    expect(r.stderr).not.toMatch(/ENOENT/);
  });

  it('a directory is a usage error too', async () => {
    const r = await cli(['parse-feed', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`not a file: ${dir}`);
  });

  it('near miss: an existing file still parses (exit 0)', async () => {
    const feed = join(dir, 'ok.xml');
    writeFileSync(
      feed,
      '<rss version="2.0"><channel><title>T</title><item><title>a</title><link>https://w.example/a</link></item></channel></rss>',
    );
    const r = await cli(['parse-feed', feed]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toHaveLength(1);
  });
});

/**
 * A headless Chromium for the browser tests that comes with `npm ci`: the @sparticuz/chromium
 * package ships the binary brotli-packed inside its tarball (no download at install or run time).
 * Its executablePath() unpacks into os.tmpdir() as a fixed `/tmp/chromium`, which two runs would
 * share half-written and which a later package version would silently reuse; so it is unpacked
 * here into a fresh directory and renamed into place, one directory per package version.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import bundledChromium from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);

/** The installed package's version (its exports map hides package.json, so walk up from its entry). */
function packageVersion(): string {
  for (let dir = dirname(require.resolve('@sparticuz/chromium')); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === '@sparticuz/chromium') return pkg.version;
  }
  throw new Error('@sparticuz/chromium: package.json not found');
}

async function executablePath(): Promise<string> {
  const dir = join(tmpdir(), `wirehouse-chromium-${packageVersion()}`);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(join(tmpdir(), 'wirehouse-chromium-unpack-'));
  const saved = process.env.TMPDIR;
  // the package unpacks into os.tmpdir(), which reads TMPDIR on every call
  process.env.TMPDIR = staging;
  try {
    const unpacked = await bundledChromium.executablePath();
    if (unpacked !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, expected ${staging}`);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  try {
    renameSync(staging, dir);
  } catch (err) {
    // another run renamed its copy first: use that one
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw err;
  }
  return binary;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await executablePath(),
    headless: true,
    args: [...bundledChromium.args, '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * The service's V8 flags (src/cli/node-flags.ts) must reach every way the service is started:
 * V8 reads them only at process start, so a place that drops one silently costs ~10% more CPU
 * per article and nothing else would notice.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_NODE_FLAGS, withServiceNodeFlags } from '../../../src/cli/node-flags.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('service node flags', () => {
  const places: Array<[string, string]> = [
    ['npm start', (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['start']!],
    ["the bin's shebang", read('scripts/postbuild.mjs').match(/#!\/usr\/bin\/env -S [^\\]*/)?.[0] ?? ''],
    ["the Dockerfile's entrypoint", read('Dockerfile').match(/^ENTRYPOINT .*$/m)?.[0] ?? ''],
    ['the systemd unit in docs/operations.md', read('docs/operations.md').match(/^ExecStart=.*$/m)?.[0] ?? ''],
    ["the README's supervisor command", read('README.md').match(/run `node [^`]*dist\/cli\.js start`/)?.[0] ?? ''],
  ];
  for (const [where, command] of places)
    it(`are on ${where}`, () => {
      expect(command).not.toBe('');
      for (const flag of SERVICE_NODE_FLAGS) expect(command).toContain(flag);
    });

  it('are accepted by this Node (V8 drops tuning flags between versions; node then refuses to start)', () => {
    const r = spawnSync(process.execPath, [...SERVICE_NODE_FLAGS, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok');
    expect(r.status).toBe(0);
  });

  it('are added to a forked worker only where missing, and a flag the user gave wins', () => {
    expect(withServiceNodeFlags([])).toEqual([...SERVICE_NODE_FLAGS]);
    expect(withServiceNodeFlags(['--inspect'])).toEqual(['--inspect', ...SERVICE_NODE_FLAGS]);
    const inlining = '--max-inlined-bytecode-size-cumulative=300';
    expect(withServiceNodeFlags(['--max-semi-space-size=64'])).toEqual(['--max-semi-space-size=64', '--no-regexp-tier-up', inlining]);
    expect(withServiceNodeFlags(['--regexp-tier-up'])).toEqual(['--regexp-tier-up', '--max-semi-space-size=32', inlining]);
    expect(withServiceNodeFlags([...SERVICE_NODE_FLAGS])).toEqual([...SERVICE_NODE_FLAGS]);
  });
});

/** `wirehouse ... | head`: a reader that stops early ends the command quietly (exit 0, no EPIPE trace). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

describe('output into a closed pipe', () => {
  it('parse-feed of a big feed piped into head -c 100 exits 0 without an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wh-pipe-'));
    const file = join(dir, 'big.xml');
    const items = Array.from({ length: 20_000 }, (_, i) => `<item><title>Item ${i}</title><link>https://a.example/${i}</link></item>`).join(
      '',
    );
    writeFileSync(file, `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`);
    try {
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${cli}" parse-feed "${file}" | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`],
        { encoding: 'utf8' },
      );
      expect(r.stdout.trim()).toBe('status=0');
      expect(r.stderr).not.toMatch(/EPIPE|Error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

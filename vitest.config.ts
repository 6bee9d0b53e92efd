import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Integration tests share one fresh database per run (created in globalSetup).
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    env: { TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'main', include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'] } },
      // The fault suite kills and restarts servers and processes: it runs after the other tests,
      // not beside them, so their timing checks (politeness gaps) do not feel its load.
      { extends: true, test: { name: 'reliability', include: ['test/reliability/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});

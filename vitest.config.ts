import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    env: { TZ: 'UTC' },
    // Two projects: `unit` needs no services at all (`npm run test:unit` runs with Postgres and Redis
    // down); `integration` talks to the real Postgres and Redis and shares one fresh database per run.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // created once per run, cloned per file (test/helpers/fresh-db.ts)
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
      // The fault suite kills and restarts servers and processes: it runs after the other tests,
      // not beside them, so their timing checks (politeness gaps) do not feel its load.
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

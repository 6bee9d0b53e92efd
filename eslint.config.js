// Lint, including the layering of docs/architecture.md as import rules that fail the build:
// - pure stages never import the database, queues, the network layer, the file system, config or
//   process.env;
// - src/db (the only importer of kysely/pg) imports no stage, no src/fetch, no bullmq/ioredis;
// - bullmq is imported by workers/ only (src/ops may import its types to read queue counts);
// - src/ never imports workers/, except the wiring root src/runtime.ts, which imports the BullMQ
//   runtime (workers/bullmq.ts) and nothing else there; workers/ never import the entry points
//   (cli, service, demo, the wiring root);
// - src/fetch stores nothing and reads no config;
// - unit tests import nothing that needs a running service.
// Every file gets exactly one no-restricted-imports entry (a later flat-config block would replace,
// not extend, an earlier one), so the rooms below have disjoint file sets.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE_STAGES = ['src/feeds/**', 'src/schedule/**', 'src/extract/**', 'src/normalize/**', 'src/dedupe/**', 'src/domain.ts'];

const DB = { group: ['**/db/**', '**/db/*.js', 'kysely', 'kysely/*', 'pg', 'pg-*'], message: 'pure stages must not touch the database' };
const KYSELY_PG = { group: ['kysely', 'kysely/*', 'pg', 'pg-*'], message: 'only src/db talks to Postgres' };
const QUEUES = { group: ['bullmq', 'ioredis', '**/queues.js', '**/workers/**'], message: 'pure stages must not touch queues' };
const IO = {
  group: [
    '**/fetch/**',
    'undici',
    'node:http',
    'node:https',
    'node:net',
    'node:dns',
    'node:fs',
    'node:fs/*',
    'fs',
    'fs/*',
    'net',
    'http',
    'https',
  ],
  message: 'pure stages must not do I/O',
};
const CONFIG = { group: ['**/config.js'], message: 'take options, do not read config' };
// `import type` passes: src/db implements the store interfaces a stage declares (dedupe's StoryStore).
const STAGES = {
  group: ['**/feeds/**', '**/extract/**', '**/normalize/**', '**/dedupe/**', '**/schedule/**'],
  allowTypeImports: true,
  message: 'src/db imports no stage (types only): a stage that needs storage defines a small store interface that src/db implements',
};
const FETCH = { group: ['**/fetch/**', 'undici'], message: 'src/db does no HTTP' };
const BULLMQ = { group: ['bullmq'], message: 'only workers/ (the BullMQ runtime and jobs) import bullmq' };
const BULLMQ_IOREDIS = { group: ['bullmq', 'ioredis'], message: 'src/db knows nothing of queues or Redis' };
const WORKERS = { group: ['**/workers/**'], message: 'src/ never imports workers/: put shared logic in src/ and let workers/ import it' };

const DB_ROOM = {
  group: ['**/db/**', 'kysely', 'kysely/*', 'pg', 'pg-*'],
  message: "src/fetch does HTTP only; storing is the caller's job",
};
// the entry points wire jobs together; a job that imported one would close a loop
const ENTRY_POINTS = {
  group: ['**/src/cli/**', '**/src/cli.js', '**/src/service.js', '**/src/demo/**', '**/src/runtime.js'],
  message: 'workers/ sit below the entry points (cli, service, demo) and the wiring root, and never import them',
};

// Row types stay inside src/db: repositories return camelCase objects (StoredFeed, FeedHealth,
// StoryOverview); the CLI maps them back to the views' names where its JSON prints them.
const ROW_TYPES = {
  group: ['**/db/*.table.js'],
  message: 'row types stay inside src/db: take the camelCase object the repository returns',
};

const restrict = (...patterns) => ['error', { patterns }];

// The wiring root: the one src/ file that imports workers/ (the BullMQ runtime), so that every
// entry point builds its process the same way. Nothing else in src/ may.
const WIRING_ROOT = 'src/runtime.ts';

const srcRest = { files: ['src/**'], ignores: ['src/db/**', 'src/fetch/**', 'src/ops/**', 'src/app/**', ...PURE_STAGES, WIRING_ROOT] };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      // the typescript-eslint version knows `import type` (allowTypeImports below)
      'no-restricted-imports': 'off',
    },
  },
  {
    files: PURE_STAGES,
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(DB, QUEUES, IO, CONFIG),
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'pure stages must not read process.env' },
        { name: 'fetch', message: 'pure stages must not do I/O' },
      ],
    },
  },
  {
    files: ['src/db/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(STAGES, FETCH, BULLMQ_IOREDIS, WORKERS, CONFIG) },
  },
  {
    // HTTP; the Redis host budget takes an ioredis client that the wiring passes in
    files: ['src/fetch/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(DB_ROOM, BULLMQ, WORKERS, CONFIG) },
  },
  {
    // The ops room reads queue counts, so it may name BullMQ's types; the queues themselves are passed in.
    files: ['src/ops/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, ROW_TYPES, { ...BULLMQ, allowTypeImports: true }, WORKERS) },
  },
  {
    // The use-cases sit below every entry point: the jobs, the CLI and the demo call them.
    files: ['src/app/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, ROW_TYPES, BULLMQ, WORKERS, {
        group: ['../cli/**', '../cli.js', '../service.js', '../demo/**', '../runtime.js', '../ops/**', '../server.js'],
        message: 'use-cases are called by the entry points and jobs, never the other way',
      }),
    },
  },
  {
    files: [WIRING_ROOT],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, ROW_TYPES, BULLMQ, {
        group: ['**/workers/**', '!**/workers/bullmq.js'],
        message: 'the wiring root imports the BullMQ runtime (workers/bullmq.ts) only; jobs are registered there',
      }),
    },
  },
  {
    ...srcRest,
    rules: { '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, ROW_TYPES, BULLMQ, WORKERS) },
  },
  {
    files: ['workers/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, ROW_TYPES, ENTRY_POINTS) },
  },
  {
    // `npm run test:unit` runs with no Postgres or Redis: unit tests import nothing that needs one.
    files: ['test/unit/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict({
        group: [
          'kysely',
          'kysely/*',
          'pg',
          'bullmq',
          'ioredis',
          '**/src/db/**',
          '**/workers/**',
          '**/helpers/fresh-db.js',
          '**/helpers/service-env.js',
          '**/helpers/cli-process.js',
        ],
        message: 'unit tests use no services: put this test in test/integration',
      }),
    },
  },
  {
    // Migrations take Kysely<any> on purpose: they are frozen in time and never import app types.
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Only config.ts reads the environment.
    files: ['src/**', 'workers/**'],
    ignores: ['src/config.ts', 'src/cli/service-commands.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read config from src/config.ts' }] },
  },
);

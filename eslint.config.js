// Lint, including the layering of docs/architecture.md as import rules that fail the build:
// - pure stages never import the database, queues, the network layer, the file system, config or
//   process.env;
// - src/db (the only importer of kysely/pg) imports no stage, no src/fetch, no bullmq/ioredis;
// - bullmq is imported by workers/ only (src/ops may import its types to read queue counts);
// - src/ never imports workers/ (existing exceptions below, each a TODO of issue 13), and
//   workers/ never import the entry points (cli, service, demo);
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
  group: ['**/fetch/**', 'undici', 'node:http', 'node:https', 'node:net', 'node:dns', 'node:fs', 'node:fs/*', 'fs', 'fs/*', 'net', 'http', 'https'],
  message: 'pure stages must not do I/O',
};
const CONFIG = { group: ['**/config.js'], message: 'take options, do not read config' };
// `import type` passes: src/db implements the store interfaces a stage declares (dedupe's StoryStore).
const STAGES = { group: ['**/feeds/**', '**/extract/**', '**/normalize/**', '**/dedupe/**', '**/schedule/**'], allowTypeImports: true, message: 'src/db imports no stage (types only): a stage that needs storage defines a small store interface that src/db implements' };
const FETCH = { group: ['**/fetch/**', 'undici'], message: 'src/db does no HTTP' };
const BULLMQ = { group: ['bullmq'], message: 'only workers/ (the BullMQ runtime and jobs) import bullmq' };
const BULLMQ_IOREDIS = { group: ['bullmq', 'ioredis'], message: 'src/db knows nothing of queues or Redis' };
const WORKERS = { group: ['**/workers/**'], message: 'src/ never imports workers/: put shared logic in src/ and let workers/ import it' };

const DB_ROOM = { group: ['**/db/**', 'kysely', 'kysely/*', 'pg', 'pg-*'], message: 'src/fetch does HTTP only; storing is the caller\'s job' };
// the entry points wire jobs together; a job that imported one would close a loop
const ENTRY_POINTS = { group: ['**/src/cli/**', '**/src/cli.js', '**/src/service.js', '**/src/demo/**'], message: 'workers/ sit below the entry points (cli, service, demo) and never import them' };

const restrict = (...patterns) => ['error', { patterns }];

/**
 * src/ files that import workers/ today. TODO(issue 13): move the use-cases (add-feed, backfill,
 * replay, import-articles), the Deps/Observer types, observed-fetcher and the runtime wiring out of
 * workers/ into src/, then delete these exceptions. Each file may import only the workers modules
 * it imports now, so any NEW src -> workers import still fails the build.
 */
const WORKERS_EXCEPTIONS = {
  'src/service.ts': ['runtime'],
  'src/cli/data-commands.ts': ['import-articles', 'replay', 'backfill'],
  'src/cli/ops-commands.ts': ['runtime'],
  'src/cli/runtime.ts': ['runtime'],
  'src/cli/service-commands.ts': ['runtime'],
  'src/cli/feed-commands.ts': ['add-feed', 'poll-feed'],
  'src/cli/retention-commands.ts': ['prune'],
};
const workersExcept = (allowed) => ({ group: ['**/workers/**', ...allowed.map((m) => `!**/workers/${m}.js`)], message: WORKERS.message });

const srcRest = { files: ['src/**'], ignores: ['src/db/**', 'src/fetch/**', 'src/ops/**', ...PURE_STAGES, ...Object.keys(WORKERS_EXCEPTIONS)] };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', structuredClone: 'readonly', performance: 'readonly', fetch: 'readonly', setImmediate: 'readonly' } },
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
      'no-restricted-globals': ['error', { name: 'process', message: 'pure stages must not read process.env' }, { name: 'fetch', message: 'pure stages must not do I/O' }],
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
    ignores: Object.keys(WORKERS_EXCEPTIONS),
    rules: { '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, { ...BULLMQ, allowTypeImports: true }, WORKERS) },
  },
  ...Object.entries(WORKERS_EXCEPTIONS).map(([file, allowed]) => ({
    files: [file],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, { ...BULLMQ, allowTypeImports: file.startsWith('src/ops/') }, workersExcept(allowed)),
    },
  })),
  {
    ...srcRest,
    rules: { '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, BULLMQ, WORKERS) },
  },
  {
    files: ['workers/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(KYSELY_PG, ENTRY_POINTS) },
  },
  {
    // `npm run test:unit` runs with no Postgres or Redis: unit tests import nothing that needs one.
    files: ['test/unit/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        { group: ['kysely', 'kysely/*', 'pg', 'bullmq', 'ioredis', '**/src/db/**', '**/workers/**', '**/helpers/fresh-db.js', '**/helpers/service-env.js', '**/helpers/cli-process.js'], message: 'unit tests use no services: put this test in test/integration' },
      ),
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

// Lint, including the dependency-direction rules of STYLE.md: pure stages never import the
// database, queues, the network layer, config or process.env; only src/db talks to Postgres.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PURE_STAGES = ['src/feeds/**', 'src/schedule/**', 'src/extract/**', 'src/normalize/**', 'src/dedupe/**', 'src/domain.ts'];

const noIoImports = {
  patterns: [
    { group: ['**/db/**', '**/db/*.js', 'kysely', 'kysely/*', 'pg', 'pg-*'], message: 'pure stages must not touch the database' },
    { group: ['bullmq', 'ioredis', '**/queues.js', '**/workers/**'], message: 'pure stages must not touch queues' },
    { group: ['**/fetch/**', 'undici', 'node:http', 'node:https', 'node:net', 'node:dns'], message: 'pure stages must not do I/O' },
    { group: ['**/config.js'], message: 'pure stages take options, they do not read config' },
  ],
};

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
    },
  },
  {
    files: PURE_STAGES,
    rules: {
      'no-restricted-imports': ['error', noIoImports],
      'no-restricted-globals': ['error', { name: 'process', message: 'pure stages must not read process.env' }, { name: 'fetch', message: 'pure stages must not do I/O' }],
    },
  },
  {
    // Only src/db (and migrations, which use Kysely<any>) may import kysely or pg.
    files: ['src/**', 'workers/**'],
    ignores: ['src/db/**', ...PURE_STAGES],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'pg', message: 'only src/db talks to Postgres' }], patterns: [{ group: ['kysely', 'kysely/*'], message: 'only src/db talks to Postgres' }] }],
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

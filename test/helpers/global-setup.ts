/**
 * Once per test run: create a fresh template database with all migrations applied (their errors
 * checked), and drop it and every per-file copy afterwards. Test files clone it (fresh-db.ts).
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { createDb, dropDatabase, ensureDatabase } from '../../src/db/db.js';
import { migrateToLatest } from '../../src/db/migrate.js';

const serverUrl = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';

declare module 'vitest' {
  export interface ProvidedContext {
    dbServer: string;
    runId: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const templateDb = `wh_test_${runId}_tpl`;
  const url = `${serverUrl}/${templateDb}`;
  try {
    await ensureDatabase(url);
  } catch (err) {
    // say what is missing: a newcomer without Postgres sees this first
    throw new Error(
      `integration tests need Postgres at ${serverUrl} (set TEST_DATABASE_SERVER) and Redis at 127.0.0.1:6379; \`npm run test:unit\` needs neither`,
      { cause: err },
    );
  }
  const db = createDb(url, { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  project.provide('dbServer', serverUrl);
  project.provide('runId', runId);
  project.provide('templateDb', templateDb);
  return async () => {
    const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `wh_test_${runId}_%`,
    ]);
    await client.end();
    for (const r of rows) if (r.datname !== templateDb) await dropDatabase(`${serverUrl}/${r.datname}`);
    await dropDatabase(url);
  };
}

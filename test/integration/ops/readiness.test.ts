/**
 * Readiness when a dependency is down (Redis on a closed port, a database that does not exist),
 * and basic auth on everything except /healthz. These services run no workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opsRoutes } from '../../../src/ops/routes.js';
import { startService, type Service } from '../../../src/service.js';
import { freshEnv, type TestEnv } from '../../helpers/fresh-db.js';
import { testConfig } from '../../helpers/service-env.js';
import { get } from './ops-stack.js';
import { parseExposition } from './prom-text.js';

interface Ready {
  status: string;
  checks: { name: string; ok: boolean; detail?: string }[];
}

let env: TestEnv;
const running: Service[] = [];

async function serve(extra: Record<string, string>): Promise<Service> {
  const ops = opsRoutes();
  const svc = await startService(testConfig(env, extra), { roles: [], http: true, routes: ops.routes });
  running.push(svc);
  return svc;
}

async function readiness(svc: Service): Promise<{ status: number; body: Ready }> {
  const res = await get(`${svc.http!.url}/readyz`);
  return { status: res.status, body: (await res.json()) as Ready };
}

beforeAll(async () => {
  env = await freshEnv();
});

afterAll(async () => {
  // A service whose Redis never answered cannot close its connections gracefully; don't wait forever.
  await Promise.all(running.map((s) => Promise.race([s.close(), new Promise((r) => setTimeout(r, 3000))])));
  await env?.cleanup();
});

describe('/readyz with a dependency down', () => {
  it('is 503 with the redis check failing when Redis is unreachable', async () => {
    const svc = await serve({ REDIS_URL: 'redis://127.0.0.1:1' });
    const { status, body } = await readiness(svc);
    expect(status).toBe(503);
    expect(body.status).toBe('not ready');
    expect(body.checks.find((c) => c.name === 'redis')).toMatchObject({ ok: false });
    expect(body.checks.find((c) => c.name === 'postgres')).toMatchObject({ ok: true });
    // /healthz still answers: the process is up
    expect((await get(`${svc.http!.url}/healthz`)).status).toBe(200);
    // the status page still renders and says which source it could not read
    const html = await (await get(`${svc.http!.url}/`)).text();
    expect(html).toMatch(/Cannot read:.*redis/s);
    // /metrics still answers, counting the failed read instead of hanging the scrape
    const metrics = await get(`${svc.http!.url}/metrics`);
    expect(metrics.status).toBe(200);
    const prom = parseExposition(await metrics.text());
    expect(prom.sum('wirehouse_metrics_collect_errors_total', { source: 'redis' })).toBe(1);
    expect(prom.sum('wirehouse_metrics_collect_errors_total', { source: 'postgres' })).toBe(0);
    expect(prom.sum('wirehouse_articles')).toBe(0);
  }, 20_000);

  it('is 503 with the postgres check failing when the database does not exist', async () => {
    const missing = new URL(env.databaseUrl);
    missing.pathname = `/${missing.pathname.slice(1)}_missing`;
    const svc = await serve({ DATABASE_URL: missing.toString() });
    const { status, body } = await readiness(svc);
    expect(status).toBe(503);
    expect(body.checks.find((c) => c.name === 'postgres')).toMatchObject({ ok: false });
    expect(body.checks.find((c) => c.name === 'migrations')).toMatchObject({ ok: false });
    expect(body.checks.find((c) => c.name === 'redis')).toMatchObject({ ok: true });
  }, 20_000);

  it('is 200 when everything is there', async () => {
    const svc = await serve({});
    const { status, body } = await readiness(svc);
    expect(status).toBe(200);
    expect(body.checks.every((c) => c.ok)).toBe(true);
  });
});

describe('basic auth', () => {
  const auth = { user: 'ops', password: 'pä:ss' };

  it('guards the dashboard, status page, metrics and readiness, but not /healthz', async () => {
    const svc = await serve({ BASIC_AUTH_USER: auth.user, BASIC_AUTH_PASSWORD: auth.password });
    const base = svc.http!.url;
    expect((await get(`${base}/healthz`)).status).toBe(200);
    for (const path of ['/', '/metrics', '/queues', '/queues/api/queues', '/readyz']) {
      const anonymous = await get(`${base}${path}`);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.headers.get('www-authenticate'), path).toMatch(/^Basic realm="wirehouse"/);
      expect((await get(`${base}${path}`, { user: auth.user, password: 'wrong' })).status, path).toBe(401);
      expect((await get(`${base}${path}`, { user: 'other', password: auth.password })).status, path).toBe(401);
      expect((await get(`${base}${path}`, auth)).status, path).toBe(200);
    }
  });
});

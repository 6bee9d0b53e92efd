/**
 * docker-compose.yml, the Dockerfile and the monitoring files, checked without Docker or a compose
 * client: the file is validated against the Compose Specification's JSON schema (shipped in the
 * dclint npm package), the cross-references `docker compose config` would resolve are checked here,
 * and the parts users rely on are asserted. The Grafana dashboard may only query series that
 * wirehouse exports.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DCLinter } from 'dclint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMetrics } from '../../../src/ops/metrics.js';
import { ROOT } from './ops-stack.js';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes_from?: string[];
  profiles?: string[];
  volumes?: string[];
  ports?: string[];
}

const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const svc = (name: string): Service => {
  const s = compose.services[name];
  if (!s) throw new Error(`no service ${name}`);
  return s;
};
const flat = (t: string[] | string | undefined): string => (Array.isArray(t) ? t.join(' ') : (t ?? ''));

/**
 * Schema errors plus dclint's correctness rules (duplicate published ports or container names,
 * ports bound to no interface, the obsolete `version` key). Its ordering and quoting-style rules
 * are off: they are taste, and the formatter's business.
 */
const STYLE_RULES = [
  'no-build-and-image', // build + image tags the built image; intended here
  'require-project-name-field',
  'require-quotes-in-ports',
  'service-container-name-regex',
  'service-dependencies-alphabetical-order',
  'service-keys-order',
  'service-ports-alphabetical-order',
  'services-alphabetical-order',
  'top-level-properties-order',
];
function composeProblems(file: string): string[] {
  const linter = new DCLinter({
    rules: Object.fromEntries(STYLE_RULES.map((r) => [r, 0])),
    quiet: true,
    debug: false,
    exclude: [],
    formatter: 'json',
  });
  // dclint's .d.ts files use extensionless imports that NodeNext resolution cannot follow, so the result is typed here
  const results: { messages: { rule: string; message: string }[] }[] = linter.lintFiles([file], false);
  return results.flatMap((r) => r.messages.map((m) => `${m.rule}: ${m.message}`));
}

/** What `docker compose config` resolves beyond the schema: references between services and well-formed ${VAR} interpolation. */
function referenceProblems(text: string): string[] {
  const doc = parse(text, { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
  const problems: string[] = [];
  for (const [name, s] of Object.entries(doc.services)) {
    for (const dep of [...Object.keys(s.depends_on ?? {}), ...(s.volumes_from ?? [])]) {
      const target = doc.services[dep];
      if (!target) problems.push(`${name} depends on unknown service ${dep}`);
      // compose refuses to start a service whose dependency is switched off by a profile it lacks
      else if (target.profiles && !target.profiles.some((p) => s.profiles?.includes(p)))
        problems.push(`${name} depends on ${dep}, which only runs in profile ${target.profiles.join(',')}`);
    }
  }
  // $$ is a literal dollar; every other $ starts ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?err}, ${NAME:+alt} or $NAME
  const stripped = text.replace(/^\s*#.*$/gm, '').replace(/\$\$/g, '');
  for (const m of stripped.matchAll(/\$(\{[^}]*\}?|[^{]?)/g)) {
    if (!/^(\{[A-Za-z_][A-Za-z0-9_]*(:?[-?+][^}]*)?\}|[A-Za-z_])/.test(m[1]!)) problems.push(`bad interpolation ${m[0]}`);
  }
  return problems;
}

describe('docker-compose.yml', () => {
  it('is a valid Compose file: the Compose Specification schema and the correctness rules', () => {
    expect(composeProblems(join(ROOT, 'docker-compose.yml'))).toEqual([]);
  });

  it('the checks catch a misspelt key, a wrong dependency condition, a dangling or profile-only dependency, a port published twice and a broken ${VAR}', () => {
    const good = read('docker-compose.yml');
    const dir = mkdtempSync(join(tmpdir(), 'wh-compose-'));
    try {
      const check = (text: string): string[] => {
        writeFileSync(join(dir, 'docker-compose.yml'), text);
        return [...composeProblems(join(dir, 'docker-compose.yml')), ...referenceProblems(text)];
      };
      // a mutation that matches nothing would pass the good file off as broken: refuse it
      const mutate = (from: string | RegExp, to: string): string => {
        const bad = good.replace(from, to);
        if (bad === good) throw new Error(`mutation ${String(from)} matches nothing in docker-compose.yml`);
        return bad;
      };
      expect(check(good)).toEqual([]);
      expect(check(mutate(/^( {4}restart: .no.)$/m, '$1\n    helthcheck: {}')).join()).toMatch(/invalid-schema/);
      expect(check(mutate('condition: service_completed_successfully', 'condition: service_completed')).join()).toMatch(/invalid-schema/);
      expect(
        check(mutate(/\n {6}redis:\n {8}condition: service_healthy/, '\n      cache:\n        condition: service_healthy')).join(),
      ).toMatch(/unknown service cache/);
      expect(
        check(mutate(/\n {6}redis:\n {8}condition: service_healthy/, '\n      prometheus:\n        condition: service_healthy')).join(),
      ).toMatch(/only runs in profile monitoring/);
      expect(check(mutate('${LOG_LEVEL:-info}', '${LOG LEVEL}')).join()).toMatch(/bad interpolation/);
      expect(check(mutate(/(["'])127\.0\.0\.1:3001:3000\1/, '"127.0.0.1:9090:3000"')).join()).toMatch(/no-duplicate-exported-ports/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every dependency exists and runs in the profiles of its dependants; interpolation is well formed', () => {
    expect(referenceProblems(read('docker-compose.yml'))).toEqual([]);
  });

  it('runs Postgres 15 and Redis 7 with noeviction, both with healthchecks and volumes', () => {
    expect(svc('postgres').image).toMatch(/^postgres:15/);
    expect(flat(svc('postgres').healthcheck?.test)).toMatch(/pg_isready/);
    expect(svc('postgres').volumes).toContain('pgdata:/var/lib/postgresql/data');
    // Analysts psql from the host: published on the loopback only; shared_buffers set as README advises.
    expect(svc('postgres').ports?.[0]).toMatch(/^127\.0\.0\.1:.*:5432$/);
    expect(flat(svc('postgres').command)).toMatch(/shared_buffers=/);
    expect(svc('redis').image).toMatch(/^redis:7/);
    expect(flat(svc('redis').command)).toMatch(/--maxmemory-policy noeviction/);
    expect(flat(svc('redis').healthcheck?.test)).toMatch(/redis-cli ping/);
    expect(svc('redis').volumes).toContain('redisdata:/data');
  });

  it('migrates once before the service starts', () => {
    const migrate = svc('migrate');
    expect(migrate.build).toBeDefined();
    expect(flat(migrate.command)).toBe('migrate');
    expect(migrate.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(svc('wirehouse').depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(svc('wirehouse').depends_on?.redis?.condition).toBe('service_healthy');
  });

  it('runs `start` on 0.0.0.0 inside the container, published on the host loopback, ready by /readyz', () => {
    const w = svc('wirehouse');
    expect(flat(w.command)).toBe('start');
    expect(w.environment?.HOST).toBe('0.0.0.0');
    expect(w.environment?.DATABASE_URL).toMatch(/@postgres:5432\/wirehouse$/);
    expect(w.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(w.ports?.[0]).toMatch(/^127\.0\.0\.1:.*:3000$/);
    expect(flat(w.healthcheck?.test)).toMatch(/\/readyz/);
  });

  it('puts Prometheus and Grafana in the monitoring profile, with provisioning mounted', () => {
    for (const name of ['prometheus', 'grafana']) expect(svc(name).profiles).toEqual(['monitoring']);
    for (const name of ['postgres', 'redis', 'migrate', 'wirehouse']) expect(svc(name).profiles).toBeUndefined();
    expect(svc('prometheus').volumes).toContain('./ops/prometheus.yml:/etc/prometheus/prometheus.yml:ro');
    expect(svc('grafana').volumes).toContain('./ops/grafana/provisioning:/etc/grafana/provisioning:ro');
    expect(svc('grafana').volumes).toContain('./ops/grafana/dashboards:/var/lib/grafana/dashboards:ro');
  });

  it('declares every named volume it mounts', () => {
    const named = Object.values(compose.services)
      .flatMap((s) => s.volumes ?? [])
      .map((v) => v.split(':')[0]!)
      .filter((v) => !v.startsWith('.') && !v.startsWith('/'));
    expect(named.length).toBeGreaterThan(0);
    for (const v of named) expect(Object.keys(compose.volumes), v).toContain(v);
  });
});

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  it('builds on node:20 in two stages, prunes dev dependencies, runs as a non-root user', () => {
    expect(text.match(/^FROM node:20\S*/gm)).toHaveLength(2);
    expect(text).toMatch(/^RUN npm ci\b/m);
    expect(text).toMatch(/npm run build && npm prune --omit=dev/);
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(
      /^ENTRYPOINT \["node", "--max-semi-space-size=32", "--no-regexp-tier-up", "--max-inlined-bytecode-size-cumulative=300", "dist\/cli\.js"\]$/m,
    );
  });

  it('ships feeds/ and puts `wirehouse` on PATH', () => {
    expect(text).toMatch(/^COPY .*\bfeeds \.\/feeds$/m);
    expect(text).toMatch(/^RUN ln -s \/app\/dist\/cli\.js \/usr\/local\/bin\/wirehouse$/m);
    // The symlink is made before dropping to the unprivileged user.
    expect(text.indexOf('ln -s /app/dist/cli.js')).toBeLessThan(text.lastIndexOf('USER node'));
  });
});

describe('npm package', () => {
  it('includes what `wirehouse demo` and `feeds import feeds/default.opml` need (npm pack --dry-run)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const f of [
      'dist/cli.js',
      'dist/index.js',
      'dist/src/demo/demo.js',
      'dist/migrations/index.js',
      'feeds/default.opml',
      'demo/site/xinhua/world.xml',
      'demo/site/people/world.xml',
      'README.md',
      'docs/operations.md',
    ]) {
      expect(files, f).toContain(f);
    }
    expect([...files].filter((f) => f.startsWith('test/') || f.startsWith('src/'))).toEqual([]);
  });
});

describe('monitoring files', () => {
  it('Prometheus scrapes the wirehouse service at /metrics', () => {
    const prom = parse(read('ops/prometheus.yml')) as {
      scrape_configs: { metrics_path: string; static_configs: { targets: string[] }[] }[];
    };
    const job = prom.scrape_configs[0]!;
    expect(job.metrics_path).toBe('/metrics');
    expect(job.static_configs[0]!.targets).toEqual(['wirehouse:3000']);
  });

  it('Grafana provisions the Prometheus data source and the dashboard folder', () => {
    const ds = parse(read('ops/grafana/provisioning/datasources/prometheus.yml')) as { datasources: { uid: string; url: string }[] };
    expect(ds.datasources[0]).toMatchObject({ uid: 'prometheus', url: 'http://prometheus:9090' });
    const dash = parse(read('ops/grafana/provisioning/dashboards/wirehouse.yml')) as { providers: { options: { path: string } }[] };
    expect(dash.providers[0]!.options.path).toBe('/var/lib/grafana/dashboards');
  });

  it('Prometheus loads the alert rules, and starts even when wirehouse is unhealthy', () => {
    const prom = parse(read('ops/prometheus.yml')) as { rule_files: string[] };
    expect(prom.rule_files).toEqual(['/etc/prometheus/alerts.yml']);
    expect(svc('prometheus').volumes).toContain('./ops/alerts.yml:/etc/prometheus/alerts.yml:ro');
    expect(svc('prometheus').depends_on?.wirehouse?.condition).toBe('service_started');
  });

  it('alert rules cover the outages an operator must hear about, on series wirehouse exports', async () => {
    const rules = parse(read('ops/alerts.yml')) as {
      groups: { rules: { alert: string; expr: string; annotations: { summary: string } }[] }[];
    };
    const all = rules.groups.flatMap((g) => g.rules);
    expect(all.map((r) => r.alert)).toEqual([
      'WirehouseDown',
      'WirehouseNoArticleStored',
      'WirehouseFeedsFailing',
      'WirehouseQueueBacklog',
      'WirehouseDedupeErrors',
    ]);
    const exported = new Set((await createMetrics().registry.getMetricsAsJSON()).map((m) => m.name));
    for (const r of all) {
      expect(r.annotations.summary, r.alert).toBeTruthy();
      for (const name of r.expr.match(/\bwirehouse_[a-z0-9_]+/g) ?? []) expect(exported, `${r.alert}: ${name}`).toContain(name);
    }
  });

  it('the Grafana dashboard queries only series wirehouse exports', async () => {
    const dashboard = JSON.parse(read('ops/grafana/dashboards/wirehouse.json')) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const exported = new Set<string>();
    for (const m of await createMetrics().registry.getMetricsAsJSON()) {
      exported.add(m.name);
      if (String(m.type) === 'histogram') for (const s of ['_bucket', '_sum', '_count']) exported.add(m.name + s);
    }
    const used = dashboard.panels
      .flatMap((p) => p.targets ?? [])
      .flatMap((t) => t.expr.match(/\b(?:wirehouse|process|nodejs)_[a-z0-9_]+/g) ?? []);
    expect(used.length).toBeGreaterThan(20);
    for (const name of used) expect(exported, name).toContain(name);
  });
});

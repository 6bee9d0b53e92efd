/** Runs the naive pipeline (naive-pipeline.ts) as its own process on a fresh database. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase } from '../../src/db/db.js';
import { cpuMs, peakRssMb } from './proc-stats.js';

export interface NaiveResult {
  articles: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** Over the second half of the stored articles, the process warm (as ScenarioResult's). */
  articlesPerSecondSecondHalf: number;
  cpuMsPerArticle: number;
  peakRssMb: number;
}

export async function runNaiveRound(pgServer: string, feedUrls: string[]): Promise<NaiveResult> {
  const url = `${pgServer}/wh_bench_naive_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url);
  try {
    const dir = import.meta.dirname;
    const child = spawn(process.execPath, ['--import', join(dir, 'localhost-dns.js'), join(dir, 'naive-pipeline.js'), url, ...feedUrls], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let cpu = 0,
      rss = 0;
    child.stdout.on('data', (d: Buffer) => {
      // The last reading before it exits: the script prints its result just before ending.
      cpu = cpuMs(child.pid!) ?? cpu;
      rss = peakRssMb(child.pid!) ?? rss;
      out += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    if (code !== 0) throw new Error(`naive pipeline exited ${code}`);
    const r = JSON.parse(out.trim().split('\n').pop()!) as {
      articles: number;
      failed: number;
      ms: number;
      secondHalfPerSecond: number;
    };
    return {
      articles: r.articles,
      failed: r.failed,
      seconds: r.ms / 1000,
      articlesPerSecond: r.articles / (r.ms / 1000),
      articlesPerSecondSecondHalf: r.secondHalfPerSecond,
      cpuMsPerArticle: cpu / r.articles,
      peakRssMb: Math.round(rss),
    };
  } finally {
    await dropDatabase(url);
  }
}

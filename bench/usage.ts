/**
 * `--help` for the bench entry points: prints the usage block of the file's doc comment and exits
 * before anything runs (a bench run takes minutes and overwrites bench/results.json, so a user
 * asking for help must never start one).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when argv asks for help; then the doc comment of `moduleUrl`'s TypeScript source is printed. */
export function printedHelp(argv: readonly string[], moduleUrl: string): boolean {
  if (!argv.includes('--help') && !argv.includes('-h')) return false;
  // dist/bench/x.js -> bench/x.ts (the doc comment lives in the source; tsc drops nothing else we need).
  const path = fileURLToPath(moduleUrl).replace(/\/dist\/bench\/([^/]+)\.js$/, '/bench/$1.ts');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = readFileSync(fileURLToPath(moduleUrl), 'utf8');
  }
  const doc = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  console.log(
    doc
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n')
      .trim(),
  );
  return true;
}

// tsc keeps the source tree under dist/ (dist/src, dist/workers, dist/migrations), but the
// package's public entry points are dist/index.js and dist/cli.js: write the two thin shims.
import { writeFileSync, chmodSync } from 'node:fs';

writeFileSync('dist/index.js', "export * from './src/index.js';\n");
writeFileSync('dist/index.d.ts', "export * from './src/index.js';\n");
// The bin runs with the service's V8 flags (src/cli/node-flags.ts; `env -S` splits them).
writeFileSync(
  'dist/cli.js',
  "#!/usr/bin/env -S node --max-semi-space-size=32 --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=300\nimport './src/cli.js';\n",
);
chmodSync('dist/cli.js', 0o755);

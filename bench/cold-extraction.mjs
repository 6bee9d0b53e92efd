// A fresh process's extraction cost (issue 16, warm-up): CPU ms of the import, of the first page,
// per page of the first pass over the 60 extraction dev pages, and per page of a warm pass (the
// median of passes 2-5). Every service process pays the first pass's excess once; run it in new
// processes, interleaved with the other build, e.g.
//   for i in 1 2 3 4 5 6; do node bench/cold-extraction.mjs ../base/dist; node bench/cold-extraction.mjs dist; done
// The argument is the dist folder to load (default: this checkout's dist).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? 'dist');
const dir = resolve(process.env.WIREHOUSE_EXTRACTION_DATA ?? '../shared/data/extraction-dev');
const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const pages = Object.entries(truth).map(([id, v]) => ({
  url: v.url,
  html: gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString(),
}));
const cpuMs = (since) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

let since = process.cpuUsage();
const { extractArticle } = await import(pathToFileURL(`${dist}/src/extract/extract-article.js`).href);
const importMs = cpuMs(since);
const passes = [];
let firstPageMs = 0;
for (let pass = 0; pass < 5; pass++) {
  since = process.cpuUsage();
  for (let i = 0; i < pages.length; i++) {
    extractArticle(pages[i].html, pages[i].url);
    if (pass === 0 && i === 0) firstPageMs = cpuMs(since);
  }
  passes.push(cpuMs(since) / pages.length);
}
const warm = passes.slice(1).sort((a, b) => a - b);
const round = (x, d) => Number(x.toFixed(d));
console.log(
  JSON.stringify({
    importMs: round(importMs, 1),
    firstPageMs: round(firstPageMs, 1),
    pass1MsPerPage: round(passes[0], 2),
    warmMsPerPage: round((warm[1] + warm[2]) / 2, 2),
  }),
);

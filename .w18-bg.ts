import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { entriesOf, reachableFiles } from './scripts/bench/bundle';
const m = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
const e = entriesOf(m);
for (const k of ['background', 'popup', 'options'] as const) {
  const files = reachableFiles(e[k], (f) => readFileSync('dist/' + f, 'utf8'));
  let t = 0;
  const rows = files.map((f) => { const g = gzipSync(readFileSync('dist/' + f), { level: 9 }).length; t += g; return [g, f] as const; });
  console.log(k, (t / 1024).toFixed(1), 'KB');
  if (k === 'background') for (const [g, f] of rows.sort((a, b) => b[0] - a[0])) console.log('  ', (g / 1024).toFixed(1), f);
}

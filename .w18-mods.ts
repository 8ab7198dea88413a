import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const rows: Array<[string, string, number, number]> = [];
await build({
  logLevel: 'error',
  build: { outDir: '/tmp/w18-dist2', emptyOutDir: true },
  plugins: [{
    name: 'w18-mods',
    generateBundle(_o, bundle) {
      for (const [file, c] of Object.entries(bundle)) {
        if (c.type !== 'chunk') continue;
        for (const [id, m] of Object.entries(c.modules)) rows.push([file, id.replace(process.cwd() + '/', ''), m.renderedLength, m.code ? gzipSync(m.code, { level: 9 }).length : 0]);
      }
    },
  }],
});
const bg = new Set(process.argv.slice(2));
const byFile = new Map<string, number>();
for (const r of rows) if (bg.size === 0 || [...bg].some((b) => r[0].includes(b))) {
  const key = r[1].replace(/node_modules\/(\.pnpm\/)?([^/]+)\/.*/, 'npm:$2').replace(/^(src\/(rules\/tables|templates\/library)\/).*/, '$1*');
  byFile.set(key, (byFile.get(key) ?? 0) + r[3]);
}
const per = new Map<string, number>(); for (const r of rows) per.set(r[0], (per.get(r[0]) ?? 0) + r[3]); console.log([...per].sort((a,b)=>b[1]-a[1]).slice(0,12).map(([f,v])=>f+" "+(v/1024).toFixed(1)).join("\n"));
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String((v / 1024).toFixed(1)).padStart(6), k);

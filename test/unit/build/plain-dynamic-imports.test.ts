/**
 * The in-page hint's lazy chunk is imported with a plain `import()`: no preload helper runs in the
 * seller's page when the content script loads (scripts/vite/plain-dynamic-imports.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrapEmptyPreloads } from '../../../scripts/vite/plain-dynamic-imports';
import { bundleSize, entriesOf } from '../../../scripts/bench/bundle';

const DIST = resolve(import.meta.dirname, '../../../dist');

describe('unwrapEmptyPreloads', () => {
  it('unwraps a dynamic import whose preload list is empty, in the forms Vite writes', () => {
    expect(unwrapEmptyPreloads('const load = () => __vitePreload(() => import("./hint-ui-Ab1.js"), []);')).toBe(
      'const load = () => import("./hint-ui-Ab1.js");',
    );
    expect(unwrapEmptyPreloads("x = __vitePreload(() => import('./a.js'), void 0, import.meta.url)")).toBe("x = import('./a.js')");
    expect(unwrapEmptyPreloads('__vitePreload( () =>import("./a.js") ,[ ] )')).toBe('import("./a.js")');
  });

  it('leaves an import with files to preload, and other code, as it is', () => {
    const withDeps = '__vitePreload(() => import("./page.js"), __vite__mapDeps([0, 1]))';
    expect(unwrapEmptyPreloads(withDeps)).toBe(withDeps);
    const listed = '__vitePreload(() => import("./page.js"), ["assets/page.css"])';
    expect(unwrapEmptyPreloads(listed)).toBe(listed);
    expect(unwrapEmptyPreloads('import("./a.js")')).toBe('import("./a.js")');
  });
});

describe('the built content script', () => {
  it('loads its lazy chunk with a plain import() and carries no preload helper', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    const { files } = bundleSize(entriesOf(manifest).content, (f) => readFileSync(join(DIST, f)));
    const code = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(code).toMatch(/import\(["'`]\.\/hint-ui-[\w-]+\.js["'`]\)/);
    expect(code).not.toContain('modulepreload');
    expect(code).not.toContain('__vitePreload');
  });
});

/**
 * webextension-polyfill, as the build ships it, hands out the browser's native `browser` through an
 * object that inherits from it (scripts/vite/native-browser-by-prototype.ts): the bundler's interop
 * finds no own property to copy, so no API namespace is built before it is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inheritNativeBrowser } from '../../../scripts/vite/native-browser-by-prototype';

const DIST = resolve(import.meta.dirname, '../../../dist');
const polyfillSource = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');

/** Runs the polyfill's CommonJS body with `browser` as the global one; returns what it exports. */
function exportsWith(source: string, nativeBrowser: object): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const chrome = { runtime: { id: 'abc' } }; // the polyfill first checks that it runs in an extension
  const globalThisStandIn = { browser: nativeBrowser, chrome };
  new Function('module', 'exports', 'globalThis', 'chrome', source)(module, module.exports, globalThisStandIn, chrome);
  return module.exports;
}

/**
 * A stand-in for Chrome's native `browser`: its API namespaces are lazy data properties, built when
 * first read, whether by a property read or by reading the property's descriptor (counted).
 */
function lazyNative(): { browser: object; built: string[] } {
  const built: string[] = [];
  const names = ['dom', 'extension', 'i18n', 'runtime'];
  const build = (name: string): object => {
    built.push(name);
    return name === 'runtime' ? { id: 'abc', sendMessage: () => Promise.resolve('pong') } : {};
  };
  const browser = new Proxy(
    {},
    {
      ownKeys: () => names,
      getOwnPropertyDescriptor: (_target, key) =>
        names.includes(String(key)) ? { value: build(String(key)), writable: true, enumerable: true, configurable: true } : undefined,
      get: (_target, key) => (names.includes(String(key)) ? build(String(key)) : undefined),
    },
  );
  return { browser, built };
}

describe('inheritNativeBrowser', () => {
  it('rewrites the installed polyfill, and throws if the line it rewrites is gone', () => {
    expect(inheritNativeBrowser(polyfillSource)).toContain('module.exports = Object.create(globalThis.browser);');
    expect(() => inheritNativeBrowser('module.exports = somethingElse;')).toThrow(/did the package change/);
    expect(() => inheritNativeBrowser('module.exports = globalThis.browser;\nmodule.exports = globalThis.browser;')).toThrow();
  });

  it('leaves no own property to copy, and every API still resolves to the native one when used', async () => {
    const plain = lazyNative();
    const asShipped = exportsWith(polyfillSource, plain.browser);
    // Unchanged, the export is the native object: copying its properties builds every namespace.
    for (const key of Object.getOwnPropertyNames(asShipped)) Object.getOwnPropertyDescriptor(asShipped, key);
    expect(plain.built).toEqual(expect.arrayContaining(['dom', 'extension', 'i18n']));

    const lazy = lazyNative();
    const inherited = exportsWith(inheritNativeBrowser(polyfillSource), lazy.browser);
    lazy.built.length = 0; // the polyfill's own runtime.id check
    expect(Object.getOwnPropertyNames(inherited)).toEqual([]);
    expect(lazy.built).toEqual([]);
    const runtime = inherited.runtime as { id: string; sendMessage(): Promise<string> };
    expect(runtime.id).toBe('abc');
    await expect(runtime.sendMessage()).resolves.toBe('pong');
    expect(lazy.built).toEqual(['runtime']); // built when used, and only what is used
  });

  it('is what the build ships', () => {
    const chunks = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const shipped = chunks.filter((f) => readFileSync(join(DIST, 'assets', f), 'utf8').includes('Object.create(globalThis.browser)'));
    expect(shipped).toHaveLength(1);
    expect(chunks.some((f) => /module\.exports\s*=\s*globalThis\.browser\b/u.test(readFileSync(join(DIST, 'assets', f), 'utf8')))).toBe(
      false,
    );
  });
});

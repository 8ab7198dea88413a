import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { localeSubset } from './scripts/vite/locale-subset.ts';

/**
 * Two projects, one command (`npm test` builds first):
 * - unit: pure parts (rules, readers on saved HTML, templates, history on fake-indexeddb). Files may pick
 *   a DOM with `// @vitest-environment happy-dom`.
 * - e2e: the built dist/ in the browser test/support/find-browser.ts finds, through playwright-core; one file at a time.
 */
export default defineConfig({
  plugins: [localeSubset(), preact()],
  test: {
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit tests first, then the browser: never both at once on a 2-core CI machine.
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Extension pages load every interface string; unit tests render page components too.
          setupFiles: ['src/ui/page-strings.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});

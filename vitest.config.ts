import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Two projects, one command (`npm test` builds first):
 * - unit: pure parts (rules, readers on saved HTML, templates, history on fake-indexeddb). Files may pick
 *   a DOM with `// @vitest-environment happy-dom`.
 * - e2e: the built dist/ loaded in Debian's Chromium through playwright-core; one file at a time.
 */
export default defineConfig({
  plugins: [preact()],
  test: {
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
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

/**
 * The do-nothing comparison extension: same content-script matches as the built one, an empty
 * content script, nothing else. Its manifest is derived from dist/manifest.json at bench time so the
 * matches can never drift apart.
 */
interface DistManifest {
  content_scripts?: { matches?: string[]; run_at?: string }[];
}

export const EMPTY_CONTENT_SCRIPT = 'content.js';
/**
 * An empty worker too: the shared launcher waits for an extension's service worker, and like ours
 * the baseline then has a worker process running beside the page.
 */
export const EMPTY_WORKER = 'background.js';

export function emptyManifestFrom(dist: DistManifest): object {
  const scripts = (dist.content_scripts ?? []).map((c) => ({
    js: [EMPTY_CONTENT_SCRIPT],
    matches: [...(c.matches ?? [])],
    run_at: c.run_at ?? 'document_idle',
  }));
  return {
    manifest_version: 3,
    name: 'Cancel or Close bench: empty content script',
    version: '0.0.1',
    description: 'Benchmark baseline: injects an empty content script on the same pages as Cancel or Close.',
    background: { service_worker: EMPTY_WORKER },
    content_scripts: scripts,
  };
}

/**
 * The floor extension (test/fixtures/bench/floor-extension): the same matches and file names, with
 * a content script that does the least that still hangs a verdict on each order (its header says
 * what). Measured beside ours, it shows how much of our cost any such extension pays on this machine.
 */
export function floorManifestFrom(dist: DistManifest): object {
  return {
    ...emptyManifestFrom(dist),
    name: 'Cancel or Close bench: floor',
    description: 'Benchmark floor: reads the order ids, asks its worker once, hangs one hint element per order.',
  };
}

/**
 * Loads a saved page (test/fixtures/<platform>/<name>.html) into its own happy-dom Window at the
 * URL written on the fixture's first line (`<!-- url: … -->`), so readers see the page at its
 * real address.
 *
 * Declarative shadow DOM: happy-dom 21 parses `<template shadowrootmode="open">` as a plain
 * template (it has no parseHTMLUnsafe and does not attach shadow roots while parsing), whereas
 * Chromium attaches them. `attachDeclarativeShadowRoots` does what the browser parser does:
 * for each such template, attach a shadow root to its parent, move the template's content into
 * it, remove the template, and repeat inside the new root (templates can nest).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// A string path on purpose: under the happy-dom environment the global URL is happy-dom's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const URL_LINE = /^<!--\s*url:\s*(\S+)\s*-->/;

export interface LoadedFixture {
  document: Document;
  url: URL;
}

export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || (mode !== 'open' && mode !== 'closed')) continue;
    const shadow = host.attachShadow({ mode });
    shadow.appendChild((template as HTMLTemplateElement).content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export function loadFixture(platform: string, name: string): LoadedFixture {
  const html = readFileSync(join(FIXTURES, platform, `${name}.html`), 'utf8');
  const href = URL_LINE.exec(html)?.[1];
  if (!href) throw new Error(`fixture ${platform}/${name} does not start with <!-- url: … -->`);
  const window = new Window({ url: href });
  window.document.write(html);
  const document = window.document as unknown as Document;
  attachDeclarativeShadowRoots(document);
  return { document, url: new URL(href) };
}

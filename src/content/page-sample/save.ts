/**
 * Saves a page sample (./sample.ts) as a file: a Blob behind an `<a download>` clicked inside our own hint's shadow
 * root, so no downloads permission and no network request is involved and the page never sees the link. Loaded
 * only when the person clicks "Save a page sample": no seller page carries this code until then.
 */
import cardEn from '../../../public/_locales/en/messages.json?card';
import cardZh from '../../../public/_locales/zh_CN/messages.json?card';
import { browser } from '../../shared/browser';
import { addStrings, t, type UiLang } from '../../ui/i18n';
import { PAGE_WORDS } from '../../platforms/page-words';
import type { Platform } from '../../rules/types';
import { hostsOf } from './redact-url';
import { pageSample } from './sample';

/** What the content script knows about the page a sample is taken of (see ReadingSession). */
export interface PageSampleSource {
  platform: Platform;
  /** The reader's id: the page kind. */
  pageKind: string;
  area: Element;
  url: string;
  recognises(url: URL): boolean;
}

// What the file keeps and replaces is said with the unfolded hint's strings: they travel with this code too.
addStrings({ en: cardEn, zh: cardZh });

/** The line that says what a page sample keeps and replaces. */
export const sampleWhat = (lang: UiLang): string => t('sample_what', lang);

export const sampleFileName = (platform: Platform, on: Date): string =>
  `cancel-or-close-sample-${platform}-${on.toISOString().slice(0, 10)}.html`;

/** How long the file's object URL lives after the click (the browser reads it at once; then it is memory only). */
const REVOKE_AFTER_MS = 60_000;

export async function savePageSample(source: PageSampleSource, shadow: ShadowRoot, now = new Date()): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const html = pageSample({
    ...source,
    savedAt: now,
    version: manifest.version,
    words: PAGE_WORDS[source.platform],
    // The hosts our content scripts run on: public names, kept in the sample's addresses.
    hosts: hostsOf((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])),
  });
  const href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = sampleFileName(source.platform, now);
  link.hidden = true;
  shadow.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
  }
}

// @vitest-environment happy-dom
/**
 * The content script carries only what a hint says before any verdict, in both languages (src/content/hint/strings.ts):
 * a bar that says the order could not be read is whole in either language with no answer from the worker, and the
 * verdict bar's strings are the ones the worker sent.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOrder } from '../../../src/messages/protocol';
import { sampleSnapshot, sampleVerdict } from '../ui/sample';
import { hintVerdictSubset } from '../../../scripts/vite/locale-subset';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';

type Bar = typeof import('../../../src/content/hint/bar');
type Strings = typeof import('../../../src/content/hint/strings');
let bar: Bar;
let strings: Strings;

beforeEach(async () => {
  // Fresh modules: the unit tests' setup loads every string into src/ui/i18n, as extension pages do; a seller page does not.
  vi.resetModules();
  bar = await import('../../../src/content/hint/bar');
  strings = await import('../../../src/content/hint/strings');
});

const NOTE = { en: 'The page did not show its order.', zh: '页面没有显示订单。' };
const KEY = /\b[a-z]+_[a-z_]+\b/;

function drawn(content: ReturnType<Bar['unreadableBar']>, lang: 'en' | 'zh'): HTMLElement {
  const container = document.createElement('div');
  const sample = () => Promise.resolve(null);
  bar.drawBar(container, content, lang, 'page', { unfold: null, preload: () => undefined, dismiss: () => undefined, sample });
  return container;
}

const ORDER: PageOrder = {
  snapshot: sampleSnapshot(),
  verdict: sampleVerdict(),
  messages: [],
  bar: { tone: 'go', badge: 'action_cancel', row: 'row_cancel' },
};

describe('the compact bar’s strings in the content script', () => {
  it('say that an order could not be read, in either language, with no verdict ever arriving', () => {
    for (const lang of ['en', 'zh'] as const) {
      const box = drawn(bar.unreadableBar(NOTE, lang), lang);
      const catalogue = lang === 'en' ? en : zh;
      const text = `${box.textContent} ${box.querySelector('[aria-label]')?.getAttribute('aria-label')} ${[...box.querySelectorAll('button')].map((b) => `${b.title} ${b.getAttribute('aria-label')}`).join(' ')}`;
      expect(text).toContain(catalogue.hint_unreadable.message);
      expect(text).toContain(catalogue.page_sample_save.message);
      expect(text).toContain(catalogue.dismiss.message);
      expect(text, lang).not.toMatch(KEY);
    }
  });

  it('have the verdict bar’s words only once the worker sent them, in the language sent', () => {
    // Without them the bar would show bare keys: this is what the worker's strings stand in for.
    expect(bar.verdictBar(ORDER, 'zh').badge).toBe('action_cancel');
    expect(strings.barStringsAsk().have).toEqual([]);
    strings.useBarStrings('zh', hintVerdictSubset(zh) as Record<string, { message: string }>);
    expect(strings.barStringsAsk().have).toEqual(['zh']);
    expect(bar.verdictBar(ORDER, 'zh').badge).toBe(zh.action_cancel.message);
    expect(bar.verdictBar(ORDER, 'zh').label).toBe(zh.hint_label.message.replace('$1', ORDER.snapshot.orderId));
    // A row's box says the row's few words the worker named, in the same strings.
    expect(bar.verdictBar(ORDER, 'zh', 'row').headline).toBe(zh.row_cancel.message);
    expect(bar.verdictBar(ORDER, 'zh', 'row').tone).toBe('go');
  });

  it('ask for the page’s language when none is chosen', () => {
    const lang = strings.barStringsAsk().lang;
    expect(lang).toBe(/^zh\b/i.test(navigator.language) ? 'zh' : 'en');
  });
});

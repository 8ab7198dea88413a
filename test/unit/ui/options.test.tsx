// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, type CustomTemplate, type UserSettings } from '../../../src/messages/protocol';
import type { OptionsApi } from '../../../src/options/api';
import { App } from '../../../src/options/App';
import { SETTING_DEFS } from '../../../src/rules/settings';

// The history section on the page talks to the worker itself; here the worker is absent.
vi.mock('../../../src/shared/browser', () => ({
  browser: { runtime: { sendMessage: async () => Promise.reject(new Error('no worker in unit tests')) } },
}));

const settle = (work: () => unknown = () => undefined) =>
  act(async () => {
    await work();
    await new Promise((r) => setTimeout(r, 0));
  });

function fakeApi(settings: UserSettings = { rules: { amazonPendingMaxDays: 14 } }, templates: CustomTemplate[] = []): OptionsApi {
  // Remembers what was saved, as the worker does.
  let stored = settings;
  return {
    settings: vi.fn(async () => ok(stored)),
    saveSettings: vi.fn(async (s: UserSettings) => ok((stored = s))),
    templates: vi.fn(async () => ok(templates)),
    saveTemplate: vi.fn(async (tpl: CustomTemplate) => ok({ ...tpl, id: 'custom:1' })),
    deleteTemplate: vi.fn(async () => ok({ deleted: true })),
    taughtWords: vi.fn(async () => ok([])),
    forgetWord: vi.fn(async () => ok([])),
  };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const commit = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, type = 'change') => {
  el.value = value;
  el.dispatchEvent(new Event(type, { bubbles: true }));
};

async function open(api: OptionsApi, onLangChange = vi.fn()) {
  await settle(() => render(<App api={api} initialLang="en" onLangChange={onLangChange} version="1.2.3" />, container));
  await settle();
}

describe('options page', () => {
  it('labels every control', async () => {
    await open(fakeApi());
    const controls = [...container.querySelectorAll<HTMLElement>('input, select, textarea, button')];
    expect(controls.length).toBeGreaterThan(SETTING_DEFS.length * 2);
    for (const c of controls) {
      const byFor = c.id ? container.querySelector(`label[for="${c.id}"]`)?.textContent : '';
      const name =
        c.getAttribute('aria-label') || byFor || c.closest('label')?.textContent || (c.tagName === 'BUTTON' ? c.textContent : '');
      expect((name ?? '').trim(), c.outerHTML.slice(0, 80)).not.toBe('');
    }
    expect(container.textContent).toContain('Version 1.2.3');
  });

  it('shows one timer per rule setting with its stored value, default and source; saves and resets', async () => {
    const api = fakeApi();
    await open(api);
    expect(container.querySelectorAll('.options-timer')).toHaveLength(SETTING_DEFS.length);
    const pending = container.querySelector<HTMLInputElement>('#timer-amazonPendingMaxDays')!;
    expect(pending.value).toBe('14');
    const field = pending.closest('.options-timer')!;
    expect(field.textContent).toContain('Default: 21 days');
    expect(field.textContent).toContain('Source:');

    await settle(() => commit(container.querySelector<HTMLInputElement>('#timer-amazonBuyerSelfCancelMinutes')!, '45'));
    expect(api.saveSettings).toHaveBeenLastCalledWith({ rules: { amazonPendingMaxDays: 14, amazonBuyerSelfCancelMinutes: 45 } });

    await settle(() => commit(pending, '-3'));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Enter a number of 0 or more.');
    expect(api.saveSettings).toHaveBeenCalledTimes(1);

    await settle(() => [...field.querySelectorAll('button')].find((b) => b.textContent === 'Reset to default')!.click());
    expect(api.saveSettings).toHaveBeenLastCalledWith({ rules: { amazonBuyerSelfCancelMinutes: 45 } });
    expect(container.textContent).toContain('Saved.');
  });

  it('saves the message language, store name, marketplace and interface language, each over the stored settings', async () => {
    const api = fakeApi({ rules: {} });
    const onLangChange = vi.fn();
    await open(api, onLangChange);
    await settle(() => commit(container.querySelector<HTMLSelectElement>('#opt-message-language')!, 'de'));
    await settle(() => commit(container.querySelector<HTMLInputElement>('#opt-store-name')!, '  Sample Store '));
    await settle(() => commit(container.querySelector<HTMLSelectElement>('#opt-marketplace')!, 'amazon.de'));
    await settle(() => [...container.querySelectorAll<HTMLButtonElement>('.coc-lang-btn')].find((b) => b.textContent === '中文')!.click());
    expect(api.saveSettings).toHaveBeenLastCalledWith({
      rules: {},
      messageLanguage: 'de',
      storeName: 'Sample Store',
      defaultMarketplace: 'amazon.de',
      uiLang: 'zh',
    });
    expect(onLangChange).toHaveBeenCalledWith('zh');
    expect(api.settings).toHaveBeenCalledTimes(5);
    expect(container.querySelector('h1')?.textContent).not.toBe('Settings');
  });

  it('checks an Amazon template while it is typed, and saves it', async () => {
    const api = fakeApi();
    await open(api);
    await settle(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'New template')!.click());
    const form = container.querySelector('form.options-editor')!;
    await settle(() => commit(form.querySelector<HTMLInputElement>('input[type="text"]')!, 'Sorry note', 'input'));
    await settle(() => commit(form.querySelector('textarea')!, 'Out of stock, please cancel the order. www.example.com', 'input'));
    expect(form.querySelector('.coc-tpl-problems')?.getAttribute('data-problems')).toBe('link asks-buyer-to-cancel-for-stock');
    await settle(() => commit(form.querySelector('textarea')!, 'Your order {orderId} was canceled. You were not charged.', 'input'));
    expect(form.querySelector('.coc-tpl-problems')).toBeNull();
    expect(form.textContent).toContain('Passes the check');
    const firstSituation = form.querySelector<HTMLInputElement>('.options-situations input')!;
    await settle(() => firstSituation.click());
    await settle(() => form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    expect(api.saveTemplate).toHaveBeenCalledWith({
      platform: 'amazon',
      audience: 'buyer',
      language: 'en',
      title: 'Sorry note',
      body: 'Your order {orderId} was canceled. You were not charged.',
      situations: ['amazon.use-request-cancellation'],
    });
    expect(api.templates).toHaveBeenCalledTimes(2);
  });

  it('lists, edits and deletes saved templates', async () => {
    const saved: CustomTemplate = {
      id: 'custom:7',
      platform: 'aliexpress',
      audience: 'buyer',
      language: 'es',
      title: 'Hola',
      body: 'Hola {orderId}',
      situations: [],
    };
    const api = fakeApi({ rules: {} }, [saved]);
    await open(api);
    const row = container.querySelector('[data-template="custom:7"]')!;
    expect(row.textContent).toContain('Hola');
    expect(row.textContent).toContain('every order');
    await settle(() => row.querySelector<HTMLButtonElement>('button[aria-label="Delete template: Hola"]')!.click());
    expect(api.deleteTemplate).toHaveBeenCalledWith('custom:7');
    await settle(() => container.querySelector<HTMLButtonElement>('button[aria-label="Edit template: Hola"]')!.click());
    expect(container.querySelector<HTMLTextAreaElement>('form.options-editor textarea')?.value).toBe('Hola {orderId}');
  });
});

/** Validators for the settings, templates and history message kinds: good messages pass, bad ones are refused. */
import { describe, expect, it } from 'vitest';
import { checkWorkerRequest } from '../../../src/messages/validate';
import { RULE_SETTING_MAX } from '../../../src/messages/schemas';
import { SETTING_DEFS } from '../../../src/rules/settings';

const accepts = (message: unknown) => expect(checkWorkerRequest(message)).toEqual({ ok: true, value: message });
const rejects = (message: unknown, error: RegExp = /./) =>
  expect(checkWorkerRequest(message)).toEqual({ ok: false, error: expect.stringMatching(error) });

const template = {
  platform: 'amazon',
  audience: 'buyer',
  language: 'de',
  title: 'Stornierung',
  body: 'Hallo,\n\nIhre Bestellung {orderId} wurde storniert.\n\n{storeName}',
  situations: ['amazon.cancel-out-of-stock'],
};

describe('settings/*', () => {
  it('bounds exactly the rule settings SETTING_DEFS names, each above its default', () => {
    expect(Object.keys(RULE_SETTING_MAX).sort()).toEqual(SETTING_DEFS.map((d) => d.key).sort());
    for (const def of SETTING_DEFS) expect(RULE_SETTING_MAX[def.key]).toBeGreaterThan(def.default);
    const percent = SETTING_DEFS.filter((d) => d.unit === 'percent').map((d) => RULE_SETTING_MAX[d.key]);
    expect(percent.every((max) => max === 100)).toBe(true);
  });

  it('accepts get and a full, valid set', () => {
    accepts({ kind: 'settings/get' });
    accepts({
      kind: 'settings/set',
      settings: {
        rules: { amazonBuyerSelfCancelMinutes: 20, amazonCancellationRateTargetPct: 2.5, aliexpressCancelResponseHours: 72 },
        uiLang: 'zh',
        messageLanguage: 'de',
        defaultMarketplace: 'amazon.de',
        retentionDays: 365,
        storeName: 'Acme GmbH',
      },
    });
    accepts({ kind: 'settings/set', settings: { rules: {} } });
  });

  it.each([
    [{ rules: { deleteEverything: 1 } }, /not a rule setting/],
    [{ rules: { amazonPendingMaxDays: -1 } }, /from 0 to 365/],
    [{ rules: { amazonPendingMaxDays: 5000 } }, /from 0 to 365/],
    [{ rules: { amazonCancellationRateTargetPct: 101 } }, /from 0 to 100/],
    [{ rules: { amazonBuyerSelfCancelMinutes: '30' } }, /number/],
    [{ rules: { amazonBuyerSelfCancelMinutes: Number.NaN } }, /number/],
    [{ rules: [] }, /rules is not an object/],
    [{}, /rules is missing/],
    [{ rules: {}, uiLang: 'fr' }, /uiLang/],
    [{ rules: {}, messageLanguage: 'klingon' }, /messageLanguage/],
    [{ rules: {}, defaultMarketplace: 'ebay.com' }, /defaultMarketplace/],
    [{ rules: {}, retentionDays: 1 }, /retentionDays/],
    [{ rules: {}, retentionDays: 30.5 }, /retentionDays/],
    [{ rules: {}, storeName: 'a\nb' }, /storeName/],
    [{ rules: {}, storeName: 'x'.repeat(101) }, /storeName/],
    [{ rules: {}, extra: true }, /not a setting/],
  ])('rejects settings %j', (settings, error) => rejects({ kind: 'settings/set', settings }, error));
});

describe('templates/*', () => {
  it('accepts list, save (new and existing) and delete', () => {
    accepts({ kind: 'templates/list' });
    accepts({ kind: 'templates/save', template });
    accepts({ kind: 'templates/save', template: { ...template, id: 'custom:12', updatedAt: '2025-01-01T00:00:00.000Z' } });
    accepts({ kind: 'templates/save', template: { ...template, body: 'x'.repeat(5_000), title: 't'.repeat(120) } });
    accepts({ kind: 'templates/delete', id: 'custom:3' });
  });

  it.each([
    [{ ...template, body: 'x'.repeat(5_001) }, /body/],
    [{ ...template, body: '' }, /body/],
    [{ ...template, body: 'bell \u0007' }, /body/],
    [{ ...template, title: 't'.repeat(121) }, /title/],
    [{ ...template, title: '  ' }, /title/],
    [{ ...template, title: 'two\nlines' }, /title/],
    [{ ...template, platform: 'ebay' }, /platform/],
    [{ ...template, audience: 'everyone' }, /audience/],
    [{ ...template, language: 'xx' }, /language/],
    [{ ...template, situations: 'all' }, /situations/],
    [{ ...template, situations: ['has space'] }, /situations/],
    [{ ...template, id: 'amazon.cancel-out-of-stock' }, /id/],
    [{ ...template, updatedAt: 'yesterday' }, /updatedAt/],
  ])('rejects template %#', (bad, error) => rejects({ kind: 'templates/save', template: bad }, error));

  it('rejects deleting anything but a custom template id', () => {
    rejects({ kind: 'templates/delete', id: 'amazon.cancel-out-of-stock' });
    rejects({ kind: 'templates/delete', id: 'custom:0' });
    rejects({ kind: 'templates/delete' });
  });
});

describe('history/*', () => {
  const order = { platform: 'amazon', orderId: '111-2222222-3333333' };
  it('accepts every action kind, follow-up-done, stats, changed and delete-all', () => {
    accepts({ kind: 'history/action', ...order, action: { kind: 'step-ticked', payload: { step: 2, ticked: false } } });
    accepts({
      kind: 'history/action',
      ...order,
      action: { kind: 'message-copied', payload: { templateId: 'amazon.cancel-out-of-stock', language: 'en' } },
    });
    accepts({
      kind: 'history/action',
      ...order,
      action: { kind: 'message-inserted', payload: { templateId: 'custom:4', language: 'zh' } },
    });
    accepts({ kind: 'history/action', ...order, action: { kind: 'reason-recorded', payload: { reason: 'Out of stock' } } });
    accepts({ kind: 'history/action', ...order, action: { kind: 'note', payload: { text: 'Called the buyer.\nAgreed.' } } });
    accepts({ kind: 'history/follow-up-done', ...order, followUpId: 'check-refund' });
    accepts({ kind: 'history/stats' });
    accepts({ kind: 'history/changed' });
    accepts({ kind: 'history/delete-all' });
  });

  it.each([
    [{ kind: 'history/action', ...order, action: { kind: 'step-ticked', payload: { step: -1, ticked: true } } }],
    [{ kind: 'history/action', ...order, action: { kind: 'step-ticked', payload: { step: 1 } } }],
    [{ kind: 'history/action', ...order, action: { kind: 'message-copied', payload: { templateId: '<script>', language: 'en' } } }],
    [{ kind: 'history/action', ...order, action: { kind: 'reason-recorded', payload: { reason: 'r'.repeat(201) } } }],
    [{ kind: 'history/action', ...order, action: { kind: 'note', payload: { text: 'n'.repeat(2_001) } } }],
    [{ kind: 'history/action', ...order, action: { kind: 'drop-table', payload: {} } }],
    [{ kind: 'history/action', ...order, action: { kind: 'note' } }],
    [{ kind: 'history/action', platform: 'ebay', orderId: '1', action: { kind: 'note', payload: { text: 'x' } } }],
    [{ kind: 'history/action', platform: 'amazon', orderId: ' ', action: { kind: 'note', payload: { text: 'x' } } }],
    [{ kind: 'history/follow-up-done', ...order }],
    [{ kind: 'history/follow-up-done', ...order, followUpId: 'a b' }],
    // Export and import run in the extension page; the worker takes no file through a message.
    [{ kind: 'history/export', format: 'json' }],
    [{ kind: 'history/import', text: '{}' }],
  ])('rejects %j', (message) => rejects(message));
});

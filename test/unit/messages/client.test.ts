/**
 * The one worker client: whatever the channel does — throw, reject, answer nothing, answer junk —
 * the caller gets a Result, never an exception. And the content script's layer on top: a dead
 * extension context is `orphaned`, a batch answer is expanded per order, a broken one is an error value.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvaluateManyAnswer } from '../../../src/messages/protocol';
import type { Verdict } from '../../../src/rules/types';

const runtime = vi.hoisted(() => ({
  id: 'ourextensionid' as string | undefined,
  sendMessage: (_message: unknown): Promise<unknown> => Promise.resolve(undefined),
}));
vi.mock('../../../src/shared/runtime', () => ({
  runtimeId: () => runtime.id,
  sendToWorker: (message: unknown) => runtime.sendMessage(message),
}));

const { askWorker, isResult } = await import('../../../src/messages/client');
const { askSettings, askVerdicts, expandAnswers, recordAction } = await import('../../../src/content/worker-api');

const answerWith = (answer: () => Promise<unknown>) => {
  const sent: unknown[] = [];
  runtime.sendMessage = (message) => {
    sent.push(message);
    return answer();
  };
  return sent;
};

beforeEach(() => {
  runtime.id = 'ourextensionid';
});

describe('askWorker', () => {
  it('passes the request on and a Result envelope back', async () => {
    const sent = answerWith(async () => ({ ok: true, value: { badSender: 0, badMessage: 2 } }));
    expect(await askWorker({ kind: 'diagnostics' })).toEqual({ ok: true, value: { badSender: 0, badMessage: 2 } });
    expect(sent).toEqual([{ kind: 'diagnostics' }]);
    answerWith(async () => ({ ok: false, error: 'rejected: unknown message kind' }));
    expect(await askWorker({ kind: 'history/stats' })).toEqual({ ok: false, error: 'rejected: unknown message kind' });
  });

  it.each([
    ['no answer (no listener, or a listener that did not answer)', async () => undefined],
    ['an answer that is not an envelope', async () => ({ verdict: {} })],
    ['an envelope without its value', async () => ({ ok: true })],
    ['an error that is not text', async () => ({ ok: false, error: { message: 'x' } })],
    ['a string', async () => 'ok'],
  ])('turns %s into an error value', async (_label, answer) => {
    answerWith(answer);
    expect(await askWorker({ kind: 'settings/get' })).toEqual({ ok: false, error: expect.any(String) });
  });

  it('never throws: a rejected or a throwing send becomes an error value', async () => {
    answerWith(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(await askWorker({ kind: 'settings/get' })).toEqual({
      ok: false,
      error: 'Could not establish connection. Receiving end does not exist.',
    });
    runtime.sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    await expect(askWorker({ kind: 'settings/get' })).resolves.toEqual({ ok: false, error: 'Extension context invalidated.' });
  });

  it('knows an envelope', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: '' })).toBe(true);
    expect(isResult({ ok: 'true', value: 1 })).toBe(false);
    expect(isResult(null)).toBe(false);
  });
});

const shared: Omit<Verdict, 'deadlines'> = {
  action: 'cancel',
  outcome: 'canceled',
  actor: 'you',
  headline: { en: 'Cancel', zh: '取消' },
  steps: [],
  consequences: [],
  templates: [],
  followUps: [],
  ruleId: 'r',
  sources: [],
  rulesetVersion: 't',
};
const deadline = { id: 'ship-by', at: '2025-03-02T00:00:00.000Z', from: 'page' as const, text: { en: 'Ship by', zh: '发货截止' } };
const ASKED = { tone: 'go', badge: 'action_cancel', row: 'row_cancel_buyer_asked' } as const;
const batch: EvaluateManyAnswer = {
  verdicts: { k: shared },
  results: [
    { verdict: 'k', deadlines: [], messages: [], bar: { tone: 'go', badge: 'action_cancel', row: 'row_cancel' } },
    { verdict: 'k', deadlines: [deadline], messages: [], fromHistory: { cancelRequested: true }, bar: ASKED },
  ],
  uiLang: 'zh',
};

describe("the content script's worker access", () => {
  it('expands a batch into one full answer per order', async () => {
    expect(expandAnswers(batch)).toEqual([
      { verdict: { ...shared, deadlines: [] }, messages: [], bar: { tone: 'go', badge: 'action_cancel', row: 'row_cancel' } },
      { verdict: { ...shared, deadlines: [deadline] }, messages: [], fromHistory: { cancelRequested: true }, bar: ASKED },
    ]);
    answerWith(async () => ({ ok: true, value: batch }));
    expect(await askVerdicts([], { record: true, messages: false })).toMatchObject({ ok: true, uiLang: 'zh', answers: [{}, {}] });
  });

  it('says an answer with a missing verdict is an error, without throwing', async () => {
    const broken = { ...batch, verdicts: {} };
    expect(expandAnswers(broken)).toBeNull();
    answerWith(async () => ({ ok: true, value: broken }));
    expect(await askVerdicts([], { record: true, messages: false })).toEqual({ ok: false, orphaned: false, error: expect.any(String) });
  });

  it('says orphaned when the extension is gone, before or during the send', async () => {
    runtime.id = undefined;
    const sent = answerWith(async () => ({ ok: true, value: batch }));
    expect(await askVerdicts([], { record: true, messages: false })).toMatchObject({ ok: false, orphaned: true });
    expect(await askSettings()).toBeNull();
    expect(await recordAction({ platform: 'amazon', orderId: '1', action: { kind: 'note', payload: { text: 'x' } } })).toBe(false);
    expect(sent).toEqual([]);

    runtime.id = 'ourextensionid';
    answerWith(() => {
      runtime.id = undefined; // the extension is reloaded while the message is on its way
      return Promise.reject(new Error('Extension context invalidated.'));
    });
    expect(await askVerdicts([], { record: true, messages: false })).toEqual({
      ok: false,
      orphaned: true,
      error: 'Extension context invalidated.',
    });
  });

  it('tells a refusal from an orphan', async () => {
    answerWith(async () => ({ ok: false, error: 'rejected: evaluate-many: snapshots must hold 1 to 1000 snapshots' }));
    expect(await askVerdicts([], { record: true, messages: false })).toEqual({
      ok: false,
      orphaned: false,
      error: 'rejected: evaluate-many: snapshots must hold 1 to 1000 snapshots',
    });
    answerWith(async () => ({ ok: true, value: { recorded: true } }));
    expect(await recordAction({ platform: 'amazon', orderId: '1', action: { kind: 'note', payload: { text: 'x' } } })).toBe(true);
  });
});

/**
 * The worker sends the verdict bar's strings with a page's first verdicts (src/background/bar-strings.ts): in the
 * language the page shows its verdicts in, once per language, and only to a content script that asks.
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { barStringsFor } from '../../../src/background/bar-strings';
import { sampleSnapshot } from '../ui/sample';
import { EvaluateManyAnswerSchema, EvaluateManyRequestSchema } from '../../../src/messages/schemas';
import { HINT_FIRST_KEYS, hintFirstSubset, hintSubset, hintVerdictSubset } from '../../../scripts/vite/locale-subset';

describe('the verdict bar’s strings from the worker', () => {
  it('come in the chosen language, else in the page’s', () => {
    expect(barStringsFor({ lang: 'en', have: [] }, 'zh')?.lang).toBe('zh');
    expect(barStringsFor({ lang: 'en', have: [] }, 'zh')?.catalogue.action_cancel).toEqual(zh.action_cancel);
    expect(barStringsFor({ lang: 'zh', have: [] }, undefined)?.lang).toBe('zh');
    expect(barStringsFor({ lang: 'en', have: [] }, undefined)?.catalogue.row_cancel_counts).toEqual(en.row_cancel_counts);
  });

  it('come only when the page does not hold them, and only when asked for', () => {
    expect(barStringsFor({ lang: 'en', have: ['en'] }, undefined)).toBeUndefined();
    // The person switched the language: the page holds English only, so the Chinese come.
    expect(barStringsFor({ lang: 'en', have: ['en'] }, 'zh')?.lang).toBe('zh');
    expect(barStringsFor(undefined, 'zh')).toBeUndefined();
  });

  it('are every string of the compact bar that the content script does not carry', () => {
    const sent = barStringsFor({ lang: 'en', have: [] }, undefined)?.catalogue ?? {};
    expect({ ...hintFirstSubset(en), ...sent }).toEqual(hintSubset(en));
    expect(Object.keys(sent).filter((k) => (HINT_FIRST_KEYS as readonly string[]).includes(k))).toEqual([]);
    expect(Object.keys(hintVerdictSubset(zh)).sort()).toEqual(Object.keys(sent).sort());
  });

  it('are asked for and answered in the message schemas', () => {
    const request = { kind: 'evaluate-many', snapshots: [], record: false, messages: false, strings: { lang: 'zh', have: ['en'] } };
    expect(v.safeParse(EvaluateManyRequestSchema, { ...request, snapshots: [SNAPSHOT] }).success).toBe(true);
    expect(v.safeParse(EvaluateManyRequestSchema, { ...request, snapshots: [SNAPSHOT], strings: { lang: 'de', have: [] } }).success).toBe(
      false,
    );
    const answer = { verdicts: {}, results: [], strings: barStringsFor({ lang: 'zh', have: [] }, undefined) };
    expect(v.safeParse(EvaluateManyAnswerSchema, answer).success).toBe(true);
  });
});

const SNAPSHOT = sampleSnapshot();

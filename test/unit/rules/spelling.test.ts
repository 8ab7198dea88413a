/**
 * One spelling per page, for every word American and British English spell differently (src/rules/spelling.ts), not
 * only "cancelled": the verdict's texts and the buyer messages in the marketplace's, the extension's own English in
 * American (as its "canceled").
 */
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { evaluate, type Verdict } from '../../../src/rules';
import { SRC } from '../../../src/rules/sources';
import { hasOtherSpelling, respell } from '../../../src/rules/spelling';
import type { Spelling } from '../../../src/rules/wording';
import { templateIds } from '../../../src/templates/ids';
import { TEMPLATES } from '../../../src/templates/library';
import { renderTemplate } from '../../../src/templates/render';
import { sourceTitle } from '../../../src/ui/source-titles';
import { EVERY_PAGE } from './pages';
import { NOW, SCENARIOS, snap } from './scenarios';

/** The words of `text` that belong to the other spelling than `spelling`. */
const wrongWords = (text: string, spelling: Spelling): string[] =>
  text.split(/[^A-Za-z]+/).filter((word) => word !== '' && hasOtherSpelling(word, spelling));

function verdictTexts(v: Verdict): string[] {
  return [
    v.headline,
    ...v.steps,
    ...v.consequences.map((c) => c.text),
    ...v.deadlines.map((d) => d.text),
    ...v.followUps.map((f) => f.text),
  ]
    .concat(v.reason ? [v.reason] : [], v.outcomeNote ? [v.outcomeNote] : [])
    .map((t) => t.en);
}

describe('respell', () => {
  it('turns every kind of pair both ways, keeping a capital first letter', () => {
    const american =
      'Canceled: the color, a favorite, its behavior, the seller center; we apologize, realized, organizing; fulfillment; gray.';
    const british =
      'Cancelled: the colour, a favourite, its behaviour, the seller centre; we apologise, realised, organising; fulfilment; grey.';
    expect(respell(american, 'british')).toBe(british);
    expect(respell(british, 'american')).toBe(american);
    expect(respell('Colour and Centre', 'american')).toBe('Color and Center');
  });

  it('leaves words that only look like a pair, or are the same in both, alone', () => {
    for (const text of [
      'cancellation',
      'laboratory',
      'honorary',
      'size',
      'advise',
      'exercise',
      'colonel',
      'Unfulfilled',
      'fulfilled',
      'centered?',
    ])
      for (const spelling of ['american', 'british'] as const) expect(respell(text, spelling)).toBe(text);
  });
});

describe('every page reads one spelling', () => {
  it.each(['amazon.com', 'amazon.co.uk', 'amazon.in', 'amazon.de', undefined])(
    'every verdict of every rule on Amazon %s, and on the other platforms',
    (marketplace) => {
      const spelling: Spelling = marketplace === 'amazon.co.uk' || marketplace === 'amazon.in' ? 'british' : 'american';
      const wrong: string[] = [];
      let said = 0;
      for (const { order } of SCENARIOS)
        for (const page of EVERY_PAGE) {
          const onPage = page.platform === 'amazon' ? { ...order, ...page, marketplace } : { ...order, ...page };
          const pageSpelling = page.platform === 'amazon' ? spelling : 'american';
          for (const text of verdictTexts(evaluate(onPage, { now: NOW }))) {
            said++;
            for (const word of wrongWords(text, pageSpelling)) wrong.push(`${page.platform} ${marketplace}: “${word}” in “${text}”`);
          }
        }
      expect(said).toBeGreaterThan(1000);
      expect([...new Set(wrong)]).toEqual([]);
    },
  );

  it('the step really runs: a UK page and a US page read the same advice in their own words', () => {
    const advice = (marketplace: string) =>
      SCENARIOS.filter(({ order }) => order.platform === 'amazon').flatMap(({ order }) =>
        verdictTexts(evaluate({ ...order, marketplace }, { now: NOW })),
      );
    expect(advice('amazon.co.uk').join(' ')).toMatch(/\bcolour\b/);
    expect(advice('amazon.com').join(' ')).toMatch(/\bcolor\b/);
    expect(advice('amazon.co.uk').join(' ')).not.toMatch(/\bcolor\b/);
    // The reason an order cannot be judged too.
    const whoFulfils = (marketplace: string) => evaluate(snap({ fulfilledBy: undefined, marketplace }), { now: NOW }).reason?.en;
    expect(whoFulfils('amazon.co.uk')).toMatch(/who fulfils this order/);
    expect(whoFulfils('amazon.com')).toMatch(/who fulfills this order/);
  });

  it.each(['american', 'british'] as const)('every English buyer or supplier message, in %s spelling', (spelling) => {
    const english = templateIds.filter((id) => TEMPLATES[id].bodies.en !== undefined);
    expect(english.length).toBeGreaterThan(20);
    const wrong = english.flatMap((id) => wrongWords(renderTemplate(id, 'en', {}, spelling).text, spelling).map((w) => `${id}: ${w}`));
    expect(wrong).toEqual([]);
    if (spelling === 'british') expect(english.some((id) => /\bapologise\b/.test(renderTemplate(id, 'en', {}, spelling).text))).toBe(true);
  });

  it('the extension’s own English (interface, message titles, source titles) is American, like its “canceled”', () => {
    const own = [
      ...Object.entries(en).map(([key, { message }]) => [key, message] as const),
      ...templateIds.map((id) => [id, TEMPLATES[id].title.en] as const),
      ...Object.values(SRC).map((s) => [s.id, sourceTitle(s, 'en')] as const),
    ];
    expect(own.flatMap(([where, text]) => wrongWords(text, 'american').map((w) => `${where}: ${w}`))).toEqual([]);
  });
});

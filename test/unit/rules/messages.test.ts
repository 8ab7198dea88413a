/**
 * "Every verdict offers at least one fitting message": each rule row must name a template that
 * messagesFor keeps for every platform and direction the row can match, so no verdict the seller
 * acts on comes without a message. Unknown verdicts are exempt (there is nothing to say yet).
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES, evaluate, type OrderSnapshot } from '../../../src/rules';
import type { Rule } from '../../../src/rules/rule';
import { messagesFor } from '../../../src/templates/render';
import { NOW, SCENARIOS, snap } from './scenarios';
import { EVERY_PAGE } from './pages';

/** The pages the readers exist for: sellers everywhere, dropshippers buying on AliExpress and 1688. */
const PAGES = EVERY_PAGE;

const pagesOf = (rule: Rule) =>
  PAGES.filter(
    (page) =>
      (rule.when.platform === 'any' || rule.when.platform === page.platform) &&
      (rule.when.perspective === undefined || rule.when.perspective === page.perspective),
  );

const label = (order: OrderSnapshot) => `${order.platform}/${order.perspective}/${order.stage}`;

/** The scenario of each row, moved to every page its row can match (the 'any' rows to every platform). */
const variants: OrderSnapshot[] = SCENARIOS.flatMap(({ expect: id, order }) => {
  const rule = ALL_RULES.find((r) => r.id === id);
  if (!rule) return [order];
  return pagesOf(rule).map(({ platform, perspective }) => {
    const { fulfilledBy: _fulfilledBy, marketplace: _marketplace, ...rest } = order;
    const moved = platform === order.platform ? order : rest;
    return snap({ ...moved, platform, perspective });
  });
});

describe('messages for every verdict', () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s names a fitting template for each page it can match', (_id, rule) => {
    const pages = pagesOf(rule);
    expect(pages.length, rule.id).toBeGreaterThan(0);
    for (const { platform, perspective } of pages) {
      const order = snap({ platform, perspective, stage: rule.when.stages[0] });
      expect(messagesFor(rule.templates, order).length, `${rule.id} on ${label(order)}`).toBeGreaterThan(0);
    }
  });

  it('offers at least one message for every verdict of every scenario and its per-platform variants', () => {
    // The 'any' rows alone give 5 rows × 6 pages; the variants must really reach other platforms.
    expect(new Set(variants.map((o) => `${o.platform}/${o.perspective}`)).size).toBe(PAGES.length);
    const empty: string[] = [];
    for (const order of variants) {
      const verdict = evaluate(order, { now: NOW });
      if (verdict.action === 'unknown') continue;
      if (messagesFor(verdict.templates, order).length === 0) empty.push(`${verdict.ruleId} on ${label(order)}`);
    }
    expect(empty).toEqual([]);
  });

  it('offers the message in the direction of the page: supplier messages on supplier orders, buyer messages to buyers', () => {
    for (const order of variants) {
      const verdict = evaluate(order, { now: NOW });
      const audiences = new Set(messagesFor(verdict.templates, order).map((m) => m.audience));
      const expected = order.perspective === 'buyer' ? ['supplier', 'customer'] : order.platform === 'shopify' ? ['customer'] : ['buyer'];
      for (const audience of audiences) expect(expected, `${verdict.ruleId} on ${label(order)}`).toContain(audience);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { ALL_RULES, DEFAULT_SETTINGS, SETTING_DEFS, evaluate } from '../../../src/rules';
import { RULE_SETTING_MAX } from '../../../src/messages/schemas';
import { TEMPLATE_IDS } from '../../../src/templates/ids';
import { NOW, SCENARIOS } from './scenarios';

describe('rule table', () => {
  it.each(SCENARIOS)('chooses $expect', ({ expect: id, order }) => {
    expect(evaluate(order, { now: NOW }).ruleId).toBe(id);
  });

  it('has a scenario for every row, so no row is dead', () => {
    const covered = new Set(SCENARIOS.map((s) => s.expect));
    expect(ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has unique ids, sources, known templates and bilingual text on every row', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const id of r.templates) expect(Object.keys(TEMPLATE_IDS), r.id).toContain(id);
    }
  });

  it('every verdict has non-empty en and zh texts and an outcome note when it ends the order', () => {
    for (const { order } of SCENARIOS) {
      const v = evaluate(order, { now: NOW });
      const texts = [
        v.headline,
        ...v.steps,
        ...v.consequences.map((c) => c.text),
        ...v.followUps.map((f) => f.text),
        ...v.deadlines.map((d) => d.text),
      ];
      if (v.reason) texts.push(v.reason);
      if (v.outcomeNote) texts.push(v.outcomeNote);
      for (const text of texts) {
        expect(text.en.trim(), v.ruleId).not.toBe('');
        expect(text.zh.trim(), v.ruleId).not.toBe('');
      }
      if (v.outcome !== null) expect(v.outcomeNote, v.ruleId).toBeDefined();
      expect(v.steps.length + v.followUps.length, v.ruleId).toBeGreaterThan(0);
    }
  });

  it('defines every setting the rules read, each with a source and a confidence', () => {
    // RULE_SETTING_MAX is typed by every key of Settings, so a setting without a definition shows up here.
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(RULE_SETTING_MAX).sort());
    for (const d of SETTING_DEFS) {
      expect(d.source.id, d.key).toBeTruthy();
      expect(['policy-page', 'secondary', 'estimate'], d.key).toContain(d.confidence);
    }
  });

  it('names a confidence for every source a row rests on', () => {
    for (const r of ALL_RULES)
      for (const s of r.sources) expect(['policy-page', 'secondary', 'estimate'], `${r.id} ${s.id}`).toContain(s.confidence);
  });

  it('names the source and the confidence of every timer of every scenario', () => {
    const page = { deadlineAt: '2026-03-05T00:00:00Z', shipBy: '2026-03-04T00:00:00Z', orderedAt: '2026-03-02T00:00:00Z' };
    for (const { order } of SCENARIOS) {
      for (const o of [order, { ...page, ...order }]) {
        for (const d of evaluate(o, { now: NOW }).deadlines) {
          expect(d.sourceId, `${order.orderId} ${d.id}`).toBeTruthy();
          expect(['policy-page', 'secondary', 'estimate']).toContain(d.confidence);
          if (d.from === 'computed') expect(d.confidence).not.toBe('policy-page');
        }
      }
    }
  });

  it('is deterministic', () => {
    for (const { order } of SCENARIOS) {
      expect(JSON.stringify(evaluate(order, { now: NOW }))).toBe(JSON.stringify(evaluate(order, { now: NOW })));
    }
  });
});

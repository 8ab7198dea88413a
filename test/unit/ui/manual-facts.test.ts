/** The by-hand picker's facts: what the person knows and the page did not show. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules';
import { buildManualSnapshot, DEFAULT_FORM, factsOffered, updateForm } from '../../../src/popup/manual';

describe('picker facts', () => {
  it('are offered for their platform, side and stage only, and dropped when those change', () => {
    const shipped = updateForm(DEFAULT_FORM, { platform: 'aliexpress', perspective: 'buyer', stage: 'shipped' });
    expect(factsOffered(shipped).map((f) => f.id)).toContain('no-tracking');
    const ticked = updateForm(shipped, { facts: ['no-tracking'] });
    expect(buildManualSnapshot(ticked).trackingNumberShown).toBe(false);
    expect(updateForm(ticked, { stage: 'awaiting-shipment' }).facts).toEqual([]);
    expect(updateForm(ticked, { perspective: 'seller' }).facts).toEqual([]);
  });

  it('change the verdict the way the page fact would', () => {
    const form = updateForm(DEFAULT_FORM, { platform: 'shopify', stage: 'awaiting-shipment' });
    const plain = evaluate(buildManualSnapshot(form), { now: new Date() });
    const authorized = evaluate(buildManualSnapshot(updateForm(form, { facts: ['authorized'] })), { now: new Date() });
    expect(authorized.ruleId).not.toBe(plain.ruleId);
    expect(authorized.action).not.toBe('unknown');
  });
});

/** An order status the rules do not know: the reason quotes the page's words, never a status code from its data. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules';
import { shownStatus } from '../../../src/rules/page-status';
import { NOW, snap } from './scenarios';

const reason = (nativeStatus: string) => evaluate(snap({ stage: 'unknown', nativeStatus }), { now: NOW }).reason;

describe('an unknown order status', () => {
  it('quotes the words the page shows', () => {
    expect(reason('Niet verzonden')).toEqual({
      en: 'The page shows the order status “Niet verzonden”, which this extension does not know yet.',
      zh: '本扩展尚不认识页面显示的订单状态“Niet verzonden”。',
    });
    expect(reason('waitsellerconfirm, 等待卖家确认')?.zh).toBe('本扩展尚不认识页面显示的订单状态“等待卖家确认”。');
  });

  it.each(['WAIT_SELLER_EXAMINE_MONEY', 'waitsellerconfirm', 'pendingReview', ''])('does not quote the code “%s”', (code) => {
    expect(reason(code)).toEqual({
      en: 'This order’s status is not one this extension knows yet.',
      zh: '本扩展尚不认识此订单的状态。',
    });
  });

  it('keeps words with spaces and drops codes from a mixed status', () => {
    expect(shownStatus('IN_CANCEL, Awaiting shipment; shipped')).toBe('Awaiting shipment');
    expect(shownStatus('Unshipped')).toBe('Unshipped');
  });
});

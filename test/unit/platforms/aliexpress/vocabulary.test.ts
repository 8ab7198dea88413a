import { describe, expect, test } from 'vitest';
import {
  COUNTDOWN_KEYWORDS,
  deadlineFrom,
  findCountdown,
  findEndReason,
  lookupStatus,
  mayHoldCountdown,
  parseCountdown,
  stageForEndReason,
} from '../../../../src/platforms/aliexpress/vocabulary';
import { findLabeledOrderDate, findLabeledOrderIds, parseOrderDate } from '../../../../src/platforms/aliexpress/labels';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('status vocabulary', () => {
  test.each([
    ['Awaiting payment', 'awaiting-payment', false],
    ['Payment being verified', 'payment-review', false],
    ['Awaiting shipment', 'awaiting-shipment', false],
    ['Awaiting delivery', 'shipped', false],
    ['Completed', 'completed', false],
    ['Closed', 'closed', false],
    ['Cancelled', 'canceled', false],
    ['Canceled', 'canceled', false],
    ['  awaiting   SHIPMENT ', 'awaiting-shipment', false],
    ['等待买家付款', 'awaiting-payment', false],
    ['订单处于风控24小时中', 'payment-review', false],
    ['资金未到账', 'payment-review', false],
    ['等待您发货', 'awaiting-shipment', false],
    ['等待发货', 'awaiting-shipment', false],
    ['部分发货', 'partially-shipped', false],
    ['等待买家收货', 'shipped', false],
    ['买家申请取消', 'awaiting-shipment', true],
    ['Buyer requested cancellation', 'awaiting-shipment', true],
    ['Awaiting cancellation', 'awaiting-shipment', true],
    ['含纠纷的订单', 'in-dispute', false],
    ['纠纷中', 'in-dispute', false],
    ['冻结中的订单', 'frozen', false],
    ['交易关闭', 'closed', false],
    ['Pendiente de envío', 'awaiting-shipment', false],
    ['Ожидает оплаты', 'awaiting-payment', false],
    ['PLACE_ORDER_SUCCESS', 'awaiting-payment', false],
    ['RISK_CONTROL', 'payment-review', false],
    ['IN_CANCEL', 'awaiting-shipment', true],
    ['SELLER_PART_SEND_GOODS', 'partially-shipped', false],
    ['WAIT_BUYER_ACCEPT_GOODS', 'shipped', false],
    ['IN_ISSUE', 'in-dispute', false],
    ['IN_FROZEN', 'frozen', false],
  ])('%s → %s', (word, stage, cancelRequested) => {
    expect(lookupStatus(word)).toEqual({ stage, cancelRequested });
  });

  test('FINISH and 已结束的订单 wait for the end reason; fund processing stays unknown', () => {
    expect(lookupStatus('FINISH')?.stage).toBe('by-end-reason');
    expect(lookupStatus('已结束的订单')?.stage).toBe('by-end-reason');
    expect(lookupStatus('资金处理中')?.stage).toBe('unknown');
    expect(lookupStatus('Fund processing')?.stage).toBe('unknown');
  });

  test('an unknown word, a near miss or a sentence is not a status', () => {
    expect(lookupStatus('Waiting for group buy')).toBeNull();
    expect(lookupStatus('Awaiting shipment soon')).toBeNull();
    expect(lookupStatus('in_cancel')).toBeNull();
    expect(lookupStatus('')).toBeNull();
  });

  test('end reasons settle FINISH as completed or closed, and nothing else', () => {
    expect(stageForEndReason('buyer_accept_goods_timeout')).toBe('completed');
    expect(stageForEndReason('buyer_pay_timeout')).toBe('closed');
    expect(stageForEndReason('seller_send_goods_timeout')).toBe('closed');
    expect(stageForEndReason('end_issue')).toBe('unknown');
    expect(stageForEndReason(undefined)).toBe('unknown');
    expect(findEndReason('Reason: cancel_order_close_trade (buyer)')).toBe('cancel_order_close_trade');
    expect(findEndReason('some_other_code here')).toBeUndefined();
  });
});

describe('countdowns', () => {
  test.each([
    ['01:42:16', HOUR + 42 * MINUTE + 16_000],
    ['2天18小时', 66 * HOUR],
    ['2 days 18 hours', 66 * HOUR],
    ['1天3小时5分', 27 * HOUR + 5 * MINUTE],
    ['2d 18h', 66 * HOUR],
    ['2天 01:42:16', 49 * HOUR + 42 * MINUTE + 16_000],
    // Full-width digits and colon (folded by NFKC), and white space of any kind around the parts.
    ['０１：４２：１６', HOUR + 42 * MINUTE + 16_000],
    [' 2天\n 18小时\u3000', 66 * HOUR],
  ])('%s', (text, ms) => {
    expect(parseCountdown(text)).toBe(ms);
  });

  test('a countdown is found only next to words that say time is running out', () => {
    expect(findCountdown('剩余 1天3小时5分')).toBe(27 * HOUR + 5 * MINUTE);
    expect(findCountdown('剩余 1天23小时10分')).toBe(47 * HOUR + 10 * MINUTE);
    expect(findCountdown('Respond in time. 2 days 18 hours left')).toBe(66 * HOUR);
    expect(findCountdown('Time left to ship: 01:42:16')).toBe(HOUR + 42 * MINUTE + 16_000);
    expect(findCountdown('下单时间：2026-04-13 10:22:05')).toBeNull();
    expect(findCountdown('买家申请取消订单，请在48小时内处理')).toBeNull();
    expect(findCountdown('Only 3 left in stock')).toBeNull();
    expect(findCountdown('Time left: 10:99:00')).toBeNull();
  });

  test('every countdown word is looked for, in any case and in full-width letters (the quick test before the scan)', () => {
    for (const keyword of COUNTDOWN_KEYWORDS) {
      expect(findCountdown(`${keyword} 2天18小时`), keyword).toBe(66 * HOUR);
      expect(findCountdown(`${keyword.toUpperCase()}: 01:42:16`), keyword).toBe(HOUR + 42 * MINUTE + 16_000);
    }
    expect(findCountdown('2 days 18 hours REMAINING')).toBe(66 * HOUR);
    expect(findCountdown('ｔｉｍｅ ｌｅｆｔ ０１:４２:１６')).toBe(HOUR + 42 * MINUTE + 16_000);
  });

  test('a text said to hold no countdown holds none: mayHoldCountdown is false only where findCountdown finds nothing', () => {
    const texts = [
      ...COUNTDOWN_KEYWORDS.flatMap((k) => [`${k} 2天18小时`, `${k.toUpperCase()}: 01:42:16`]),
      'Respond in time. 2 days 18 hours left',
      'ｔｉｍｅ ｌｅｆｔ ０１:４２:１６',
      '2 days 18 hours REMAINING',
      '下单时间：2026-04-13 10:22:05',
      'Order placed 2 days ago',
    ];
    for (const text of texts) if (findCountdown(text) !== null) expect(mayHoldCountdown(text), text).toBe(true);
    expect(mayHoldCountdown('下单时间：2026-04-13 10:22:05 · US $12.99 · Awaiting delivery')).toBe(false);
  });

  test('a deadline is the countdown added to the given now', () => {
    expect(deadlineFrom(new Date('2026-04-14T12:00:00Z'), 27 * HOUR + 5 * MINUTE)).toBe('2026-04-15T15:05:00.000Z');
  });
});

describe('labels', () => {
  test('order ids by label, full-width colon, "Copy" after the digits', () => {
    expect(findLabeledOrderIds('Order date: Apr 13, 2026 Order ID: 8123456789012345Copy')).toEqual(['8123456789012345']);
    expect(findLabeledOrderIds('订单号：8100000000000101')).toEqual(['8100000000000101']);
    expect(findLabeledOrderIds('Order No. 8100000000000201 Order No. 8100000000000202')).toEqual(['8100000000000201', '8100000000000202']);
    expect(findLabeledOrderIds('Order ID: 12345')).toEqual([]);
    expect(findLabeledOrderIds('Tracking 8123456789012345')).toEqual([]);
  });

  test.each([
    ['Apr 13, 2026', '2026-04-13T00:00:00Z'],
    ['13 abr. 2026', '2026-04-13T00:00:00Z'],
    ['13 de abril de 2026', '2026-04-13T00:00:00Z'],
    ['13 апр. 2026 г.', '2026-04-13T00:00:00Z'],
    ['5 juil. 2026', '2026-07-05T00:00:00Z'],
    ['2026-04-13 10:22:05', '2026-04-13T00:00:00Z'],
    ['2026年4月13日', '2026-04-13T00:00:00Z'],
  ])('date %s', (text, iso) => {
    expect(parseOrderDate(text)).toBe(iso);
  });

  test('every month name of the buyer languages, written out or cut short', () => {
    const months: Record<string, readonly string[]> = {
      en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
      de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
      ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    };
    for (const [lang, names] of Object.entries(months))
      names.forEach((name, i) => {
        const iso = `2026-${String(i + 1).padStart(2, '0')}-07T00:00:00Z`;
        expect(parseOrderDate(`7 ${name} 2026`), `${lang} ${name}`).toBe(iso);
        if (!/^jui/iu.test(name)) expect(parseOrderDate(`7 ${name.slice(0, 3)}. 2026`), `${lang} ${name.slice(0, 3)}.`).toBe(iso);
      });
    expect(parseOrderDate('7 Xyz 2026')).toBeUndefined();
  });

  test('a date is read when the calendar has it, for every day of the century and none it lacks', () => {
    // The oracle is the built-in Date; the reader checks the calendar itself.
    const viaDate = (y: number, m: number, d: number) => {
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${date.toISOString().slice(0, 10)}T00:00:00Z` : undefined;
    };
    const differing: string[] = [];
    for (let y = 1999; y <= 2101; y += 1)
      for (let m = 1; m <= 12; m += 1)
        for (let d = 0; d <= 32; d += 1) {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const expected = y < 2000 || y > 2100 ? undefined : viaDate(y, m, d);
          if (parseOrderDate(text) !== expected) differing.push(text);
        }
    expect(differing).toEqual([]);
    expect(parseOrderDate('2026-13-01')).toBeUndefined();
    expect(parseOrderDate('2026-00-10')).toBeUndefined();
  });

  test('impossible or unlabelled dates are not read', () => {
    expect(parseOrderDate('Feb 30, 2026')).toBeUndefined();
    expect(parseOrderDate('13 jui 2026')).toBeUndefined();
    expect(findLabeledOrderDate('Order placed Payment Shipment Order time: Apr 12, 2026 09:14')).toBe('2026-04-12T00:00:00Z');
    expect(findLabeledOrderDate('Apr 12, 2026')).toBeUndefined();
  });
});

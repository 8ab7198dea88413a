import { describe, expect, it } from 'vitest';
import { read1688Status } from '../../../../src/platforms/1688/status';

describe('read1688Status', () => {
  it.each([
    ['等待买家付款', 'awaiting-payment'],
    ['待付款', 'awaiting-payment'],
    ['waitbuyerpay', 'awaiting-payment'],
    ['已支付，未到账', 'awaiting-payment'],
    ['paid_but_not_fund', 'awaiting-payment'],
    ['等待卖家发货', 'awaiting-shipment'],
    ['待发货', 'awaiting-shipment'],
    ['已付款，待发货', 'awaiting-shipment'],
    ['已付款,待发货', 'awaiting-shipment'],
    ['waitsellersend', 'awaiting-shipment'],
    ['等待买家确认收货', 'shipped'],
    ['等待买家收货', 'shipped'],
    ['已发货', 'shipped'],
    ['已发货，未到账', 'shipped'],
    ['待收货', 'shipped'],
    ['等待物流揽件', 'shipped'],
    ['等待买家签收', 'shipped'],
    ['waitbuyerreceive', 'shipped'],
    ['已收货', 'delivered'],
    ['买家已签收', 'delivered'],
    ['confirm_goods', 'delivered'],
    ['交易成功', 'completed'],
    ['success', 'completed'],
    ['交易关闭', 'closed'],
    ['交易取消', 'closed'],
    ['交易终止', 'closed'],
    ['cancel', 'closed'],
    ['terminated', 'closed'],
  ])('%s → %s', (text, stage) => {
    expect(read1688Status(text)).toMatchObject({ stage, refundInProgress: false });
  });

  it('reads a refund marker as a flag on top of the stage', () => {
    expect(read1688Status('等待卖家发货 退款中')).toEqual({ stage: 'awaiting-shipment', refundInProgress: true });
    expect(read1688Status('等待买家确认收货 等待卖家同意')).toEqual({ stage: 'shipped', refundInProgress: true });
    expect(read1688Status('waitsellersend waitselleragree')).toEqual({ stage: 'awaiting-shipment', refundInProgress: true });
  });

  it('does not guess the stage from a refund marker alone', () => {
    expect(read1688Status('退款处理中')).toEqual({ stage: 'unknown', refundInProgress: true });
  });

  it.each([
    ['等待外星人审批'],
    [''],
    ['等待卖家确认订单'],
    ['waitsellerconfirm'],
    // Two different states in one cell: neither is trusted.
    ['等待买家付款 交易成功'],
    // Key-like words inside other words do not count.
    ['unsuccessful'],
  ])('"%s" → unknown', (text) => {
    expect(read1688Status(text).stage).toBe('unknown');
  });
});

/**
 * Order chains: a sales order (Amazon, Shopify) filled by a purchase from a supplier (AliExpress,
 * 1688), linked by the person. Links are local records (table `links`, schema v6); each hint of a
 * linked order shows the other order's last known state and the chain's next step.
 *
 * The next step reads only the two orders' stages as history last saw them; it says nothing when the
 * two agree (both running, both ended): no step beats a guessed one.
 */
import type { LinkRecord, OrderRecord } from '../messages/protocol';
import type { LocalizedText, Platform, Stage } from '../rules/types';
import { orderKeyOf, type HistoryDb } from './db';
import { otherSide, sideOf } from './chain-sides';
import { PRE_SHIPMENT_STAGES } from './stages';

const SHIPPED: readonly Stage[] = ['partially-shipped', 'shipped', 'delivered', 'completed'];
const ENDED_UNFILLED: readonly Stage[] = ['canceled', 'closed'];

export const CHAIN_STEPS = {
  supplierEnded: {
    en: 'The supplier order has ended without the goods: order again (from this or another supplier), or cancel the customer’s order and refund them.',
    zh: '供应商订单已结束且未发货：请重新下单（原供应商或其他供应商），或取消客户订单并退款给客户。',
  },
  customerCanceled: {
    en: 'The customer’s order was canceled: close the supplier order if it is unpaid, or ask the supplier to cancel it before it ships.',
    zh: '客户订单已取消：供应商订单未付款则直接关闭，已付款则在发货前向供应商申请取消。',
  },
  supplierShipped: {
    en: 'The supplier has shipped: the customer’s order can no longer be cancelled cleanly. Deliver it, or agree a return with the customer.',
    zh: '供应商已发货：客户订单已无法干净地取消。请继续完成配送，或与客户协商退货。',
  },
} as const satisfies Record<string, LocalizedText>;

/** The chain's next step for the two orders' last known stages, or undefined when nothing in the chain needs doing. */
export function chainStep(sales: Stage, supplier: Stage): LocalizedText | undefined {
  const salesRunning = PRE_SHIPMENT_STAGES.includes(sales);
  if (ENDED_UNFILLED.includes(supplier) && salesRunning) return CHAIN_STEPS.supplierEnded;
  if (ENDED_UNFILLED.includes(sales) && PRE_SHIPMENT_STAGES.includes(supplier)) return CHAIN_STEPS.customerCanceled;
  if (SHIPPED.includes(supplier) && salesRunning) return CHAIN_STEPS.supplierShipped;
  return undefined;
}

/** A link between two orders, sales order first whichever side asked. Undefined when both are on the same side. */
export function linkOf(
  a: { platform: Platform; orderId: string },
  b: { platform: Platform; orderId: string },
  at: Date,
): LinkRecord | undefined {
  if (sideOf(a.platform) === sideOf(b.platform)) return undefined;
  const [sales, supplier] = sideOf(a.platform) === 'sales' ? [a, b] : [b, a];
  return {
    sales: orderKeyOf(sales.platform, sales.orderId),
    supplier: orderKeyOf(supplier.platform, supplier.orderId),
    at: at.toISOString(),
  };
}

export interface ChainView {
  /** The linked order, as history last saw it (only its id when never seen). */
  other: Pick<OrderRecord, 'key' | 'platform' | 'orderId'> & Partial<Pick<OrderRecord, 'stage' | 'lastAction' | 'lastSeen' | 'url'>>;
  next?: LocalizedText;
}

const splitKey = (key: string): { platform: Platform; orderId: string } => {
  const at = key.indexOf(':');
  return { platform: key.slice(0, at) as Platform, orderId: key.slice(at + 1) };
};

/** Every order linked to this one, with its state and the chain's next step. */
export async function chainsOf(db: HistoryDb, platform: Platform, orderId: string): Promise<ChainView[]> {
  const key = orderKeyOf(platform, orderId);
  const mine = sideOf(platform);
  const links = await db.links.where(mine).equals(key).toArray();
  if (links.length === 0) return [];
  const otherKeys = links.map((l) => (mine === 'sales' ? l.supplier : l.sales));
  const [self, ...others] = await db.orders.bulkGet([key, ...otherKeys]);
  return otherKeys.map((otherKey, i) => {
    const o = others[i];
    const view: ChainView = {
      other: o
        ? {
            key: o.key,
            platform: o.platform,
            orderId: o.orderId,
            stage: o.stage,
            lastAction: o.lastAction,
            lastSeen: o.lastSeen,
            ...(o.url && { url: o.url }),
          }
        : { key: otherKey, ...splitKey(otherKey) },
    };
    if (self && o) {
      const next = mine === 'sales' ? chainStep(self.stage, o.stage) : chainStep(o.stage, self.stage);
      if (next) view.next = next;
    }
    return view;
  });
}

/** Recently seen orders of the other side, newest first, to pick the one to link. */
export async function linkCandidates(db: HistoryDb, platform: Platform, limit: number): Promise<OrderRecord[]> {
  const lists = await Promise.all(
    otherSide(platform).map((p) => db.orders.where('[platform+lastSeen]').between([p, ''], [p, '\uffff']).reverse().limit(limit).toArray()),
  );
  return lists
    .flat()
    .sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : -1))
    .slice(0, limit)
    .map(({ summary: _s, ...o }) => o);
}

export async function addLink(db: HistoryDb, link: LinkRecord): Promise<boolean> {
  const existing = await db.links.where('[sales+supplier]').equals([link.sales, link.supplier]).first();
  if (existing) return false;
  await db.links.add(link);
  return true;
}

export async function removeLink(db: HistoryDb, sales: string, supplier: string): Promise<boolean> {
  return (await db.links.where('[sales+supplier]').equals([sales, supplier]).delete()) > 0;
}

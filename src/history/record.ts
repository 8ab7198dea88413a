/**
 * Recording what the extension saw on a seller page. Only order facts are stored (platform,
 * order id, stage, the status word bounded and normalised, verdict ids) — never buyer names, addresses or phones, never
 * the product title (OrderSnapshot.itemTitle fills a message's blank and is not history), and never
 * a URL's query or fragment, which on list pages can carry a search for a buyer's name.
 */
import { Dexie } from 'dexie';
import type { OrderRecord } from '../messages/protocol';
import type { OrderSnapshot, Stage, Verdict } from '../rules/types';
import { orderKeyOf, type HistoryDb, type StoredObservation } from './db';
import { applyOrderChanges, type OrderChange } from './aggregates';
import { byTime, summarize, type StoredOrder } from './ending';
import { addMissingFollowUps, followUpsToKeep } from './follow-ups';
import { orderFactsAfter } from './order-facts';
import { remindersAfter } from './reminders';
import { statusWord } from './status-word';
import { ENDED_STAGES } from './stages';

/** Origin and path only: the order id is stored on its own, the rest may be personal. */
export function storableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}

/** The part of an observation that, unchanged, means "nothing new happened". */
function stateOf(snapshot: OrderSnapshot, verdict: Verdict): string {
  return [snapshot.stage, String(snapshot.cancelRequested), verdict.action, verdict.ruleId].join('|');
}

function sameState(latest: StoredObservation, snapshot: OrderSnapshot, verdict: Verdict): boolean {
  return (
    latest.stage === snapshot.stage &&
    latest.cancelRequested === snapshot.cancelRequested &&
    latest.action === verdict.action &&
    latest.ruleId === verdict.ruleId
  );
}

/**
 * Upserts the order and adds an observation when its state differs from the latest one.
 * Seeing the same state again only moves `lastSeen`. The observation's `dedupe` key names the
 * observation it follows, so the unique index rejects a double write of the same step while a
 * real return to an earlier state (A → B → A) is still recorded.
 * A snapshot without an order id is not recorded (there is nothing to key it by).
 * Pass the snapshot as judged, with the order's history merged in (src/history/order-facts.ts):
 * the record's facts (when a request or the shipment was first seen) follow from it.
 */
export async function recordObservation(
  db: HistoryDb,
  snapshot: OrderSnapshot,
  verdict: Verdict,
  at: Date,
  /** A batch's list of order changes: the caller moves the statistics' counters once for all (in the same transaction). */
  batch?: OrderChange[],
): Promise<{ added: boolean }> {
  if (!snapshot.orderId.trim()) return { added: false };
  const orderKey = orderKeyOf(snapshot.platform, snapshot.orderId);
  const atIso = at.toISOString();

  return db.transaction('rw', [db.orders, db.observations, db.followUps, db.aggregates], async () => {
    const existing = await db.orders.get(orderKey);
    // All of the order's observations (a handful), oldest first: the latest decides whether this
    // one is new, and all of them make the summary the statistics read.
    const seen: StoredObservation[] = await db.observations
      .where('[orderKey+at]')
      .between([orderKey, Dexie.minKey], [orderKey, Dexie.maxKey])
      .toArray();
    const latest = seen.at(-1);
    let added = false;
    if (!latest || !sameState(latest, snapshot, verdict)) {
      const observation: StoredObservation = {
        orderKey,
        at: atIso,
        stage: snapshot.stage,
        nativeStatus: statusWord(snapshot.nativeStatus),
        cancelRequested: snapshot.cancelRequested,
        action: verdict.action,
        outcome: verdict.outcome,
        ruleId: verdict.ruleId,
        rulesetVersion: verdict.rulesetVersion,
        url: storableUrl(snapshot.source.url),
        dedupe: `${orderKey}|after:${latest?.id ?? 0}|${stateOf(snapshot, verdict)}`,
      };
      observation.id = await db.observations.add(observation);
      seen.push(observation);
      added = true;
    }
    const summary = added || !existing?.summary ? summarize(seen.sort(byTime)) : existing.summary;
    const {
      cancelRequestedAt: _a,
      cancelRequestSeenBy: _b,
      shippedAt: _c,
      url: _u,
      due: _d,
      dueAt: _e,
      remindOff: _f,
      notifiedFor: _g,
      ...order
    } = mergeOrder(existing, snapshot, verdict, atIso);
    // The newest sighting's page is the one a reminder opens; an older sighting keeps it.
    const url = existing && atIso < existing.lastSeen ? existing.url : storableUrl(snapshot.source.url) || existing?.url;
    const after: StoredOrder = {
      ...order,
      ...orderFactsAfter(existing, snapshot, atIso),
      ...remindersAfter(existing, snapshot.stage, verdict, at),
      ...(url ? { url } : {}),
      summary,
    };
    await db.orders.put(after);
    if (batch) batch.push({ before: existing, after });
    else await applyOrderChanges(db.aggregates, [{ before: existing, after }]);

    if (ENDED_STAGES.includes(snapshot.stage)) {
      // Acted: the order was seen here alive and then ended (the worker records a list's orders in
      // one transaction over these three tables, so recorded actions are not read here).
      const acted = seen.some((o) => !ENDED_STAGES.includes(o.stage as Stage));
      await addMissingFollowUps(db, orderKey, followUpsToKeep(snapshot, verdict.followUps, acted), at);
    }
    return { added };
  });
}

/** firstSeen is kept, lastSeen only moves forward; the current state follows the newest sighting. */
function mergeOrder(existing: OrderRecord | undefined, snapshot: OrderSnapshot, verdict: Verdict, atIso: string): OrderRecord {
  const current: OrderRecord = {
    key: orderKeyOf(snapshot.platform, snapshot.orderId),
    platform: snapshot.platform,
    orderId: snapshot.orderId,
    stage: snapshot.stage,
    firstSeen: atIso,
    lastSeen: atIso,
    lastAction: verdict.action,
    lastRuleId: verdict.ruleId,
  };
  const marketplace = existing?.marketplace ?? snapshot.marketplace;
  if (marketplace) current.marketplace = marketplace;
  // The newest page that says who ships wins; a page that does not say keeps what was known.
  const fulfilledBy = snapshot.fulfilledBy ?? existing?.fulfilledBy;
  if (fulfilledBy) current.fulfilledBy = fulfilledBy;
  if (!existing) return current;
  const isNewest = atIso >= existing.lastSeen;
  return {
    ...(isNewest ? current : existing),
    ...(marketplace ? { marketplace } : {}),
    ...(fulfilledBy ? { fulfilledBy } : {}),
    firstSeen: atIso < existing.firstSeen ? atIso : existing.firstSeen,
    lastSeen: isNewest ? atIso : existing.lastSeen,
  };
}

/**
 * Turning what a reader found into an OrderSnapshot, the same way for every AliExpress reader: the status word's
 * meaning, FINISH orders settled by their end reason, and every field that could not be read named in `missing`.
 */
import type { OrderSnapshot, Perspective, Stage } from '../../rules/types';
import type { StatusFinding } from './status-in-page';
import { findEndReason, lookupStatus, stageForEndReason, type StatusMeaning } from './vocabulary';

export interface StatusRead {
  nativeStatus: string;
  stage: Stage;
  cancelRequested: boolean;
  endReason?: string;
  missing: string[];
}

/**
 * The stage for a status word. `meaning` is passed when the caller already looked the word up; `context` is the
 * order's text, searched for an end_reason code when the word only says the order has ended.
 */
export function statusRead(nativeStatus: string, context: PageContext, meaning = lookupStatus(nativeStatus)): StatusRead {
  if (meaning === null) return { nativeStatus, stage: 'unknown', cancelRequested: false, missing: ['stage'] };
  return fromMeaning(nativeStatus, meaning, context);
}

/**
 * The text around a status, where an ended order's reason is looked for: a string, or a function that reads it only
 * when asked (most statuses need no reason, and a list reads a hundred cards).
 */
export type PageContext = string | (() => string);

function fromMeaning(nativeStatus: string, meaning: StatusMeaning, context: PageContext): StatusRead {
  if (meaning.stage !== 'by-end-reason') {
    const missing = meaning.stage === 'unknown' ? ['stage'] : [];
    return { nativeStatus, stage: meaning.stage, cancelRequested: meaning.cancelRequested, missing };
  }
  const endReason = findEndReason(typeof context === 'string' ? context : context());
  const stage = stageForEndReason(endReason);
  const missing = endReason === undefined ? ['endReason', 'stage'] : stage === 'unknown' ? ['stage'] : [];
  return { nativeStatus, stage, cancelRequested: false, ...(endReason === undefined ? {} : { endReason }), missing };
}

/** A status finding as a StatusRead; several conflicting words are kept in nativeStatus so a person can see them. */
export function statusFromFinding(finding: StatusFinding, context: PageContext): StatusRead {
  switch (finding.kind) {
    case 'found':
      return statusRead(finding.word.text, context, finding.word.meaning);
    case 'ambiguous':
      return { nativeStatus: finding.texts.join(' / '), stage: 'unknown', cancelRequested: false, missing: ['stage'] };
    case 'none':
      return { nativeStatus: '', stage: 'unknown', cancelRequested: false, missing: ['stage'] };
  }
}

export interface SnapshotParts {
  reader: string;
  perspective: Perspective;
  url: URL;
  orderId: string;
  status: StatusRead;
  orderedAt?: string | undefined;
  deadlineAt?: string | undefined;
  itemCount?: number | undefined;
  itemTitle?: string | undefined;
  marketplace?: string | undefined;
}

export function buildSnapshot(p: SnapshotParts): OrderSnapshot {
  const missing = [...p.status.missing];
  if (p.orderedAt === undefined) missing.push('orderedAt');
  return {
    platform: 'aliexpress',
    perspective: p.perspective,
    orderId: p.orderId,
    ...(p.marketplace === undefined ? {} : { marketplace: p.marketplace }),
    stage: p.status.stage,
    nativeStatus: p.status.nativeStatus,
    cancelRequested: p.status.cancelRequested,
    ...(p.orderedAt === undefined ? {} : { orderedAt: p.orderedAt }),
    ...(p.deadlineAt === undefined ? {} : { deadlineAt: p.deadlineAt }),
    ...(p.status.endReason === undefined ? {} : { endReason: p.status.endReason }),
    ...(p.itemCount === undefined ? {} : { itemCount: p.itemCount }),
    ...(p.itemTitle === undefined ? {} : { itemTitle: p.itemTitle }),
    source: { url: p.url.href, reader: p.reader, missing },
  };
}

/** The shopping host's country site, e.g. 'aliexpress.com', 'es.aliexpress.com' (the buyer's UI language). */
export const buyerMarketplace = (url: URL): string => url.hostname.replace(/^www\./, '');

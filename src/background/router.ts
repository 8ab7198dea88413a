/**
 * Routes a validated request to its handler. Extension pages may ask anything; content
 * scripts may only ask for verdicts (they never read history).
 */
import { fail, ok, type Result, type WorkerRequest } from '../messages/protocol';
import { orderHistory, recentOrders } from '../history/queries';
import { evaluateOrder } from './evaluate-order';
import { withHistory } from './history-access';
import type { SenderKind } from './sender';

export async function route(req: WorkerRequest, from: SenderKind): Promise<Result<unknown>> {
  switch (req.kind) {
    case 'evaluate':
      return ok(await evaluateOrder(req, new Date()));
    case 'history/order':
      if (from !== 'extension-page') return fail('history is only readable from extension pages');
      return withHistory((db) => orderHistory(db, req.platform, req.orderId));
    case 'history/recent':
      if (from !== 'extension-page') return fail('history is only readable from extension pages');
      return withHistory((db) => recentOrders(db, req.limit));
    default:
      return fail(`no handler for ${req.kind}`);
  }
}

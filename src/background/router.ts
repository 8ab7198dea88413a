/**
 * Routes a validated request to its handler. Extension pages may ask anything; content scripts
 * may only ask for verdicts, read the settings (the interface language), remember the store name and record what the person
 * did in the hint (they never read history or templates, and cannot delete). Export and import do
 * not pass through here: the extension page streams them between the file and the database itself
 * (src/options/sections/history-transfer.ts), since one message could not carry a large history.
 */
import { fail, ok, type Result, type WorkerRequest } from '../messages/protocol';
import { orderKeyOf } from '../history/db';
import { completeFollowUp } from '../history/follow-ups';
import { orderHistory, recentOrders, recordAction, type OrderActionKind, type OrderActionPayload } from '../history/queries';
import { deleteAllHistory } from '../history/retention';
import { historyStats } from '../history/stats';
import { searchOrders } from '../history/search';
import { platformDefinition } from '../platforms/registry';
import { addLink, chainsOf, linkCandidates, linkOf, removeLink } from '../history/chains';
import { deleteTemplate, listTemplates, saveTemplate } from '../history/templates';
import { forgetWord, listWords, teachWord } from '../history/taught-words';
import { pruneOnFirstMessageOfDay } from './daily-prune';
import { evaluateOrder } from './evaluate-order';
import { evaluateMany, recording } from './evaluate-many';
import { withHistory } from './history-access';
import { currentSettings, settingsChanged, storeSettings, updateSettings } from './user-settings';
import { templatesChanged } from './custom-templates';
import { setRemind, syncOnFirstMessage, syncReminders } from './reminders';
import type { SenderKind } from './sender';

/** What a content script may send; everything else needs an extension page. */
const CONTENT_KINDS: ReadonlySet<WorkerRequest['kind']> = new Set([
  'evaluate',
  'evaluate-many',
  'history/action',
  'settings/get',
  // The store name typed into a message's blank, remembered (it can write no other setting).
  'settings/store-name',
  'reminders/set',
  // Only the orders linked to the one the page shows: a content script never reads the history at large.
  'links/of',
  // Links this page's order to another by the number the person typed (it reads nothing back).
  'links/set',
  // The hint's "This means …" and "Forget this word": the answer is that platform's words only.
  'words/teach',
  'words/forget',
]);

/** Requests after which the orders' deadlines or the reminder settings may differ: the badge and the alarm are rebuilt. */
const CHANGES_REMINDERS: ReadonlySet<WorkerRequest['kind']> = new Set([
  'evaluate',
  'evaluate-many',
  'settings/set',
  'history/changed',
  'history/delete-all',
]);

export async function route(req: WorkerRequest, from: SenderKind, now: Date = new Date()): Promise<Result<unknown>> {
  void pruneOnFirstMessageOfDay(now);
  syncOnFirstMessage();
  if (from !== 'extension-page' && !CONTENT_KINDS.has(req.kind)) return fail(`${req.kind} is only available to extension pages`);
  const answer = await answerFor(req, now);
  const recorded = req.kind !== 'evaluate' && req.kind !== 'evaluate-many' ? true : req.record;
  // A batch is recorded after its answer: the reminders wait for the write.
  if (CHANGES_REMINDERS.has(req.kind) && recorded) void recording.then(() => syncReminders());
  return answer;
}

async function answerFor(req: WorkerRequest, now: Date): Promise<Result<unknown>> {
  switch (req.kind) {
    case 'evaluate':
      return ok(await evaluateOrder(req, now));
    case 'evaluate-many':
      return ok(await evaluateMany(req, now));
    case 'history/order':
      return withHistory((db) => orderHistory(db, req.platform, req.orderId));
    case 'history/recent':
      return withHistory((db) => recentOrders(db, req.limit));
    case 'settings/get':
      return ok(await currentSettings());
    case 'settings/set':
      return storeSettings(req.settings);
    case 'settings/store-name':
      return updateSettings({ storeName: req.storeName });
    case 'templates/list':
      return withHistory(listTemplates);
    case 'templates/save': {
      const saved = await withHistory((db) => saveTemplate(db, req.template, now));
      templatesChanged();
      if (!saved.ok) return saved;
      return saved.value ? ok(saved.value) : fail(`no custom template ${req.template.id ?? ''} to replace`);
    }
    case 'templates/delete': {
      const deleted = await withHistory((db) => deleteTemplate(db, req.id));
      templatesChanged();
      return deleted;
    }
    case 'history/action': {
      const { kind, payload } = req.action;
      return withHistory((db) =>
        recordAction(db, orderKeyOf(req.platform, req.orderId), kind, payload as OrderActionPayload<OrderActionKind>, now),
      );
    }
    case 'history/follow-up-done':
      return withHistory(async (db) => ({ done: await completeFollowUp(db, orderKeyOf(req.platform, req.orderId), req.followUpId, now) }));
    case 'history/stats': {
      const target = (await currentSettings()).rules.amazonCancellationRateTargetPct;
      return withHistory((db) => historyStats(db, now, target === undefined ? {} : { amazonTargetPct: target }));
    }
    case 'history/search':
      return withHistory((db) => searchOrders(db, req.query));
    case 'links/of':
      return withHistory(async (db) =>
        (await chainsOf(db, req.platform, req.orderId)).map((c) => ({
          ...c,
          other: { ...c.other, name: platformDefinition(c.other.platform).name },
        })),
      );
    case 'links/candidates':
      return withHistory((db) => linkCandidates(db, req.platform, req.limit));
    case 'links/set': {
      const link = linkOf(req.a, req.b, now);
      if (!link) return fail('a link joins a sales order (Amazon, Shopify) and a supplier order (AliExpress, 1688)');
      return withHistory(async (db) => ({ changed: req.on ? await addLink(db, link) : await removeLink(db, link.sales, link.supplier) }));
    }
    case 'reminders/set':
      return ok(await setRemind(req.platform, req.orderId, req.on));
    case 'history/changed':
      // An extension page imported a file straight into the database: read settings and templates again.
      templatesChanged();
      settingsChanged();
      return ok({ done: true });
    case 'history/delete-all':
      return withHistory(deleteAllHistory);
    case 'words/teach': {
      const taught = await withHistory((db) => teachWord(db, req.platform, req.word, req.stage, now));
      if (!taught.ok) return taught;
      return taught.value ? ok(taught.value) : fail('too many taught words for this platform: forget some in the options first');
    }
    case 'words/forget':
      return withHistory((db) => forgetWord(db, req.platform, req.word));
    case 'words/list':
      return withHistory(listWords);
    default:
      // 'diagnostics' is answered in index.ts before routing.
      return fail(`no handler for ${(req as WorkerRequest).kind}`);
  }
}

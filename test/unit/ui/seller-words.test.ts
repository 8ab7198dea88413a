// @vitest-environment happy-dom
/**
 * What a seller reads never shows an internal identifier: a field name (orderedAt), a rule or template id
 * (shopify.unfulfilled), a stage, action, consequence or source id (awaiting-shipment, seed:002), a platform's code
 * instead of its name, an error code or API name (QuotaExceededError, IndexedDB), a source file name.
 * Collected from every place such a text is made: the interface catalogue in both languages, every verdict of every
 * rule on every kind of page, the labels, the source titles, the template titles, the Amazon message check, the
 * import report, and the error sentences of the pages.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { describeHistoryError } from '../../../src/history/errors';
import type { ImportFailure } from '../../../src/history/export-reader';
import type { ImportReport } from '../../../src/messages/protocol';
import { IMPORT_ENTRY_KINDS, IMPORT_SKIP_REASONS } from '../../../src/messages/schemas';
import { importFailureText, skippedText } from '../../../src/options/sections/import-report';
import { TimersSection } from '../../../src/options/sections/TimersSection';
import { App as StatsApp } from '../../../src/stats/App';
import type { Ask } from '../../../src/messages/client';
import { fail, ok, type HistoryStats } from '../../../src/messages/protocol';
import { PLATFORM_DEFINITIONS } from '../../../src/platforms/registry';
import { evaluate, type OrderSnapshot } from '../../../src/rules';
import { DATE_FIELDS } from '../../../src/rules/date-fields';
import { SRC } from '../../../src/rules/sources';
import { ALL_RULES } from '../../../src/rules/tables';
import { ACTIONS, ACTORS, PERSPECTIVES, PLATFORMS, STAGES, UI_LANGS, type LocalizedText } from '../../../src/rules/types';
import { checkAmazonCompliance } from '../../../src/templates/compliance';
import { templateIds } from '../../../src/templates/ids';
import { TEMPLATES } from '../../../src/templates/library';
import { errorText } from '../../../src/ui/error-text';
import { actionLabel, actionLabelOf, platformLabel } from '../../../src/ui/labels';
import { actorLabel, stageLabel } from '../../../src/ui/order-labels';
import '../../../src/ui/page-strings';
import { sourceTitle } from '../../../src/ui/source-titles';
import { VerdictCard } from '../../../src/ui/VerdictCard';
import { messagesFor } from '../../../src/templates/render';
import { EVERY_PAGE } from '../rules/pages';
import { NOW, SCENARIOS, snap } from '../rules/scenarios';

type Said = { where: string; text: string };

const both = (where: string, text: LocalizedText): Said[] => UI_LANGS.map((lang) => ({ where: `${where} [${lang}]`, text: text[lang] }));

/** Every verdict text of every rule, on every kind of page, and of the snapshots the rules cannot judge. */
function verdictTexts(): { said: Said[]; ids: Set<string> } {
  const said: Said[] = [];
  const ids = new Set<string>();
  const unjudged: OrderSnapshot[] = [
    ...DATE_FIELDS.map((field) => snap({ [field]: 'not a date' })),
    snap({ platform: 'ebay' as never }),
    snap({ perspective: 'neither' as never }),
    snap({ orderId: ' ' }),
    snap({ stage: 'unknown', nativeStatus: 'Niet verzonden' }),
    // A status code from the page's data is not what the page shows the seller.
    snap({ platform: 'aliexpress', stage: 'unknown', nativeStatus: 'WAIT_SELLER_EXAMINE_MONEY' }),
    snap({ platform: '1688', stage: 'unknown', nativeStatus: 'waitsellerconfirm, 等待卖家确认' }),
    snap({ fulfilledBy: undefined }),
    snap({ orderedAt: '2026-03-09T00:00:00Z' }),
  ];
  const orders = [...SCENARIOS.flatMap(({ order }) => EVERY_PAGE.map((page) => ({ ...order, ...page }))), ...unjudged];
  for (const order of orders) {
    const v = evaluate(order, { now: NOW });
    const parts: Array<[string, LocalizedText]> = [
      ['headline', v.headline],
      ...v.steps.map((s, i) => [`step ${i + 1}`, s] as [string, LocalizedText]),
      ...v.consequences.map((c) => [`consequence ${c.id}`, c.text] as [string, LocalizedText]),
      ...v.followUps.map((f) => [`follow-up ${f.id}`, f.text] as [string, LocalizedText]),
      ...v.deadlines.map((d) => [`deadline ${d.id}`, d.text] as [string, LocalizedText]),
    ];
    if (v.reason) parts.push(['reason', v.reason]);
    if (v.outcomeNote) parts.push(['outcome note', v.outcomeNote]);
    for (const [what, text] of parts) said.push(...both(`${v.ruleId} ${order.platform}/${order.perspective} ${what}`, text));
    for (const x of [...v.consequences, ...v.followUps, ...v.deadlines, ...v.sources]) ids.add(x.id);
    for (const s of v.sources) said.push(...UI_LANGS.map((lang) => ({ where: `source ${s.id} [${lang}]`, text: sourceTitle(s, lang) })));
  }
  return { said, ids };
}

/** The import report for one entry of every kind with every reason, for an order of each platform and of none. */
function importReportTexts(): Said[] {
  type Skip = ImportReport['skipped'][number];
  const entries: Skip[] = IMPORT_ENTRY_KINDS.flatMap((what) =>
    IMPORT_SKIP_REASONS.flatMap((why) => [
      { what, why, n: 3 },
      { what, why },
      { what, why, n: 2, of: 'follow-up' as const },
      ...[...PLATFORMS, 'ebay'].map((platform) => ({ what, why, n: 1, platform, orderId: '111-2', word: 'Niet verzonden' })),
      { what, why, n: 1, platform: 'amazon', orderId: '111-2', detail: 'orders[0].lastSeen is not a date' },
    ]),
  );
  const failures: ImportFailure[] = ['not-json', 'not-export', 'too-large', 'version'];
  return UI_LANGS.flatMap((lang) => [
    ...entries.map((s) => ({ where: `import report ${JSON.stringify(s)} [${lang}]`, text: skippedText(s, lang) })),
    ...failures.map((code) => ({ where: `import refused ${code} [${lang}]`, text: importFailureText(code, lang) })),
  ]);
}

/** The sentences the worker and the messaging layer answer with, as the pages show them. */
function errorTexts(): Said[] {
  const answers = [
    describeHistoryError(new DOMException('full', 'QuotaExceededError')).message,
    describeHistoryError({ name: 'MissingAPIError', message: 'IndexedDB API missing' }).message,
    describeHistoryError({ name: 'ConstraintError', message: 'Key already exists in the object store.' }).message,
    'rejected: settings.retentionDays must be a whole number from 1 to 3650',
    'rejected: unknown message kind',
    'history/search is only available to extension pages',
    'no custom template custom:7 to replace',
    'no answer from the background worker',
    'Could not establish connection. Receiving end does not exist.',
    'a link joins a sales order (Amazon, Shopify) and a supplier order (AliExpress, 1688)',
    'too many taught words for this platform: forget some in the options first',
    'TypeError: Cannot read properties of undefined (reading "orderKey")',
  ];
  return UI_LANGS.flatMap((lang) => answers.map((answer) => ({ where: `error “${answer}” [${lang}]`, text: errorText(answer, lang) })));
}

/** An element's texts, each on its own (textContent runs neighbours together: "minutesReset"). */
function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  while (walker.nextNode()) out.push(walker.currentNode.textContent ?? '');
  return out;
}

/** The verdict card as drawn for every scenario's order, its messages included, in both languages. */
function cardTexts(): Said[] {
  const orders = [
    ...SCENARIOS.map(({ order }) => order),
    snap({ platform: 'aliexpress', stage: 'unknown', nativeStatus: 'WAIT_SELLER_EXAMINE_MONEY' }),
  ];
  return UI_LANGS.flatMap((lang) =>
    orders.flatMap((order) => {
      const verdict = evaluate(order, { now: NOW });
      const root = document.createElement('div');
      render(h(VerdictCard, { verdict, snapshot: order, messages: messagesFor(verdict.templates, order), lang, now: NOW }), root);
      const said = textNodes(root).map((text) => ({ where: `card ${verdict.ruleId} [${lang}]`, text }));
      render(null, root);
      return said;
    }),
  );
}

/** The statistics page as drawn for a history with recorded reasons, reasons never recorded (a rule decided) and follow-ups. */
async function statsTexts(): Promise<Said[]> {
  const stats: HistoryStats = {
    at: '2026-03-03T12:00:00.000Z',
    orders: 42,
    endedByPlatform: { amazon: { canceled: 3, closed: 0 }, aliexpress: { canceled: 1, closed: 2 }, '1688': { canceled: 0, closed: 1 } },
    endedByReason: [
      { reason: 'amazon.unshipped.mfn.seller-cancel', count: 3 },
      { reason: 'NoInventory', count: 2 },
      { reason: 'ShippingAddressUndeliverable', count: 1 },
      { reason: 'out of stock', count: 1 },
    ],
    endedByInitiator: { seller: 2, buyer: 1, platform: 1 },
    amazonCancelRate7d: { orders: 40, sellerCancellations: 1, ratePct: 2.5, warn: true },
    aliexpressSellerFault30d: 1,
    openFollowUps: [
      {
        seq: 1,
        orderKey: 'aliexpress:8100352716490101',
        id: 'check-refund',
        text: { en: 'Check the refund arrived.', zh: '确认退款已到账。' },
        createdAt: '2026-03-01T00:00:00.000Z',
        dueAt: '2026-03-04T00:00:00.000Z',
        doneAt: null,
      },
    ],
    daily: [{ day: '2026-03-03', canceled: 2, closed: 1 }],
    windowDays: 30,
  };
  const ask = (async (req: { kind: string }) =>
    req.kind === 'history/stats' ? ok(stats) : req.kind === 'settings/get' ? ok({ rules: {} }) : fail(`unexpected ${req.kind}`)) as Ask;
  const said: Said[] = [];
  for (const lang of UI_LANGS) {
    const root = document.createElement('div');
    await act(async () => {
      render(h(StatsApp, { initialLang: lang, onLangChange: () => undefined, ask }), root);
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.textContent).toContain(lang === 'en' ? 'AliExpress' : '速卖通');
    said.push(...textNodes(root).map((text) => ({ where: `statistics [${lang}]`, text })));
    render(null, root);
  }
  return said;
}

/** The options page's timers, as drawn: each setting's words, default and the source it rests on. */
function timerTexts(): Said[] {
  return UI_LANGS.flatMap((lang) => {
    const root = document.createElement('div');
    render(h(TimersSection, { rules: {}, lang, onChange: () => undefined }), root);
    const said = [...root.querySelectorAll('.options-timer')].map((field) => ({
      where: `options timer ${field.getAttribute('data-setting')} [${lang}]`,
      text: textNodes(field).join('\n'),
    }));
    render(null, root);
    return said;
  });
}

function catalogueTexts(): Said[] {
  return [
    ...Object.entries(en).map(([key, { message }]) => ({ where: `catalogue ${key} [en]`, text: message })),
    ...Object.entries(zh).map(([key, { message }]) => ({ where: `catalogue ${key} [zh]`, text: message })),
  ];
}

/** Every text in both languages held anywhere in a value (the platforms' definitions: names, picker labels, facts). */
function localizedIn(value: unknown, where: string, seen = new Set<unknown>()): Said[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.en === 'string' && typeof o.zh === 'string') return both(where, o as LocalizedText);
  return Object.entries(o).flatMap(([key, inner]) => localizedIn(inner, `${where}.${key}`, seen));
}

function labelTexts(): Said[] {
  return [
    ...localizedIn(PLATFORM_DEFINITIONS, 'platforms'),
    ...UI_LANGS.flatMap((lang) => [
      ...STAGES.map((s) => ({ where: `stage ${s} [${lang}]`, text: stageLabel(s, lang) })),
      ...ACTIONS.map((a) => ({ where: `action ${a} [${lang}]`, text: actionLabel(a, lang) })),
      ...PLATFORMS.map((p) => ({ where: `platform ${p} [${lang}]`, text: platformLabel(p, lang) })),
      ...PLATFORMS.flatMap((p) =>
        PERSPECTIVES.flatMap((side) =>
          ACTORS.map((a) => ({ where: `actor ${a} ${p}/${side} [${lang}]`, text: actorLabel(a, side, p, lang) })),
        ),
      ),
      ...Object.values(SRC).map((s) => ({ where: `source ${s.id} [${lang}]`, text: sourceTitle(s, lang) })),
      ...templateIds.map((id) => ({ where: `template ${id} [${lang}]`, text: TEMPLATES[id].title[lang] })),
      ...checkAmazonCompliance(
        'Please cancel the order or request a cancellation, we are out of stock. Visit https://shop.example, mail me at a@b.example ' +
          'or call +1 555 123 4567, or WhatsApp. Here is a coupon for a 5-star review 😀. Send your new address. Remove your feedback.',
      ).problems.map((p) => ({ where: `message check ${p.id} [${lang}]`, text: p[lang] })),
    ]),
  ];
}

/** Ids of the code that are also plain words where a seller reads them ("the ship-by date", "auto-cancel"). */
const PLAIN_COMPOUNDS = new Set(['ship-by', 'auto-cancel', 'follow-up']);

/** The identifiers in a text; a {blank} a seller fills in a message template is theirs to write, not an id. */
function identifiersIn(text: string, ids: ReadonlySet<string>): string[] {
  const plain = text.replace(/\{[A-Za-z]+\}/g, '');
  const found = [
    ...(plain.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []), // a field or function name: orderedAt, shipBy
    ...(plain.match(/\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/g) ?? []), // a status or error code: IN_CANCEL, history_error_other
    ...(plain.match(/\b[\w-]+\.(?:tsx?|jsx?|json|md|css)\b/g) ?? []), // a source file
    ...(plain.match(/\b[a-z][a-z0-9-]*:[\w#-]+/g) ?? []), // a record key or a source id: amazon:111-2, seed:002
    ...(plain.match(/IndexedDB|Dexie|\bchrome\.\w+|\b[A-Z][a-zA-Z]*Error\b|\bundefined\b|\bnull\b|\bNaN\b/g) ?? []),
    // A platform's code, not its name (a domain, amazon.de, or an id it starts, shopify.unfulfilled, is left to the id list).
    ...(plain.match(/\b(?:aliexpress|shopify|amazon)\b(?![.:])/g) ?? []),
  ];
  for (const id of ids)
    if (!PLAIN_COMPOUNDS.has(id) && new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(plain))
      found.push(id);
  return [...new Set(found)];
}

const ruleTexts = verdictTexts();
/** Every id with a separator: single-word ids (cancel, shipped) are the plain words they are named after. */
const IDS: ReadonlySet<string> = new Set(
  [
    ...STAGES,
    ...ACTIONS,
    ...ACTORS,
    ...ALL_RULES.map((r) => r.id),
    ...templateIds,
    ...ruleTexts.ids,
    ...Object.values(SRC).map((s) => s.id),
    ...IMPORT_ENTRY_KINDS,
    ...IMPORT_SKIP_REASONS,
    ...DATE_FIELDS,
  ].filter((id) => /[-.:A-Z]/.test(id)),
);

describe('the words a seller reads', () => {
  it('catch identifiers of every kind (the finder itself)', () => {
    const caught = (text: string) => identifiersIn(text, IDS);
    expect(caught('The date field “orderedAt” could not be read.')).toEqual(['orderedAt']);
    expect(caught('Rule shopify.unfulfilled decided.')).toEqual(['shopify.unfulfilled']);
    expect(caught('order 3 (ebay:1): platform is not a known platform')).toEqual(['ebay:1']);
    expect(caught('Order 2 (amazon:111-2)')).toEqual(['amazon:111-2']);
    expect(caught('The order is awaiting-shipment.')).toEqual(['awaiting-shipment']);
    expect(caught('From aliexpress, see seed:004 and rules.ts')).toEqual(['rules.ts', 'seed:004', 'aliexpress']);
    expect(caught('IndexedDB unavailable (QuotaExceededError)')).toEqual(['IndexedDB', 'QuotaExceededError']);
    expect(caught('Status IN_CANCEL')).toEqual(['IN_CANCEL']);
    expect(caught('Ship before the ship-by date; sold on amazon.de by Amazon; fills {storeName}')).toEqual([]);
  });

  it.each([
    ['the interface catalogue', catalogueTexts],
    ['every verdict of every rule on every kind of page', () => ruleTexts.said],
    ['the labels, source titles, template titles and message check', labelTexts],
    ['the import report', importReportTexts],
    ['the options page’s timers', timerTexts],
    ['the verdict card, messages included, for every rule', cardTexts],
    ['the error sentences of the pages', errorTexts],
    ['the statistics page', statsTexts],
  ])('%s name no internal identifier', async (_name, collect) => {
    const said = await collect();
    expect(said.length).toBeGreaterThan(10);
    const leaks = said.flatMap(({ where, text }) => identifiersIn(text, IDS).map((id) => `${where}: “${id}” in “${text}”`));
    expect(leaks).toEqual([]);
  });

  it('read a stage or action this version does not know (an older history record) as unknown, not as its id', () => {
    for (const lang of UI_LANGS) {
      expect(stageLabel('awaiting-pickup', lang)).toBe(stageLabel('unknown', lang));
      expect(actionLabelOf('partial-cancel', lang)).toBe(actionLabel('unknown', lang));
    }
  });

  it('are never empty, and Chinese where the interface is Chinese', () => {
    const said = [...importReportTexts(), ...errorTexts(), ...labelTexts(), ...ruleTexts.said];
    expect(said.filter(({ text }) => text.trim() === '').map(({ where }) => where)).toEqual([]);
    // A template's title and a platform's name may be a brand alone (Shopify).
    const english = said.filter(
      ({ where, text }) => where.endsWith('[zh]') && !/^(?:platform)/.test(where) && !/[\u4e00-\u9fff]/.test(text),
    );
    expect(english.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});

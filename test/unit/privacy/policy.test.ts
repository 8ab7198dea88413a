/**
 * The privacy policy against the code: PRIVACY.md is the policy module's text, both languages say
 * the same things, every platform the extension reads is named, and what history keeps is exactly
 * what the policy lists — a new stored field fails here until the policy has been looked at.
 */
// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryDb } from '../../../src/history/db';
import { recordObservation } from '../../../src/history/record';
import { PLATFORM_DEFINITIONS } from '../../../src/platforms/registry';

import { PRIVACY_POLICY, policyMarkdown } from '../../../src/privacy/policy';
import { renderPolicy } from '../../../src/privacy/render';
import type { Platform } from '../../../src/rules/types';
import { endedVerdict, freshDb, snapshot, T0, verdict } from '../history/fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');

/** How the policy names each platform; a platform added to the hosts must be named too. */
const NAMES: Record<Platform, { en: string; zh: string }> = {
  amazon: { en: 'Amazon', zh: '亚马逊' },
  aliexpress: { en: 'AliExpress', zh: '速卖通' },
  '1688': { en: '1688', zh: '1688' },
  shopify: { en: 'Shopify', zh: 'Shopify' },
};

/**
 * Every field history may keep, by table, each one a line of the policy's "What it stores"
 * (order facts, verdicts, the page's address without its query, follow-ups). Adding a field to a
 * record means adding it here, which means reading the policy again.
 */
const STORED_FIELDS: Record<string, readonly string[]> = {
  orders: [
    'key',
    'platform',
    'orderId',
    'marketplace',
    'fulfilledBy',
    'stage',
    'firstSeen',
    'lastSeen',
    'lastAction',
    'lastRuleId',
    'summary',
    'url',
    'due',
    'dueAt',
    'remindOff',
    'notifiedFor',
  ],
  observations: [
    'id',
    'orderKey',
    'at',
    'stage',
    'nativeStatus',
    'cancelRequested',
    'action',
    'outcome',
    'ruleId',
    'rulesetVersion',
    'url',
    'dedupe',
  ],
  followUps: ['seq', 'orderKey', 'id', 'text', 'createdAt', 'dueAt', 'doneAt', 'openDueAt'],
  // The statistics' counters per day (rule ids, platforms, initiators as counter names) and the time zone.
  aggregates: ['day', 'counts', 'zone'],
};

describe('PRIVACY.md', () => {
  it('is the policy module’s text (npm run privacy:doc)', () => {
    expect(readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8')).toBe(policyMarkdown());
  });
});

describe('the policy', () => {
  it('has the same sections, paragraphs and items in English and Chinese', () => {
    const shape = (lang: 'en' | 'zh') => PRIVACY_POLICY[lang].sections.map((s) => [s.paragraphs?.length ?? 0, s.items?.length ?? 0]);
    expect(shape('zh')).toEqual(shape('en'));
    expect(PRIVACY_POLICY.zh.sections.map((s) => s.heading).join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names every platform the extension runs on, in both languages', () => {
    for (const { id: platform } of PLATFORM_DEFINITIONS) {
      expect(NAMES[platform], `${platform} has no name in this test`).toBeDefined();
      expect(JSON.stringify(PRIVACY_POLICY.en)).toContain(NAMES[platform].en);
      expect(JSON.stringify(PRIVACY_POLICY.zh)).toContain(NAMES[platform].zh);
    }
  });

  it('names the buttons the options page shows, by their current labels', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const text = JSON.stringify(PRIVACY_POLICY.en);
    for (const key of ['history_export_json', 'history_export_csv', 'history_delete_all', 'history_retention'])
      expect(text).toContain(en[key]!.message);
  });
});

describe('what history keeps, against the policy', () => {
  let db: HistoryDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => db.close());

  it('keeps only the listed fields, no buyer data, and the page address without its query', async () => {
    const buyer = { buyerName: 'Jane Roe', address: '1 Main St', phone: '+1 555 0100', email: 'jane@example.com' };
    // A reader that one day passes more than the contract: history must still pick its fields.
    const seen = {
      ...snapshot({
        fulfilledBy: 'merchant',
        source: {
          url: 'https://sellercentral.amazon.de/orders-v3/search?q=Jane%20Roe#jane@example.com',
          reader: 'amazon-order-detail',
          missing: [],
        },
      }),
      ...buyer,
    };
    await recordObservation(db, seen, verdict(), T0);
    await recordObservation(db, { ...seen, stage: 'canceled', nativeStatus: 'Canceled' }, endedVerdict(), new Date(T0.getTime() + 60_000));

    const tables = {
      orders: await db.orders.toArray(),
      observations: await db.observations.toArray(),
      followUps: await db.followUps.toArray(),
      aggregates: await db.aggregates.toArray(),
    };
    for (const [table, rows] of Object.entries(tables)) {
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) for (const field of Object.keys(row)) expect(STORED_FIELDS[table], `${table}.${field}`).toContain(field);
    }
    const everything = JSON.stringify(tables);
    for (const value of [...Object.values(buyer), 'Jane']) expect(everything).not.toContain(value);
    expect(tables.observations.map((o) => o.url)).toEqual([
      'https://sellercentral.amazon.de/orders-v3/search',
      'https://sellercentral.amazon.de/orders-v3/search',
    ]);
  });
});

describe('no network, as the policy says', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  it('the source makes no request of its own and the pages forbid connections', () => {
    for (const file of sources(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/);
    }
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      content_security_policy: { extension_pages: string };
    };
    expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'");
  });
});

describe('the policy page', () => {
  it('renders the policy as text in the chosen language, and switches language', () => {
    const root = document.createElement('main');
    document.body.append(root);
    let asked = '';
    renderPolicy(root, 'zh', (next) => (asked = next));
    expect(root.querySelector('h1')?.textContent).toBe(PRIVACY_POLICY.zh.title);
    expect(root.querySelectorAll('h2').length).toBe(PRIVACY_POLICY.zh.sections.length);
    expect(document.documentElement.lang).toBe('zh-CN');
    root.querySelector('button')!.click();
    expect(asked).toBe('en');
    renderPolicy(root, 'en', () => undefined);
    expect(root.textContent).toContain('No network');
    expect(root.querySelectorAll('h1').length).toBe(1);
  });
});

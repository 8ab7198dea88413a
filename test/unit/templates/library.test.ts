import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, templateIds } from '../../../src/templates/ids';
import { ALL_TEMPLATES, languagesOf, promisedLanguages, TEMPLATES } from '../../../src/templates/library';
import { isPlaceholder } from '../../../src/templates/types';

const SLOT = /\{([^{}]*)\}/g;
const slotsOf = (body: string): string[] => [...new Set(Array.from(body.matchAll(SLOT), (m) => m[1] ?? ''))].sort();

describe('template library', () => {
  it('has exactly one template for every catalogue id and nothing else', () => {
    const written = ALL_TEMPLATES.map((t) => t.id);
    expect(new Set(written).size).toBe(written.length);
    expect([...written].sort()).toEqual([...templateIds].sort());
    for (const id of templateIds) expect(TEMPLATES[id]?.id).toBe(id);
  });

  it.each(ALL_TEMPLATES.map((t) => [t.id, t] as const))('%s is written in exactly the languages its platform promises', (_id, template) => {
    expect(languagesOf(template)).toEqual([...promisedLanguages(template)]);
    for (const language of languagesOf(template)) expect(template.bodies[language]?.trim().length ?? 0).toBeGreaterThan(20);
  });

  it.each(ALL_TEMPLATES.map((t) => [t.id, t] as const))('%s uses the same known placeholders in every language', (_id, template) => {
    const [first, ...others] = languagesOf(template).map((language) => slotsOf(template.bodies[language] ?? ''));
    expect(first?.length).toBeGreaterThan(0);
    for (const name of first ?? []) expect(isPlaceholder(name), `unknown placeholder {${name}}`).toBe(true);
    for (const slots of others) expect(slots).toEqual(first);
  });

  it('names the order in every template, and gives every template a title in both interface languages', () => {
    for (const template of ALL_TEMPLATES) {
      expect(slotsOf(template.bodies[languagesOf(template)[0]!] ?? '')).toContain('orderId');
      expect(template.title.en.trim()).not.toBe('');
      expect(template.title.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('addresses the right audience for each direction', () => {
    for (const template of ALL_TEMPLATES) {
      const expected = template.id.startsWith('shopify.')
        ? 'customer'
        : template.id.startsWith('aliexpress.buyer.') || template.id.startsWith('1688.buyer.')
          ? 'supplier'
          : 'buyer';
      expect(template.audience, template.id).toBe(expected);
      expect(template.platform, template.id).toBe(template.id.split('.')[0]);
    }
  });

  it('writes plain text only: no markup, no stray brackets, no "undefined"', () => {
    for (const template of ALL_TEMPLATES) {
      for (const body of Object.values(template.bodies)) {
        expect(body).not.toMatch(/<[a-z/!]/i);
        expect(body).not.toMatch(/\bundefined\b|\bnull\b|lorem ipsum/i);
        expect(body).not.toMatch(/TODO|FIXME|XXX/);
        expect(body.replace(SLOT, '')).not.toMatch(/[{}]/);
      }
    }
  });

  it('keeps the out-of-stock rule in the catalogue description', () => {
    expect(TEMPLATE_IDS['amazon.use-request-cancellation']).toMatch(/never for out of stock/);
    expect(TEMPLATE_IDS['amazon.out-of-stock-apology']).toMatch(/never asks the buyer to cancel/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkAmazonCompliance } from '../../../src/templates/compliance';
import { ALL_TEMPLATES, languagesOf } from '../../../src/templates/library';
import { renderTemplate } from '../../../src/templates/render';

const amazonBodies = ALL_TEMPLATES.filter((t) => t.platform === 'amazon').flatMap((t) =>
  languagesOf(t).map((language) => [t.id, language] as const),
);

const sampleValues = {
  orderId: '111-2222222-3333333',
  item: 'Blue Teapot 1.5 l',
  orderDate: '05.12.2019',
  shipBy: '2019-12-09',
  trackingNumber: '1Z999AA10123456784',
  storeName: 'Sample Store',
};

describe('checkAmazonCompliance on the built-in Amazon templates', () => {
  it.each(amazonBodies)('%s (%s) passes, raw and rendered', (id, language) => {
    const raw = ALL_TEMPLATES.find((t) => t.id === id)?.bodies[language] ?? '';
    expect(checkAmazonCompliance(raw).problems).toEqual([]);
    expect(checkAmazonCompliance(renderTemplate(id, language, sampleValues).text).problems).toEqual([]);
    expect(checkAmazonCompliance(renderTemplate(id, language, {}).text).problems).toEqual([]);
  });

  it('the out-of-stock apology never asks the buyer to cancel, and the request-cancellation text never mentions stock', () => {
    const apology = ALL_TEMPLATES.find((t) => t.id === 'amazon.out-of-stock-apology');
    for (const body of Object.values(apology?.bodies ?? {})) {
      expect(body).not.toMatch(/request cancell?ation|Stornierung anfordern|Demander l'annulation|Solicitar cancelación|Richiedi l'annullamento|キャンセルをリクエスト/i);
    }
    const howTo = ALL_TEMPLATES.find((t) => t.id === 'amazon.use-request-cancellation');
    expect(Object.keys(howTo?.bodies ?? {})).toHaveLength(6);
    for (const body of Object.values(howTo?.bodies ?? {})) {
      expect(body).not.toMatch(/stock|vorrätig|Lager|rupture|agotado|esaurito|在庫|缺货/i);
      // Guard the check itself: the same text with a stock reason added must be rejected.
      expect(checkAmazonCompliance(`${body}\nout of stock / nicht vorrätig / rupture de stock / agotado / esaurito / 在庫切れ`).ok).toBe(false);
    }
  });
});

/** Texts a seller might paste into a custom template; each must be rejected for the given reason. */
const KNOWN_BAD: ReadonlyArray<readonly [string, string]> = [
  // links
  ['Track it here: https://tracking.example.net/abc', 'link'],
  ['See www.samplestore.de for the manual.', 'link'],
  ['Manual at samplestore.com/manual', 'link'],
  ['Short link: bit.ly/3xYz', 'link'],
  ['Full-width trick: ｗｗｗ．example．com', 'link'],
  ['Hidden: w\u200Bww.example.org', 'link'],
  // e-mail
  ['Write to support@samplestore.com for help.', 'email'],
  ['Contact: help [at] samplestore [dot] com', 'email'],
  // phones, international and local
  ['Call us: +49 30 1234567', 'phone'],
  ['Call +1 (555) 123-4567 anytime.', 'phone'],
  ['Tel. 0033 6 12 34 56 78', 'phone'],
  ['Rufen Sie uns an: 030 1234567', 'phone'],
  ['Appelez le 06 12 34 56 78', 'phone'],
  ['Our number is 555-123-4567.', 'phone'],
  ['Llámenos al (91) 123 4567', 'phone'],
  ['お電話は090-1234-5678まで', 'phone'],
  ['请拨打13800138000', 'phone'],
  ['Reach us on WhatsApp for a faster answer.', 'off-platform-contact'],
  // asking the buyer to cancel because of stock
  ['Hello, the item is out of stock. Please cancel the order from your side.', 'asks-buyer-to-cancel-for-stock'],
  ['Sorry, we have no inventory. Could you request a cancellation in Your Orders?', 'asks-buyer-to-cancel-for-stock'],
  ['The item is sold out, so you need to cancel it.', 'asks-buyer-to-cancel-for-stock'],
  ['Der Artikel ist leider nicht vorrätig. Bitte stornieren Sie die Bestellung.', 'asks-buyer-to-cancel-for-stock'],
  ['Leider ausverkauft – könnten Sie eine Stornierung beantragen?', 'asks-buyer-to-cancel-for-stock'],
  ["L'article est en rupture de stock. Veuillez annuler votre commande.", 'asks-buyer-to-cancel-for-stock'],
  ["Produit épuisé : merci de demander l'annulation.", 'asks-buyer-to-cancel-for-stock'],
  ['El artículo está agotado. Por favor, solicite la cancelación del pedido.', 'asks-buyer-to-cancel-for-stock'],
  ["L'articolo è esaurito: può annullare l'ordine da I miei ordini?", 'asks-buyer-to-cancel-for-stock'],
  ['在庫切れのため、キャンセルをリクエストしてください。', 'asks-buyer-to-cancel-for-stock'],
  ['商品缺货，请您申请取消订单。', 'asks-buyer-to-cancel-for-stock'],
  // marketing and incentives
  ['Use coupon SAVE10 on your next order.', 'marketing'],
  ['As an apology, here is a 20% off discount.', 'marketing'],
  ['We will send you a free gift with your next purchase.', 'marketing'],
  ['Als Entschuldigung schenken wir Ihnen einen Gutschein.', 'marketing'],
  ['Un code promo vous attend.', 'marketing'],
  ['次回使えるクーポンをお送りします。', 'marketing'],
  ['送您一张优惠券。', 'marketing'],
  ['Please leave us a 5-star review for a refund.', 'review-incentive'],
  ['We would love a positive review.', 'review-incentive'],
  ['Bitte geben Sie uns 5 Sterne.', 'review-incentive'],
  ['Merci de laisser un avis positif.', 'review-incentive'],
  ['麻烦给个好评，谢谢！', 'review-incentive'],
  ['Thanks 😊', 'emoji'],
];

/** Texts that look risky to a naive check but are fine. */
const KNOWN_GOOD: readonly string[] = [
  'Order 111-2222222-3333333 was placed on 05.12.2019 and ships by 2019-12-09.',
  'Tracking number 1Z999AA10123456784, parcel 9400100000000000000000.',
  'AliExpress-style id 8123456789012345 and 3456789012345678901.',
  'Bitte prüfen Sie z.B. die Hausnummer.',
  'We canceled the order because the item is out of stock. You will not be charged.',
  'To cancel, please use Your Orders → Request cancellation.',
  'Acme™ Kettle 1.5 l, 3–15 days.',
  'Thank you for your order. If you wish, you may leave a review.',
];

describe('checkAmazonCompliance on known-bad texts', () => {
  it.each(KNOWN_BAD)('rejects %j (%s)', (text, problem) => {
    const result = checkAmazonCompliance(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.id)).toContain(problem);
    for (const p of result.problems) {
      expect(p.en).not.toBe('');
      expect(p.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each(KNOWN_GOOD)('accepts %j', (text) => {
    expect(checkAmazonCompliance(text)).toEqual({ ok: true, problems: [] });
  });

  it('reports each problem once and does not throw on odd input', () => {
    const result = checkAmazonCompliance('www.a-b.com www.c-d.com +49 30 1234567 +49 30 7654321');
    expect(result.problems.map((p) => p.id)).toEqual(['link', 'phone']);
    expect(checkAmazonCompliance('').ok).toBe(true);
    expect(checkAmazonCompliance('x'.repeat(100_000)).ok).toBe(true);
  });
});

describe('checkAmazonCompliance on long hostile input', () => {
  /** Texts that made backtracking patterns slow: long digit runs, letters without spaces, near-misses. */
  const HOSTILE: Record<string, string> = {
    digits: '1'.repeat(100_000),
    'digits and dashes': '12-'.repeat(34_000),
    'CJK letters': '请'.repeat(100_000),
    'almost e-mails': 'a.'.repeat(50_000) + '@',
    'at signs': 'x@'.repeat(50_000),
    'near-miss words': 'xcoupon xout of stock please '.repeat(3_500),
    'percent runs': '9'.repeat(50_000) + '% off',
  };

  // A guard against catastrophic backtracking (one pattern once took 13.6 s here), not a speed
  // measure: the bound is loose so a busy CI machine never trips it.
  it.each(Object.entries(HOSTILE))('%s: 100 kB is checked in well under a second', (_name, text) => {
    checkAmazonCompliance('warm up the compiled patterns: https://a.example.com 5% off');
    const started = performance.now();
    checkAmazonCompliance(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still finds problems within the checked length and after normalising', () => {
    expect(checkAmazonCompliance(`${'a '.repeat(3_000)} write to help@samplestore.com`).problems.map((p) => p.id)).toEqual(['email']);
    expect(checkAmazonCompliance('Contact: help [@] samplestore [dot] com').problems.map((p) => p.id)).toContain('email');
    expect(checkAmazonCompliance('Save 15 % off today').problems.map((p) => p.id)).toEqual(['marketing']);
    // A word that merely contains a flagged word is not flagged ("discounted" is, "xcoupon" is not a coupon).
    expect(checkAmazonCompliance('xcoupons').ok).toBe(true);
  });
});

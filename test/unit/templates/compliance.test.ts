import { describe, expect, it } from 'vitest';
import { checkAmazonCompliance } from '../../../src/templates/compliance';
import { ALL_TEMPLATES, languagesOf } from '../../../src/templates/library';
import { amazon } from '../../../src/platforms/amazon/platform';

const AMAZON_LANGUAGES = amazon.templateLanguages.buyer ?? [];
import { renderCustom, renderTemplate } from '../../../src/templates/render';

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
    const template = ALL_TEMPLATES.find((t) => t.id === id);
    const raw = template?.bodies[language] ?? '';
    const context = { answersBuyerCancelRequest: template?.answersBuyerCancelRequest === true };
    expect(checkAmazonCompliance(raw, context).problems).toEqual([]);
    expect(checkAmazonCompliance(renderTemplate(id, language, sampleValues).text, context).problems).toEqual([]);
    expect(checkAmazonCompliance(renderTemplate(id, language, {}).text, context).problems).toEqual([]);
  });

  it('the out-of-stock apology never asks the buyer to cancel, and the request-cancellation text never mentions stock', () => {
    const apology = ALL_TEMPLATES.find((t) => t.id === 'amazon.out-of-stock-apology');
    for (const body of Object.values(apology?.bodies ?? {})) {
      expect(body).not.toMatch(
        /request cancell?ation|Stornierung anfordern|Demander l'annulation|Solicitar cancelación|Richiedi l'annullamento|キャンセルをリクエスト/i,
      );
    }
    const howTo = ALL_TEMPLATES.find((t) => t.id === 'amazon.use-request-cancellation');
    expect(Object.keys(howTo?.bodies ?? {})).toEqual([...AMAZON_LANGUAGES]);
    for (const body of Object.values(howTo?.bodies ?? {})) {
      expect(body).not.toMatch(/stock|vorrätig|Lager|rupture|agotado|esaurito|在庫|缺货/i);
      // Guard the check itself: the same text with a stock reason added must be rejected.
      expect(
        checkAmazonCompliance(
          `${body}\nout of stock / nicht vorrätig / rupture de stock / agotado / esaurito / 在庫切れ / esgotado / uitverkocht / wyprzedany / slut i lager / tükendi / غير متوفر`,
          {
            answersBuyerCancelRequest: true,
          },
        ).problems.map((p) => p.id),
      ).toContain('asks-buyer-to-cancel-for-stock');
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

/**
 * Issue 13: indirect asks, feedback removal, plain confirmations and address collection, in every
 * language an Amazon message can be written in. Each language has its bypasses (rejected) and a
 * legitimate message about the same order (accepted), so neither side of the check is a tautology.
 */
const BY_LANGUAGE: Record<string, { bad: ReadonlyArray<readonly [string, string]>; good: readonly string[] }> = {
  en: {
    bad: [
      ['Please request a cancellation.', 'asks-buyer-to-cancel'],
      ['Please cancel it.', 'asks-buyer-to-cancel'],
      ['Could you cancel the order yourself in your account?', 'asks-buyer-to-cancel'],
      ['Go ahead and cancel, we will accept.', 'asks-buyer-to-cancel'],
      ['Would you kindly remove your feedback now that it is solved?', 'feedback-removal'],
      ['Could you update your review?', 'feedback-removal'],
      ['Thank you for your order! Your order has been shipped.', 'order-confirmation-only'],
      ['Please reply with the correct address so we can ship.', 'collects-address'],
    ],
    good: ['We have canceled order 111-2222222-3333333 because the item is out of stock. You will not be charged.'],
  },
  de: {
    bad: [
      ['Bitte fordern Sie eine Stornierung an.', 'asks-buyer-to-cancel'],
      ['Bitte stornieren Sie die Bestellung.', 'asks-buyer-to-cancel'],
      ['Könnten Sie Ihre Bewertung bitte entfernen?', 'feedback-removal'],
      ['Vielen Dank für Ihre Bestellung. Ihre Bestellung wurde versandt.', 'order-confirmation-only'],
      ['Bitte bestätigen Sie uns Ihre vollständige Adresse.', 'collects-address'],
    ],
    good: ['Wir haben die Bestellung storniert, da der Artikel nicht vorrätig ist. Ihnen wird nichts berechnet.'],
  },
  fr: {
    bad: [
      ["Veuillez demander l'annulation de la commande.", 'asks-buyer-to-cancel'],
      ['Pourriez-vous annuler la commande ?', 'asks-buyer-to-cancel'],
      ['Pourriez-vous modifier votre évaluation ?', 'feedback-removal'],
      ['Merci pour votre commande. Votre commande a été expédiée.', 'order-confirmation-only'],
      ['Merci de nous confirmer votre adresse complète.', 'collects-address'],
    ],
    good: ["Nous avons annulé la commande, car l'article est en rupture de stock. Aucun montant ne vous sera débité."],
  },
  es: {
    bad: [
      ['Por favor, solicite la cancelación.', 'asks-buyer-to-cancel'],
      ['Cancele el pedido desde su cuenta.', 'asks-buyer-to-cancel'],
      ['¿Podría eliminar su valoración?', 'feedback-removal'],
      ['Gracias por su pedido. Su pedido ha sido enviado.', 'order-confirmation-only'],
      ['Por favor, confírmenos la dirección completa.', 'collects-address'],
    ],
    good: ['Hemos cancelado el pedido porque el artículo está agotado. No se le cobrará ningún importe.'],
  },
  it: {
    bad: [
      ["Per favore, richieda l'annullamento dell'ordine.", 'asks-buyer-to-cancel'],
      ["Annulli l'ordine da I miei ordini.", 'asks-buyer-to-cancel'],
      ['Potrebbe rimuovere la sua recensione?', 'feedback-removal'],
      ['Grazie per il suo ordine. Il suo ordine è stato spedito.', 'order-confirmation-only'],
      ["Ci confermi l'indirizzo completo, per favore.", 'collects-address'],
    ],
    good: ["Abbiamo annullato l'ordine perché l'articolo è esaurito. Non le verrà addebitato alcun importo."],
  },
  ja: {
    bad: [
      ['キャンセルをリクエストしてください。', 'asks-buyer-to-cancel'],
      ['お客様ご自身でキャンセルしてください。', 'asks-buyer-to-cancel'],
      ['評価を削除していただけますか。', 'feedback-removal'],
      ['ご注文ありがとうございます。商品を発送いたしました。', 'order-confirmation-only'],
      ['正しい住所をご連絡ください。', 'collects-address'],
    ],
    good: ['在庫切れのため、ご注文をキャンセルいたしました。代金は請求されません。'],
  },
  pt: {
    bad: [
      ['Por favor, solicite o cancelamento do pedido.', 'asks-buyer-to-cancel'],
      ['Cancele o pedido na sua conta.', 'asks-buyer-to-cancel'],
      ['Você poderia remover sua avaliação?', 'feedback-removal'],
      ['Obrigado pelo seu pedido. Seu pedido foi enviado.', 'order-confirmation-only'],
      ['Por favor, confirme o endereço completo.', 'collects-address'],
    ],
    good: ['Cancelamos o pedido porque o item está esgotado. Você não será cobrado.'],
  },
  nl: {
    bad: [
      ['Wilt u een annuleringsverzoek indienen?', 'asks-buyer-to-cancel'],
      ['Annuleer de bestelling via Mijn bestellingen.', 'asks-buyer-to-cancel'],
      ['Kunt u uw beoordeling verwijderen?', 'feedback-removal'],
      ['Bedankt voor uw bestelling. Uw bestelling is verzonden.', 'order-confirmation-only'],
      ['Bevestig uw volledige adres alstublieft.', 'collects-address'],
    ],
    good: ['We hebben de bestelling geannuleerd omdat het artikel niet op voorraad is. Er wordt niets in rekening gebracht.'],
  },
  pl: {
    bad: [
      ['Prosimy o złożenie wniosku o anulowanie.', 'asks-buyer-to-cancel'],
      ['Anuluj zamówienie w swoim koncie.', 'asks-buyer-to-cancel'],
      ['Czy może Pan usunąć swoją opinię?', 'feedback-removal'],
      ['Dziękujemy za zamówienie. Zamówienie zostało wysłane.', 'order-confirmation-only'],
      ['Prosimy podać pełny adres dostawy.', 'collects-address'],
    ],
    good: ['Anulowaliśmy zamówienie, ponieważ produkt jest niedostępny. Nie zostaną Państwo obciążeni.'],
  },
  sv: {
    bad: [
      ['Vänligen begär en avbeställning.', 'asks-buyer-to-cancel'],
      ['Avbryt beställningen under Dina beställningar.', 'asks-buyer-to-cancel'],
      ['Kan du ta bort ditt omdöme?', 'feedback-removal'],
      ['Tack för din beställning. Din beställning har skickats.', 'order-confirmation-only'],
      ['Bekräfta din fullständiga adress.', 'collects-address'],
    ],
    good: ['Vi har avbeställt ordern eftersom varan är slut i lager. Du debiteras inte.'],
  },
  tr: {
    bad: [
      ['Lütfen bir iptal talebi oluşturun.', 'asks-buyer-to-cancel'],
      ['Siparişi hesabınızdan iptal edin.', 'asks-buyer-to-cancel'],
      ['Değerlendirmenizi kaldırabilir misiniz?', 'feedback-removal'],
      ['Siparişiniz için teşekkür ederiz. Siparişiniz kargoya verildi.', 'order-confirmation-only'],
      ['Lütfen tam adresinizi bize gönderin.', 'collects-address'],
    ],
    good: ['Ürün stokta kalmadığı için siparişi iptal ettik. Sizden ücret alınmayacak.'],
  },
  ar: {
    bad: [
      ['يرجى تقديم طلب إلغاء للطلب.', 'asks-buyer-to-cancel'],
      ['قم بإلغاء الطلب من حسابك.', 'asks-buyer-to-cancel'],
      ['هل يمكنك حذف التقييم؟', 'feedback-removal'],
      ['شكرا لك على طلبك. تم شحن طلبك.', 'order-confirmation-only'],
      ['يرجى تأكيد العنوان الكامل.', 'collects-address'],
    ],
    good: ['لقد ألغينا الطلب لأن المنتج غير متوفر. لن يتم خصم أي مبلغ منك.'],
  },
  zh: {
    bad: [
      ['请您申请取消订单。', 'asks-buyer-to-cancel'],
      ['麻烦删除差评。', 'feedback-removal'],
      ['感谢您的订购。您的订单已发货。', 'order-confirmation-only'],
      ['请提供正确的地址。', 'collects-address'],
    ],
    good: ['由于商品缺货，我们已取消您的订单，您不会被扣款。'],
  },
};

describe('checkAmazonCompliance catches indirect asks in every template language', () => {
  const bad = Object.entries(BY_LANGUAGE).flatMap(([language, { bad }]) => bad.map(([text, id]) => [language, text, id] as const));
  it.each(bad)('%s: rejects %j (%s)', (_language, text, id) => {
    expect(checkAmazonCompliance(text).problems.map((p) => p.id)).toContain(id);
  });

  const good = Object.entries(BY_LANGUAGE).flatMap(([language, { good }]) => good.map((text) => [language, text] as const));
  it.each(good)('%s: accepts the honest seller cancellation %j', (_language, text) => {
    expect(checkAmazonCompliance(text)).toEqual({ ok: true, problems: [] });
  });

  it('telling the buyer how to request a cancellation is allowed only when it answers their own wish to cancel', () => {
    const howTo = 'To cancel, please use Your Orders → Request cancellation.';
    expect(checkAmazonCompliance(howTo).problems.map((p) => p.id)).toEqual(['asks-buyer-to-cancel']);
    expect(checkAmazonCompliance(howTo, { answersBuyerCancelRequest: true }).ok).toBe(true);
    // Never for lack of stock, even then.
    expect(
      checkAmazonCompliance(`The item is out of stock. ${howTo}`, { answersBuyerCancelRequest: true }).problems.map((p) => p.id),
    ).toEqual(['asks-buyer-to-cancel-for-stock']);
  });

  it.each([...AMAZON_LANGUAGES])('%s: the built-in how-to-request text itself is caught when it does not answer the buyer', (language) => {
    const body = ALL_TEMPLATES.find((t) => t.id === 'amazon.use-request-cancellation')?.bodies[language] ?? '';
    expect(checkAmazonCompliance(body).problems.map((p) => p.id)).toEqual(['asks-buyer-to-cancel']);
    expect(checkAmazonCompliance(body, { answersBuyerCancelRequest: true }).ok).toBe(true);
  });

  it('vowel marks and full-width forms do not hide an ask', () => {
    expect(checkAmazonCompliance('يُرجى تقديمُ طلبِ إلغاءٍ.').problems.map((p) => p.id)).toContain('asks-buyer-to-cancel');
    expect(checkAmazonCompliance('İptal talebinde bulunun lütfen.').problems.map((p) => p.id)).toContain('asks-buyer-to-cancel');
  });

  it('a custom template gets the allowance only beside the built-in message that answers a buyer’s request', () => {
    const custom = {
      platform: 'amazon' as const,
      audience: 'buyer' as const,
      language: 'en' as const,
      title: 'x',
      body: 'Please request a cancellation in Your Orders.',
    };
    expect(renderCustom({ ...custom, situations: ['amazon.use-request-cancellation'] }, {}).problems).toBeUndefined();
    expect(renderCustom({ ...custom, situations: ['amazon.out-of-stock-apology'] }, {}).problems?.map((p) => p.id)).toEqual([
      'asks-buyer-to-cancel',
    ]);
    expect(renderCustom({ ...custom, situations: [] }, {}).problems?.map((p) => p.id)).toEqual(['asks-buyer-to-cancel']);
  });
});

describe('checkAmazonCompliance on long hostile input', () => {
  /** Texts that made backtracking patterns slow: long digit runs, letters without spaces, near-misses. */
  const HOSTILE: Record<string, string> = {
    digits: '1'.repeat(100_000),
    'digits and dashes': '12-'.repeat(34_000),
    'CJK letters': '请'.repeat(100_000),
    'almost e-mails': `${'a.'.repeat(50_000)}@`,
    'at signs': 'x@'.repeat(50_000),
    'near-miss words': 'xcoupon xout of stock please '.repeat(3_500),
    'percent runs': `${'9'.repeat(50_000)}% off`,
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

/**
 * A pre-send check of a message to an Amazon buyer against the Buyer-Seller Messaging rules
 * (reference/platform-rules.md §1.8): no links, no e-mail addresses or phone numbers, no other
 * messengers, no emoji, no marketing or incentives, no requests to remove or change feedback,
 * no plain order or shipping confirmations (Amazon sends those), no collecting a new address by
 * message (help 200495820: ship only to the order's address), never asking the buyer to cancel
 * when the seller lacks stock (help G201722390: "select 'no inventory' and do NOT ask the buyer
 * to request cancellation"), and no asking the buyer to cancel at all unless the message answers
 * the buyer's own wish to cancel (then pointing to Request cancellation is what Amazon asks for).
 * It is a safety net for custom texts, not legal advice: it errs on the side of flagging, in
 * every language the Amazon templates are written in, and every built-in Amazon template must
 * pass it (unit-tested).
 */

export interface ComplianceProblem {
  id: string;
  en: string;
  zh: string;
}

export interface ComplianceResult {
  ok: boolean;
  problems: ComplianceProblem[];
}

const PROBLEMS = {
  link: {
    en: 'Contains a link or web address. Amazon does not allow links in buyer messages.',
    zh: '含有链接或网址。亚马逊不允许在买家消息中放链接。',
  },
  email: {
    en: 'Contains an e-mail address. Amazon does not allow e-mail addresses in buyer messages.',
    zh: '含有电子邮箱地址。亚马逊不允许在买家消息中留邮箱。',
  },
  phone: {
    en: 'Contains a phone number. Amazon does not allow phone numbers in buyer messages.',
    zh: '含有电话号码。亚马逊不允许在买家消息中留电话。',
  },
  'off-platform-contact': {
    en: 'Invites the buyer to another messenger (WhatsApp, WeChat …). Keep the conversation in Buyer-Seller Messaging.',
    zh: '引导买家使用其他聊天工具（WhatsApp、微信等）。请只在亚马逊买家与卖家消息中沟通。',
  },
  'asks-buyer-to-cancel': {
    en: 'Asks the buyer to cancel or to request a cancellation. Only do that when the buyer asked to cancel first; when you cannot ship, cancel the order yourself with the true reason.',
    zh: '要求买家取消或申请取消订单。只有在买家先提出取消时才可以这样说；无法发货时，请自己以真实原因取消订单。',
  },
  'feedback-removal': {
    en: 'Asks the buyer to remove or change their feedback or review. Amazon does not allow asking for that.',
    zh: '要求买家删除或修改评价。亚马逊不允许提出此类要求。',
  },
  'order-confirmation-only': {
    en: 'Only confirms the order or its shipment. Amazon sends those confirmations itself; such messages are not permitted.',
    zh: '仅为订单或发货确认。亚马逊会自行发送此类确认，不允许卖家发送。',
  },
  'collects-address': {
    en: 'Asks the buyer for a new or corrected address by message. Ship only to the address on the order; if it cannot be delivered, cancel and let the buyer order again.',
    zh: '通过消息向买家索要新地址或更正地址。只能按订单地址发货；无法送达时请取消订单，由买家重新下单。',
  },
  'asks-buyer-to-cancel-for-stock': {
    en: 'Asks the buyer to cancel because of stock. When you lack inventory, cancel the order yourself with the reason "No inventory"; never ask the buyer to request cancellation.',
    zh: '因缺货要求买家取消订单。缺货时请自己取消订单并选择"无库存"原因，不得要求买家申请取消。',
  },
  marketing: {
    en: 'Contains marketing or an incentive (coupon, discount, gift …). Amazon does not allow promotional content.',
    zh: '含有营销或利诱内容（优惠券、折扣、赠品等）。亚马逊不允许促销内容。',
  },
  'review-incentive': {
    en: 'Asks for a positive review or offers something for one. Review requests must be neutral and without incentives.',
    zh: '索要好评或以好处换取评价。评价请求必须中立，不得附带任何好处。',
  },
  emoji: {
    en: 'Contains emoji. Amazon does not allow emoji in buyer messages.',
    zh: '含有表情符号。亚马逊不允许在买家消息中使用表情符号。',
  },
} as const satisfies Record<string, Omit<ComplianceProblem, 'id'>>;

type ProblemId = keyof typeof PROBLEMS;

/**
 * Longest text checked. Amazon buyer messages are far shorter; clipping first keeps a pasted
 * 100 kB text as cheap as a normal one (every check below is linear in the clipped length).
 */
export const MAX_CHECKED_LENGTH = 10_000;

export interface ComplianceContext {
  /**
   * The message answers the buyer's own wish to cancel (they asked by message, or through Amazon):
   * then telling them how to request the cancellation is allowed — still never for lack of stock.
   */
  answersBuyerCancelRequest?: boolean;
}

/** Checks one message text. Pure; never throws. */
export function checkAmazonCompliance(text: string, context: ComplianceContext = {}): ComplianceResult {
  const normalized = normalize(typeof text === 'string' ? text.slice(0, MAX_CHECKED_LENGTH) : '');
  const found: ProblemId[] = [];
  const flag = (id: ProblemId, hit: boolean): void => {
    if (hit && !found.includes(id)) found.push(id);
  };

  flag(
    'link',
    LINK_PATTERNS.some((p) => p.test(normalized)),
  );
  flag('email', containsEmail(normalized));
  flag('phone', containsPhoneNumber(normalized));
  flag('off-platform-contact', MESSENGERS.test(normalized));
  const asksToCancel = ASKS_BUYER_TO_CANCEL.test(normalized);
  flag('asks-buyer-to-cancel-for-stock', asksToCancel && STOCK_WORDS.test(normalized));
  flag(
    'asks-buyer-to-cancel',
    asksToCancel && context?.answersBuyerCancelRequest !== true && !found.includes('asks-buyer-to-cancel-for-stock'),
  );
  flag('feedback-removal', FEEDBACK_REMOVAL.test(normalized));
  flag('order-confirmation-only', ORDER_CONFIRMATION.test(normalized) && !NECESSARY_CONTENT.test(normalized));
  flag('collects-address', COLLECTS_ADDRESS.test(normalized));
  flag('marketing', MARKETING.test(normalized));
  flag('review-incentive', REVIEW_INCENTIVE.test(normalized));
  flag('emoji', EMOJI.test(normalized));

  return { ok: found.length === 0, problems: found.map((id) => ({ id, ...PROBLEMS[id] })) };
}

/**
 * Full-width letters and digits become ASCII (NFKC) and invisible characters are removed, so
 * "ｗｗｗ．" or "w\u200Bww." cannot slip past the patterns.
 */
function normalize(text: string): string {
  // Arabic vowel marks and the tatweel are optional in writing, so "يُرجى" must read as "يرجى".
  return text.normalize('NFKC').replace(/[\p{Cf}\u064B-\u065F\u0670\u0640]/gu, '');
}

/**
 * JavaScript's \b only knows ASCII letters, so "\bépuisé" or "può\b" would never match.
 * Patterns below are written with \b and compiled with a Unicode-aware boundary instead.
 *
 * A boundary in front of every alternative would be tried at every position of the text (slow:
 * the engine cannot skip ahead to a first letter behind a lookbehind), so a leading \b is taken
 * off and checked on each match instead; boundaries inside a pattern stay in the regex.
 */
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const UNICODE_BOUNDARY = String.raw`(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
const ENDS_WITH_WORD_CHAR = new RegExp(`${WORD_CHAR}$`, 'u');

interface Matcher {
  test(text: string): boolean;
}

function anyOf(parts: readonly string[]): Matcher {
  const compiled = parts.map((part) => {
    const atWordStart = part.startsWith(String.raw`\b`);
    const body = (atWordStart ? part.slice(2) : part).replaceAll(String.raw`\b`, UNICODE_BOUNDARY);
    return { re: new RegExp(body, 'giu'), atWordStart };
  });
  return { test: (text) => compiled.some(({ re, atWordStart }) => matchesAt(re, text, atWordStart)) };
}

/** True when `re` (global) matches `text`, at a word start when asked. Linear: each retry moves on by one. */
function matchesAt(re: RegExp, text: string, atWordStart: boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!atWordStart || !ENDS_WITH_WORD_CHAR.test(text.slice(Math.max(0, m.index - 2), m.index))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

// ── links ───────────────────────────────────────────────────────────────────────────────────
const LONG_TLDS = 'com|net|org|info|biz|shop|store|online|site|xyz|app|link|club|top|vip|pro|page|website|email|live';
const LINK_PATTERNS: readonly RegExp[] = [
  /\b(?:https?|ftp):\/\//i,
  /\bwww\d?\./i,
  // Domain-like tokens: "example.com", "bit.ly/x", "shop.example.de". Labels of one letter are
  // abbreviations ("z.B.", "e.g."), not domains.
  new RegExp(String.raw`(?<![\p{L}\p{N}_@-])(?:[\p{L}\p{N}-]{2,63}\.)+(?:${LONG_TLDS}|[a-z]{2})(?![\p{L}\p{N}_-])`, 'iu'),
];

// ── e-mail addresses ────────────────────────────────────────────────────────────────────────
/**
 * Looked for around each "@" (or "[at]") rather than by one regex from every position, which
 * would scan up to 64 letters at each of them.
 */
const EMAIL_AT = /[[({] {0,3}(?:at|@) {0,3}[\])}]|@/giu;
const BEFORE_PLAIN_AT = /[\p{L}\p{N}._%+-]$/u;
const AFTER_PLAIN_AT = /^[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/u;
const BEFORE_SPELLED_AT = /[\p{L}\p{N}._%+-] {0,3}$/u;
const AFTER_SPELLED_AT = /^ {0,3}[\p{L}\p{N}-]{1,63} {0,3}(?:[[({] {0,3}dot {0,3}[\])}]|\.) {0,3}\p{L}{2,24}/iu;
/** Enough room for the longest domain the patterns accept. */
const DOMAIN_WINDOW = 700;

function containsEmail(text: string): boolean {
  EMAIL_AT.lastIndex = 0;
  for (let m = EMAIL_AT.exec(text); m !== null; m = EMAIL_AT.exec(text)) {
    const plain = m[0] === '@';
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + DOMAIN_WINDOW);
    if ((plain ? BEFORE_PLAIN_AT : BEFORE_SPELLED_AT).test(before) && (plain ? AFTER_PLAIN_AT : AFTER_SPELLED_AT).test(after)) return true;
  }
  return false;
}

// ── phone numbers ───────────────────────────────────────────────────────────────────────────
/** Numbers that look like phone numbers but are not: removed before looking for phones. */
const NOT_PHONES: readonly RegExp[] = [
  /\b\d{3}-\d{7}-\d{7}\b/g, // Amazon order id, e.g. 111-2222222-3333333
  /\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/g, // 2019-12-05
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/g, // 05.12.2019, 12/05/2019
  /\b\d{12,}\b/g, // long platform order ids (AliExpress, 1688) and tracking numbers
];

const PHONE_PATTERNS: readonly RegExp[] = [
  /(?<![\w+])\+\s?\d[\d\s()./-]{5,20}\d/g, // international: +49 30 1234567, +1 (555) 123-4567
  /\b00\d{1,3}(?:[\s.-]?\d{1,4}){2,6}\b/g, // international with 00: 0033 6 12 34 56 78
  /\(\d{2,5}\)\s?\d{2,4}[\s.-]?\d{3,4}\b/g, // (555) 123-4567, (030) 1234567
  /\b\d{2,5}[.-]\d{2,8}(?:[.-]\d{2,8}){0,3}\b/g, // 555-123-4567, 090-1234-5678, 06.12.34.56.78
  /\b0\d{1,4}(?: \d{2,8}){1,4}\b/g, // 030 1234567, 06 12 34 56 78
  /\b\d{3} \d{3,4} \d{4}\b/g, // 555 123 4567, 138 0013 8000
  /\b0\d{6,11}\b/g, // 0301234567
  /\b1[3-9]\d{9}\b/g, // Chinese mobile 13800138000
];

function containsPhoneNumber(text: string): boolean {
  const rest = NOT_PHONES.reduce((acc, pattern) => acc.replace(pattern, ' '), text);
  return PHONE_PATTERNS.some((pattern) =>
    Array.from(rest.matchAll(pattern)).some((match) => {
      const digits = match[0].replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    }),
  );
}

const MESSENGERS = /\b(?:whats\s?app|we\s?chat|telegram|skype|viber|signal app|line id)\b|微信|微信号|ＬＩＮＥ\s*ID/iu;

// ── cancel because of stock ─────────────────────────────────────────────────────────────────
const STOCK_WORDS = anyOf([
  // en
  String.raw`\bout[\s-]of[\s-]stock\b`,
  String.raw`\bno (?:more )?(?:inventory|stock)\b`,
  String.raw`\bnot in stock\b`,
  String.raw`\bsold[\s-]out\b`,
  String.raw`\b(?:ran|run|running) out\b`,
  String.raw`\black of (?:inventory|stock)\b`,
  String.raw`\bback-?order`,
  String.raw`\bno longer available\b`,
  String.raw`\bunavailable\b`,
  // de
  String.raw`nicht (?:mehr )?vorrätig`,
  String.raw`nicht (?:mehr )?auf lager`,
  String.raw`ausverkauft`,
  String.raw`vergriffen`,
  String.raw`kein(?:en)? (?:lager)?bestand`,
  String.raw`nicht (?:mehr )?(?:verfügbar|lieferbar)`,
  // fr
  String.raw`rupture de stock`,
  String.raw`\bépuisée?s?\b`,
  String.raw`(?:plus|pas) en stock`,
  String.raw`\bindisponibles?\b`,
  // es
  String.raw`\bagotad[oa]s?\b`,
  String.raw`\bsin (?:stock|existencias|inventario)\b`,
  String.raw`fuera de stock`,
  String.raw`\bno (?:está )?disponibles?\b`,
  // it
  String.raw`\besaurit[oaie]\b`,
  String.raw`\bnon (?:è )?(?:più )?disponibil[ei]\b`,
  String.raw`fuori stock`,
  String.raw`non (?:più )?in magazzino`,
  // pt (Brazil)
  String.raw`\besgotad[oa]s?\b`,
  String.raw`\bsem estoque\b`,
  String.raw`fora de estoque`,
  String.raw`\bindisponíve(?:l|is)\b`,
  // nl
  String.raw`uitverkocht`,
  String.raw`niet (?:meer )?op voorraad`,
  String.raw`niet (?:meer )?(?:leverbaar|beschikbaar)`,
  // pl
  String.raw`\bbrak (?:towaru|w magazynie|na stanie|produktu)\b`,
  String.raw`wyprzedan`,
  String.raw`niedostępn`,
  // sv
  String.raw`slut i lager`,
  String.raw`slutsåld`,
  String.raw`(?:inte|ej) i lager`,
  String.raw`(?:inte|ej) (?:längre )?tillgänglig`,
  // tr
  String.raw`stokta (?:yok|kalmadı)`,
  String.raw`\btükendi`,
  String.raw`stok(?:u|umuz|larımız)? (?:tükendi|bitti)`,
  // ar
  'نفد',
  'نفاد',
  'غير متوفر',
  'غير متاح',
  'لا يتوفر',
  // ja
  '在庫切れ',
  '在庫なし',
  '在庫が(?:ない|ありません|ございません)',
  '品切れ',
  '欠品',
  '売り切れ',
  // zh
  '缺货',
  '没货',
  '无货',
  '断货',
  '库存不足',
  '没有库存',
  '售罄',
  '卖完',
]);

/** Wording that asks the buyer to cancel or to request cancellation, in the Amazon languages. */
const ASKS_BUYER_TO_CANCEL = anyOf([
  // en
  String.raw`\brequest(?:ing)? (?:a |the )?cancel`,
  String.raw`\b(?:submit|file|send|open|raise)\b[^.!?\n]{0,30}\bcancel`,
  String.raw`\bask(?:ing)? (?:for|to) (?:a |the )?cancel`,
  String.raw`\b(?:please|kindly|could you|can you|would you|you (?:can|could|may|might|should|need to|must|have to))\b[^.!?\n]{0,40}\bcancel`,
  String.raw`\bgo ahead and cancel\b`,
  String.raw`\bcancel (?:it|the order|your order|this order|the items?)\b[^.!?\n]{0,30}\b(?:yourself|yourselves|on your side|in your account|from your account|under your orders)\b`,
  String.raw`\bcancel items\b`,
  // de
  String.raw`\b(?:bitte|könnten sie|können sie|würden sie|sie (?:können|müssten|müssen|sollten))\b[^.!?\n]{0,60}(?:stornier|stornierung|storno)`,
  String.raw`(?:stornierung|storno)\w*\s+(?:zu\s+)?(?:beantragen|anfordern|anzufordern)`,
  String.raw`(?:beantragen|fordern)\s+sie\b[^.!?\n]{0,30}stornierung`,
  String.raw`\bstornieren sie\b`,
  String.raw`\bselbst\b[^.!?\n]{0,30}stornier`,
  // fr
  String.raw`(?:veuillez|merci de|pourriez-vous|pouvez-vous|vous (?:pouvez|devez|pourriez|devriez))\b[^.!?\n]{0,60}annul`,
  String.raw`demande[rz]? (?:d['’]|l['’]|une )?annulation`,
  String.raw`\bannulez\b`,
  // es
  String.raw`(?:por favor|podría|puede|le rogamos|le pedimos|solicite|solicitar)\b[^.!?\n]{0,60}(?:cancel|anul)`,
  String.raw`solicitud de cancelación`,
  String.raw`\b(?:cancele|anule)\b`,
  // it
  String.raw`(?:per favore|la preghiamo|potrebbe|può|richied|chied)[^.!?\n]{0,60}(?:annull|cancell)`,
  String.raw`richiesta di (?:annullamento|cancellazione)`,
  String.raw`\bannulli\b`,
  // pt (Brazil)
  String.raw`(?:por favor|poderia|solicite|solicitar|peça|pedir|pedimos que|você (?:pode|precisa|deve))\b[^.!?\n]{0,60}cancel`,
  String.raw`(?:solicitação|pedido) de cancelamento`,
  String.raw`\bcancele\b`,
  // nl
  String.raw`(?:graag|kunt u|kun je|wilt u|zou u|vraag|verzoek|aanvragen|u moet)\b[^.!?\n]{0,60}annul`,
  String.raw`annuleringsverzoek`,
  String.raw`annulering\w* aan(?:te)?vragen`,
  String.raw`\bkies\b[^.!?\n]{0,40}annul`,
  String.raw`\bannuleer\b`,
  // pl
  String.raw`(?:prosimy|proszę|prosze|może pan|może pani|mogą państwo|złóż|złożyć|zgłoś|zgłosić|należy)\b[^.!?\n]{0,60}anul`,
  String.raw`(?:wniosek|prośb\w*) o anulowanie`,
  String.raw`popro[sś]\w* o anulowanie`,
  String.raw`\banuluj\b`,
  // sv
  String.raw`(?:vänligen|kan du|skulle du|ber dig|ber er|begär|begära|du behöver)\b[^.!?\n]{0,60}(?:avbeställ|annuller|avbryt)`,
  String.raw`\bavbryt (?:beställningen|ordern)\b`,
  // tr
  // Turkish capital İ does not case-fold to i, so both are spelled out.
  String.raw`(?:lütfen|rica ederiz|rica ediyoruz)\b[^.!?\n]{0,60}[iİ]ptal`,
  String.raw`[iİ]ptal (?:talebi|talebinde|isteği|isteğinde)`,
  String.raw`[iİ]ptal ed(?:in|iniz|ebilirsiniz)\b`,
  // ar
  '(?:يرجى|الرجاء|من فضلك|نرجو|يمكنك|يمكنكم|اطلب|اطلبوا|قدم|تقديم)[^.!؟\\n]{0,60}(?:إلغاء|الإلغاء)',
  'طلب (?:إلغاء|الإلغاء)',
  'قم بإلغاء',
  // ja
  '(?:キャンセル|取り消し|取消)[^。！？\\n]{0,15}(?:申請|リクエスト|依頼|お願い|してください|して下さい|手続き)',
  '(?:ご自身で|お客様ご自身|お客様側)[^。！？\\n]{0,30}(?:キャンセル|取り消し|取消)',
  // zh
  '(?:请|麻烦|您可以|您能否|能否|申请|提交)[^。！？\\n]{0,20}取消',
  '取消[^。！？\\n]{0,10}(?:申请|请求)',
]);

// ── feedback removal ────────────────────────────────────────────────────────────────────────
const FEEDBACK_REMOVAL = anyOf([
  String.raw`\b(?:remove|delete|change|update|revise|edit|take down|withdraw|amend|reconsider)\b[^.!?\n]{0,40}\b(?:feedback|review|rating)s?\b`,
  String.raw`\b(?:feedback|review|rating)s?\b[^.!?\n]{0,30}\b(?:removed|deleted|changed|updated|revised|taken down|withdrawn)\b`,
  String.raw`(?:bewertung|rezension|feedback)\w*[^.!?\n]{0,40}(?:entfernen|löschen|ändern|zurückziehen|zurückzuziehen|anpassen|überarbeiten)`,
  String.raw`(?:entfernen|löschen|ändern)\s+sie\b[^.!?\n]{0,40}(?:bewertung|rezension|feedback)`,
  String.raw`(?:supprimer|retirer|modifier|changer|mettre à jour|revoir)\b[^.!?\n]{0,40}(?:évaluation|avis|commentaire|note)`,
  String.raw`(?:eliminar|retirar|borrar|modificar|cambiar|actualizar)\b[^.!?\n]{0,40}(?:valoración|opinión|reseña|comentario|calificación)`,
  String.raw`(?:rimuovere|eliminare|cancellare|modificare|cambiare|aggiornare|ritirare)\b[^.!?\n]{0,40}(?:valutazione|recensione|feedback|commento)`,
  String.raw`(?:remover|excluir|retirar|apagar|alterar|mudar|atualizar|rever)\b[^.!?\n]{0,40}(?:avaliação|comentário|feedback|opinião)`,
  String.raw`(?:verwijder|wijzig|intrek|verander|aanpas)\w*[^.!?\n]{0,40}(?:beoordeling|feedback|review|recensie)`,
  String.raw`(?:beoordeling|feedback|review|recensie)\w*[^.!?\n]{0,40}(?:verwijderen|wijzigen|aan te passen|in te trekken|aanpassen|intrekken)`,
  String.raw`(?:usun|usuń|zmien|zmień|edytuj|popraw|wycofa)\w*[^.!?\n]{0,40}(?:opini|ocen|komentarz|recenzj)`,
  String.raw`(?:ta bort|tar bort|ändra|uppdatera|redigera|dra tillbaka)\b[^.!?\n]{0,40}(?:omdöme|betyg|recension|feedback)`,
  String.raw`(?:değerlendirme|yorum|geri bildirim|puan)\w*[^.!?\n]{0,40}(?:kaldır|sil|değiştir|güncelle|düzelt|geri çek)`,
  '(?:إزالة|حذف|تغيير|تعديل|تحديث|سحب)[^.!؟\\n]{0,40}(?:التقييم|تقييم|المراجعة|مراجعة|الملاحظات|ملاحظات)',
  '(?:評価|レビュー|フィードバック)[^。！？\\n]{0,20}(?:削除|取り消|取消|変更|修正|撤回|見直)',
  '(?:删除|修改|撤销|撤回|更改)[^。！？\\n]{0,10}(?:评价|差评|评论|反馈)',
  '(?:差评|评价)[^。！？\\n]{0,10}(?:删|改|撤)',
]);

// ── plain order or shipping confirmations ───────────────────────────────────────────────────
const ORDER_CONFIRMATION = anyOf([
  String.raw`\bthank(?:s| you) for (?:your|the) (?:order|purchase)\b`,
  String.raw`\byour order (?:has been|was|is) (?:confirmed|received|shipped|dispatched|on (?:its|the) way)\b`,
  String.raw`\bwe (?:have )?(?:received|confirmed|shipped|dispatched) your order\b`,
  String.raw`(?:vielen )?dank für ihre (?:bestellung|einkauf)`,
  String.raw`ihre bestellung (?:wurde|ist) (?:bestätigt|eingegangen|versandt|verschickt|unterwegs)`,
  String.raw`merci pour votre (?:commande|achat)`,
  String.raw`votre commande (?:a été|est) (?:confirmée|reçue|expédiée|en route)`,
  String.raw`gracias por (?:su|tu) (?:pedido|compra)`,
  String.raw`(?:su|tu) pedido (?:ha sido|fue|está) (?:confirmado|recibido|enviado|en camino)`,
  String.raw`grazie per il (?:suo|tuo) (?:ordine|acquisto)`,
  String.raw`il (?:suo|tuo) ordine (?:è stato|è) (?:confermato|ricevuto|spedito|in viaggio)`,
  String.raw`obrigad[oa] (?:pel[oa]|por (?:seu|sua)) (?:pedido|compra)`,
  String.raw`seu pedido (?:foi|está) (?:confirmado|recebido|enviado|a caminho)`,
  String.raw`bedankt voor (?:uw|je) (?:bestelling|aankoop)`,
  String.raw`(?:uw|je) bestelling is (?:bevestigd|ontvangen|verzonden|onderweg)`,
  String.raw`dziękujemy za (?:zamówienie|zakup)`,
  String.raw`zamówienie (?:zostało|jest) (?:potwierdzone|wysłane|w drodze)`,
  String.raw`tack för (?:din|er) (?:beställning|order|köp)`,
  String.raw`(?:din|er) (?:beställning|order) (?:har|är) (?:bekräftats|skickats|på väg|bekräftad|skickad)`,
  String.raw`siparişiniz için teşekkür`,
  String.raw`siparişiniz (?:onaylandı|alındı|kargoya verildi|yola çıktı|gönderildi)`,
  'شكر[اً]*\\s*(?:لك|لكم)?\\s*(?:على|ل)\\s*(?:طلبك|طلبكم|شرائك)',
  'تم (?:تأكيد|شحن|استلام) طلبك',
  'ご注文(?:いただき)?(?:誠に)?ありがとうございま',
  '(?:ご注文|商品)を?(?:発送|出荷)(?:いたしました|しました)',
  'ご注文を承りました',
  '感谢您?的?(?:订购|下单|购买)',
  '您的订单已(?:确认|发货|发出)',
]);

/** Words that show a message carries something the buyer needs beyond a confirmation. */
const NECESSARY_CONTENT = anyOf([
  // a neutral review or feedback request is a permitted message of its own
  String.raw`(?:\breview|\bfeedback|bewertung|rezension|\bavis\b|évaluation|opinión|reseña|valoración|recensione|valutazione|avaliação|beoordeling|opini|omdöme|recension|değerlendirme|yorum)`,
  '(?:تقييم|レビュー|評価|评价)',
  String.raw`\b(?:cancel|refund|return|problem|issue|delay|unable|cannot|can't|could not|address|payment|sorry|apolog|stock|question|custom|invoice|missing|damaged|defect|replace|pending)`,
  String.raw`(?:storn|erstatt|rücksend|problem|verzög|leider|adresse|zahlung|entschuldig|frage|rechnung)`,
  String.raw`(?:annul|rembours|retour|problème|retard|adresse|paiement|désolé|excus|question|facture|malheureusement)`,
  String.raw`(?:cancel|reembols|devol|problema|retraso|dirección|pago|lament|disculp|pregunta|factura)`,
  String.raw`(?:annull|rimbors|\breso\b|problema|ritardo|indirizzo|pagamento|dispiace|scus|domanda|fattura|purtroppo)`,
  String.raw`(?:cancel|reembols|devolu|problema|atraso|endereço|pagamento|lament|desculp|pergunta|fatura)`,
  String.raw`(?:annul|terugbeta|retour|probleem|vertraging|adres|betaling|excuses|helaas|vraag|factuur)`,
  String.raw`(?:anul|zwrot|problem|opóźni|adres|płatnoś|przeprasz|niestety|pytani|faktur)`,
  String.raw`(?:avbeställ|annuller|återbetal|retur|problem|försen|adress|betalning|tyvärr|ursäkt|fråga|faktura)`,
  String.raw`(?:iptal|iade|sorun|gecik|adres|ödeme|özür|maalesef|soru|fatura)`,
  '(?:إلغاء|استرداد|إرجاع|مشكلة|تأخير|عنوان|الدفع|نعتذر|للأسف|سؤال|فاتورة)',
  '(?:キャンセル|返金|返品|問題|遅れ|遅延|住所|支払|申し訳|お詫び|質問|請求書|在庫)',
  '(?:取消|退款|退货|问题|延迟|地址|付款|抱歉|歉意|发票|缺货)',
]);

// ── collecting an address by message ────────────────────────────────────────────────────────
const COLLECTS_ADDRESS = anyOf([
  String.raw`\b(?:confirm|send|provide|give|share|reply with|tell us|let us know)\b[^.!?\n]{0,40}\baddress`,
  String.raw`\b(?:bestätigen|senden|mitteilen|nennen|schicken)\b[^.!?\n]{0,40}adresse`,
  String.raw`\badresse[^.!?\n]{0,40}(?:bestätigen|mitteilen|zusenden|nennen)`,
  String.raw`\b(?:confirm|envoy|indiqu|communiqu|transmett)\w*[^.!?\n]{0,40}adresse`,
  String.raw`\b(?:confirm|confírm|envi|enví|indiqu|facilit|proporcion)\w*[^.!?\n]{0,40}dirección`,
  String.raw`\b(?:conferm|invi|indic|comunic|fornisc)\w*[^.!?\n]{0,40}indirizzo`,
  String.raw`\b(?:confirm|envi|inform|indiqu)\w*[^.!?\n]{0,40}endereço`,
  String.raw`\b(?:bevestig|stuur|geef|laat)\w*[^.!?\n]{0,40}adres`,
  String.raw`\b(?:potwierd|poda|prześlij|wyślij)\w*[^.!?\n]{0,40}adres`,
  String.raw`\b(?:bekräfta|skicka|ange|meddela)\w*[^.!?\n]{0,40}adress`,
  String.raw`\badres\w*[^.!?\n]{0,40}(?:onayla|gönder|iletin|bildirin|paylaş)`,
  '(?:تأكيد|أرسل|إرسال|تزويدنا)[^.!؟\\n]{0,40}(?:العنوان|عنوان)',
  '住所[^。！？\\n]{0,20}(?:ご確認|ご連絡|お知らせ|ご返信|教えて)',
  '(?:确认|提供|发送|告知)[^。！？\\n]{0,10}地址',
]);

// ── marketing and review incentives ─────────────────────────────────────────────────────────
const MARKETING = anyOf([
  String.raw`\bcoupons?\b`,
  String.raw`\bvouchers?\b`,
  String.raw`\bpromo(?:tion(?:al)?)?\s*codes?\b`,
  String.raw`\bdiscount`,
  String.raw`\d{1,3}\s{0,3}%\s{0,3}off\b`,
  String.raw`\bfree (?:gift|item|product|sample)s?\b`,
  String.raw`\bgift\s*cards?\b`,
  String.raw`\b(?:special|exclusive) offers?\b`,
  String.raw`\bcash\s*back\b`,
  String.raw`\brebates?\b`,
  String.raw`\bour other products\b`,
  String.raw`\b(?:visit|check out) our (?:store|shop)`,
  // de
  String.raw`gutschein`,
  String.raw`rabatt`,
  String.raw`aktionscode`,
  String.raw`\bgratis\b`,
  String.raw`kostenlose[snm]? (?:geschenk|artikel|produkt)`,
  String.raw`sonderangebot`,
  // fr
  String.raw`code promo`,
  String.raw`\bréductions?\b`,
  String.raw`\bremises?\b`,
  String.raw`bons? d['’]achat`,
  String.raw`\bcadeaux?\b`,
  String.raw`offre spéciale`,
  // es
  String.raw`\bcupón`,
  String.raw`\bdescuentos?\b`,
  String.raw`código promocional`,
  String.raw`\bregalos?\b`,
  String.raw`oferta especial`,
  // it
  String.raw`\bscont[oi]\b`,
  String.raw`\bbuon[oi] (?:sconto|regalo|acquisto)`,
  String.raw`codice promozionale`,
  String.raw`\bomaggi[oi]?\b`,
  String.raw`offerta speciale`,
  // pt, nl, pl, sv, tr, ar
  String.raw`\bcupom`,
  String.raw`\bdescontos?\b`,
  String.raw`código promocional`,
  String.raw`\bbrindes?\b`,
  String.raw`kortingscode`,
  String.raw`\bkorting\b`,
  String.raw`\baanbieding`,
  String.raw`\bkupon`,
  String.raw`\brabat`,
  String.raw`\bzniżk`,
  String.raw`kod promocyjny`,
  String.raw`\bkupong`,
  String.raw`rabattkod`,
  String.raw`\bindirim`,
  String.raw`promosyon kodu`,
  String.raw`\bhediye`,
  'كوبون',
  // خصم alone also means "deduct" (no amount will be deducted), so only its discount phrases
  '(?:كود|رمز|قسيمة) خصم',
  'خصم (?:بنسبة|بقيمة|\\d)',
  'رمز ترويجي',
  'هدية',
  // ja, zh
  'クーポン',
  '割引',
  '値引',
  'プレゼント',
  '無料で差し上げ',
  '特典',
  '优惠券',
  '折扣',
  '打折',
  '返现',
  '赠品',
  '礼品',
  '红包',
]);

const REVIEW_INCENTIVE = anyOf([
  String.raw`\b(?:5|five)[\s-]?stars?\b`,
  String.raw`\b(?:positive|good|great|excellent) (?:review|feedback|rating)s?\b`,
  String.raw`\bin exchange for\b`,
  String.raw`\b(?:5|fünf) sterne`,
  String.raw`\b(?:positive|gute) (?:bewertung|rezension)`,
  String.raw`\b(?:5|cinq) étoiles`,
  String.raw`\bavis positifs?\b`,
  String.raw`\ben échange\b`,
  String.raw`\b(?:5|cinco) estrellas`,
  String.raw`\b(?:reseña|valoración|opinión) positiva`,
  String.raw`\ba cambio de\b`,
  String.raw`\b(?:5|cinque) stelle`,
  String.raw`\b(?:recensione|valutazione) positiva`,
  String.raw`\bin cambio\b`,
  String.raw`\bavaliaç(?:ão|ões) positivas?`,
  String.raw`\b(?:5|cinco) estrelas`,
  String.raw`\bem troca de\b`,
  String.raw`positieve (?:beoordeling|review|recensie)`,
  String.raw`\b(?:5|vijf) sterren`,
  String.raw`\bin ruil voor\b`,
  String.raw`pozytywn\w* (?:opini|ocen)`,
  String.raw`\b(?:5|pięć) gwiazd`,
  String.raw`\bw zamian za\b`,
  String.raw`positiv\w* (?:omdöme|recension|betyg)`,
  String.raw`\b(?:5|fem) stjärnor`,
  String.raw`\bi utbyte mot\b`,
  String.raw`olumlu (?:yorum|değerlendirme)`,
  String.raw`\b(?:5|beş) yıldız`,
  String.raw`karşılığında`,
  'تقييم إيجابي',
  '(?:5|خمس) نجوم',
  'في مقابل',
  '星5',
  '★5',
  '★★★★★',
  '5つ星',
  '高評価',
  '好评',
  '五星',
  '5星',
]);

// Emoji, but not ©, ® and ™, which turn up in product names.
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}/u;

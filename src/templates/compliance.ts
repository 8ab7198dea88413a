/**
 * A pre-send check of a message to an Amazon buyer against the Buyer-Seller Messaging rules
 * (reference/platform-rules.md §1.8): no links, no e-mail addresses or phone numbers, no other
 * messengers, no emoji, no marketing or incentives, and never asking the buyer to cancel when
 * the seller lacks stock (help G201722390: "select 'no inventory' and do NOT ask the buyer to
 * request cancellation"). It is a safety net for custom texts, not legal advice: it errs on
 * the side of flagging, and every built-in Amazon template must pass it (unit-tested).
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

/** Checks one message text. Pure; never throws. */
export function checkAmazonCompliance(text: string): ComplianceResult {
  const normalized = normalize(typeof text === 'string' ? text.slice(0, MAX_CHECKED_LENGTH) : '');
  const found: ProblemId[] = [];
  const flag = (id: ProblemId, hit: boolean): void => {
    if (hit && !found.includes(id)) found.push(id);
  };

  flag('link', LINK_PATTERNS.some((p) => p.test(normalized)));
  flag('email', containsEmail(normalized));
  flag('phone', containsPhoneNumber(normalized));
  flag('off-platform-contact', MESSENGERS.test(normalized));
  flag('asks-buyer-to-cancel-for-stock', asksBuyerToCancelForStock(normalized));
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
  return text.normalize('NFKC').replace(/[\p{Cf}]/gu, '');
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
    if ((plain ? BEFORE_PLAIN_AT : BEFORE_SPELLED_AT).test(before) && (plain ? AFTER_PLAIN_AT : AFTER_SPELLED_AT).test(after))
      return true;
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
  /(?<![\w+])\+\s?\d[\d\s().\/-]{5,20}\d/g, // international: +49 30 1234567, +1 (555) 123-4567
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
const STOCK_WORDS = anyOf(
  [
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
  ],
);

/** Wording that asks the buyer to cancel or to request cancellation, in the Amazon languages. */
const ASKS_BUYER_TO_CANCEL = anyOf(
  [
    // en
    String.raw`\brequest(?:ing)? (?:a |the )?cancel`,
    String.raw`\b(?:submit|file|send|open|raise)\b[^.!?\n]{0,30}\bcancel`,
    String.raw`\bask(?:ing)? (?:for|to) (?:a |the )?cancel`,
    String.raw`\b(?:please|kindly|could you|can you|would you|you (?:can|could|may|might|should|need to|must|have to))\b[^.!?\n]{0,40}\bcancel`,
    // de
    String.raw`\b(?:bitte|könnten sie|können sie|würden sie|sie (?:können|müssten|müssen|sollten))\b[^.!?\n]{0,60}(?:stornier|stornierung|storno)`,
    String.raw`(?:stornierung|storno)\w*\s+(?:zu\s+)?(?:beantragen|anfordern|anzufordern)`,
    String.raw`(?:beantragen|fordern)\s+sie\b[^.!?\n]{0,30}stornierung`,
    // fr
    String.raw`(?:veuillez|merci de|pourriez-vous|pouvez-vous|vous (?:pouvez|devez|pourriez|devriez))\b[^.!?\n]{0,60}annul`,
    String.raw`demande[rz]? (?:d['’]|l['’]|une )?annulation`,
    String.raw`\bannulez\b`,
    // es
    String.raw`(?:por favor|podría|puede|le rogamos|le pedimos|solicite|solicitar)\b[^.!?\n]{0,60}(?:cancel|anul)`,
    String.raw`solicitud de cancelación`,
    // it
    String.raw`(?:per favore|la preghiamo|potrebbe|può|richied|chied)[^.!?\n]{0,60}(?:annull|cancell)`,
    String.raw`richiesta di (?:annullamento|cancellazione)`,
    // ja
    '(?:キャンセル|取り消し|取消)[^。！？\\n]{0,15}(?:申請|リクエスト|依頼|お願い|してください|して下さい|手続き)',
    '(?:ご自身で|お客様ご自身|お客様側)[^。！？\\n]{0,30}(?:キャンセル|取り消し|取消)',
    // zh
    '(?:请|麻烦|您可以|您能否|能否|申请|提交)[^。！？\\n]{0,20}取消',
    '取消[^。！？\\n]{0,10}(?:申请|请求)',
  ],
);

function asksBuyerToCancelForStock(text: string): boolean {
  return STOCK_WORDS.test(text) && ASKS_BUYER_TO_CANCEL.test(text);
}

// ── marketing and review incentives ─────────────────────────────────────────────────────────
const MARKETING = anyOf(
  [
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
  ],
);

const REVIEW_INCENTIVE = anyOf(
  [
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
    '星5',
    '★5',
    '★★★★★',
    '5つ星',
    '高評価',
    '好评',
    '五星',
    '5星',
  ],
);

// Emoji, but not ©, ® and ™, which turn up in product names.
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}/u;

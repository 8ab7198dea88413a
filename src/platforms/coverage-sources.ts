/**
 * Where each source key the word tables cite comes from (amazon/vocabulary.ts, aliexpress/vocabulary.ts and
 * labels.ts, 1688/status.ts). The tables carry the short keys only, so the content script ships no addresses; this
 * map is read by the coverage document (coverage-doc.ts) alone, and its test fails on a key the map does not resolve.
 * Marks as in docs/reader-evidence.md: help (the platform's own help), capture (public code that reads the live page,
 * by search-index file id where the index named no repository), issue (issue 14), weak (a third-party guide, often
 * machine-translated), ref / platform-rules (the project's reference summaries of public code and policy pages).
 */
export interface SourceRef {
  title: string;
  /** The address, or the project path of a reference summary. */
  where: string;
}

const help = (item: string, lang: string, where: string): SourceRef => ({ title: `Seller Central help ${item} (${lang})`, where });
const capture = (what: string): SourceRef => ({ title: `public code: ${what}`, where: 'search index of public repositories' });

export const SOURCES: Readonly<Record<string, SourceRef>> = {
  'help 200200040 de_DE': help(
    '200200040',
    'de_DE',
    'https://sellercentral.amazon.de/gp/help/external/help-page.html?itemID=200200040&language=de_DE',
  ),
  'help 200200040 sv_SE': help(
    '200200040',
    'sv_SE',
    'https://sellercentral.amazon.se/gp/help/external/help.html?itemID=200200040&language=sv_SE',
  ),
  'help 200200040 en_AE': help(
    '200200040',
    'en_AE',
    'https://sellercentral.amazon.eg/gp/help/external/help.html?itemID=200200040&language=en_AE',
  ),
  'help 200141600 de_DE': help(
    '200141600',
    'de_DE',
    'https://sellercentral.amazon.de/gp/help/external/help-page.html?itemID=200141600&language=de_DE',
  ),
  'help 200141600 it_IT': help(
    '200141600',
    'it_IT',
    'https://sellercentral.amazon.it/gp/help/external/help.html?itemID=200141600&language=it_IT',
  ),
  'help 200495750 it_IT': help(
    '200495750',
    'it_IT',
    'https://sellercentral-europe.amazon.com/gp/help/external/help.html?itemID=200495750&language=it_IT',
  ),
  'help GRXAS2XTAYEF77BG fr_FR': help(
    'GRXAS2XTAYEF77BG',
    'fr_FR',
    'https://sellercentral.amazon.ca/gp/help/external/GRXAS2XTAYEF77BG?language=fr_FR',
  ),
  'help GRXAS2XTAYEF77BG it_IT': help(
    'GRXAS2XTAYEF77BG',
    'it_IT',
    'https://sellercentral.amazon.it/gp/help/external/GRXAS2XTAYEF77BG?language=it_IT',
  ),
  'help 200143560 es_MX': help(
    '200143560',
    'es_MX',
    'https://sellercentral.amazon.com.mx/gp/help/external/help.html?itemID=200143560&language=es_MX',
  ),
  'help 200332450 fr_FR': help(
    '200332450',
    'fr_FR',
    'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200332450&language=fr_FR',
  ),
  'help G200200040 ja_JP': help('G200200040', 'ja_JP', 'https://sellercentral.amazon.co.jp/gp/help/external/G200200040'),
  'help 6MB2B6CQFZ528X3 ja_JP': help(
    '6MB2B6CQFZ528X3',
    'ja_JP',
    'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=6MB2B6CQFZ528X3&language=ja_JP',
  ),
  'help G201817070 ja_JP': help('G201817070', 'ja_JP', 'https://sellercentral.amazon.co.uk/gp/help/external/G201817070?language=ja_JP'),
  'help 200198080 pl_PL': help(
    '200198080',
    'pl_PL',
    'https://sellercentral.amazon.pl/gp/help/external/help.html?itemID=200198080&language=pl_PL',
  ),
  'help PNRJVBQMJRS942V en_JP': help(
    'PNRJVBQMJRS942V',
    'en_JP',
    'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=PNRJVBQMJRS942V&language=en_JP',
  ),
  'help PNRJVBQMJRS942V en_GB': help(
    'PNRJVBQMJRS942V',
    'en_GB',
    'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=PNRJVBQMJRS942V&language=en_GB',
  ),
  'help boobastic.com/news/13033': {
    title: 'Seller Central help "Pending Orders" in Chinese, mirrored',
    where: 'https://boobastic.com/news/13033.html',
  },
  'issue 14': { title: 'issue 14, "Readers that read what sellers actually see"', where: 'the project issue tracker' },
  'ref §1.4': { title: 'seller-pages reference §1.4 (Manage Orders list, from public code)', where: 'shared/reference/seller-pages.md' },
  'ref §1.7': { title: 'seller-pages reference §1.7 (status words, from public code)', where: 'shared/reference/seller-pages.md' },
  'ref §2.1': { title: 'seller-pages reference §2.1 (AliExpress buyer list, from public code)', where: 'shared/reference/seller-pages.md' },
  'ref §3.3': { title: 'seller-pages reference §3.3 (1688 status words, from public code)', where: 'shared/reference/seller-pages.md' },
  'ref §5.2': { title: 'seller-pages reference §5.2 (labels in front of ids and dates)', where: 'shared/reference/seller-pages.md' },
  'ref §6.1': {
    title: 'seller-pages reference §6.1 (Amazon fulfilment values, from public code)',
    where: 'shared/reference/seller-pages.md',
  },
  'platform-rules §2.1': {
    title: 'platform-rules reference §2.1 (AliExpress status codes and seller-centre labels)',
    where: 'shared/reference/platform-rules.md',
  },
  'platform-rules §3.1': {
    title: 'platform-rules reference §3.1 (1688 API status and refund status)',
    where: 'shared/reference/platform-rules.md',
  },
  'capture 15496181388': capture('a Seller Central order-sync extension (status cell request, file 15496181388)'),
  'capture 66703854200': capture('a Seller Central order scraper content script (Manage Orders rows, file 66703854200)'),
  'capture 44222434000': capture('an order-report schema comment (fulfillment-channel Merchant/Amazon, file 44222434000)'),
  'capture 3781576743': capture("Amazon's Chinese MWS Orders docs copied into a client (file 3781576743)"),
  'capture 4828627914': capture("Amazon's Chinese MWS Orders docs copied into a client (file 4828627914)"),
  'capture 18041007870': capture('an AliExpress "My Orders" scraper (file 18041007870)'),
  'capture 17837019666': capture('greasyfork script 405170 "自动取消" for the AliExpress seller centre (file 17837019666)'),
  'capture 56512699945': capture('a 1688 logistics checker (file 56512699945)'),
  'capture 38985252345': capture('a Laravel 1688 seller-list scraper (file 38985252345)'),
  'capture 41030259442': capture('a Python 1688 seller-list scraper (file 41030259442)'),
  'weak 26741212313': {
    title: "a Chinese shop system's copy of the Alibaba order list headings (file 26741212313)",
    where: 'search index of public repositories',
  },
  'weak salest.io/fr': {
    title: 'salest.io, French, quoting the help',
    where: 'https://salest.io/fr/blog/page/processing-amazon-orders-in-shopify-store',
  },
  'weak salest.io/es': {
    title: 'salest.io, Spanish, quoting the help',
    where: 'https://salest.io/es/blog/page/processing-amazon-orders-in-shopify-store',
  },
  'weak aucfan.com/times/archives/4108': { title: "a seller's guide to 注文管理", where: 'https://aucfan.com/times/archives/4108' },
  'weak mostathmr.com/tr': {
    title: 'a translated article on "Beklemede"',
    where: 'https://mostathmr.com/tr/themes/7623-what-does-status-pending-mean-on-amazon',
  },
  'weak alimaniac.com': {
    title: 'alimaniac.com, AliExpress order statuses',
    where: 'https://www.alimaniac.com/how-to-shop-on-aliexpress/35-what-do-the-different-order-status-on-aliexpress-mean-add/',
  },
  'weak boxing.niimi.work': { title: 'a guide quoting "En espera de pago"', where: 'https://boxing.niimi.work/bg/22597' },
  'weak chinapost.es': { title: 'chinapost.es, AliExpress statuses in Spanish', where: 'https://chinapost.es/?p=253' },
  'weak miorti.es': { title: 'miorti.es, "pedido cerrado"', where: 'https://miorti.es/que-significa-pedido-cerrado-en-aliexpress/' },
  'weak bestchinaproducts.com/fr': {
    title: 'bestchinaproducts.com, French',
    where: 'https://bestchinaproducts.com/fr/cancelled-order-on-aliexpress/',
  },
  'weak alideliv.ru/fr': {
    title: 'alideliv.ru, French (machine-translated)',
    where:
      'http://alideliv.ru/fr/ozhidaetsya-otpravka-chto-eto-za-status-na-aliekspress-skolko-zhdat-otpravki-zakaza-s-aliekspress-chto-delat-esli-prodavec-ne-otpravlyaet-zakaz-s-aliekspress.html',
  },
  'weak realbazar.ru/de': {
    title: 'realbazar.ru, German (translated)',
    where: 'https://realbazar.ru/de/samsung-galaxy-s3/statusy-zakaza-na-aliekspress-statusy-zakaza-na-aliekspress',
  },
};

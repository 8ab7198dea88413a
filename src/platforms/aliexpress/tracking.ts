/**
 * Whether the buyer's order detail shows a tracking number: the fact the "marked shipped without a tracking number"
 * rule reads (src/rules/tables/aliexpress.ts). Sources (docs/reader-evidence.md, AliExpress buyer order detail):
 * - the logistics link: AliExpress links a parcel to Cainiao's tracker with the number in `mailNoList=`
 *   (Kagee/webshop-order-scraper, scrapers/aliexpress.py `lxml_parse_tracking_html`: the number is read from the
 *   `global.cainiao.com/detail.htm` link's `mailNoList=`);
 * - the label: buyers' guides tell them to open the order's logistics section, where "if the seller has shipped the
 *   package" the tracking number is shown (alihelper.net, post-radar.com); 物流单号 is the Chinese label 1688's list
 *   prints before the number (files 17596771592, 63600624455).
 * Only a label followed by a code, or a link carrying one, counts: the word "tracking" alone is a button.
 */
import { searchableText, textOf } from '../text';
import { SPACED } from './page-text';

/** A parcel code: letters and digits, at least one digit, 8 to 30 long ("LP00123456789012", "RB123456789CN"). */
const CODE = '(?=[A-Z]*\\d)[A-Z0-9]{8,30}';
const LABELED_CODE = new RegExp(`(?:tracking\\s*(?:number|no\\.?|#)|物流单号|运单号)\\s*[:：]?\\s*(${CODE})(?![A-Z0-9])`, 'i');
const MAIL_NO_LIST = new RegExp(`[?&]mailNoList=(${CODE})`, 'i');

/** Links that may carry the number: Cainiao's tracker, AliExpress's own logistics page. */
const TRACKING_LINKS = 'a[href*="mailNoList="]';

export function showsTrackingNumber(scope: ParentNode): boolean {
  for (const link of Array.from(scope.querySelectorAll(TRACKING_LINKS))) {
    if (MAIL_NO_LIST.test(link.getAttribute('href') ?? '')) return true;
  }
  return LABELED_CODE.test(searchableText(textOf(scope, SPACED)));
}

/**
 * What every AliExpress reader needs besides the order itself: the clock it is given, and the page states that
 * are not orders (still loading, a captcha in the way).
 */
import type { ReadResult } from '../types';
import { CAPTCHA, LOADING } from './selectors';
import { textOf } from '../text';
import { WITHOUT_LINKS } from './page-text';
import { deadlineFrom, findCountdown, mayHoldCountdown } from './vocabulary';

export interface ReaderOptions {
  /** The time countdowns are counted from; the read itself never looks at the clock. Defaults to the call time. */
  now?: () => Date;
}

export const clockOf = (options: ReaderOptions): (() => Date) => options.now ?? (() => new Date());

export const isLoading = (root: ParentNode): boolean => root.querySelector(LOADING) !== null;
export const hasCaptcha = (root: ParentNode): boolean => root.querySelector(CAPTCHA) !== null;

export function captchaResult(orderId?: string): ReadResult {
  return {
    status: 'unreadable',
    missing: ['orderId', 'stage'],
    note: {
      en: 'AliExpress is showing a "slide to verify" check instead of your orders. Complete it, and the order will be read again.',
      zh: '速卖通页面正在显示滑块验证，订单未显示。完成验证后会重新读取订单。',
    },
    ...(orderId === undefined ? {} : { orderId }),
  };
}

/** A countdown in the order's text (links skipped: product titles are links and are page text we do not trust). */
export function deadlineIn(text: string, now: () => Date): string | undefined {
  const ms = findCountdown(text);
  return ms === null ? undefined : deadlineFrom(now(), ms);
}

/**
 * The countdown in an element's (or a shadow root's) text without its links. Its native text is tested first: one without any
 * countdown word (most rows and cards of a list) is never walked node by node.
 */
export function deadlineInElement(element: Node, now: () => Date): string | undefined {
  return mayHoldCountdown(element.textContent ?? '') ? deadlineIn(textOf(element, WITHOUT_LINKS), now) : undefined;
}

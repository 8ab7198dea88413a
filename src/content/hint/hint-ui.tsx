/**
 * The full hint (Preact), loaded on demand: at once on a detail page, and on a list page only when
 * the person unfolds a row's hint. Keeping Preact and the verdict card out of the eager content
 * chunk keeps every seller page's cost small.
 */
import { render } from 'preact';
import cardEn from '../../../public/_locales/en/messages.json?card';
import cardZh from '../../../public/_locales/zh_CN/messages.json?card';
import { addStrings } from '../../ui/i18n';
// A part is a script of its own: it brings the compact bar's strings too, in both languages (the page may switch).
import '../../ui/hint-strings';
import { Hint, type HintProps } from '../../ui/Hint';
import type { UiLang } from '../../ui/i18n';
import type { LocalizedText, Platform, Stage } from '../../rules/types';
import type { PageOrder, RenderedMessage } from '../../messages/protocol';
import { cardCss as card } from '../../ui/styles';
import { findMessageBox, insertIntoBox } from '../message-box';
import { askChains, recordAction, saveStoreName, setLink, setRemind } from '../worker-api';

/** The store name this page already asked the worker to remember. */
let savedStoreName: string | null = null;

// The strings only the unfolded hint shows travel with its code, not in every seller page's content script.
addStrings({ en: cardEn, zh: cardZh });
import type { ChainInfo } from '../../ui/ChainNote';
import { nextDueDeadline } from '../../history/reminders';

/** A row's details popover (createRowPopover): over the page, as wide as the card needs, never past the window. */
const POPOVER_CSS =
  '.coc-pop{inset:auto;margin:0;padding:0;border:0;background:transparent;color:inherit;overflow:auto;width:min(560px,calc(100vw - 16px));max-height:calc(100vh - 16px)}' +
  '.coc-pop .coc-hint{max-width:none;box-shadow:0 8px 28px rgba(16,24,40,.25)}';

/** The verdict card's styles (and its popover's) travel with the full hint: a page that never unfolds a hint never loads them. */
export const cardCss = card + POPOVER_CSS;

export interface FullHint {
  showVerdict(order: PageOrder): void;
  showUnreadable(note: LocalizedText): void;
  setLang(lang: UiLang): void;
  dispose(): void;
}

export interface FullHintOptions {
  lang: UiLang;
  expanded: boolean;
  onDismiss(): void;
  /** A row's details shown over the page: folding them closes them (see Hint's onFold). */
  onFold?: () => void;
  /** Teaches or forgets a status word (the page is read again after); absent: nothing is offered. */
  words?: { teach(word: string, stage: Stage): Promise<boolean>; forget(word: string): Promise<boolean> };
  /** Saves a page sample: an unknown verdict's view offers it. */
  saveSample?: () => Promise<boolean>;
}

const messageRef = (m: RenderedMessage) => ({ templateId: m.id, language: m.language });

export function createFullHint(container: HTMLElement, options: FullHintOptions): FullHint {
  let lang = options.lang;
  let last: HintProps | null = null;
  const draw = (props: HintProps) => {
    last = props;
    render(<Hint {...props} />, container);
  };

  // Kept across redraws of the same verdict (the page re-rendering), reset when the rule changes.
  let ticked = new Set<number>();
  let ruleId = '';
  let order: PageOrder | null = null;
  // The linked orders of the order shown, read when it is first shown and again when its state changes.
  let chains: ChainInfo[] = [];

  const readChains = async (of: { platform: Platform; orderId: string }) => {
    const found = await askChains(of.platform, of.orderId);
    if (order?.snapshot.orderId !== of.orderId || order.snapshot.platform !== of.platform) return;
    chains = found;
    drawVerdict();
  };

  const drawVerdict = () => {
    if (!order) return;
    const { snapshot, verdict, messages } = order;
    const key = { platform: snapshot.platform, orderId: snapshot.orderId };
    const box = findMessageBox(snapshot.platform);
    draw({
      state: 'ready',
      lang,
      now: new Date(),
      verdict,
      snapshot,
      messages,
      defaultExpanded: options.expanded,
      onDismiss: options.onDismiss,
      onFold: options.onFold,
      onSaveSample: options.saveSample,
      ticked,
      ...(options.words &&
        (order.unknownWords || order.taughtWords) && {
          words: {
            unknown: order.unknownWords ?? [],
            taught: order.taughtWords ?? [],
            onTeach: options.words.teach,
            onForget: options.words.forget,
          },
        }),
      ...(chains.length > 0 && { chains }),
      async onLink(platform, orderId) {
        const linked = await setLink(key, { platform, orderId }, true);
        if (linked) await readChains(key);
        return linked;
      },
      onUnlink(chain) {
        void setLink(key, chain.other, false).then((done) => (done ? readChains(key) : undefined));
      },
      // Only an order with a deadline someone acts on can be reminded of.
      ...(nextDueDeadline(snapshot.stage, verdict, new Date()) && {
        remind: {
          on: !order.remindOff,
          onChange(on: boolean) {
            if (!order) return;
            const before = order;
            const { remindOff: _was, ...rest } = order;
            order = on ? rest : { ...rest, remindOff: true };
            drawVerdict();
            // The bell goes back when the worker did not take the choice: it must never say what is not so.
            void setRemind(key.platform, key.orderId, on).then((taken) => {
              if (!taken && order?.snapshot === before.snapshot) {
                order = before;
                drawVerdict();
              }
            });
          },
        },
      }),
      onTick(step) {
        ticked = new Set(ticked);
        const nowTicked = !ticked.delete(step);
        if (nowTicked) ticked.add(step);
        drawVerdict();
        void recordAction({ ...key, action: { kind: 'step-ticked', payload: { step, ticked: nowTicked } } });
      },
      onSaveStoreName(name) {
        // Once per name: every later message of this page asks the worker, whose settings then fill it in.
        if (name === savedStoreName) return;
        savedStoreName = name;
        void saveStoreName(name);
      },
      onCopy(message, copied) {
        if (copied) void recordAction({ ...key, action: { kind: 'message-copied', payload: messageRef(message) } });
      },
      // Offered only while the page shows a message box; looked up again on click (it may have closed).
      onInsert: box
        ? (message) => {
            const target = findMessageBox(snapshot.platform);
            const inserted = target !== null && insertIntoBox(target, message.text);
            if (inserted) void recordAction({ ...key, action: { kind: 'message-inserted', payload: messageRef(message) } });
            return inserted;
          }
        : null,
    });
  };

  // A compose box opened after the verdict arrived: offer Insert once the person goes to it.
  const onFocus = (e: FocusEvent) => {
    if (!order || e.target === container) return;
    const hasBox = findMessageBox(order.snapshot.platform) !== null;
    if (hasBox !== Boolean(last?.state === 'ready' && last.onInsert)) drawVerdict();
  };
  document.addEventListener('focusin', onFocus, true);

  return {
    showVerdict(next) {
      if (next.verdict.ruleId !== ruleId) ticked = new Set();
      ruleId = next.verdict.ruleId;
      order = next;
      drawVerdict();
      void readChains(next.snapshot);
    },
    showUnreadable(note) {
      order = null;
      draw({ state: 'unreadable', lang, note, onDismiss: options.onDismiss, onSaveSample: options.saveSample });
    },
    setLang(next) {
      lang = next;
      if (last) draw({ ...last, lang });
    },
    dispose() {
      document.removeEventListener('focusin', onFocus, true);
      render(null, container);
    },
  };
}

/** A row's details over the page: a popover in the hint's shadow root (see createRowPopover). */
export interface RowPopover {
  element: HTMLElement;
  show(): void;
  hide(): void;
}

/**
 * The popover a list row's details open in: in the top layer, so neither the table nor the row
 * box's strict containment lays it out or clips it. Shown beside the row's box (below when there is
 * room, else above; always inside the window). Escape, a click elsewhere or the close button fold
 * it (`onToggle(false)`).
 */
export function createRowPopover(shadow: ShadowRoot, rowBox: HTMLElement, onToggle: (open: boolean) => void): RowPopover {
  const element = document.createElement('div');
  element.className = 'coc-pop';
  element.setAttribute('popover', 'auto');
  element.addEventListener('toggle', (e) => onToggle((e as ToggleEvent).newState === 'open'));
  shadow.append(element);
  const margin = 8;
  return {
    element,
    show() {
      if (!element.matches(':popover-open')) element.showPopover();
      const box = rowBox.getBoundingClientRect();
      const { offsetWidth: width, offsetHeight: height } = element;
      const below = box.bottom + 4;
      const top = below + height <= innerHeight - margin ? below : Math.max(margin, box.top - 4 - height);
      const left = Math.min(Math.max(margin, box.left), Math.max(margin, innerWidth - width - margin));
      element.style.top = `${Math.round(top)}px`;
      element.style.left = `${Math.round(left)}px`;
      // The keyboard starts on the details' first control (fold), then runs through them in reading order.
      element.querySelector<HTMLElement>('.coc-chevron')?.focus({ preventScroll: true });
    },
    hide() {
      if (element.matches(':popover-open')) element.hidePopover();
    },
  };
}

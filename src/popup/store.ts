/**
 * Popup state (zustand vanilla store + a small Preact hook; the React binding of zustand would
 * need preact/compat). The store gets its API and storage as parameters so tests drive it with fakes.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  EvaluateAnswer,
  HistoryStats,
  OrderActionRecord,
  OrderHistory,
  PageOrders,
  RenderedMessage,
  Result,
  UserSettings,
} from '../messages/protocol';
import type { Platform } from '../rules/types';
import type { UiLang } from '../ui/i18n';
import { saveLang } from '../ui/langPref';
import type { PopupApi } from './api';
import { DEFAULT_FORM, type ManualForm } from './manual-form';
import { afterPaint, loadLater } from './useLater';

export type PageState =
  | { status: 'loading' }
  /** No content script answered: not a supported page (error kept for the curious, not shown as blame). */
  | { status: 'no-page'; error: string }
  | { status: 'answered'; page: PageOrders };

export interface PickerState {
  open: boolean;
  form: ManualForm;
  busy: boolean;
  answer: Result<EvaluateAnswer> | null;
}

export interface PopupState {
  lang: UiLang;
  page: PageState;
  /** Keyed `${platform}:${orderId}`; undefined while loading. */
  histories: Record<string, Result<OrderHistory> | undefined>;
  picker: PickerState;
  /** Quick statistics; undefined while loading. */
  stats: Result<HistoryStats> | undefined;
  /** The stored settings, kept so a language change saves them whole. */
  settings: UserSettings | null;
  /** Ticked steps per order key, restored from the order's history. */
  ticks: Record<string, number[]>;
  /** On a list page: the order opened in the table (its messages and history are fetched then), keyed like histories. */
  opened: string | null;
  /** Opens (or, given the opened one or null, closes) one order of a list page. */
  openOrder(key: string | null): void;
  setLang(lang: UiLang): void;
  /** Remembers the store name typed into a message's blank (asked once: later messages come with it filled). */
  saveStoreName(name: string): void;
  tickStep(platform: Platform, orderId: string, step: number): void;
  messageCopied(platform: Platform, orderId: string, message: RenderedMessage): void;
  /** Reads the active tab again (on open, and from the retry button). */
  load(): Promise<void>;
  togglePicker(open?: boolean): void;
  setForm(change: Partial<ManualForm>): Promise<void>;
  submitPicker(): Promise<void>;
}

export const historyKey = (platform: string, orderId: string): string => `${platform}:${orderId}`;

/** Replays the recorded ticks, oldest first; a record without `ticked` (older format) means ticked. */
export function ticksFrom(actions: readonly OrderActionRecord[] | undefined): number[] {
  const ticked = new Set<number>();
  for (const a of actions ?? []) {
    if (a.kind !== 'step-ticked') continue;
    if (a.payload.ticked === false) ticked.delete(a.payload.step);
    else ticked.add(a.payload.step);
  }
  return [...ticked].sort((x, y) => x - y);
}

export interface PopupDeps {
  api: PopupApi;
  storage: Pick<Storage, 'setItem'> | null;
  initialLang: UiLang;
}

/** A list page shows its orders as a table; only the order the person opens gets its messages and history. */
export const isListPage = (page: PageOrders): boolean => page.orders.length > 1;

/**
 * Hints get verdicts without their messages (fetched when a hint unfolds), so the page's orders may
 * come without them: the verdicts are shown at once and each order's messages put in as they arrive.
 */
function fillMessages(
  api: PopupApi,
  page: PageOrders,
  set: StoreApi<PopupState>['setState'],
  only?: PageOrders['orders'],
): Promise<unknown> {
  return Promise.all(
    (only ?? page.orders).map(async (order) => {
      if (order.messages.length > 0) return;
      const answer = await api.evaluate(order.snapshot);
      if (!answer.ok || answer.value.messages.length === 0) return;
      set((s) => {
        if (s.page.status !== 'answered') return {}; // reloaded meanwhile
        // Matched by order, not by object: the list may have been filled in meanwhile.
        const same = (o: (typeof s.page.page.orders)[number]) =>
          o.snapshot.platform === order.snapshot.platform && o.snapshot.orderId === order.snapshot.orderId;
        if (!s.page.page.orders.some(same)) return {};
        const orders = s.page.page.orders.map((o) => (same(o) ? { ...o, messages: answer.value.messages } : o));
        return { page: { ...s.page, page: { ...s.page.page, orders } } };
      });
    }),
  );
}

export function createPopupStore({ api, storage, initialLang }: PopupDeps): StoreApi<PopupState> {
  return createStore<PopupState>()((set, get) => {
    const loadHistory = async (platform: Platform, orderId: string): Promise<void> => {
      const history = await api.orderHistory(platform, orderId);
      const key = historyKey(platform, orderId);
      set((s) => ({
        histories: { ...s.histories, [key]: history },
        ticks: history.ok ? { ...s.ticks, [key]: ticksFrom(history.value.actions) } : s.ticks,
      }));
    };
    return {
      lang: initialLang,
      page: { status: 'loading' },
      histories: {},
      picker: { open: false, form: DEFAULT_FORM, busy: false, answer: null },
      stats: undefined,
      settings: null,
      ticks: {},
      opened: null,

      openOrder(key) {
        const { page, opened } = get();
        const next = key === opened ? null : key;
        set({ opened: next });
        if (next === null || page.status !== 'answered') return;
        const order = page.page.orders.find((o) => historyKey(o.snapshot.platform, o.snapshot.orderId) === next);
        if (!order) return;
        void fillMessages(api, page.page, set, [order]);
        if (!get().histories[next]) void loadHistory(order.snapshot.platform, order.snapshot.orderId);
      },

      saveStoreName(name) {
        const settings = get().settings;
        if (!settings || settings.storeName === name) return;
        void api.saveSettings({ ...settings, storeName: name }).then((r) => r.ok && set({ settings: r.value }));
      },

      setLang(lang) {
        saveLang(storage, lang);
        set({ lang });
        // The choice is shared with the options page and the in-page hint through the settings.
        const settings = get().settings;
        if (settings) void api.saveSettings({ ...settings, uiLang: lang }).then((r) => r.ok && set({ settings: r.value }));
      },

      tickStep(platform, orderId, step) {
        const key = historyKey(platform, orderId);
        const current = get().ticks[key] ?? [];
        const ticked = !current.includes(step);
        const next = ticked ? [...current, step].sort((x, y) => x - y) : current.filter((s) => s !== step);
        set((s) => ({ ticks: { ...s.ticks, [key]: next } }));
        void api.recordAction({ platform, orderId, action: { kind: 'step-ticked', payload: { step, ticked } } });
      },

      messageCopied(platform, orderId, message) {
        void api.recordAction({
          platform,
          orderId,
          action: { kind: 'message-copied', payload: { templateId: message.id, language: message.language } },
        });
      },

      async load() {
        set({ page: { status: 'loading' }, histories: {} });
        // Nothing but the page's answer comes before the verdict: the settings, the statistics, the
        // messages and the histories are asked for once the verdicts are painted. On a large history
        // their queries keep the worker and IndexedDB busy, and their answers' renders would hold up
        // the first paint. Until the settings come, the language is the one this popup last saw.
        // A language the person picks before the settings arrive is theirs: the stored one must not undo it.
        const shownLang = get().lang;
        const loadSettings = () =>
          void api.settings().then((settings) => {
            if (!settings.ok) return;
            set({ settings: settings.value });
            const uiLang = settings.value.uiLang;
            if (uiLang && uiLang !== get().lang && get().lang === shownLang) {
              saveLang(storage, uiLang);
              set({ lang: uiLang });
            }
          });
        const loadStats = () => void api.stats().then((stats) => set({ stats }));
        const afterVerdict = async () => {
          await afterPaint();
          loadSettings();
          loadStats();
        };
        const tab = await api.activeTab();
        const answer = tab.ok ? await api.pageOrders(tab.value.id) : tab;
        if (!answer.ok || answer.value.status === 'not-an-order-page') {
          set({ page: { status: 'no-page', error: answer.ok ? '' : answer.error } });
          get().togglePicker(true);
          await afterVerdict();
          return;
        }
        const page = answer.value;
        set({ page: { status: 'answered', page }, opened: null });
        if (page.status === 'unreadable' || (page.status === 'read' && page.orders.length === 0)) get().togglePicker(true);
        await afterVerdict();
        // A list's orders show as a table: messages and history come for the one the person opens
        // (asking for 120 orders' messages and histories at once kept the popup busy for seconds).
        if (isListPage(page)) return;
        void fillMessages(api, page, set);
        await Promise.all(page.orders.map(({ snapshot }) => loadHistory(snapshot.platform, snapshot.orderId)));
      },

      togglePicker(open) {
        set((s) => ({ picker: { ...s.picker, open: open ?? !s.picker.open } }));
      },

      async setForm(change) {
        // The picker is drawn from the later chunk, so it is here by the time the person changes the form.
        const { updateForm } = await loadLater();
        set((s) => ({ picker: { ...s.picker, form: updateForm(s.picker.form, change), answer: null } }));
      },

      async submitPicker() {
        const form = get().picker.form;
        set((s) => ({ picker: { ...s.picker, busy: true } }));
        const { buildManualSnapshot } = await loadLater();
        const answer = await api.evaluate(buildManualSnapshot(form));
        // A form changed while the worker was answering makes this answer stale: drop it.
        if (get().picker.form !== form) return set((s) => ({ picker: { ...s.picker, busy: false } }));
        set((s) => ({ picker: { ...s.picker, busy: false, answer } }));
      },
    };
  });
}

/**
 * Subscribes a component to a slice of the store. Subscribed in a layout effect, which runs as the
 * render commits: an effect waits for the next frame, and the tab's answer often comes before that
 * frame, so its verdict would wait a frame more to enter the page.
 */
export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [slice, setSlice] = useState(() => select(store.getState()));
  useLayoutEffect(() => {
    setSlice(() => select(store.getState()));
    return store.subscribe((state) => setSlice(() => select(state)));
    // Subscribed once per store: callers pass selectors that mean the same thing on every render.
  }, [store]);
  return slice;
}

/**
 * Popup state (zustand vanilla store + a small Preact hook; the React binding of zustand would
 * need preact/compat). The store gets its API and storage as parameters so tests drive it with fakes.
 */
import { useEffect, useState } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EvaluateAnswer, OrderHistory, PageOrders, Result } from '../messages/protocol';
import type { UiLang } from '../ui/i18n';
import { saveLang } from '../ui/langPref';
import type { PopupApi } from './api';
import { buildManualSnapshot, DEFAULT_FORM, updateForm, type ManualForm } from './manual';

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
  setLang(lang: UiLang): void;
  /** Reads the active tab again (on open, and from the retry button). */
  load(): Promise<void>;
  togglePicker(open?: boolean): void;
  setForm(change: Partial<ManualForm>): void;
  submitPicker(): Promise<void>;
}

export const historyKey = (platform: string, orderId: string): string => `${platform}:${orderId}`;

export interface PopupDeps {
  api: PopupApi;
  storage: Pick<Storage, 'setItem'> | null;
  initialLang: UiLang;
}

export function createPopupStore({ api, storage, initialLang }: PopupDeps): StoreApi<PopupState> {
  return createStore<PopupState>()((set, get) => ({
    lang: initialLang,
    page: { status: 'loading' },
    histories: {},
    picker: { open: false, form: DEFAULT_FORM, busy: false, answer: null },

    setLang(lang) {
      saveLang(storage, lang);
      set({ lang });
    },

    async load() {
      set({ page: { status: 'loading' }, histories: {} });
      const tab = await api.activeTab();
      const answer = tab.ok ? await api.pageOrders(tab.value.id) : tab;
      if (!answer.ok || answer.value.status === 'not-an-order-page') {
        set({ page: { status: 'no-page', error: answer.ok ? '' : answer.error } });
        get().togglePicker(true);
        return;
      }
      const page = answer.value;
      set({ page: { status: 'answered', page } });
      if (page.status === 'unreadable' || (page.status === 'read' && page.orders.length === 0)) get().togglePicker(true);
      await Promise.all(
        page.orders.map(async ({ snapshot }) => {
          const history = await api.orderHistory(snapshot.platform, snapshot.orderId);
          set((s) => ({ histories: { ...s.histories, [historyKey(snapshot.platform, snapshot.orderId)]: history } }));
        }),
      );
    },

    togglePicker(open) {
      set((s) => ({ picker: { ...s.picker, open: open ?? !s.picker.open } }));
    },

    setForm(change) {
      set((s) => ({ picker: { ...s.picker, form: updateForm(s.picker.form, change), answer: null } }));
    },

    async submitPicker() {
      const form = get().picker.form;
      set((s) => ({ picker: { ...s.picker, busy: true } }));
      const answer = await api.evaluate(buildManualSnapshot(form));
      // A form changed while the worker was answering makes this answer stale: drop it.
      if (get().picker.form !== form) return set((s) => ({ picker: { ...s.picker, busy: false } }));
      set((s) => ({ picker: { ...s.picker, busy: false, answer } }));
    },
  }));
}

/** Subscribes a component to a slice of the store. */
export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [slice, setSlice] = useState(() => select(store.getState()));
  useEffect(() => {
    setSlice(() => select(store.getState()));
    return store.subscribe((state) => setSlice(() => select(state)));
    // Subscribed once per store: callers pass selectors that mean the same thing on every render.
  }, [store]);
  return slice;
}

import { savedLanguage, saveLanguage, t } from '../i18n/i18n';
import { refusalTexts } from '../i18n/refusals';
import { Cancelled, cancel } from '../worker/client';
import { Refusal } from '../worker/protocol';
import type { Slice, UiSlice } from './types';

/** The user's words for why a call failed. */
const reason = (error: unknown): string =>
  error instanceof Refusal
    ? t(refusalTexts[error.code])
    : error instanceof Error
      ? error.message
      : String(error);

export const uiSlice: Slice<UiSlice> = (set, get) => ({
  busy: null,
  busyDone: null,
  error: null,
  notice: null,
  how: null,
  language: savedLanguage(),

  showHow: (how) => set({ how }),

  setLanguage: (language) => {
    saveLanguage(language);
    document.documentElement.lang = language;
    set({ language });
  },

  run: async (what, fn) => {
    set({ busy: 'waiting', busyDone: null, error: null, notice: null });
    try {
      await fn((busy, done) => set({ busy, busyDone: done ?? null }));
    } catch (error) {
      if (error instanceof Cancelled) return;
      set({ error: t('{what} mislukt: {message}', { what: t(what), message: reason(error) }) });
    } finally {
      set({ busy: null });
    }
  },

  cancel: () => {
    cancel();
    // The new worker knows nothing yet: show the stored data (or the sample) again.
    set({ busy: null, preview: null, previewInput: null });
    void get()
      .start()
      .then(() => set({ notice: t('Geannuleerd: er is niets veranderd.') }));
  },
});

/** Which language the UI speaks. */
import type { StateCreator } from 'zustand';
import { DEFAULT_LOCALE, type Locale } from '../i18n';
import type { AppState } from './store';

export interface LocaleSlice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const createLocaleSlice: StateCreator<AppState, [], [], LocaleSlice> = (set) => ({
  locale: DEFAULT_LOCALE,
  setLocale: (locale) => set({ locale }),
});

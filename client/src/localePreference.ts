/**
 * Where the UI language comes from at start: `?lang=en` in the address (handy for a wall display's
 * kiosk URL), else the visitor's last choice, else Chinese.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n';

const STORAGE_KEY = 'gridmap.locale';

/** The language to start in, given the page's query string and remembered choice. */
export function initialLocale(search: string, remembered: string | null): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(remembered)) return remembered;
  return DEFAULT_LOCALE;
}

/** Reads the remembered choice; storage may be unavailable (private mode, locked-down kiosks). */
export function readRememberedLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the choice for the next visit, silently skipping when storage is unavailable. */
export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused: the language still applies for this visit.
  }
}

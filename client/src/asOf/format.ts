/** The as-of day written out for people, in the UI language. */
import type { Locale } from '../i18n';

const FORMATS = new Map<Locale, Intl.DateTimeFormat>();

/** `day` (YYYY-MM-DD) as "2025年9月30日" or "30 Sep 2025"; the day is a calendar day, so no zone shifts it. */
export function formatDay(day: string, locale: Locale): string {
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric', timeZone: 'UTC' });
    FORMATS.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/**
 * Keeps the document in step with the UI language: `<html lang>`, the window title (with the
 * sub-district's name once known) and the remembered choice for the next visit.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { useTranslate } from './useTranslate';
import { rememberLocale } from '../localePreference';

export function useDocumentLocale(): void {
  const locale = useAppStore((s) => s.locale);
  const subdistrict = useAppStore((s) => s.meta?.subdistrict ?? null);
  const t = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    const place = subdistrict ? (locale === 'en' && subdistrict.nameEn ? subdistrict.nameEn : subdistrict.name) : null;
    document.title = place ? t('app.titleWithPlace', { place }) : t('app.title');
    rememberLocale(locale);
  }, [locale, subdistrict, t]);
}

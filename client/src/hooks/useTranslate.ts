/** The translator for the current UI language; components re-render when it changes. */
import { useMemo } from 'react';
import { translator, type Translate } from '../i18n';
import { useAppStore } from '../state/store';

export function useTranslate(): Translate {
  const locale = useAppStore((s) => s.locale);
  return useMemo(() => translator(locale), [locale]);
}

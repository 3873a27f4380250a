/** 中文 / English toggle: two buttons, the current language pressed. */
import { LOCALES } from '../i18n';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';

export function LanguageSwitch() {
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  const t = useTranslate();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.switchLabel')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          className={option === locale ? 'active' : undefined}
          onClick={() => setLocale(option)}
        >
          {t(`lang.${option}`)}
        </button>
      ))}
    </div>
  );
}

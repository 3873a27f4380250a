/** Top bar: the sub-district's name, what this map is, and the language switch. */
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const subdistrict = useAppStore((s) => s.meta?.subdistrict ?? null);
  const place = subdistrict ? (locale === 'en' && subdistrict.nameEn ? subdistrict.nameEn : subdistrict.name) : null;
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <span className="app-header__emblem" aria-hidden="true" />
        {place && <h1 className="app-header__place">{place}</h1>}
        <span className="app-header__product">{t('app.title')}</span>
      </div>
      <LanguageSwitch />
    </header>
  );
}

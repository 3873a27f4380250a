/**
 * Top bar: the sub-district's name and what this map is; for an administrator the switch
 * between the map and the administration page; the language switch and the user menu.
 */
import { canAdminister } from '../auth/abilities';
import { navigate, useRoute } from '../hooks/useRoute';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

function AdminNav() {
  const t = useTranslate();
  const route = useRoute();
  const pages = [
    { page: 'map', label: t('nav.map') },
    { page: 'admin', label: t('nav.admin') },
  ] as const;
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      {pages.map(({ page, label }) => (
        <a
          key={page}
          href={page === 'map' ? '/' : '/admin'}
          className="app-nav__link"
          data-page={page}
          aria-current={route.page === page ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate({ page });
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}

export function Header() {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const subdistrict = useAppStore((s) => s.meta?.subdistrict ?? null);
  const admin = useAppStore((s) => canAdminister(s.session));
  const place = subdistrict ? (locale === 'en' && subdistrict.nameEn ? subdistrict.nameEn : subdistrict.name) : null;
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <span className="app-header__emblem" aria-hidden="true" />
        {place && <h1 className="app-header__place">{place}</h1>}
        <span className="app-header__product">{t('app.title')}</span>
      </div>
      <div className="app-header__tools">
        {admin && <AdminNav />}
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}

/**
 * Top bar: the sub-district's name and what this map is; the switch between the pages the
 * user's role is offered (map, planner, relocation, administration); the language switch and
 * the user menu.
 */
import { canAdminister, canPlan, canSeeRelocation } from '../auth/abilities';
import { navigate, useRoute } from '../hooks/useRoute';
import { routeHref } from '../route';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

type NavPage = 'map' | 'planner' | 'relocation' | 'admin';

function PageNav() {
  const t = useTranslate();
  const route = useRoute();
  const session = useAppStore((s) => s.session);
  const offered: { page: NavPage; label: string; shown: boolean }[] = [
    { page: 'map', label: t('nav.map'), shown: true },
    { page: 'planner', label: t('nav.planner'), shown: canPlan(session) },
    { page: 'relocation', label: t('nav.relocation'), shown: canSeeRelocation(session) },
    { page: 'admin', label: t('nav.admin'), shown: canAdminister(session) },
  ];
  const pages = offered.filter((p) => p.shown);
  if (pages.length < 2) return null;
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      {pages.map(({ page, label }) => (
        <a
          key={page}
          href={routeHref({ page })}
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
  const place = subdistrict ? (locale === 'en' && subdistrict.nameEn ? subdistrict.nameEn : subdistrict.name) : null;
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <span className="app-header__emblem" aria-hidden="true" />
        {place && <h1 className="app-header__place">{place}</h1>}
        <span className="app-header__product">{t('app.title')}</span>
      </div>
      <div className="app-header__tools">
        <PageNav />
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}

/**
 * The administration page (administrators only; the server refuses everyone else): accounts,
 * wall display tokens, the audit log, importing and exporting data, one section at a time.
 */
import { useState } from 'react';
import { canAdminister } from '../auth/abilities';
import { navigate } from '../hooks/useRoute';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { AccountsSection } from './AccountsSection';
import { AuditSection } from './AuditSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { WallTokensSection } from './WallTokensSection';

const SECTIONS = ['accounts', 'walls', 'audit', 'import', 'export'] as const;
type Section = (typeof SECTIONS)[number];

export function AdminPage() {
  const t = useTranslate();
  const admin = useAppStore((s) => canAdminister(s.session));
  const [section, setSection] = useState<Section>('accounts');
  if (!admin) {
    return (
      <p className="status status--error" role="alert">
        {t('admin.forbidden')}{' '}
        <a href="/" onClick={(e) => { e.preventDefault(); navigate({ page: 'map' }); }}>{t('print.back')}</a>
      </p>
    );
  }
  return (
    <main className="admin">
      <div className="admin__inner">
        <h1 className="admin__title">{t('admin.title')}</h1>
        <div className="admin__tabs" role="tablist" aria-label={t('admin.title')}>
          {SECTIONS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              data-section={id}
              aria-selected={section === id}
              className={`panel-tabs__tab${section === id ? ' panel-tabs__tab--active' : ''}`}
              onClick={() => setSection(id)}
            >
              {t(`admin.section.${id}`)}
            </button>
          ))}
        </div>
        <section className="admin__section" role="tabpanel" data-section={section}>
          {section === 'accounts' && <AccountsSection />}
          {section === 'walls' && <WallTokensSection />}
          {section === 'audit' && <AuditSection />}
          {section === 'import' && <ImportSection />}
          {section === 'export' && <ExportSection />}
        </section>
      </div>
    </main>
  );
}

/**
 * A grid branch's downloads under its name: the printable map (A4 or A3, landscape) for every
 * role, and for those who may export it the members CSV, buildings CSV and buildings GeoJSON.
 */
import { canExport } from '../../auth/abilities';
import { EXPORT_KINDS, exportUrl } from '../../api/branchWork';
import { useTranslate } from '../../hooks/useTranslate';
import { PAPER_SIZES, routeHref } from '../../route';
import { useAppStore } from '../../state/store';

export function BranchTools({ branchId }: { branchId: number }) {
  const t = useTranslate();
  const exports = useAppStore((s) => canExport(s.session, { level: 'branch', id: branchId }));
  return (
    <div className="branch-tools" role="group" aria-label={t('tools.label')}>
      {PAPER_SIZES.map((size) => (
        <a key={size} className="button button--small" data-print={size} href={routeHref({ page: 'print', branchId, size })} target="_blank" rel="noopener">
          {t('tools.print', { size })}
        </a>
      ))}
      {exports &&
        EXPORT_KINDS.map((kind) => (
          <a key={kind} className="button button--small" data-export={kind} href={exportUrl(branchId, kind)} download>
            {t(`tools.export.${kind}`)}
          </a>
        ))}
    </div>
  );
}

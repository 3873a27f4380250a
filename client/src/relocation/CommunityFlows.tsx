/** Per community, members who moved in and out; then the places outside the sub-district, with distance. */
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';

export function CommunityFlows() {
  const t = useTranslate();
  const flows = useAppStore((s) => s.relocation?.flows ?? null);
  if (!flows) return null;
  const inside = flows.communities.filter((c) => !c.outside);
  return (
    <section className="reloc-section">
      <h3>{t('relocation.flows')}</h3>
      <table className="reloc-table">
        <thead>
          <tr><th>{t('relocation.flows.community')}</th><th>{t('relocation.flows.in')}</th><th>{t('relocation.flows.out')}</th></tr>
        </thead>
        <tbody>
          {inside.map((c) => <tr key={c.key} data-community={c.communityId ?? ''}><td>{c.name}</td><td>{c.in}</td><td>{c.out}</td></tr>)}
        </tbody>
      </table>
      {flows.outside.length > 0 && (
        <>
          <h4>{t('relocation.flows.outside')}</h4>
          <ul className="reloc-list">
            {flows.outside.map((o) => <li key={o.name}>{t('relocation.flows.outsideRow', { name: o.name, km: o.distanceKm.toFixed(1), count: o.count })}</li>)}
          </ul>
        </>
      )}
      {flows.withoutDestination > 0 && <p className="reloc-muted">{t('relocation.flows.noDestination', { count: flows.withoutDestination })}</p>}
    </section>
  );
}

/**
 * The KPI tiles: nine big figures, the Party organisation's and the relocation's. A tile whose
 * figure just changed flashes once, so a change is seen from across the room.
 */
import { useEffect, useRef, useState } from 'react';
import { useT, useWall } from '../context';
import { minFullMembers, wallKpis, type WallKpi } from '../figures';

/** How long a changed tile stays lit, ms. */
const FLASH_MS = 2500;

function Tile({ kpi, label }: { kpi: WallKpi; label: string }) {
  const previous = useRef(kpi.value);
  const [flash, setFlash] = useState(false);
  useEffect(() => {
    if (previous.current === kpi.value) return;
    const had = previous.current !== null;
    previous.current = kpi.value;
    if (!had) return;
    setFlash(true);
    const timer = setTimeout(() => setFlash(false), FLASH_MS);
    return () => clearTimeout(timer);
  }, [kpi.value]);
  return (
    <div className={`kpi kpi--${kpi.tone}${flash ? ' kpi--changed' : ''}`} data-kpi={kpi.id}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{kpi.text}</div>
    </div>
  );
}

export function KpiTiles() {
  const t = useT();
  const subdistrict = useWall((s) => s.data?.subdistrict ?? null);
  const relocation = useWall((s) => s.data?.relocation ?? null);
  const communities = useWall((s) => s.overlays?.communities ?? null);
  const locale = useWall((s) => s.params.locale);
  const branchCounts = communities ? communities.features.map((f) => f.properties.branches) : null;
  const kpis = wallKpis({ subdistrict, relocation, branchCounts }, locale);
  const min = minFullMembers(subdistrict) ?? 3;
  const group = (name: WallKpi['group']) => kpis.filter((k) => k.group === name).map((k) => <Tile key={k.id} kpi={k} label={t(k.label, { min })} />);
  return (
    <div className="kpis">
      <section className="kpi-group" data-group="party">{group('party')}</section>
      <section className="kpi-group" data-group="relocation">{group('relocation')}</section>
    </div>
  );
}

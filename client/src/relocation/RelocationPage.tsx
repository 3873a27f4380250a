/**
 * Demolition and relocation: its own map (zones by stage, their buildings, the flow map, the
 * what-if preview) beside a panel with the counters, zones, moves in and out per community and
 * the ledger. Everything shows the dashboard's day (the as-of slider).
 */
import { useEffect, useRef } from 'react';
import '../styles/relocation.css';
import { AsOfSlider } from '../components/AsOfSlider';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { CommunityFlows } from './CommunityFlows';
import { Counters } from './Counters';
import { FlowLegend } from './FlowLegend';
import { Ledger } from './Ledger';
import { RelocationMap } from './RelocationMap';
import { useRelocationData } from './useRelocationData';
import { WhatIfPanel } from './WhatIfPanel';
import { ZoneList } from './ZoneList';

/** The map pane: the adapter is created once the sub-district summary is in, and removed on unmount. */
function RelocationMapPane() {
  const t = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const hasMeta = useAppStore((s) => s.meta !== null);
  useEffect(() => {
    if (!hasMeta || !container.current) return;
    const adapter = new RelocationMap(container.current, useAppStore);
    return () => adapter.destroy();
  }, [hasMeta]);
  return <div ref={container} className="reloc-map" role="region" aria-label={t('relocation.map.ariaLabel')} />;
}

export function RelocationPage() {
  const t = useTranslate();
  useRelocationData();
  const loaded = useAppStore((s) => s.relocation !== null);
  const error = useAppStore((s) => s.relocationError);
  return (
    <main className="app-main reloc-page">
      <section className="reloc-map-pane">
        <AsOfSlider />
        <div className="reloc-map-holder">
          <RelocationMapPane />
          <FlowLegend />
        </div>
      </section>
      <aside className="reloc-panel">
        <h2>{t('relocation.title')}</h2>
        {error && <p className="reloc-error" role="alert">{t('relocation.error', { message: error })}</p>}
        {!loaded && !error && <p className="reloc-muted">{t('relocation.loading')}</p>}
        <Counters />
        <WhatIfPanel />
        <ZoneList />
        <CommunityFlows />
        <Ledger />
      </aside>
    </main>
  );
}

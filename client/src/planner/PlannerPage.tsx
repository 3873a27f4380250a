/**
 * The planner's workspace (planners and admins): the map of the sub-district with buildings
 * coloured by the branch they end in, selection tools over it, and a side panel to paint the
 * selection, watch the live totals and rule checks, keep and apply the plan, find and fix
 * unassigned buildings, and choose liaisons and household-leads.
 */
import { useState } from 'react';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import '../styles/planner.css';
import { AppointPanel } from './panels/AppointPanel';
import { LiaisonPanel } from './panels/LiaisonPanel';
import { PaintPanel } from './panels/PaintPanel';
import { PlanPanel } from './panels/PlanPanel';
import { TotalsPanel } from './panels/TotalsPanel';
import { UnassignedPanel } from './panels/UnassignedPanel';
import { failureText } from './failures';
import { PlannerMapView } from './PlannerMapView';
import { Toolbar } from './Toolbar';
import { usePlannerKeys } from './usePlannerKeys';
import { usePlannerLoad } from './usePlannerLoad';

const TABS = ['paint', 'plan', 'unassigned', 'liaisons'] as const;
type Tab = (typeof TABS)[number];

function TabBody({ tab }: { tab: Tab }) {
  switch (tab) {
    case 'paint':
      return (
        <>
          <PaintPanel />
          <TotalsPanel />
        </>
      );
    case 'plan':
      return (
        <>
          <PlanPanel />
          <TotalsPanel />
        </>
      );
    case 'unassigned':
      return <UnassignedPanel />;
    case 'liaisons':
      return (
        <>
          <LiaisonPanel />
          <AppointPanel />
          <TotalsPanel />
        </>
      );
  }
}

export function PlannerPage() {
  const t = useTranslate();
  const error = usePlannerLoad();
  const loaded = useAppStore((s) => s.plannerBase !== null);
  const [tab, setTab] = useState<Tab>('paint');
  usePlannerKeys();
  return (
    <main className="planner">
      <div className="planner__stage">
        <Toolbar />
        <PlannerMapView />
      </div>
      <aside className="planner__panel" aria-label={t('planner.title')}>
        <div className="planner-tabs" role="tablist">
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} data-tab={id} className="planner-tab" onClick={() => setTab(id)}>
              {t(`planner.tab.${id}`)}
            </button>
          ))}
        </div>
        <div className="planner__panel-body" role="tabpanel">
          {error && <p className="planner-error" role="alert">{failureText(error.error, t)}</p>}
          {!loaded && !error && <p className="planner-hint">{t('planner.loading')}</p>}
          {loaded && <TabBody tab={tab} />}
        </div>
      </aside>
    </main>
  );
}

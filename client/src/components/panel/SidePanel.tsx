/**
 * The dashboard's right-hand panel beside the map: breadcrumb, the shown unit's name, and its
 * tabs: 概况 Overview, 空白 Gaps, 问题 Violations; on a branch the user works on (a secretary's
 * own) 概况, 楼栋 Buildings, 党员 Members, 空白 Gaps and 迁入迁出 Moves. A grid branch has its
 * print and export buttons under its name. On a past day, a line says which, and a unit that
 * did not exist that day says so instead of its figures. Folds to a narrow strip to give the map the room;
 * the map resizes itself to the space left.
 */
import { formatDay } from '../../asOf/format';
import { canWorkOn } from '../../auth/abilities';
import { useTranslate } from '../../hooks/useTranslate';
import { useShownReport } from '../../hooks/useShownReport';
import { panelTabs, type PanelTab } from '../../state/panelSlice';
import { selectGaps, selectViolations } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { BranchTools } from '../branch/BranchTools';
import { BuildingsTab } from '../branch/BuildingsTab';
import { MembersTab } from '../branch/MembersTab';
import { MovesTab } from '../branch/MovesTab';
import { Breadcrumb } from './Breadcrumb';
import { GapsTab } from './GapsTab';
import { OverviewTab } from './OverviewTab';
import { PanelAsOf } from './PanelAsOf';
import { ViolationsTab } from './ViolationsTab';

/** Whether the shown unit is a branch the user works on, and the tabs that offers. */
function useTabs(): { work: boolean; tabs: readonly PanelTab[]; shown: PanelTab } {
  const work = useAppStore((s) => canWorkOn(s.session, s.unit));
  const tab = useAppStore((s) => s.tab);
  return { work, ...panelTabs(work, tab) };
}

function Tabs() {
  const t = useTranslate();
  const { tabs, shown: tab } = useTabs();
  const setTab = useAppStore((s) => s.setTab);
  const gaps = useAppStore(selectGaps).length;
  const violations = useAppStore(selectViolations).length;
  const counts: Record<PanelTab, number | null> = { overview: null, buildings: null, members: null, gaps, moves: null, violations };
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('panel.tabs')}>
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`panel-tab-${id}`}
          aria-selected={tab === id}
          aria-controls="panel-body"
          className={`panel-tabs__tab${tab === id ? ' panel-tabs__tab--active' : ''}`}
          data-tab={id}
          onClick={() => setTab(id)}
        >
          {t(`tab.${id}`)}
          {counts[id] !== null && <span className={`panel-tabs__count${counts[id] ? ' panel-tabs__count--alert' : ''}`}>{counts[id]}</span>}
        </button>
      ))}
    </div>
  );
}

/** The shown unit did not exist on the past day shown (a building built later, a grid drawn later). */
function AbsentOnDay({ day }: { day: string }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const level = useAppStore((s) => s.unit?.level ?? 'building');
  const top = useAppStore((s) => s.meta?.subdistrict?.id ?? null);
  const drillTo = useAppStore((s) => s.drillTo);
  return (
    <div className="panel-status" role="status" data-part="absent-on-day">
      <p>{t('panel.absentOnDay', { level: t(`level.${level}`).toLowerCase(), day: formatDay(day, locale) })}</p>
      {top !== null && (
        <button type="button" className="button button--small" onClick={() => drillTo({ level: 'subdistrict', id: top })}>
          {t('panel.toSubdistrict')}
        </button>
      )}
    </div>
  );
}

function PanelBody() {
  const t = useTranslate();
  const { work, shown: tab } = useTabs();
  const error = useAppStore((s) => s.reportError);
  const absentOn = useAppStore((s) => s.reportAbsentOn);
  const { report, stale } = useShownReport();
  if (absentOn) return <AbsentOnDay day={absentOn} />;
  if (error) return <p className="panel-status panel-status--error" role="alert">{t('panel.error', { message: error })}</p>;
  if (!report) return <p className="panel-status">{t('panel.loading')}</p>;
  // Keyed by unit: a new unit starts at the top of the panel, not where the last one was scrolled to.
  return (
    <div
      key={`${report.unit.level}-${report.unit.id}`}
      id="panel-body"
      role="tabpanel"
      aria-labelledby={`panel-tab-${tab}`}
      aria-busy={stale}
      className={`panel-body${stale ? ' panel-body--stale' : ''}`}
    >
      {tab === 'overview' && <OverviewTab report={report} work={work} />}
      {tab === 'buildings' && <BuildingsTab report={report} />}
      {tab === 'members' && <MembersTab />}
      {tab === 'gaps' && <GapsTab report={report} />}
      {tab === 'moves' && <MovesTab />}
      {tab === 'violations' && <ViolationsTab report={report} />}
    </div>
  );
}

export function SidePanel() {
  const t = useTranslate();
  const open = useAppStore((s) => s.panelOpen);
  const setPanelOpen = useAppStore((s) => s.setPanelOpen);
  const label = t(open ? 'panel.hide' : 'panel.show');
  const branch = useAppStore((s) => (s.unit?.level === 'branch' ? s.unit.id : null));
  return (
    <aside className={`side-panel${open ? '' : ' side-panel--folded'}`} aria-label={t('panel.title')}>
      <button type="button" className="side-panel__fold" aria-expanded={open} aria-label={label} title={label} onClick={() => setPanelOpen(!open)}>
        {open ? '»' : '«'}
      </button>
      {open && (
        <>
          <PanelAsOf />
          <Breadcrumb />
          {branch !== null && <BranchTools branchId={branch} />}
          <Tabs />
          <PanelBody />
        </>
      )}
    </aside>
  );
}

/**
 * The map with its legend, under the dashboard-wide as-of date bar, beside the coverage
 * dashboard's panel; or a status line while data loads or if it fails.
 */
import { useAsOfData } from '../hooks/useAsOfData';
import { useBranchWork } from '../hooks/useBranchWork';
import { useCoverageReport } from '../hooks/useCoverageReport';
import { useDashboardKeys } from '../hooks/useDashboardKeys';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { AsOfSlider } from './AsOfSlider';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { SidePanel } from './panel/SidePanel';

function Status() {
  const t = useTranslate();
  const meta = useAppStore((s) => s.meta);
  const loadError = useAppStore((s) => s.loadError);
  if (loadError) return <p className="status status--error" role="alert">{t('app.loadError', { message: loadError })}</p>;
  if (meta && !meta.bbox) return <p className="status">{t('app.noData')}</p>;
  return <p className="status">{t('app.loading')}</p>;
}

export function Dashboard() {
  const ready = useAppStore((s) => s.meta?.bbox != null);
  const past = useAppStore((s) => s.asOf !== null);
  useCoverageReport();
  useAsOfData();
  useBranchWork();
  useDashboardKeys();
  return (
    <main className="app-main">
      {ready ? (
        <>
          <div className="map-area map-area--with-date">
            <AsOfSlider />
            <div className={`map-stage${past ? ' map-stage--past' : ''}`}>
              <MapView />
              <Legend />
            </div>
          </div>
          <SidePanel />
        </>
      ) : (
        <Status />
      )}
    </main>
  );
}

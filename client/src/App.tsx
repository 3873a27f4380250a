/**
 * The page: header; the map with its legend beside the coverage dashboard's panel; or a status
 * line while data loads or if it fails.
 */
import { useEffect } from 'react';
import { loadInitialData } from './api/load';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { MapView } from './components/MapView';
import { SidePanel } from './components/panel/SidePanel';
import { useCoverageReport } from './hooks/useCoverageReport';
import { useDashboardKeys } from './hooks/useDashboardKeys';
import { useDocumentLocale } from './hooks/useDocumentLocale';
import { useTranslate } from './hooks/useTranslate';
import { useAppStore } from './state/store';

function Status() {
  const t = useTranslate();
  const meta = useAppStore((s) => s.meta);
  const loadError = useAppStore((s) => s.loadError);
  if (loadError) return <p className="status status--error" role="alert">{t('app.loadError', { message: loadError })}</p>;
  if (meta && !meta.bbox) return <p className="status">{t('app.noData')}</p>;
  return <p className="status">{t('app.loading')}</p>;
}

export function App() {
  const ready = useAppStore((s) => s.meta?.bbox != null);
  useDocumentLocale();
  useCoverageReport();
  useDashboardKeys();

  useEffect(() => {
    const abort = new AbortController();
    void loadInitialData(useAppStore, abort.signal);
    return () => abort.abort();
  }, []);

  return (
    <div className="app">
      <Header />
      <main className="app-main">
        {ready ? (
          <>
            <div className="map-area">
              <MapView />
              <Legend />
            </div>
            <SidePanel />
          </>
        ) : (
          <Status />
        )}
      </main>
    </div>
  );
}

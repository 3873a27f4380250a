/**
 * The wall: header, KPI tiles, the map with its legend, the focus card, charts and alerts,
 * placed by the layout's CSS grid (wall.css). The root carries what tests and support staff
 * need to read the wall's state without guessing from pixels.
 */
import { useEffect } from 'react';
import { useT, useWall } from '../context';
import { stepKey } from '../tour';
import { AlertList } from './AlertList';
import { CoverageChart } from './charts/CoverageChart';
import { MemberCharts } from './charts/MemberCharts';
import { RelocationChart } from './charts/RelocationChart';
import { FocusCard } from './FocusCard';
import { Header } from './Header';
import { KpiTiles } from './KpiTiles';
import { LastChange } from './LastChange';
import { MapLegend } from './MapLegend';
import { MapPane } from './MapPane';

function Status() {
  const t = useT();
  const token = useWall((s) => s.params.token);
  const error = useWall((s) => s.loadError);
  const text = !token ? t('wall.noToken') : error ? t('wall.loadError', { message: error }) : t('wall.loading');
  return <p className={`wall-status-line${error || !token ? ' wall-status-line--error' : ''}`} role="status">{text}</p>;
}

export function WallApp() {
  const t = useT();
  const layout = useWall((s) => s.layout);
  const unit = useWall((s) => s.unit);
  const ready = useWall((s) => s.data !== null);
  const version = useWall((s) => s.dataVersion);
  const connection = useWall((s) => s.connection);
  const step = useWall((s) => stepKey(s.tour.steps[s.tour.index]));
  const index = useWall((s) => s.tour.index);
  const paused = useWall((s) => s.tour.pausedUntil !== null);
  const locale = useWall((s) => s.params.locale);
  const place = useWall((s) => s.data?.meta.subdistrict ?? null);

  useEffect(() => {
    document.documentElement.lang = locale;
    const name = place ? (locale === 'en' && place.nameEn ? place.nameEn : place.name) : null;
    document.title = name ? t('wall.title', { place: name }) : t('wall.titleFallback');
  }, [locale, place, t]);

  return (
    <div
      className="wall"
      data-layout={layout}
      data-ready={ready}
      data-version={version}
      data-connection={connection}
      data-step={step}
      data-step-index={index}
      data-paused={paused}
      style={{ ['--u' as string]: unit }}
    >
      {ready ? (
        <>
          <Header />
          <KpiTiles />
          <MapPane />
          <MapLegend />
          <LastChange />
          <FocusCard />
          <CoverageChart />
          <MemberCharts />
          <RelocationChart />
          <AlertList />
          <footer className="wall-foot">{t('wall.demo')}</footer>
        </>
      ) : (
        <Status />
      )}
    </div>
  );
}

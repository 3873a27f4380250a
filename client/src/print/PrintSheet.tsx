/**
 * The printed sheet at its real size in millimetres: the map in its place and the frame over
 * it. Marks itself ready (`data-ready`) once the map has drawn everything and the scale is
 * known; hands the map and frame to the page for the PNG.
 */
import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslate } from '../hooks/useTranslate';
import type { PaperSize } from '../route';
import { useAppStore } from '../state/store';
import { PAPER_MM, asPercent, printLayout } from './layout';
import type { PrintData } from './loadPrint';
import { PrintFrame } from './PrintFrame';
import { createPrintMap } from './printMap';
import { metresPerMm } from './scale';

export interface SheetParts {
  map: MapLibreMap;
  frame: SVGSVGElement;
}

export function PrintSheet({ data, size, onReady }: { data: PrintData; size: PaperSize; onReady: (parts: SheetParts | null) => void }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const today = useAppStore((s) => s.today);
  const container = useRef<HTMLDivElement>(null);
  const frame = useRef<SVGSVGElement>(null);
  const [scale, setScale] = useState<number | null>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const map = createPrintMap(container.current, data.meta, data.report.unit, data.overlays, locale);
    window.__gridmap = { map };
    setScale(null);
    onReady(null);
    map.once('load', () => {
      map.once('idle', () => {
        setScale(metresPerMm(map.getZoom(), map.getCenter().lat));
        if (frame.current) onReady({ map, frame: frame.current });
      });
    });
    return () => {
      onReady(null);
      map.remove();
      if (window.__gridmap?.map === map) delete window.__gridmap;
    };
  }, [data, size, locale, onReady]);

  const subdistrict = data.meta.subdistrict;
  const place = subdistrict ? (locale === 'en' && subdistrict.nameEn ? subdistrict.nameEn : subdistrict.name) : '';
  return (
    <div
      className="print-sheet"
      data-size={size}
      data-ready={scale !== null}
      style={{ width: `${PAPER_MM[size].width}mm`, height: `${PAPER_MM[size].height}mm` }}
    >
      <div ref={container} className="print-sheet__map" style={asPercent(printLayout().map)} />
      <PrintFrame ref={frame} size={size} report={data.report} metresPerMm={scale} place={place} today={today} locale={locale} t={t} />
    </div>
  );
}

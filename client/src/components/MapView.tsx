/**
 * The map's container. The MapLibre map is created once, in an effect, through `MapAdapter`,
 * fed from the store from then on, and removed when this component unmounts.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { MapAdapter } from '../map/MapAdapter';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { FeaturePopup } from './FeaturePopup';

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<MapAdapter | null>(null);
  const t = useTranslate();

  useEffect(() => {
    if (!container.current) return undefined;
    const created = new MapAdapter(container.current, useAppStore);
    setAdapter(created);
    return () => {
      setAdapter(null);
      created.destroy();
    };
  }, []);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label={t('map.ariaLabel')} />
      {adapter && createPortal(<FeaturePopup />, adapter.popupContent)}
    </>
  );
}

/** The planner's map: one `PlannerMap` per mount, made once the sub-district meta is known. */
import { useEffect, useRef } from 'react';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { PlannerMap } from './map/PlannerMap';

export function PlannerMapView() {
  const t = useTranslate();
  const wrapper = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const ready = useAppStore((s) => s.meta !== null);
  useEffect(() => {
    if (!ready || !wrapper.current || !container.current) return undefined;
    const map = new PlannerMap(wrapper.current, container.current, useAppStore);
    return () => map.destroy();
  }, [ready]);
  return (
    <div className="planner-map" ref={wrapper} aria-label={t('planner.map.label')}>
      <div className="planner-map__canvas" ref={container} />
    </div>
  );
}

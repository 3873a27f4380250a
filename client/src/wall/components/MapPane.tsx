/**
 * The map's container: creates the wall's map adapter once the first data is in, and removes
 * it when the layout (and with it the type scale) changes or the wall goes away.
 */
import { useEffect, useRef } from 'react';
import { useWall, useWallServices } from '../context';
import { WallMap } from '../map/WallMap';

export function MapPane() {
  const container = useRef<HTMLDivElement>(null);
  const { store, api } = useWallServices();
  const ready = useWall((s) => s.data !== null);
  const layout = useWall((s) => s.layout);
  const unit = useWall((s) => s.unit);
  useEffect(() => {
    if (!ready || !container.current) return;
    const adapter = new WallMap(container.current, store, () => api.headers());
    return () => adapter.destroy();
  }, [ready, layout, unit, store, api]);
  return <div className="map-pane" ref={container} />;
}

/**
 * Box and lasso selection on the planner's map. Listens on the map's wrapper in the capture
 * phase, so a stroke starts before MapLibre's own drag-pan can: with the box or lasso tool, or
 * with shift held under any tool, a drag draws instead of panning. The stroke is drawn into the
 * sketch source and handed over as a `[lng, lat]` box or ring when the pointer is released.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../../../../shared/model';
import type { PlannerTool } from '../../state/plannerViewSlice';
import { extendPath, isDrag, screenBox, type ScreenPoint } from '../selecting';
import { PLANNER_SOURCE } from './style';

export interface SketchHandlers {
  tool: () => PlannerTool;
  /** A box was drawn: `[minLng, minLat, maxLng, maxLat]`; `add` when shift was held. */
  onBox: (box: BBox, add: boolean) => void;
  /** A lasso was drawn: its ring of `[lng, lat]` positions. */
  onLasso: (ring: [number, number][], add: boolean) => void;
}

export class Sketch {
  private start: ScreenPoint | null = null;
  private path: ScreenPoint[] = [];
  private kind: 'box' | 'lasso' = 'box';
  private add = false;
  private readonly listeners: [EventTarget, string, EventListener, boolean][];

  constructor(private readonly map: MapLibreMap, wrapper: HTMLElement, private readonly h: SketchHandlers) {
    this.listeners = [
      [wrapper, 'mousedown', (e) => this.down(e as MouseEvent), true],
      [wrapper, 'mousemove', (e) => this.move(e as MouseEvent), true],
      // Released anywhere, even off the map: the stroke ends there.
      [window, 'mouseup', (e) => this.up(e as MouseEvent), true],
    ];
    for (const [target, type, fn, capture] of this.listeners) target.addEventListener(type, fn, capture);
  }

  destroy(): void {
    for (const [target, type, fn, capture] of this.listeners) target.removeEventListener(type, fn, capture);
  }

  private point(e: MouseEvent): ScreenPoint {
    const rect = this.map.getCanvasContainer().getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  }

  private down(e: MouseEvent): void {
    const tool = this.h.tool();
    if (e.button !== 0 || !(e.target instanceof HTMLCanvasElement)) return;
    if (tool === 'pick' && !e.shiftKey) return;
    this.kind = tool === 'lasso' ? 'lasso' : 'box';
    this.add = e.shiftKey;
    this.start = this.point(e);
    this.path = [this.start];
    this.map.dragPan.disable();
  }

  private move(e: MouseEvent): void {
    if (!this.start) return;
    const at = this.point(e);
    if (this.kind === 'lasso') this.path = extendPath(this.path, at);
    this.draw(at);
  }

  private up(e: MouseEvent): void {
    if (!this.start) return;
    const start = this.start;
    const end = this.point(e);
    this.start = null;
    this.map.dragPan.enable();
    this.setSketch([]);
    if (!isDrag(start, end)) return;
    if (this.kind === 'box') {
      const [x0, y0, x1, y1] = screenBox(start, end);
      const sw = this.map.unproject([x0, y1]);
      const ne = this.map.unproject([x1, y0]);
      this.h.onBox([sw.lng, sw.lat, ne.lng, ne.lat], this.add);
    } else {
      const ring = extendPath(this.path, end, 0).map((p) => this.map.unproject([p[0], p[1]]).toArray() as [number, number]);
      this.h.onLasso(ring, this.add);
    }
  }

  /** The stroke so far, as a closed ring in `[lng, lat]`. */
  private draw(at: ScreenPoint): void {
    const start = this.start as ScreenPoint;
    const [x0, y0, x1, y1] = screenBox(start, at);
    const screen: ScreenPoint[] = this.kind === 'box' ? [[x0, y0], [x1, y0], [x1, y1], [x0, y1]] : [...this.path, at];
    this.setSketch(screen.map((p) => this.map.unproject([p[0], p[1]]).toArray() as [number, number]));
  }

  private setSketch(ring: [number, number][]): void {
    const source = this.map.getSource<GeoJSONSource>(PLANNER_SOURCE.sketch);
    const first = ring[0];
    if (!source) return;
    if (!first || ring.length < 3) {
      source.setData({ type: 'FeatureCollection', features: [] });
      return;
    }
    source.setData({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...ring, first]] } });
  }
}

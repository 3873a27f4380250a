/**
 * The change feed: every committed write publishes what changed (the new data version, what
 * kind of change, and the place, as a box, for the map to pulse), and every open dashboard
 * subscribed through `GET /api/events` receives it. No personal data goes in an event: member
 * changes name their grid branch's box, not the member's home.
 */
import type { BBox } from '../../shared/model';

export interface ChangeEvent {
  /** The data version after the change. */
  version: number;
  /** What happened, e.g. `contact`, `verify`, `plan_applied`, `move`. */
  kind: string;
  /** Where, to highlight on the map; absent when the change has no place. */
  bbox?: BBox;
  /** ISO time of the change. */
  at: string;
}

export type ChangeListener = (event: ChangeEvent) => void;

export interface EventBus {
  publish(event: Omit<ChangeEvent, 'at'>): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: ChangeListener): () => void;
  readonly subscribers: number;
}

export function eventBus(): EventBus {
  const listeners = new Set<ChangeListener>();
  return {
    publish(e) {
      const event: ChangeEvent = { ...e, at: new Date().toISOString() };
      for (const l of listeners) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get subscribers() {
      return listeners.size;
    },
  };
}

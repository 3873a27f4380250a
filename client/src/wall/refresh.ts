/**
 * Loads the wall's figures into its store. A refresh asked for while one runs is folded into
 * one more run after it, so a burst of changes costs two loads, not one per change. A failed
 * refresh keeps the figures on screen (the "data as of" time says how old they are).
 */
import type { CoverageResponse } from '../../../shared/api';
import { areasOnly } from '../api/load';
import type { WallApi } from './api';
import type { WallStore } from './state/store';

/**
 * Change kinds that cannot move a community, grid or neighbourhood boundary or rename one:
 * the map's outlines stay (zones are loaded with the figures anyway).
 */
const OUTLINES_KEPT = new Set(['contact', 'verify', 'relocation', 'zone_announced', 'zone_stage']);

/** Whether a change of `kind` may have changed community, grid or neighbourhood outlines. */
export function changesOutlines(kind: string): boolean {
  return !OUTLINES_KEPT.has(kind);
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class Refresher {
  private running: Promise<void> | null = null;
  private again = false;
  private againOverlays = false;
  private readonly communities = new Map<number, Promise<void>>();

  constructor(private readonly store: WallStore, private readonly api: WallApi) {}

  /** Whether a load is running now. */
  get busy(): boolean {
    return this.running !== null;
  }

  /** Reloads every figure (and the outlines too when `overlays`); resolves when it is on screen. */
  request(overlays = false): Promise<void> {
    if (this.running) {
      this.again = true;
      this.againOverlays ||= overlays;
      return this.running;
    }
    this.running = this.run(overlays).finally(() => {
      this.running = null;
      if (this.again) {
        const withOverlays = this.againOverlays;
        this.again = false;
        this.againOverlays = false;
        void this.request(withOverlays);
      }
    });
    return this.running;
  }

  /** Loads one community's report for the tour unless the store has it at the current version. */
  community(id: number): Promise<void> {
    const s = this.store.getState();
    const have: CoverageResponse | undefined = s.communityReports[id];
    if (have && have.dataVersion >= s.dataVersion) return Promise.resolve();
    const pending = this.communities.get(id);
    if (pending) return pending;
    const load = this.api
      .community(id)
      .then((report) => this.store.getState().receiveCommunity(report))
      .catch(() => undefined)
      .finally(() => this.communities.delete(id));
    this.communities.set(id, load);
    return load;
  }

  private async run(overlays: boolean): Promise<void> {
    const state = this.store.getState();
    try {
      const [meta, subdistrict, relocation, alerts, history, zones, outlines] = await Promise.all([
        this.api.meta(),
        this.api.subdistrict(),
        this.api.relocation(),
        this.api.alerts(),
        this.api.history(),
        this.api.zones(),
        overlays || !state.overlays ? this.outlines() : Promise.resolve(null),
      ]);
      if (outlines) this.store.getState().receiveOverlays(outlines);
      this.store.getState().receiveData({ meta, subdistrict, relocation, alerts, history, zones }, Date.now());
    } catch (error) {
      // Figures already on screen stay; only a wall with nothing to show says why.
      if (!this.store.getState().data) this.store.getState().failLoad(message(error));
    }
  }

  private async outlines() {
    const [communities, branches, neighbourhoods] = await Promise.all([
      this.api.layer('communities'),
      this.api.layer('branches'),
      this.api.layer('neighbourhoods'),
    ]);
    return { communities: areasOnly(communities), branches: areasOnly(branches), neighbourhoods: areasOnly(neighbourhoods) };
  }
}

/**
 * Runs the wall: the first load, the live link, the tour's clock, touch and key pauses, and a
 * slow poll that catches a change the stream missed (a connection that died without closing).
 * One per page; `stop` undoes everything it set up.
 */
import type { WallApi } from './api';
import { LiveLink } from './live';
import { PULSE_DURATION_MS } from './map/pulse';
import { changesOutlines, Refresher } from './refresh';
import type { WallStore } from './state/store';
import { indexOfStep, stepKey, tourSteps, type TourStep } from './tour';

/** How often the tour's clock ticks, ms. */
const TICK_MS = 1000;
/** How often the wall checks the data version by itself, ms. */
const POLL_MS = 60_000;
/** sessionStorage key of the step on screen: a reloaded page takes the tour up there. */
const STEP_KEY = 'gridmap.wall.step';

function remembered(): string | null {
  try {
    return window.sessionStorage.getItem(STEP_KEY);
  } catch {
    return null;
  }
}

function remember(key: string): void {
  try {
    window.sessionStorage.setItem(STEP_KEY, key);
  } catch {
    // Storage refused (a locked-down kiosk): a reload then starts the tour afresh.
  }
}

export class WallController {
  private readonly refresher: Refresher;
  private readonly live: LiveLink;
  private readonly cleanups: Array<() => void> = [];
  /** Set while the stream is down: the next hello reloads whatever the version says. */
  private lostLink = false;

  constructor(private readonly store: WallStore, private readonly api: WallApi) {
    this.refresher = new Refresher(store, api);
    this.live = new LiveLink(api.eventsUrl(), {
      onHello: (version) => {
        const loaded = this.store.getState().data !== null;
        // A first load still on its way will bring this version; one that failed is tried again.
        if (!loaded && !this.refresher.busy) void this.refresher.request(true);
        else if (loaded && (this.lostLink || version !== this.store.getState().dataVersion)) void this.refresher.request(this.lostLink);
        this.lostLink = false;
      },
      onChange: (change) => {
        this.store.getState().noteChange(change, Date.now());
        void this.refresher.request(changesOutlines(change.kind));
      },
      onConnection: (connection) => {
        if (connection === 'reconnecting') this.lostLink = true;
        this.store.getState().setConnection(connection);
      },
    });
  }

  start(): void {
    void this.refresher.request(true);
    this.live.start();
    this.cleanups.push(() => this.live.stop());
    this.cleanups.push(this.store.subscribe((next, prev) => {
      if (next.data?.subdistrict !== prev.data?.subdistrict && next.data) this.rebuildSteps();
      const step = next.tour.steps[next.tour.index];
      if (step !== prev.tour.steps[prev.tour.index] || next.dataVersion !== prev.dataVersion) this.onStep(step);
    }));
    const tick = setInterval(() => {
      const now = Date.now();
      this.store.getState().tick(now);
      // The map has finished animating these; the store forgets them.
      this.store.getState().dropPulses(now - PULSE_DURATION_MS - TICK_MS);
    }, TICK_MS);
    this.cleanups.push(() => clearInterval(tick));
    const poll = setInterval(() => void this.poll(), POLL_MS);
    this.cleanups.push(() => clearInterval(poll));
    this.listenForHands();
  }

  stop(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** Communities in code order, between the overview and the gaps; the URL or last step picks the start. */
  private rebuildSteps(): void {
    const s = this.store.getState();
    const report = s.data?.subdistrict;
    if (!report) return;
    const communities = [...report.children].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
    const steps = tourSteps(communities.map((c) => c.id));
    const wanted = s.params.community;
    const byUrl = wanted === null ? undefined : communities.find((c) => String(c.id) === wanted || c.code === wanted);
    const start = byUrl ? indexOfStep(steps, `community:${byUrl.id}`) : indexOfStep(steps, remembered());
    s.setTourSteps(steps, start, Date.now());
  }

  private onStep(step: TourStep | undefined): void {
    if (!step) return;
    remember(stepKey(step));
    if (step.kind === 'community') void this.refresher.community(step.id);
  }

  private async poll(): Promise<void> {
    try {
      const meta = await this.api.meta();
      if (meta.dataVersion !== this.store.getState().dataVersion) {
        await this.refresher.request(true);
        this.live.restart();
      }
    } catch {
      // The server is away; the live link's own retries bring the wall back.
    }
  }

  /** A touch, click, wheel or key holds the tour; arrow keys also step it by hand. */
  private listenForHands(): void {
    const hold = (): void => this.store.getState().pauseTour(Date.now());
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'ArrowRight') this.store.getState().stepTour(1, Date.now());
      else if (event.key === 'ArrowLeft') this.store.getState().stepTour(-1, Date.now());
      else hold();
    };
    const events = ['pointerdown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, hold, { passive: true });
    window.addEventListener('keydown', onKey);
    this.cleanups.push(() => {
      for (const name of events) window.removeEventListener(name, hold);
      window.removeEventListener('keydown', onKey);
    });
  }
}

/**
 * The wall's live link: the server's event stream (`GET /api/events`, Server-Sent Events).
 * EventSource reconnects by itself after a dropped connection (the server asks for 2 s); when
 * the browser gives up (an HTTP error while the server restarts behind a proxy) the link opens
 * a new stream itself, backing off to at most 15 s. Nothing here reloads the page, so the tour
 * carries on where it was.
 */
import type { ChangeNote, Connection } from './state/store';

export interface LiveHandlers {
  /** The stream (re)opened; `version` is the server's data version now. */
  onHello(version: number): void;
  onChange(change: ChangeNote): void;
  onConnection(connection: Connection): void;
}

const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 15_000;

/** Delay before the `attempt`-th reopen (0-based), ms: 2, 4, 8, 15, 15… s. */
export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
}

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isBBox(value: unknown): value is [number, number, number, number] {
  return Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

export class LiveLink {
  private source: EventSource | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;

  constructor(private readonly url: string, private readonly handlers: LiveHandlers) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.close();
  }

  /** Drops the stream and opens a new one (when a change evidently went missing). */
  restart(): void {
    if (this.stopped) return;
    this.close();
    this.open();
  }

  private close(): void {
    if (!this.source) return;
    this.source.onopen = null;
    this.source.onerror = null;
    this.source.close();
    this.source = null;
  }

  private open(): void {
    const source = new EventSource(this.url);
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      this.handlers.onConnection('live');
    };
    source.addEventListener('hello', (event) => {
      const version = parse(event.data)?.['version'];
      if (typeof version === 'number') this.handlers.onHello(version);
    });
    source.addEventListener('change', (event) => {
      const d = parse(event.data);
      if (!d || typeof d['version'] !== 'number' || typeof d['kind'] !== 'string' || typeof d['at'] !== 'string') return;
      this.handlers.onChange({ version: d['version'], kind: d['kind'], at: d['at'], ...(isBBox(d['bbox']) ? { bbox: d['bbox'] } : {}) });
    });
    source.onerror = () => {
      this.handlers.onConnection('reconnecting');
      if (source.readyState !== EventSource.CLOSED || this.stopped) return;
      // The browser will not try again by itself: open a new stream after a while.
      this.close();
      this.retry = setTimeout(() => {
        this.retry = null;
        if (!this.stopped) this.open();
      }, retryDelay(this.attempt++));
    };
  }
}

/**
 * The wall's URL parameters, like an ArcGIS Dashboards kiosk address:
 * `/wall?wall=<token>&community=<id|code>&interval=<s>&lang=zh-CN|en&layers=a,b&tour=on|off&layout=auto|hd|ultrawide|uhd`.
 * Pure: parsed once at start; anything unreadable falls back to its default rather than
 * leaving a screen on the wall blank.
 */

export const WALL_LAYERS = ['communities', 'branches', 'gaps', 'buildings', 'leads', 'zones', 'labels'] as const;
/** Map layers a wall address can switch: `layers=communities,branches,gaps` shows only those. */
export type WallLayer = (typeof WALL_LAYERS)[number];

export const LAYOUTS = ['hd', 'ultrawide', 'uhd'] as const;
/** hd 1920×1080; ultrawide 3840×1080 (two screens side by side); uhd 3840×2160 (4K). */
export type LayoutName = (typeof LAYOUTS)[number];

export type WallLocale = 'zh-CN' | 'en';

export interface WallParams {
  /** The wall token; empty when the address has none (the wall then says how to open it). */
  token: string;
  /** A community id or 12-digit code to start the tour at (or stay on, with the tour off). */
  community: string | null;
  /** Seconds each tour step stays on screen. */
  intervalS: number;
  locale: WallLocale;
  layers: Record<WallLayer, boolean>;
  tour: boolean;
  /** A layout, or `auto` to choose from the screen's size. */
  layout: LayoutName | 'auto';
}

export const DEFAULT_INTERVAL_S = 20;
/** Shorter steps would not leave time to fly to a community and read its numbers. */
export const MIN_INTERVAL_S = 3;
export const MAX_INTERVAL_S = 600;

/** Other names people use for the layouts. */
const LAYOUT_ALIASES: Record<string, LayoutName> = {
  hd: 'hd', '1080p': 'hd', '1920x1080': 'hd', fhd: 'hd',
  ultrawide: 'ultrawide', wide: 'ultrawide', '3840x1080': 'ultrawide',
  uhd: 'uhd', '4k': 'uhd', '2160p': 'uhd', '3840x2160': 'uhd',
};

const OFF = new Set(['off', '0', 'false', 'no']);

function parseLayers(text: string | null): Record<WallLayer, boolean> {
  const all = Object.fromEntries(WALL_LAYERS.map((l) => [l, text === null])) as Record<WallLayer, boolean>;
  if (text === null) return all;
  for (const name of text.split(',').map((s) => s.trim().toLowerCase())) {
    if ((WALL_LAYERS as readonly string[]).includes(name)) all[name as WallLayer] = true;
  }
  // A list naming nothing known would leave an empty map: show everything instead.
  return Object.values(all).some(Boolean) ? all : parseLayers(null);
}

function parseInterval(text: string | null): number {
  const n = text === null ? Number.NaN : Number(text);
  if (!Number.isFinite(n)) return DEFAULT_INTERVAL_S;
  return Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, Math.round(n)));
}

/** Reads the parameters from a query string (`location.search`). */
export function parseWallParams(search: string): WallParams {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const layout = LAYOUT_ALIASES[(q.get('layout') ?? '').toLowerCase()] ?? 'auto';
  const community = q.get('community')?.trim() || null;
  return {
    token: q.get('wall')?.trim() ?? '',
    community,
    intervalS: parseInterval(q.get('interval')),
    locale: lang === 'en' ? 'en' : 'zh-CN',
    layers: parseLayers(q.get('layers')),
    tour: !OFF.has((q.get('tour') ?? 'on').toLowerCase()),
    layout,
  };
}

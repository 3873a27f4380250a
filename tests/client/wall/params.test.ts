import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVAL_S, MAX_INTERVAL_S, MIN_INTERVAL_S, WALL_LAYERS, parseWallParams } from '../../../client/src/wall/params';

describe('parseWallParams', () => {
  it('reads every parameter of a kiosk address', () => {
    const p = parseWallParams('?wall=abc123&community=370203020003&interval=45&lang=en&layers=communities,gaps&tour=off&layout=4k');
    expect(p).toMatchObject({ token: 'abc123', community: '370203020003', intervalS: 45, locale: 'en', tour: false, layout: 'uhd' });
    expect(Object.entries(p.layers).filter(([, on]) => on).map(([l]) => l)).toEqual(['communities', 'gaps']);
  });

  it('defaults to Chinese, the tour on, 20 s steps, every layer and a layout chosen by size', () => {
    const p = parseWallParams('?wall=t');
    expect(p).toMatchObject({ community: null, intervalS: DEFAULT_INTERVAL_S, locale: 'zh-CN', tour: true, layout: 'auto' });
    expect(WALL_LAYERS.every((l) => p.layers[l])).toBe(true);
  });

  it('keeps the interval within its bounds and ignores nonsense', () => {
    expect(parseWallParams('?interval=1').intervalS).toBe(MIN_INTERVAL_S);
    expect(parseWallParams('?interval=99999').intervalS).toBe(MAX_INTERVAL_S);
    expect(parseWallParams('?interval=soon').intervalS).toBe(DEFAULT_INTERVAL_S);
    expect(parseWallParams('?interval=7.6').intervalS).toBe(8);
  });

  it('knows the layouts by other names and falls back to auto', () => {
    expect(parseWallParams('?layout=1920x1080').layout).toBe('hd');
    expect(parseWallParams('?layout=3840x1080').layout).toBe('ultrawide');
    expect(parseWallParams('?layout=UHD').layout).toBe('uhd');
    expect(parseWallParams('?layout=poster').layout).toBe('auto');
  });

  it('shows every layer when the list names none it knows', () => {
    const p = parseWallParams('?layers=rivers,mountains');
    expect(WALL_LAYERS.every((l) => p.layers[l])).toBe(true);
  });

  it('takes tour=0/false/no as off and anything else as on; no token is an empty one', () => {
    for (const off of ['0', 'false', 'no', 'OFF']) expect(parseWallParams(`?tour=${off}`).tour).toBe(false);
    expect(parseWallParams('?tour=yes').tour).toBe(true);
    expect(parseWallParams('').token).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../client/src/wall/live';
import { changesOutlines } from '../../../client/src/wall/refresh';

describe('reconnection and refresh rules', () => {
  it('backs off 2, 4, 8 s, then every 15 s', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 15_000, 15_000]);
  });

  it('reloads outlines only after changes that can move them', () => {
    expect(changesOutlines('contact')).toBe(false);
    expect(changesOutlines('verify')).toBe(false);
    expect(changesOutlines('plan_applied')).toBe(true);
    expect(changesOutlines('zone_announced')).toBe(false);
    expect(changesOutlines('move')).toBe(true);
    expect(changesOutlines('something new')).toBe(true);
  });
});

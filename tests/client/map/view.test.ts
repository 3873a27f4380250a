import { describe, expect, it } from 'vitest';
import { absoluteUrl, padBounds } from '../../../client/src/map/view';

describe('absoluteUrl', () => {
  it('resolves root-relative URLs against the page and leaves others alone', () => {
    expect(absoluteUrl('/api/tiles/1/2/3.mvt?v=4', 'http://10.0.0.5:8080/map?lang=en')).toBe('http://10.0.0.5:8080/api/tiles/1/2/3.mvt?v=4');
    expect(absoluteUrl('blob:http://x/1', 'http://10.0.0.5/')).toBe('blob:http://x/1');
  });
});

describe('padBounds', () => {
  it('grows the box by half its size on each side', () => {
    expect(padBounds([120, 36, 120.02, 36.04])).toEqual([
      expect.closeTo(119.99, 9),
      expect.closeTo(35.98, 9),
      expect.closeTo(120.03, 9),
      expect.closeTo(36.06, 9),
    ]);
  });
});

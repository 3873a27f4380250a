import { describe, expect, it } from 'vitest';
import { rampColor } from '../../../client/src/coverage/rampColor';
import { PALETTE } from '../../../client/src/map/palette';

describe('rampColor', () => {
  it('gives the class colour, the edge going to the class above, and grey for none', () => {
    expect(rampColor(0.1)).toBe(PALETTE.coverageRamp[0]);
    expect(rampColor(0.2)).toBe(PALETTE.coverageRamp[1]);
    expect(rampColor(1)).toBe(PALETTE.coverageRamp[4]);
    expect(rampColor(null)).toBe(PALETTE.coverageNone);
  });
});

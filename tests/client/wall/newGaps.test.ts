import { describe, expect, it } from 'vitest';
import { EMPTY_GAP_WATCH, NEW_GAP_MS, watchGaps } from '../../../client/src/wall/newGaps';

describe('watchGaps', () => {
  it('marks nothing new on the first load', () => {
    const w = watchGaps(EMPTY_GAP_WATCH, [1, 2, 3], 1000);
    expect(w).toEqual({ known: [1, 2, 3], fresh: {} });
  });

  it('marks gaps that appear later as new from when they appeared', () => {
    const w = watchGaps(watchGaps(EMPTY_GAP_WATCH, [1, 2], 0), [1, 2, 5], 7000);
    expect(w.fresh).toEqual({ 5: 7000 });
    expect(watchGaps(w, [1, 2, 5], 9000).fresh).toEqual({ 5: 7000 });
  });

  it('forgets the mark after a while, or when the gap closes; a gap that reopens is new again', () => {
    const w = watchGaps(watchGaps(EMPTY_GAP_WATCH, [1], 0), [1, 5], 10);
    expect(watchGaps(w, [1, 5], 10 + NEW_GAP_MS).fresh).toEqual({});
    const closed = watchGaps(w, [1], 20);
    expect(closed.fresh).toEqual({});
    expect(watchGaps(closed, [1, 5], 30).fresh).toEqual({ 5: 30 });
  });
});

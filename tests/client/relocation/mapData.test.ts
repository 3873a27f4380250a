import { describe, expect, it } from 'vitest';
import { hiddenFlowsNote } from '../../../client/src/relocation/mapData';
import { translator } from '../../../client/src/i18n';
import { selectArcs } from '../../../shared/relocation/arcs';
import type { FlowArc } from '../../../shared/relocation/flows';

const arc = (count: number, i: number): FlowArc => ({
  fromKey: `b:${i}`, toKey: 'b:99', from: [120 + i * 0.001, 36], to: [120.1, 36.1], state: 'resettled', count,
  byState: { resettled: count }, outside: false, toName: '乙社区', distanceKm: 1,
});

describe('the note on smaller flows left out', () => {
  it('says how many arcs, how big at most and how many members, in both languages', () => {
    // Budget 2 of counts 9, 6, 3, 2, 1: three arcs of 6 members left out, the biggest of 3.
    const selection = selectArcs([9, 6, 3, 2, 1].map(arc), null, 2);
    expect(hiddenFlowsNote(selection, translator('zh-CN'))).toBe('另有 3 条较小的迁移流未画出（每条至多 3 人，共 6 人）；右侧迁入迁出按全部计数');
    expect(hiddenFlowsNote(selection, translator('en'))).toBe('3 smaller flows hidden (at most 3 members each, 6 in all); the panel counts every move');
  });

  it('is not shown when nothing is left out', () => {
    expect(hiddenFlowsNote(selectArcs([3, 1].map(arc), null, 2), translator('en'))).toBeNull();
  });
});

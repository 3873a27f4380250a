import { describe, expect, it } from 'vitest';
import { ageBars, categoryBars, unitKpis } from '../../../client/src/coverage/kpis';
import { translator } from '../../../client/src/i18n';
import { communityReport, figures, subdistrictReport, unit } from '../fixtures/coverage';

const zh = translator('zh-CN');
const en = translator('en');
const byId = (kpis: ReturnType<typeof unitKpis>) => Object.fromEntries(kpis.map((k) => [k.id, k]));

describe('unitKpis', () => {
  it('shows a Party unit\u2019s figures from its report, with the violation count of the report', () => {
    const report = subdistrictReport();
    report.unit.figures = figures(28123, 8257, { members: 3292, fullMembers: 3193, gapNeighbourhoods: 36 });
    const kpis = byId(unitKpis(report, 'zh-CN', zh));
    expect(kpis.households?.text).toBe('28,123');
    expect(kpis.households?.label).toBe('户数');
    expect(kpis.members?.text).toBe('3,292');
    expect(kpis.fullMembers?.text).toBe('3,193');
    expect(kpis.gapNeighbourhoods).toMatchObject({ text: '36', alert: true });
    expect(kpis.violations).toMatchObject({ text: '2', alert: true });
    expect(kpis.residentMembers).toBeUndefined();
  });

  it('does not alert on zero gaps or violations', () => {
    const report = communityReport();
    report.unit.figures = figures(600, 150, { gapNeighbourhoods: 0, gapBuildings: 0, members: 10, fullMembers: 9 });
    const kpis = byId(unitKpis(report, 'en', en));
    expect(kpis.violations).toMatchObject({ text: '0', alert: false, label: 'Issues' });
    expect(kpis.gapNeighbourhoods?.alert).toBe(false);
  });

  it('shows a building\u2019s residents, members living there and coverage state', () => {
    const report = { ...communityReport(), unit: unit('building', 18, '上海路22号院1号楼', figures(47, 0, { state: 'resident_only', residentMembers: 4 })) };
    const kpis = unitKpis(report, 'zh-CN', zh);
    expect(kpis.map((k) => k.id)).toEqual(['households', 'residents', 'residentMembers', 'leads', 'state']);
    expect(byId(kpis).state?.text).toBe('仅有党员居住');
    expect(byId(kpis).residentMembers?.text).toBe('4');
  });
});

describe('member bars', () => {
  it('list every category and age band in order, zero where the report has none', () => {
    const report = subdistrictReport();
    report.unit.figures.byCategory = { retired: 2103, in_service: 762 };
    report.unit.figures.byAgeBand = { upTo35: 180, from80: 292 };
    const categories = categoryBars(report, zh);
    expect(categories.map((b) => b.key)).toEqual(['in_service', 'retired', 'unemployed', 'floating', 'self_employed', 'resident']);
    expect(categories.slice(0, 3).map((b) => [b.label, b.value])).toEqual([['在职', 762], ['离退休', 2103], ['失业', 0]]);
    const ages = ageBars(report, en);
    expect(ages[0]).toEqual({ key: 'upTo35', label: '≤ 35', value: 180 });
    expect(ages.at(-1)).toEqual({ key: 'from80', label: '≥ 80', value: 292 });
  });

  it('are empty for units without organisational figures', () => {
    const report = { ...communityReport(), unit: unit('building', 1, 'x', figures(10, 1)) };
    expect(categoryBars(report, zh)).toEqual([]);
    expect(ageBars(report, zh)).toEqual([]);
  });
});

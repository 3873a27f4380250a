import { describe, expect, it } from 'vitest';
import { mappingProblems, proposeMapping } from '../../../shared/import/mapping';
import { readRow } from '../../../shared/import/row';
import { parseDate, parseField, parseInteger, parsePhone, parseYear } from '../../../shared/import/values';
import { LAYER_FIELDS } from '../../../shared/import/fields';
import { parseWkt, toWkt } from '../../../shared/import/wkt';

const field = (layer: keyof typeof LAYER_FIELDS, name: string) => {
  const f = LAYER_FIELDS[layer].find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
};

describe('column mapping', () => {
  it('recognises a Chinese member ledger, notes in brackets and all', () => {
    const p = proposeMapping('members', ['序号', '姓名', '性别', '出生年月', '党员类别', '人员类别', '学历（最高）', '住址', '联系电话(手机)', '备注'], false);
    expect(p.mapping.fields).toEqual({
      name: '姓名', gender: '性别', birth_year: '出生年月', membership: '党员类别', category: '人员类别', education: '学历（最高）', address: '住址', phone: '联系电话(手机)',
    });
    expect(p.ignored).toEqual(['序号', '备注']);
    expect(p.missingRequired).toEqual([]);
    expect(p.mapping.geometry).toEqual({ kind: 'none' });
  });

  it('finds longitude/latitude or WKT columns in a table, and reports what is missing', () => {
    const p = proposeMapping('leads', ['经度', '纬度', '党员编号'], false);
    expect(p.mapping.geometry).toEqual({ kind: 'lnglat', lng: '经度', lat: '纬度' });
    expect(p.mapping.fields.member_id).toBe('党员编号');
    expect(proposeMapping('buildings', ['WKT', 'Address', '户数'], false).mapping).toMatchObject({ geometry: { kind: 'wkt', column: 'WKT' }, fields: { address: 'Address', households: '户数' } });
    expect(proposeMapping('communities', ['名称'], true).missingRequired).toEqual(['code']);
  });

  it('reads its own Shapefile short names back', () => {
    const p = proposeMapping('buildings', ['id', 'address', 'branch_cd', 'nbhd_id', 'nbhd_name', 'cov_state'], true);
    expect(p.mapping.fields).toMatchObject({ id: 'id', branch_code: 'branch_cd', neighbourhood_id: 'nbhd_id', neighbourhood_name: 'nbhd_name' });
    expect(p.ignored).toEqual(['cov_state']);
  });

  it('names what is wrong with a mapping a user sends', () => {
    const problems = mappingProblems('members', { fields: { name: '姓名', colour: 'x', phone: '电话' }, defaults: {}, geometry: { kind: 'none' } }, ['姓名']);
    expect(problems.join('\n')).toMatch(/"colour" is not a field/);
    expect(problems.join('\n')).toMatch(/column "电话", which the file does not have/);
    expect(problems.join('\n')).toMatch(/required field "gender" has no column and no default/);
  });
});

describe('cells as ledgers write them', () => {
  it('reads numbers with units and refuses words', () => {
    expect(parseInteger('30户')).toBe(30);
    expect(parseInteger('1,200人')).toBe(1200);
    expect(parseInteger('十二')).toBeNull();
    expect(parseField(field('buildings', 'households'), 'abc')).toMatchObject({ ok: false, missing: false });
    expect(parseField(field('buildings', 'floors'), 0)).toMatchObject({ ok: false, message: expect.stringMatching(/smallest allowed value, 1/) });
  });

  it('reads dates and years in the usual Chinese forms and Excel serials', () => {
    expect(parseDate('2024年1月5日')).toBe('2024-01-05');
    expect(parseDate('2024/1/5')).toBe('2024-01-05');
    expect(parseDate('20240105')).toBe('2024-01-05');
    expect(parseDate(45296)).toBe('2024-01-05');
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseYear('1956年3月', 2026)).toBe(1956);
    expect(parseYear('1962.05', 2026)).toBe(1962);
    expect(parseYear(20515, 2026)).toBe(1956);
    expect(parseYear('不详', 2026)).toBeNull();
    expect(parseYear('2030', 2026)).toBeNull();
  });

  it('cleans phone numbers and matches coded values in Chinese', () => {
    expect(parsePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(parsePhone('unknown')).toBeNull();
    expect(parseField(field('members', 'gender'), '女')).toEqual({ ok: true, value: 'female' });
    expect(parseField(field('members', 'education'), '大学本科')).toEqual({ ok: true, value: 'bachelor' });
    expect(parseField(field('roads', 'kind'), 'trunk_link')).toEqual({ ok: true, value: 'primary' });
    expect(parseField(field('members', 'category'), '学生')).toMatchObject({ ok: false, missing: false });
  });

  it('types a row through a mapping, with defaults and required fields', () => {
    const mapping = { fields: { name: '姓名', gender: '性别', birth_year: '出生', phone: '电话', category: '类别' }, defaults: { education: '高中' }, geometry: { kind: 'none' as const } };
    const ok = readRow('members', mapping, { row: 2, properties: { 姓名: '张三', 性别: '男', 出生: '1950', 电话: '10012345678', 类别: '退休' }, geometry: null }, 2026);
    expect(ok.issues).toEqual([]);
    expect(ok.values).toMatchObject({ name: '张三', gender: 'male', birth_year: 1950, education: 'senior_high', membership: 'full', status: 'active', category: 'retired' });
    const bad = readRow('members', mapping, { row: 3, properties: { 姓名: '', 性别: '男', 出生: 'x', 电话: '10012345678', 类别: '退休' }, geometry: null }, 2026);
    expect(bad.issues.map((i) => [i.code, i.field])).toEqual([['missing_field', 'name'], ['bad_value', 'birth_year']]);
  });
});

describe('WKT', () => {
  it('reads the forms GIS tools write and writes what it reads', () => {
    expect(parseWkt('POINT Z (120.3 36.08 5)')).toEqual({ type: 'Point', coordinates: [120.3, 36.08, 5] });
    expect(parseWkt('SRID=4326;MULTIPOINT (1 2, 3 4)')).toEqual({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] });
    const poly = 'MULTIPOLYGON (((120.1 36.1, 120.2 36.1, 120.2 36.2, 120.1 36.1)), ((121 37, 121.1 37, 121.1 37.1, 121 37)))';
    const g = parseWkt(poly);
    expect(g).toMatchObject({ type: 'MultiPolygon' });
    expect(toWkt(g as never)).toBe(poly);
    expect(parseWkt('POLYGON ((1 2, 3 4')).toMatchObject({ error: expect.stringMatching(/bad WKT/) });
    expect(parseWkt('CIRCULARSTRING (1 2, 3 4, 5 6)')).toMatchObject({ error: expect.stringMatching(/not supported/) });
  });
});

/**
 * The column-mapping step's logic, on the server's own proposal for Chinese headers: rows per
 * field with required ones marked, edits, what blocks the check, labels, and the starting CRS.
 */
import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../shared/import/mapping';
import {
  fieldLabel, geometryComplete, initialCrs, mappingRows, needsGeometryColumns, unmetRequired, unusedColumns, withColumn, withDefault, withGeometry,
} from '../../../client/src/admin/importMapping';

describe('the mapping table', () => {
  it('starts from the proposal: Chinese headers pre-mapped, the rest empty, fallbacks as hints', () => {
    const proposal = proposeMapping('buildings', ['地址', '户数', '层数', '用途', '备注'], true);
    const rows = mappingRows('buildings', proposal.mapping);
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(rows[0]?.field).toBe('id');
    expect(byField.address).toMatchObject({ column: '地址', required: false, fallback: null });
    expect(byField.households).toMatchObject({ column: '户数', fallback: '0' });
    expect(byField.floors?.column).toBe('层数');
    expect(byField.use).toMatchObject({ column: '用途', fallback: 'residential' });
    expect(byField.branch_code?.column).toBe('');
    expect(unusedColumns(['地址', '户数', '层数', '用途', '备注'], proposal.mapping)).toEqual(['备注']);
  });

  it('marks required member fields and blocks the check until each has a column or a default', () => {
    const { mapping } = proposeMapping('members', ['姓名', '性别', '出生年份', '联系电话', '人员类别'], false);
    expect(mappingRows('members', mapping).filter((r) => r.required).map((r) => r.field)).toEqual(['name', 'gender', 'birth_year', 'category', 'education', 'phone']);
    expect(unmetRequired('members', mapping)).toEqual(['education']);
    const withEducation = withDefault(mapping, 'education', '高中');
    expect(unmetRequired('members', withEducation)).toEqual([]);
    expect(withEducation.defaults).toEqual({ education: '高中' });
    expect(withDefault(withEducation, 'education', '  ').defaults).toEqual({});
    const unmapped = withColumn(mapping, 'phone', '');
    expect(unmapped.fields.phone).toBeUndefined();
    expect(unmetRequired('members', unmapped)).toEqual(['education', 'phone']);
    expect(mapping.fields.phone).toBe('联系电话');
    expect(withColumn(unmapped, 'phone', '联系电话').fields.phone).toBe('联系电话');
  });

  it('asks where a table keeps its location only when the layer has one and the file does not', () => {
    expect(needsGeometryColumns('buildings', false)).toBe(true);
    expect(needsGeometryColumns('buildings', true)).toBe(false);
    expect(needsGeometryColumns('members', false)).toBe(false);
    const { mapping } = proposeMapping('leads', ['党员编号', '经度', '纬度'], false);
    expect(mapping.geometry).toEqual({ kind: 'lnglat', lng: '经度', lat: '纬度' });
    expect(unusedColumns(['党员编号', '经度', '纬度'], mapping)).toEqual([]);
    const half = withGeometry(mapping, { kind: 'lnglat', lng: '经度', lat: '' });
    expect(geometryComplete(half.geometry)).toBe(false);
    expect(geometryComplete({ kind: 'wkt', column: '' })).toBe(false);
    expect(geometryComplete({ kind: 'wkt', column: 'WKT' })).toBe(true);
    expect(geometryComplete({ kind: 'none' })).toBe(true);
  });

  it('labels fields by their Chinese header in Chinese and in words in English', () => {
    expect(fieldLabel('buildings', 'households', 'zh-CN')).toBe('户数');
    expect(fieldLabel('members', 'birth_year', 'zh-CN')).toBe('出生年份');
    expect(fieldLabel('members', 'birth_year', 'en')).toBe('birth year');
    expect(fieldLabel('buildings', 'id', 'zh-CN')).toBe('id');
  });
});

describe('the coordinate system the check starts with', () => {
  it('is the user\'s pick when they made one, else what the file declares, else WGS-84', () => {
    expect(initialCrs('gcj02', true, 'wgs84')).toBe('gcj02');
    expect(initialCrs('wgs84', false, 'cgcs2000')).toBe('cgcs2000');
    expect(initialCrs('wgs84', false, null)).toBe('wgs84');
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSource } from '../../../server/import/open';
import { CsvParser } from '../../../server/import/readers/csv';
import { GeoJsonScanner } from '../../../server/import/readers/geojson-scan';
import { FIXTURES, removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

const open = (path: string) => openSource(path, path.split('/').pop() as string, join(tempDir(), 'work'));

describe('GeoJSON scanner', () => {
  it('hands out features across chunk boundaries, strings with braces included', () => {
    const text = '{"type":"FeatureCollection","name":"x{","features":[{"type":"Feature","properties":{"a":"}]\\"{"},"geometry":null},{"type":"Feature","properties":{},"geometry":null}],"crs":{"type":"name"}}';
    for (const size of [1, 3, 7, text.length]) {
      const s = new GeoJsonScanner();
      const out: string[] = [];
      for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
      expect(out.map((f) => JSON.parse(f).properties)).toEqual([{ a: '}]"{' }, {}]);
      expect(JSON.parse(s.outerText())).toEqual({ type: 'FeatureCollection', name: 'x{', features: [], crs: { type: 'name' } });
      expect(s.complete).toBe(true);
    }
  });
});

describe('CSV parser', () => {
  it('keeps quoted commas, quotes and line breaks in one field', () => {
    const p = new CsvParser(',');
    const rows = [...p.push('a,"b,1","say ""hi""\r\nnext line"\r\n1,'), ...p.push('2,3\n'), ...p.end()];
    expect(rows).toEqual([['a', 'b,1', 'say "hi"\r\nnext line'], ['1', '2', '3']]);
  });
});

describe('files other tools wrote', () => {
  it('reads a GDAL Shapefile with Chinese attributes in UTF-8 (.cpg)', async () => {
    const s = await open(join(FIXTURES, 'generated/tiny-buildings-zh-utf8.zip'));
    expect(s.format).toBe('shapefile');
    expect(s.columns).toEqual(['地址', '户数', '层数', '用途']);
    expect(s.crsHint).toBe('wgs84');
    const rows = [...s.records()];
    expect(rows.map((r) => r.properties['地址'])).toEqual(['测试新村1号楼', '测试新村2号楼', '测试路商铺', '交叉楼']);
    expect(rows[0]?.properties['层数']).toBe(6);
    // Shapefile rings are clockwise; the reader hands them over in RFC 7946 order.
    expect(rows[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [[[120.3032, 36.0872], [120.3036, 36.0872], [120.3036, 36.0874], [120.3032, 36.0874], [120.3032, 36.0872]]] });
  });

  it('recognises GBK attributes in a Shapefile that has no .cpg', async () => {
    const s = await open(join(FIXTURES, 'generated/tiny-buildings-zh-gbk.zip'));
    expect(s.columns).toEqual(['地址', '户数', '层数', '用途']);
    expect([...s.records()][2]?.properties['用途']).toBe('商铺');
    expect(s.notes.map((n) => n.code)).toEqual(['encoding']);
  });

  it('reads an XLSX ledger written by GDAL', async () => {
    const s = await open(join(FIXTURES, 'generated/members-zh.xlsx'));
    expect(s.format).toBe('xlsx');
    expect(s.columns).toEqual(['姓名', '性别', '出生年月', '党员类别', '人员类别', '学历', '住址', '联系电话', '状态']);
    expect(s.count).toBe(4);
    const rows = [...s.records()];
    expect(rows[0]).toMatchObject({ row: 2, properties: { 姓名: '张测试', 出生年月: '1956年3月', 住址: '测试路1号' } });
  });

  it('reads a GBK CSV as Excel on Chinese Windows saves it, with a semicolon delimiter', async () => {
    const path = join(tempDir(), 'gbk.csv');
    const gbk = new Uint8Array([0xb5, 0xd8, 0xd6, 0xb7, 0x3b, 0xbb, 0xa7, 0xca, 0xfd, 0x0d, 0x0a, 0xb2, 0xe2, 0x3b, 0x33, 0x30]); // 地址;户数\r\n测;30
    writeFileSync(path, gbk);
    const s = await open(path);
    expect(s.columns).toEqual(['地址', '户数']);
    expect([...s.records()][0]?.properties).toEqual({ 地址: '测', 户数: '30' });
    expect(s.notes[0]?.code).toBe('encoding');
  });

  it('reads a bare array of features, saying it is not a FeatureCollection', async () => {
    const path = join(tempDir(), 'bare.json');
    writeFileSync(path, JSON.stringify([{ type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [120.3, 36.08] } }]));
    const s = await open(path);
    expect(s.count).toBe(1);
    expect(s.notes).toEqual([expect.objectContaining({ severity: 'fixed', code: 'bad_container' })]);
    expect([...s.records()][0]?.properties).toEqual({ name: 'a' });
  });

  it('says a truncated file is not complete, and refuses a file it cannot read', async () => {
    const path = join(tempDir(), 'cut.geojson');
    writeFileSync(path, '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},{"type":"Fea');
    expect((await open(path)).notes[0]).toMatchObject({ severity: 'error', code: 'bad_file', message: expect.stringMatching(/not complete/) });
    const bad = join(tempDir(), 'x.xls');
    writeFileSync(bad, 'not a workbook');
    await expect(open(bad)).rejects.toThrow(/\.xls files cannot be read/);
  });

  it('refuses a .zip that is not a ZIP archive instead of reading it as a table', async () => {
    const path = join(tempDir(), '楼栋.zip');
    writeFileSync(path, 'not a zip archive at all');
    await expect(open(path)).rejects.toThrow(/\.zip file is not a ZIP archive/);
  });
});

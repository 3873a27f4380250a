/**
 * What an import does to the database, on the tiny sub-district with the real migrations:
 * placing rows (spatial join, addresses, codes), refusing bad rows with messages, one
 * transaction (all or nothing), duplicates, replace, CRS conversion kept per feature, and
 * the GCJ-02 shift warning.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metresBetween, transformGeometry } from '../../../shared/crs/systems';
import { wgs84ToGcj02 } from '../../../shared/crs/gcj02';
import { openDatabase } from '../../../server/db/open';
import { loadDataset } from '../../../server/seed/load';
import { rect, tinyDataset } from '../fixtures/tiny-dataset';
import { FIXTURES, importFile, removeTempDirs, snapshot, tempDir } from './helpers';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
  loadDataset(db, tinyDataset());
});
afterAll(removeTempDirs);

function file(name: string, content: string | object): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const codes = (issues: { row: number; code: string; severity: string }[]) => issues.filter((i) => i.severity !== 'fixed').map((i) => `${i.row}:${i.code}`);

describe('buildings from a Chinese Shapefile', () => {
  it('refuses the file whole when a row is bad, changing nothing', async () => {
    const before = snapshot(db);
    const { report, refused } = await importFile(db, join(FIXTURES, 'generated/tiny-buildings-zh-utf8.zip'), 'buildings');
    expect(codes(report.issues)).toEqual(['4:not_a_number', '4:self_intersection']);
    expect(report.issues.find((i) => i.code === 'not_a_number')?.message).toMatch(/"十二" is not a whole number/);
    expect(refused?.summary.refused).toBe(1);
    expect(snapshot(db)).toEqual(before);
  });

  it('imports the valid part in one transaction, placing each building in its grid and compound', async () => {
    const before = snapshot(db);
    const { result } = await importFile(db, join(FIXTURES, 'generated/tiny-buildings-zh-utf8.zip'), 'buildings', { validOnly: true });
    expect(result).toMatchObject({ inserts: 3, updates: 0 });
    const rows = db.prepare("SELECT address, households, floors, use, branch_id, neighbourhood_id FROM building WHERE address LIKE '测试新村%' OR address = '测试路商铺' ORDER BY address").all();
    expect(rows).toEqual([
      { address: '测试新村1号楼', households: 24, floors: 6, use: 'residential', branch_id: 1, neighbourhood_id: 1 },
      { address: '测试新村2号楼', households: 18, floors: 5, use: 'residential', branch_id: 3, neighbourhood_id: 2 },
      { address: '测试路商铺', households: 0, floors: 2, use: 'shop', branch_id: 2, neighbourhood_id: null },
    ]);
    const after = snapshot(db);
    expect((after.building as number) - (before.building as number)).toBe(3);
    expect(after.version).toBe((before.version as number) + 1);
    expect(db.prepare("SELECT count(*) FROM feature_source WHERE layer = 'buildings' AND source_crs = 'wgs84'").pluck().get()).toBe(3);
    expect(db.prepare("SELECT count(*) FROM building_rtree WHERE id IN (SELECT id FROM building WHERE address LIKE '测试新村%')").pluck().get()).toBe(2);
    expect(db.prepare('SELECT action, target, detail FROM audit_log ORDER BY id DESC LIMIT 1').get()).toMatchObject({
      action: 'import_buildings', target: 'tiny-buildings-zh-utf8.zip', detail: expect.stringContaining('"inserted":3'),
    });
  });
});

describe('members from an XLSX ledger', () => {
  it('finds homes by address and refuses a member whose building does not exist', async () => {
    const { report, result } = await importFile(db, join(FIXTURES, 'generated/members-zh.xlsx'), 'members', { validOnly: true });
    expect(codes(report.issues)).toEqual(['4:unknown_reference', '5:bad_value']);
    expect(report.issues[0]?.message).toMatch(/no current building has the address "不存在路9号"/);
    expect(result?.inserts).toBe(2);
    expect(db.prepare("SELECT name, gender, birth_year, membership, category, education, building_id, branch_id, phone, status FROM member WHERE name LIKE '%测试' ORDER BY birth_year").all()).toEqual([
      { name: '张测试', gender: 'male', birth_year: 1956, membership: 'full', category: 'retired', education: 'junior_high', building_id: 1, branch_id: 1, phone: '10012345678', status: 'active' },
      { name: '李测试', gender: 'female', birth_year: 1962, membership: 'probationary', category: 'in_service', education: 'bachelor', building_id: 4, branch_id: 3, phone: '10012345679', status: 'active' },
    ]);
  });
});

describe('duplicates, modes and references', () => {
  const community = (code: string, name: string) => `${code},${name},"${'POLYGON ((120.3 36.08, 120.31 36.08, 120.31 36.09, 120.3 36.09, 120.3 36.08))'}"`;

  it('refuses a code twice in the file and a code that exists (append), and updates it (upsert)', async () => {
    const csv = file('c.csv', ['社区编码,社区名称,WKT', community('370203999003', '新社区'), community('370203999003', '又一个'), community('370203999001', '西社区改名')].join('\n'));
    const { report } = await importFile(db, csv, 'communities', { commit: false });
    expect(codes(report.issues)).toEqual(['3:duplicate_code', '4:duplicate_code']);
    expect(report.issues.map((i) => i.message).join('\n')).toMatch(/appears twice in the file \(first at row 2\)[\s\S]*already exists \(id 1\); import with mode upsert/);
    const upsert = await importFile(db, file('u.csv', ['社区编码,社区名称,WKT', community('370203999001', '西社区改名')].join('\n')), 'communities', { mode: 'upsert' });
    expect(upsert.result).toMatchObject({ inserts: 0, updates: 1 });
    expect(db.prepare('SELECT name, name_en FROM community WHERE id = 1').get()).toEqual({ name: '西社区改名', name_en: 'West' });
  });

  it('replace removes what the file leaves out, unless something still refers to it', async () => {
    const roads = file('r.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 路名: '新路', highway: 'secondary' }, geometry: { type: 'LineString', coordinates: [[120.301, 36.081], [120.309, 36.081]] } }] });
    const { result } = await importFile(db, roads, 'roads', { mode: 'replace' });
    expect(result).toMatchObject({ inserts: 1, removals: 1 });
    expect(db.prepare('SELECT name, kind FROM road').all()).toEqual([{ name: '新路', kind: 'secondary' }]);

    const before = snapshot(db);
    const one = file('b.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { 地址: '孤楼' }, geometry: rect(120.3032, 36.0872, 120.3036, 36.0874) }] });
    const replaced = await importFile(db, one, 'buildings', { mode: 'replace', validOnly: true });
    expect(replaced.report.issues[0]).toMatchObject({ row: 0, severity: 'error', code: 'still_referenced', message: expect.stringMatching(/replace would remove 4 buildings.*member rows/) });
    expect(replaced.result).toBeNull();
    expect(snapshot(db)).toEqual(before);
  });

  it('places a household-lead at its building when the row has no point, with its links', async () => {
    db.prepare("INSERT INTO member (id, name, gender, birth_year, membership, category, education, branch_id, building_id, status, phone) VALUES (7, '测试七', 'male', 1950, 'full', 'retired', 'primary', 1, 2, 'active', '10000000007')").run();
    const csv = file('l.csv', '党员编号,联系户数\n7,9\n99,3\n');
    const { report, result } = await importFile(db, csv, 'leads', { validOnly: true });
    expect(codes(report.issues)).toEqual(['3:unknown_reference']);
    expect(result?.inserts).toBe(1);
    const lead = db.prepare('SELECT id, building_id, lng, lat FROM household_lead WHERE member_id = 7').get() as { id: number; building_id: number; lng: number; lat: number };
    expect(lead.building_id).toBe(2);
    expect(lead.lng).toBeCloseTo(120.30525, 6);
    expect(db.prepare('SELECT building_id, households FROM lead_link WHERE lead_id = ?').all(lead.id)).toEqual([{ building_id: 2, households: 9 }]);
  });
});

describe('coordinate systems', () => {
  const gcjBuildings = (): FeatureCollection => ({
    type: 'FeatureCollection',
    features: tinyDataset().buildings.map((b): Feature => ({ type: 'Feature', id: b.id, properties: { id: b.id }, geometry: transformGeometry(b.footprint, wgs84ToGcj02) })),
  });

  it('warns when a layer sits hundreds of metres off the data, naming GCJ-02, and converts when told', async () => {
    const path = file('gcj.geojson', gcjBuildings());
    const asWgs = await importFile(db, path, 'buildings', { mode: 'upsert', commit: false });
    const warning = asWgs.report.issues.find((i) => i.code === 'crs_shift');
    expect(warning?.message).toMatch(/about 4\d\d m off .* probably in GCJ-02/);
    const asGcj = await importFile(db, path, 'buildings', { mode: 'upsert', crs: 'gcj02' });
    expect(asGcj.report.issues.filter((i) => i.code === 'crs_shift')).toEqual([]);
    const stored = JSON.parse(db.prepare('SELECT footprint FROM building WHERE id = 1').pluck().get() as string) as Polygon;
    const original = tinyDataset().buildings[0]?.footprint.coordinates[0] as number[][];
    for (const [k, p] of (stored.coordinates[0] as number[][]).entries()) expect(metresBetween(p as [number, number], original[k] as [number, number])).toBeLessThan(0.01);
    expect(db.prepare("SELECT source_crs FROM feature_source WHERE layer = 'buildings' AND feature_id = 1").pluck().get()).toBe('gcj02');
  });

  it('warns on a new layer by where it falls against the communities', async () => {
    const zones = Array.from({ length: 12 }, (_, i): Feature => {
      const w = 120.313 + (i % 4) * 0.0015;
      const s = 36.081 + Math.floor(i / 4) * 0.0025;
      return { type: 'Feature', properties: { name: `片区${i}` }, geometry: transformGeometry(rect(w, s, w + 0.001, s + 0.001), wgs84ToGcj02) };
    });
    const { report } = await importFile(db, file('z.geojson', { type: 'FeatureCollection', features: zones }), 'zones', { commit: false });
    expect(report.issues.find((i) => i.code === 'crs_shift')?.message).toMatch(/inside the sub-district's communities.*GCJ-02/);
  });
});

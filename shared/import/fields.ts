/**
 * The fields each layer imports: their type, whether a row needs them, what they default to,
 * and the column headers (Chinese first) by which a file's columns are recognised. The same
 * names are the attribute names of exports, so an export re-imports with no mapping step;
 * `shp` is the ≤10-character name a Shapefile's .dbf gives the field.
 */
import * as E from './enums';
import type { DataLayer } from './layers';

export type FieldType = 'id' | 'text' | 'integer' | 'code' | 'enum' | 'date' | 'year' | 'phone' | 'links';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** A row without a value is refused ("missing required field"). */
  required?: boolean;
  /** Used when the row has no value and the mapping gives no default. */
  fallback?: string | number | null;
  /** Exact number of digits of a `code`. */
  digits?: number;
  /** Smallest allowed value of an `integer`. */
  min?: number;
  values?: E.EnumSynonyms;
  /** Other header names for the field (the name itself and `shp` always count). */
  headers: readonly string[];
  /** Name in a Shapefile (.dbf allows 10 characters); defaults to `name`. */
  shp?: string;
}

const id: FieldSpec = { name: 'id', type: 'id', headers: ['gridmap_id'] };
const name = (extra: string[], required = true): FieldSpec => ({ name: 'name', type: 'text', required, fallback: '', headers: ['名称', '名字', ...extra] });
const communityCode: FieldSpec = { name: 'community_code', type: 'code', digits: 12, headers: ['社区编码', '社区代码', '所属社区编码'], shp: 'comm_code' };
const communityName: FieldSpec = { name: 'community_name', type: 'text', headers: ['社区', '社区名称', '所属社区', '所在社区'], shp: 'comm_name' };
const branchCode: FieldSpec = { name: 'branch_code', type: 'code', digits: 14, headers: ['网格编码', '网格代码', '支部编码', '所在网格编码', '所属网格编码'], shp: 'branch_cd' };
const branchName: FieldSpec = { name: 'branch_name', type: 'text', headers: ['网格', '网格名称', '所在网格', '所属网格', '所在支部', '网格党支部', '支部'], shp: 'branch_nm' };
const validFrom: FieldSpec = { name: 'valid_from', type: 'date', headers: ['启用日期', '生效日期', '起始日期'], shp: 'valid_from' };
const date = (n: string, headers: string[], shp?: string): FieldSpec => ({ name: n, type: 'date', headers, ...(shp ? { shp } : {}) });

export const LAYER_FIELDS: Record<DataLayer, readonly FieldSpec[]> = {
  communities: [
    id,
    { name: 'code', type: 'code', digits: 12, required: true, headers: ['社区编码', '社区代码', '编码', '代码', '区划代码'] },
    name(['社区名称', '社区']),
    { name: 'name_en', type: 'text', fallback: '', headers: ['英文名', '英文名称', 'name:en', 'nameen'] },
    { name: 'party_org_level', type: 'enum', values: E.PARTY_ORG_LEVEL_VALUES, headers: ['党组织类型', '党组织级别', '组织类型'], shp: 'org_level' },
  ],
  branches: [
    id,
    { name: 'code', type: 'code', digits: 14, required: true, headers: ['网格编码', '网格代码', '支部编码', '编码', '代码'] },
    name(['网格名称', '支部名称', '网格党支部', '网格']),
    communityCode,
    { name: 'secretary_member_id', type: 'integer', min: 1, headers: ['书记编号', '书记党员编号'], shp: 'secretary' },
    validFrom,
  ],
  neighbourhoods: [
    id,
    name(['小区名称', '楼院名称', '小区', '楼院']),
    { name: 'kind', type: 'enum', values: E.NEIGHBOURHOOD_KIND_VALUES, fallback: 'xiaoqu', headers: ['类型', '类别', '小区类型'] },
    communityCode,
    communityName,
  ],
  buildings: [
    id,
    { name: 'address', type: 'text', fallback: '', headers: ['地址', '楼栋地址', '门牌', '门牌号', '详细地址', '楼栋', 'addr', 'addr:full'] },
    { name: 'floors', type: 'integer', min: 1, fallback: 1, headers: ['层数', '楼层', '楼层数', '地上层数', 'building:levels', 'levels'] },
    { name: 'households', type: 'integer', min: 0, fallback: 0, headers: ['户数', '住户数', '总户数', '居住户数'], shp: 'households' },
    { name: 'residents', type: 'integer', min: 0, fallback: 0, headers: ['人口', '人数', '居住人口', '常住人口', '人口数'] },
    { name: 'use', type: 'enum', values: E.BUILDING_USE_VALUES, fallback: 'residential', headers: ['用途', '房屋用途', '建筑用途', '性质'] },
    { name: 'status', type: 'enum', values: E.BUILDING_STATUS_VALUES, fallback: 'normal', headers: ['状态', '房屋状态', '楼栋状态'] },
    branchCode,
    branchName,
    { name: 'neighbourhood_id', type: 'integer', min: 1, headers: ['小区编号'], shp: 'nbhd_id' },
    { name: 'neighbourhood_name', type: 'text', headers: ['小区', '小区名称', '楼院', '所在小区', '所属小区'], shp: 'nbhd_name' },
    validFrom,
  ],
  roads: [
    id,
    name(['道路名称', '路名', '街道名称', 'name:zh'], false),
    { name: 'kind', type: 'enum', values: E.ROAD_KIND_VALUES, fallback: 'residential', headers: ['道路等级', '等级', '类型', 'highway', 'fclass'] },
  ],
  water: [id, name(['水体名称', '水系名称', 'name:zh'], false)],
  members: [
    id,
    name(['姓名', '党员姓名']),
    { name: 'gender', type: 'enum', values: E.GENDER_VALUES, required: true, headers: ['性别', 'sex'] },
    { name: 'birth_year', type: 'year', required: true, headers: ['出生年份', '出生年月', '出生日期', '出生年', '生日', 'birthyear', 'birth'], shp: 'birth_year' },
    { name: 'membership', type: 'enum', values: E.MEMBERSHIP_VALUES, fallback: 'full', headers: ['党员类别', '党籍', '党员身份', '正式预备'], shp: 'membership' },
    { name: 'category', type: 'enum', values: E.CATEGORY_VALUES, required: true, headers: ['人员类别', '类别', '党员分类', '身份类别', '职业类别'] },
    { name: 'education', type: 'enum', values: E.EDUCATION_VALUES, required: true, headers: ['学历', '文化程度', '最高学历'], shp: 'education' },
    branchCode,
    branchName,
    { name: 'building_id', type: 'integer', min: 1, headers: ['楼栋编号', '住址楼栋编号'], shp: 'bldg_id' },
    { name: 'address', type: 'text', headers: ['住址', '地址', '居住地址', '家庭住址', '现住址'] },
    { name: 'status', type: 'enum', values: E.MEMBER_STATUS_VALUES, fallback: 'active', headers: ['状态', '党员状态'] },
    date('last_contact', ['最近联系', '最近联系时间', '最后联系', '最近联系日期'], 'last_cont'),
    { name: 'phone', type: 'phone', required: true, headers: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', 'mobile', 'tel', 'telephone'] },
  ],
  leads: [
    id,
    { name: 'member_id', type: 'integer', min: 1, required: true, headers: ['党员编号', '党员id'], shp: 'member_id' },
    { name: 'building_id', type: 'integer', min: 1, headers: ['楼栋编号', '所在楼栋编号'], shp: 'bldg_id' },
    { name: 'address', type: 'text', headers: ['地址', '住址', '楼栋地址'] },
    { name: 'links', type: 'links', headers: ['联系楼栋户数', '联系户明细'] },
    { name: 'linked_households', type: 'integer', min: 1, headers: ['联系户数', '联系户', '联系住户数'], shp: 'linked_hh' },
  ],
  liaisons: [
    id,
    { name: 'member_id', type: 'integer', min: 1, required: true, headers: ['党员编号', '党员id'], shp: 'member_id' },
    { name: 'target_kind', type: 'enum', values: E.LIAISON_TARGET_VALUES, required: true, headers: ['联系对象类型', '对象类型'], shp: 'target_knd' },
    { name: 'target_id', type: 'integer', min: 1, required: true, headers: ['联系对象编号', '对象编号'], shp: 'target_id' },
  ],
  zones: [
    id,
    name(['拆迁片区', '片区名称', '地块名称']),
    { name: 'stage', type: 'enum', values: E.ZONE_STAGE_VALUES, fallback: 'announced', headers: ['阶段', '拆迁阶段', '状态'] },
    date('announced_on', ['公告日期'], 'announced'),
    date('moving_on', ['搬迁日期', '动迁日期'], 'moving_on'),
    date('cleared_on', ['清场日期'], 'cleared_on'),
    date('finished_on', ['完成日期', '回迁日期'], 'finished'),
  ],
};

/** The field of `layer` called `name`, or undefined. */
export function fieldOf(layer: DataLayer, name: string): FieldSpec | undefined {
  return LAYER_FIELDS[layer].find((f) => f.name === name);
}

/** The Shapefile (.dbf) name of a field: its `shp` name or its name, at most 10 characters. */
export function shpName(field: { name: string; shp?: string }): string {
  return (field.shp ?? field.name).slice(0, 10);
}

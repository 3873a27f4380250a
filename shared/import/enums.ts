/**
 * The coded values of the model with the words people put in ledgers and other systems for
 * them: Chinese labels, OpenStreetMap tags, abbreviations. Matching ignores case, spaces and
 * punctuation (see `normaliseToken`).
 */

/** Canonical value → the other ways it is written. */
export type EnumSynonyms = Readonly<Record<string, readonly string[]>>;

export const GENDER_VALUES: EnumSynonyms = {
  male: ['男', 'm', '男性', '1'],
  female: ['女', 'f', '女性', '2'],
};

export const MEMBERSHIP_VALUES: EnumSynonyms = {
  full: ['正式', '正式党员', 'formal'],
  probationary: ['预备', '预备党员', 'probation'],
};

export const CATEGORY_VALUES: EnumSynonyms = {
  in_service: ['在职', '在职党员', 'employed', 'inservice'],
  retired: ['离退休', '退休', '离休', '离退休党员', '退休党员'],
  unemployed: ['失业', '无业', '待业'],
  floating: ['流动', '流动党员'],
  self_employed: ['个体', '个体户', '自由职业', 'selfemployed'],
  resident: ['居民', '社区居民', '其他'],
};

export const EDUCATION_VALUES: EnumSynonyms = {
  primary: ['小学', '小学及以下', '文盲'],
  junior_high: ['初中', 'juniorhigh'],
  senior_high: ['高中', '中专', '技校', '职高', '高中中专', 'seniorhigh'],
  college: ['大专', '专科', '高职'],
  bachelor: ['本科', '大学', '大学本科', '学士'],
  postgraduate: ['研究生', '硕士', '博士', '硕士研究生', '博士研究生', 'master', 'phd'],
};

export const MEMBER_STATUS_VALUES: EnumSynonyms = {
  active: ['正常', '在册', '在岗', '正常联系'],
  moving: ['流动中', '外出', '搬迁中', '迁移中'],
  lost_contact: ['失联', '失去联系', 'lostcontact'],
  transferred_out: ['转出', '已转出', 'transferredout'],
  deceased: ['去世', '已故', '死亡', '逝世'],
};

export const BUILDING_USE_VALUES: EnumSynonyms = {
  residential: ['住宅', '居住', '民用', 'house', 'apartments', 'yes'],
  shop: ['商铺', '商业', '门面', '商用', '网点', 'commercial', 'retail'],
  public: ['公建', '公共', '公共建筑', '办公', '学校', '医院', 'civic', 'office', 'school'],
};

export const BUILDING_STATUS_VALUES: EnumSynonyms = {
  normal: ['正常', '现状', '在用'],
  slated_demolition: ['待拆迁', '待拆', '拟拆迁', '拆迁', '列入拆迁', 'slated'],
  demolished: ['已拆除', '已拆', '拆除'],
  new: ['新建', '在建', '新'],
};

export const NEIGHBOURHOOD_KIND_VALUES: EnumSynonyms = {
  xiaoqu: ['小区', '住宅小区', 'estate'],
  louyuan: ['楼院', '院落', '大院', 'compound'],
};

export const PARTY_ORG_LEVEL_VALUES: EnumSynonyms = {
  branch: ['党支部', '支部'],
  general_branch: ['党总支', '总支', 'generalbranch'],
  committee: ['党委', '委员会'],
};

/** Road classes, with OpenStreetMap `highway` values folded into the five the map draws. */
export const ROAD_KIND_VALUES: EnumSynonyms = {
  primary: ['主干道', '主干路', '快速路', 'trunk', 'trunk_link', 'primary_link', 'motorway', 'motorway_link'],
  secondary: ['次干道', '次干路', 'secondary_link'],
  tertiary: ['支路', '三级', 'tertiary_link'],
  residential: ['街巷', '小区道路', 'unclassified', 'living_street', 'service', 'road'],
  path: ['步行道', '人行道', '小路', 'footway', 'pedestrian', 'steps', 'cycleway', 'track', 'bridleway'],
};

export const ZONE_STAGE_VALUES: EnumSynonyms = {
  announced: ['已公告', '公告', '拟拆迁'],
  moving_out: ['搬迁中', '动迁中', 'movingout'],
  cleared: ['已清场', '清场', '已腾空'],
  rebuilt: ['已重建', '重建', '建设中'],
  resettled: ['已回迁', '回迁', '已安置'],
};

export const LIAISON_TARGET_VALUES: EnumSynonyms = {
  building: ['楼栋', '楼', '楼宇'],
  neighbourhood: ['小区', '楼院', '小区楼院'],
};

/** Lower case without spaces, underscores, hyphens, colons, brackets or full-width punctuation. */
export function normaliseToken(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-:：.·()（）[\]【】/\\*＊]+/g, '');
}

/** The canonical value `text` stands for, or null when it matches none. */
export function matchEnum(values: EnumSynonyms, text: string): string | null {
  const t = normaliseToken(text);
  for (const [canonical, synonyms] of Object.entries(values)) {
    if (normaliseToken(canonical) === t || synonyms.some((s) => normaliseToken(s) === t)) return canonical;
  }
  return null;
}

/**
 * Simplified Chinese UI text, the default language. `en.ts` must have exactly the same keys
 * (the type system and `tests/client/i18n/locales.test.ts` both check it).
 * `{name}` placeholders are filled by `formatMessage`.
 */
export const zhCN = {
  'app.title': '社区党建网格地图',
  'app.titleWithPlace': '{place} · 社区党建网格地图',
  'app.loading': '正在加载地图数据…',
  'app.loadError': '无法加载地图数据：{message}',
  'app.noData': '数据库中还没有街道数据。',

  'lang.switchLabel': '界面语言',
  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'map.attribution': '演示数据（合成） / Demo data (synthetic)',
  'map.ariaLabel': '街道党建网格地图',
  'map.zoom': '缩放级别 {zoom}',

  'legend.title': '图例',
  'legend.hide': '收起图例',
  'legend.show': '展开图例',
  'legend.toggleHint': '勾选以显示或隐藏图层',
  'legend.visibleFrom': '{zoom} 级起显示',
  'legend.basemap': '底图',
  'legend.roads': '道路',
  'legend.water': '水系',

  'layer.communities': '社区边界',
  'layer.branches': '网格党支部',
  'layer.neighbourhoods': '小区 / 楼院',
  'layer.buildings': '楼栋',
  'layer.leads': '党员中心户',

  'feature.communities': '社区',
  'feature.branches': '网格党支部',
  'feature.neighbourhoods': '小区 / 楼院',
  'feature.buildings': '楼栋',
  'feature.leads': '党员中心户',

  'building.use.residential': '住宅',
  'building.use.shop': '商铺',
  'building.use.public': '公共建筑',
  'building.status.normal': '正常',
  'building.status.slated_demolition': '待拆迁',
  'building.status.demolished': '已拆除',
  'building.status.new': '新建',

  'neighbourhood.kind.xiaoqu': '小区',
  'neighbourhood.kind.louyuan': '楼院',

  'coverage.state.covered': '已覆盖',
  'coverage.state.partly_covered': '部分覆盖',
  'coverage.state.resident_only': '仅有党员居住',
  'coverage.state.gap': '空白',
  'coverage.state.no_households': '无住户',

  'popup.close': '关闭',
  'popup.isYes': '是',
  'popup.isNo': '否',
  'popup.unnamed': '（未命名）',
  'popup.none': '—',
  'popup.yes': '已配备',
  'popup.vacant': '空缺',

  'fact.code': '编码',
  'fact.community': '所属社区',
  'fact.branches': '网格数',
  'fact.secretary': '支部书记',
  'fact.buildings': '楼栋数',
  'fact.households': '户数',
  'fact.residents': '居民人数',
  'fact.members': '党员人数',
  'fact.fullMembers': '正式党员（在册）',
  'fact.leads': '党员中心户',
  'fact.validFrom': '设立日期',
  'fact.kind': '类型',
  'fact.address': '地址',
  'fact.floors': '层数',
  'fact.use': '用途',
  'fact.status': '状态',
  'fact.neighbourhood': '所属小区 / 楼院',
  'fact.branch': '所属网格',
  'fact.linkedHouseholds': '联系户数',
  'fact.linkedBuildings': '联系楼栋数',
  'fact.building': '所在楼栋',
  'fact.coverage': '覆盖率',
  'fact.reached': '已覆盖户数',
  'fact.gapNeighbourhoods': '空白小区数',
  'fact.gap': '空白小区',
  'fact.coverageState': '覆盖状态',
} as const;

/** Every UI message key. */
export type MessageKey = keyof typeof zhCN;

/** A complete set of UI messages for one language. */
export type Messages = Record<MessageKey, string>;

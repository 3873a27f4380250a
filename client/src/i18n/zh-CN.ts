/**
 * Simplified Chinese UI text, the default language. `en.ts` must have exactly the same keys
 * (the type system and `tests/client/i18n/locales.test.ts` both check it).
 * `{name}` placeholders are filled by `formatMessage`.
 */
import { zhCNAccounts } from './accounts.zh-CN';
import { zhCNBranch } from './branch.zh-CN';
import { zhCNAsOf } from './asOf.zh-CN';
import { zhCNImporter } from './importer.zh-CN';
import { zhCNPlanner } from './planner.zh-CN';
import { zhCNRelocation } from './relocation.zh-CN';

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

  'legend.colourBy': '着色方式',
  'legend.colourBy.coverage': '覆盖率',
  'legend.colourBy.grid': '网格区分',
  'legend.coverageTitle': '网格党员覆盖率',
  'legend.coverageEdges': '每档含下限、不含上限；100% 计入最高档',
  'legend.noHouseholds': '无住户',
  'legend.gap': '空白小区',
  'legend.buildingStates': '{zoom} 级起按覆盖状态着色',

  'panel.title': '覆盖与空白',
  'panel.hide': '收起面板',
  'panel.show': '展开面板',
  'panel.loading': '正在加载…',
  'panel.error': '无法加载覆盖数据：{message}',
  'panel.absentOnDay': '该{level}在 {day} 尚不存在（之后才建成或划定），没有当日的数据。',
  'panel.toSubdistrict': '回到街道',
  'panel.breadcrumb': '当前层级',
  'panel.upHint': '按 Esc 返回上一级',
  'panel.tabs': '面板内容',

  'tab.overview': '概况',
  'tab.gaps': '空白',
  'tab.violations': '问题',

  'level.subdistrict': '街道',
  'level.community': '社区',
  'level.branch': '网格党支部',
  'level.neighbourhood': '小区 / 楼院',
  'level.building': '楼栋',

  'kpi.coverage': '党员覆盖率',
  'kpi.reachedOf': '已联系 {reached} / {households} 户',
  'kpi.noHouseholds': '无住户，不计覆盖率',
  'kpi.households': '户数',
  'kpi.residents': '居民',
  'kpi.buildings': '楼栋',
  'kpi.members': '党员',
  'kpi.fullMembers': '正式党员',
  'kpi.residentMembers': '居住党员',
  'kpi.leads': '党员中心户',
  'kpi.gapNeighbourhoods': '空白小区',
  'kpi.gapBuildings': '空白楼栋',
  'kpi.violations': '问题',
  'kpi.state': '覆盖状态',

  'chart.byCategory': '党员类别',
  'chart.byAgeBand': '党员年龄',

  'category.in_service': '在职',
  'category.retired': '离退休',
  'category.unemployed': '失业',
  'category.floating': '流动',
  'category.self_employed': '个体',
  'category.resident': '居民',

  'age.upTo35': '35岁及以下',
  'age.from36to45': '36–45岁',
  'age.from46to59': '46–59岁',
  'age.from60to69': '60–69岁',
  'age.from70to79': '70–79岁',
  'age.from80': '80岁及以上',

  'children.community': '所辖社区（{count}）',
  'children.branch': '所辖网格（{count}）',
  'children.building': '楼栋（{count}）',
  'children.neighbourhood': '小区 / 楼院（{count}）',
  'children.none': '没有下级单位。',
  'children.gaps': '空白小区 {count}',
  'children.open': '查看 {name}',

  'sort.label': '排序',
  'sort.order': '编号',
  'sort.coverage': '覆盖率',
  'sort.households': '户数',
  'sort.ascending': '升序',
  'sort.descending': '降序',

  'gaps.title': '空白小区（{count}）',
  'gaps.none': '此范围内没有空白小区。',
  'gaps.previous': '上一个',
  'gaps.next': '下一个',
  'gaps.position': '{index} / {total}',
  'gaps.start': '逐个查看',
  'gaps.keysHint': '快捷键：] 下一个，[ 上一个（也可用 N / P）',
  'gaps.households': '{count} 户',
  'gaps.buildings': '{count} 栋楼',
  'gaps.nearest': '最近的党员住处',
  'gaps.lead': '中心户',
  'gaps.noMembers': '附近没有在册党员',
  'gaps.gapBuildings': '空白楼栋（{count}）',

  'violations.title': '规则问题（{count}）',
  'violations.none': '此范围内未发现问题。',
  'violations.figure': '实际',
  'violations.limit': '标准',
  'violations.zoom': '在地图上查看',

  'rule.branch_min_full_members': '正式党员不足',
  'rule.branch_max_members': '党员人数超出，应分设支部',
  'rule.grid_min_households': '网格户数偏少',
  'rule.grid_max_households': '网格户数偏多',
  'rule.lead_max_households': '中心户联系户数超标',
  'rule.community_org_level': '社区党组织设置与党员人数不符',
  'rule.branch_no_secretary': '支部书记空缺',
  'rule.grid_overlap': '网格重叠',
  'rule.grid_gap': '网格之间有空隙',
  'rule.grid_outside_community': '网格超出社区边界',

  'orgLevel.branch': '党支部',
  'orgLevel.general_branch': '党总支',
  'orgLevel.committee': '党委',

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

  ...zhCNAccounts,
  ...zhCNBranch,
  ...zhCNAsOf,
  ...zhCNImporter,
  ...zhCNPlanner,
  ...zhCNRelocation,
} as const;

/** Every UI message key. */
export type MessageKey = keyof typeof zhCN;

/** A complete set of UI messages for one language. */
export type Messages = Record<MessageKey, string>;

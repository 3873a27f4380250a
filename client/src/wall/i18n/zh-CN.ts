/**
 * Simplified Chinese text of the wall display, the default language. `en.ts` has exactly the
 * same keys (the type system and tests/client/wall/i18n.test.ts check it). `{name}`
 * placeholders are filled by `formatMessage`.
 */
export const zhCN = {
  'wall.title': '{place}党建网格指挥中心',
  'wall.titleFallback': '党建网格指挥中心',
  'wall.loading': '正在加载数据…',
  'wall.noToken': '请使用带大屏令牌的地址打开：/wall?wall=令牌',
  'wall.loadError': '无法加载数据：{message}',
  'wall.asOf': '数据截至 {time}',
  'wall.demo': '演示数据（合成）',

  'conn.connecting': '正在连接',
  'conn.live': '实时',
  'conn.reconnecting': '连接中断 · 正在重连',

  'tour.paused': '导览暂停 · {seconds} 秒后继续',
  'tour.off': '导览关闭',
  'tour.progress': '{index} / {count}',

  'step.overview': '全街道',
  'step.gaps': '空白小区',
  'step.alerts': '预警',

  'kpi.branches': '网格党支部',
  'kpi.members': '党员',
  'kpi.coverage': '党员覆盖率',
  'kpi.gapNeighbourhoods': '空白小区',
  'kpi.branchesUnderMin': '正式党员不足{min}人的支部',
  'kpi.relocAffected': '动迁涉及党员',
  'kpi.relocResettled': '已安置',
  'kpi.relocUnaccounted': '未落实',
  'kpi.relocLostContact': '失联',

  'focus.coverage': '覆盖率',
  'focus.reached': '已覆盖 {reached} / {households} 户',
  'focus.members': '党员',
  'focus.branches': '网格党支部',
  'focus.gaps': '空白小区',
  'focus.leads': '党员中心户',
  'focus.alerts': '预警',
  'focus.gapHouseholds': '涉及住户',

  'chart.coverageByCommunity': '各社区党员覆盖率',
  'chart.byCategory': '党员类别',
  'chart.byAge': '党员年龄',
  'chart.relocation': '动迁党员状态 · 近{days}天',
  'chart.noRelocation': '暂无拆迁动迁台账',

  'category.in_service': '在职',
  'category.retired': '离退休',
  'category.unemployed': '失业',
  'category.floating': '流动',
  'category.self_employed': '个体',
  'category.resident': '居民',

  'age.upTo35': '≤35岁',
  'age.from36to45': '36–45岁',
  'age.from46to59': '46–59岁',
  'age.from60to69': '60–69岁',
  'age.from70to79': '70–79岁',
  'age.from80': '≥80岁',

  'relgroup.in_zone': '居住在征收区',
  'relgroup.moving': '动迁 / 过渡',
  'relgroup.settled': '已安置',
  'relgroup.lost_contact': '失联',

  'alerts.title': '预警',
  'alerts.none': '当前没有预警',
  'alerts.more': '另有 {count} 条',
  'alerts.new': '新',
  'alert.gap_neighbourhood': '空白小区',
  'alert.branch_under_min': '正式党员不足',
  'alert.branch_over_max': '党员过多',
  'alert.contact_clock': '{months}个月未联系',
  'alert.transfer_clock': '迁出待转接',
  'alert.text.gap_neighbourhood': '{figure} 户 · 无党员',
  'alert.text.branch_under_min': '正式党员 {figure} 人（{limit}）',
  'alert.text.branch_over_max': '党员 {figure} 人（{limit}）· 宜拆分',
  'alert.text.contact_clock': '{figure} 人到期 · {soon} 人30天内到期',
  'alert.text.transfer_clock': '{figure} 人迁出满{months}个月未转接',

  'change.latest': '最新变动 {time} · {kind}',
  'change.contact': '联系党员',
  'change.verify': '信息核实',
  'change.zone_announced': '公布拆迁片区',
  'change.zone_stage': '拆迁片区进展',
  'change.relocation': '动迁台账更新',
  'change.plan_applied': '网格调整实施',
  'change.move': '楼栋调整',
  'change.other': '数据更新',

  'legend.coverage': '网格覆盖率',
  'legend.noHouseholds': '无住户',
  'legend.gap': '空白小区',
  'legend.zone': '拆迁片区',
  'legend.community': '社区',
  'legend.change': '刚更新',

  'unit.branch': '{name}',
} as const;

/** A message key of the wall display. */
export type WallMessageKey = keyof typeof zhCN;
/** One complete set of wall messages. */
export type WallMessages = Record<WallMessageKey, string>;

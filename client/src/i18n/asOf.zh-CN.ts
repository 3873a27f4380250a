/**
 * Simplified Chinese text of the dashboard's as-of date slider. Merged into `zh-CN.ts`; `asOf.en.ts` has the same keys.
 */
export const zhCNAsOf = {
  'asOf.label': '查看日期',
  'asOf.slider': '拖动查看历史日期',
  'asOf.dayBack': '前一天',
  'asOf.dayForward': '后一天',
  'asOf.pick': '选择具体日期',
  'asOf.backToToday': '回到今天',
  'asOf.todayLive': '{date}（今天，实时数据）',
  'asOf.banner': '正在查看 {date}，不是今天',
  'asOf.loading': '正在读取历史范围…',
  'asOf.rangeFrom': '最早 {date}',
  'asOf.stage.announced': '已公告征收',
  'asOf.stage.moving_out': '搬迁中',
  'asOf.stage.cleared': '已拆除清场',
  'asOf.stage.rebuilt': '已回迁',
  'asOf.stage.resettled': '已安置',
  'asOf.legend.zones': '征收拆迁片区（按当日阶段）',
  'asOf.legend.demolished': '已拆除楼栋（原址）',
  'asOf.panelAsOf': '{date} 的数据',
} as const;

/** 目标看板 and 月报. */
export const targetsMessages = {
  targets: {
    year: '年度',
    up: '返回上级',
    target: '目标 {target}',
    noTarget: '目标未设置',
    current: '当前在册数（不按月份统计）',
    basis: '各项数字均由带日期的业务记录实时统计；点击数字查看对应清单（清单合计与此一致）。',
    failed: '看板加载失败，请稍后重试',
    progressChart: '目标完成进度',
    figureChart: '逐月与分地区',
    byRegion: '分地区',
    region: '地区',
  },
};

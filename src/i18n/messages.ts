import type { Lang, Topic } from '../data/schema';

/** UI text in both languages. Data text (titles, names, units) comes from the datasets. */
const zh = {
  appTitle: '内蒙古数据浏览器',
  appSubtitle: '来自《内蒙古日报》报道的官方数据，每个数字都附原文出处',
  loading: '正在加载数据…',
  retry: '重试',
  loadFailed: '数据文件无法加载',
  chartFailed: '图表无法显示',
  derived: '推算值',
  year: '年份',
  region: '地区',
  source: '来源',
  value: '数值',
  note: '说明',
  change: '变化',
  atLeast: '以上',
  moreThan: '多',
  noData: '当前选择没有数据',
  topic: {
    health: '卫生健康',
    'public-security': '公共安全',
    'poverty-livelihood': '脱贫与民生',
    'public-services': '公共服务',
  } satisfies Record<Topic, string>,
};

const en: typeof zh = {
  appTitle: 'Inner Mongolia Data Explorer',
  appSubtitle:
    'Official figures reported by Inner Mongolia Daily, each traced to the sentence that states it',
  loading: 'Loading data…',
  retry: 'Retry',
  loadFailed: 'A data file could not be loaded',
  chartFailed: 'The chart could not be drawn',
  derived: 'derived',
  year: 'Year',
  region: 'Region',
  source: 'Source',
  value: 'Value',
  note: 'Note',
  change: 'Change',
  atLeast: 'at least',
  moreThan: 'more than',
  noData: 'No data for this selection',
  topic: {
    health: 'Health',
    'public-security': 'Public security',
    'poverty-livelihood': 'Poverty and livelihood',
    'public-services': 'Public services',
  },
};

export type Messages = typeof zh;

export const messages: Record<Lang, Messages> = { zh, en };

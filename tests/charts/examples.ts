/**
 * Chart inputs taken from the sources (values and labels copied from the cleaned chapters), as
 * the extract stage shapes them: a figure spec and its table.
 */
import type { Figure } from '../../src/schemas/figure.ts';
import type { DataTable } from '../../src/schemas/table.ts';

const col = (key: string, label: string, type: 'string' | 'number' | 'date', unit: string | null = null) => ({ key, label, type, unit, hidden: false });

function spec(id: string, n: number, type: Figure['type'], caption: string, extra: Partial<Figure> = {}): Figure {
  const source = id.replace(/-fig-\d+$/, '');
  return {
    id, source, chapter: 'ch-1', n, type, caption, table: `${id}-data`, x: 'period', y: 'value', unit: null,
    completeness: 'complete', method: 'text', note: null, quote: null, anchor: null, ...extra,
  };
}

function table(id: string, caption: string, columns: DataTable['columns'], rows: DataTable['rows'], origin: DataTable['origin'] = 'figure'): DataTable {
  return { id: `${id}-data`, source: id.replace(/-fig-\d+$/, ''), chapter: 'ch-1', caption, columns, rows, origin, note: null };
}

/** 直播电商高质量发展报告2024 图2, decoded from 人数(万人)6168570337750658156683303. */
export const liveUsers = {
  figure: spec('live-commerce-2024-fig-2', 2, 'bar', '2020—2024年网络直播用户规模', { unit: '万人', method: 'digit-run', quote: '6168570337750658156683303' }),
  table: table('live-commerce-2024-fig-2', '2020—2024年网络直播用户规模', [col('period', '时间', 'date'), col('value', '网络直播用户规模', 'number', '万人')], [
    { period: '2020-12', value: 61685 }, { period: '2021-12', value: 70337 }, { period: '2022-12', value: 75065 },
    { period: '2023-12', value: 81566 }, { period: '2024-12', value: 83303 },
  ]),
};

/** 图3, decoded from 1234563.093.844.695.265.97 (123456 is tick noise). */
export const liveCommerceUsers = {
  figure: spec('live-commerce-2024-fig-3', 3, 'line', '2020—2024年直播电商用户规模', { unit: '亿人', method: 'digit-run', quote: '3.093.844.695.265.97' }),
  table: table('live-commerce-2024-fig-3', '2020—2024年直播电商用户规模', [col('period', '时间', 'date'), col('value', '直播电商用户规模', 'number', '亿人')], [
    { period: '2020-12', value: 3.09 }, { period: '2021-12', value: 3.84 }, { period: '2022-12', value: 4.69 },
    { period: '2023-12', value: 5.26 }, { period: '2024-12', value: 5.97 },
  ]),
};

/** 图2 with one value the scrape lost: the chart must leave a gap, not a zero. */
export const liveUsersGap = {
  figure: { ...liveUsers.figure, id: 'live-commerce-2024-fig-9', n: 9, completeness: 'partial' as const },
  table: { ...liveUsers.table, rows: liveUsers.table.rows.map((r) => (r.period === '2022-12' ? { ...r, value: null } : r)) },
};

/** 图1 直播电商发展历程, from the sentences of 一（一）. */
export const liveHistory = {
  figure: spec('live-commerce-2024-fig-1', 1, 'timeline', '直播电商发展历程', { x: 'year', y: 'event' }),
  table: table('live-commerce-2024-fig-1', '直播电商发展历程', [col('year', '年份', 'string'), col('event', '事件', 'string')], [
    { year: '2016年', event: '蘑菇街试水直播导购开启“直播+电商”新模式' },
    { year: '2016年', event: '淘宝直播上线' },
    { year: '2018年', event: '快手推出了直播电商解决方案，成为第一家开创直播电商模式的短视频直播平台' },
    { year: '2018年', event: '抖音推出视频挂购物车功能，与电商平台形成“前端导流+后端转化”闭环' },
    { year: '2019年', event: '腾讯、拼多多等多平台入局直播电商' },
    { year: '2020年', event: '大量主播和达人开启直播电商，互联网营销师成为国家新职业' },
    { year: '2021年', event: '直播+千行百业，全面直播时代开启' },
    { year: '2023年', event: '直播电商交易规模占比快速提升，快手直播电商GMV突破万亿' },
    { year: '2024年', event: '直播电商与货架电商深度融合，进入“直播+货架”双轮驱动阶段' },
    { year: '2024年至今', event: '多地密集出台政策助力直播经济，直播电商进入高质量发展阶段' },
  ], 'text'),
};

/** 数字消费发展报告（2025）图1: 实物商品…占数字消费总额的66.3%，数字服务…29.2%，数字内容…4.5%. */
export const consumptionShare = {
  figure: spec('digital-consumption-2025-fig-1', 1, 'share', '数字消费额占比情况', { x: 'category', y: 'share', unit: '%', quote: '实物商品数字消费额达6.21万亿元，占数字消费总额的66.3%' }),
  table: table('digital-consumption-2025-fig-1', '数字消费额占比情况', [col('category', '类别', 'string'), col('share', '占数字消费总额比例', 'number', '%')], [
    { category: '实物商品', share: 66.3 }, { category: '数字服务', share: 29.2 }, { category: '数字内容', share: 4.5 },
  ], 'text'),
};

/** 图5 智能产品品类消费情况: only the top categories are in the text (partial). */
export const smartProducts = {
  figure: spec('digital-consumption-2025-fig-5', 5, 'share', '智能产品品类消费情况', {
    x: 'category', y: 'share', unit: '%', completeness: 'partial', note: '原图其余类别数据未在正文给出',
    quote: '购买智能可穿戴设备、智能手机数码、智能家居家电的占比最高，分别达22.6%、22.4%和11.9%',
  }),
  table: table('digital-consumption-2025-fig-5', '智能产品品类消费情况', [col('category', '品类', 'string'), col('share', '占网购用户比例', 'number', '%')], [
    { category: '智能可穿戴设备', share: 22.6 }, { category: '智能手机数码', share: 22.4 }, { category: '智能家居家电', share: 11.9 },
  ], 'text'),
};

/** A partial bar figure: two categories of the original, as 图3 of the same report gives them. */
export const zGenSmart = {
  figure: spec('digital-consumption-2025-fig-3', 3, 'bar', '“Z世代”网购用户网上购买智能产品情况', {
    x: 'category', y: 'share', unit: '%', completeness: 'partial', note: '原图其余类别数据未在正文给出',
  }),
  table: table('digital-consumption-2025-fig-3', '“Z世代”网购用户网上购买智能产品情况', [col('category', '品类', 'string'), col('share', '购买比例', 'number', '%')], [
    { category: '智能可穿戴设备', share: 37.0 }, { category: '3C数码产品', share: 36.8 },
  ], 'text'),
};

export const diagram = {
  figure: spec('live-commerce-2024-fig-4', 4, 'diagram', '直播电商信任生态体系', { table: null, x: null, y: null, completeness: 'none', method: 'none' }),
  table: null,
};

/**
 * How 004's figures read from the text before them. The numbers come from the text; this
 * table only says which words lead up to each one. The report's images are lost, so the
 * categories are exactly those the text names: 图1 and 图6 give every category the caption
 * covers, 图2–5 only some (the format module marks those blocks 原图其余类别数据未在正文给出).
 */
import type { Column } from '../../../src/schemas/table.ts';
import type { RowSpec, TextFigureSpec } from './text-rebuild.ts';

const str = (key: string, label: string): Column => ({ key, label, type: 'string', unit: null, hidden: false });
const pct = (key: string, label: string): Column => ({ key, label, type: 'number', unit: '%', hidden: false });
const row = (category: string, cue: string, at?: string, key = 'share'): RowSpec => ({ cells: { category }, values: { [key]: at === undefined ? { cue } : { at, cue } } });

export const DIGITAL_CONSUMPTION_FIGURES: Readonly<Record<number, TextFigureSpec>> = {
  1: {
    type: 'share',
    completeness: 'complete',
    columns: [str('category', '类别'), str('amount', '消费额'), pct('share', '占数字消费总额比例')],
    x: 'category',
    y: 'share',
    rows: [
      { cells: { category: '实物商品数字消费' }, values: { amount: { cue: '实物商品数字消费额达' }, share: { cue: '占数字消费总额的' } } },
      { cells: { category: '数字服务消费' }, values: { amount: { cue: '数字服务消费额达' }, share: { cue: '占数字消费总额的' } } },
      { cells: { category: '数字内容消费' }, values: { amount: { cue: '数字内容消费额达' }, share: { cue: '占数字消费额的' } } },
    ],
  },
  2: {
    type: 'share',
    completeness: 'partial',
    columns: [str('dimension', '维度'), str('category', '类别'), pct('share', '占比')],
    x: 'category',
    y: 'share',
    rows: [
      ['年龄', '19岁及以下', '19岁及以下占'],
      ['年龄', '20-29岁', '20-29岁占'],
      ['年龄', '30-39岁', '30-39岁的用户群体占比达'],
      ['年龄', '60岁及以上', '60岁及以上群体占比相对较低，仅'],
      ['性别', '男性', '占比', '男性数字消费用户规模'],
      ['性别', '女性', '女性占比'],
      ['城乡', '城镇', '占比', '城镇数字消费用户规模'],
      ['城乡', '农村', '农村用户规模占比为'],
    ].map(([dimension, category, cue, at]) => ({ cells: { dimension: dimension!, category: category! }, values: { share: at === undefined ? { cue: cue! } : { at, cue: cue! } } })),
  },
  3: {
    type: 'bar',
    completeness: 'partial',
    columns: [str('category', '类别'), pct('share', '“Z世代”网购用户购买比例')],
    x: 'category',
    y: 'share',
    rows: [
      row('购买过智能产品', '比例接近6成（', '在网上购买过智能产品'),
      row('智能可穿戴设备', '比例最高，达', '智能可穿戴设备'),
      row('智能手机、平板等3C数码产品', '购买比例达', '3C数码产品'),
      row('智能家居家电', '占比达', '智能家居家电'),
    ],
  },
  4: {
    type: 'bar',
    completeness: 'partial',
    columns: [str('category', '类别'), pct('share', '“Z世代”网购用户比例')],
    x: 'category',
    y: 'share',
    rows: [
      row('为满足情绪价值而在网上消费', '网购用户（', '约一半的“Z世代”'),
      row('网红餐厅及购买美食', '比例为', '通过网红餐厅及购买美食'),
      row('购买盲盒、IP周边及二次元等产品', '比例为', '购买盲盒、IP周边及二次元等产品'),
      row('追剧及直播打赏', '比例为', '追剧及直播打赏'),
    ],
  },
  5: {
    type: 'bar',
    completeness: 'partial',
    columns: [str('category', '类别'), pct('share', '占网购用户比例')],
    x: 'category',
    y: 'share',
    rows: [
      row('购买过智能产品', '占网购用户的', '在线上购买过智能产品'),
      row('智能可穿戴设备', '分别达', '购买智能可穿戴设备、智能手机数码、智能家居家电'),
      row('智能手机数码', '、'),
      row('智能家居家电', '和'),
    ],
  },
  6: {
    type: 'bar',
    completeness: 'complete',
    columns: [str('category', '类别'), pct('rate', '使用率')],
    x: 'category',
    y: 'rate',
    rows: [
      row('短视频', '使用率达', '短视频用户规模', 'rate'),
      row('微短剧', '使用率达', '微短剧用户规模', 'rate'),
      row('网络音乐', '使用率达', '网络音乐用户规模', 'rate'),
      row('网络游戏', '分别达', '网络游戏、网络文学、网络音频在网民中的使用率', 'rate'),
      row('网络文学', '、', undefined, 'rate'),
      row('网络音频', '和', undefined, 'rate'),
    ],
  },
};

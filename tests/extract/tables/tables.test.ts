import { describe, expect, it } from 'vitest';
import { isoDate, tablesOf } from '../../../scripts/extract/tables.ts';
import { tableSchema } from '../../../src/schemas/table.ts';
import { SOURCE_IDS, load } from './load.ts';

const policy = () => {
  const { source, doc } = load('live-commerce-2024');
  return tablesOf(source, doc);
};
const table1 = () => {
  const { source, doc } = load('digital-consumption-2025');
  return tablesOf(source, doc);
};

describe('isoDate', () => {
  it('parses day and month precision', () => {
    expect(isoDate('2020年11月5日')).toBe('2020-11-05');
    expect(isoDate('2025年2月')).toBe('2025-02');
    expect(isoDate('2016年4月13日')).toBe('2016-04-13');
  });
  it('rejects what is not a date', () => {
    expect(isoDate('2025年13月')).toBeNull();
    expect(isoDate('2025年')).toBeNull();
    expect(isoDate('同年')).toBeNull();
    expect(isoDate('2020年11月5日起')).toBeNull();
  });
});

describe('tablesOf — 002 policy index', () => {
  it('is one table of exactly 15 rows with the hidden ISO date after 发布时间', () => {
    const ts = policy();
    expect(ts).toHaveLength(1);
    const t = ts[0]!;
    expect(t.id).toBe('live-commerce-2024-policy-index');
    expect(t.chapter).toBe('ch-5');
    expect(t.caption).toBe('政策文件与行业标准索引');
    expect(t.origin).toBe('table');
    expect(t.columns).toEqual([
      { key: 'date', label: '发布时间', type: 'string', unit: null, hidden: false },
      { key: 'date_iso', label: '发布时间（ISO）', type: 'date', unit: null, hidden: true },
      { key: 'name', label: '文件名称', type: 'string', unit: null, hidden: false },
      { key: 'content', label: '主要内容', type: 'string', unit: null, hidden: false },
    ]);
    expect(t.rows).toHaveLength(15);
  });

  it('keeps full rows as written (row 1, the 2020年11月5日 split, the last row)', () => {
    const rows = policy()[0]!.rows;
    expect(rows[0]).toEqual({
      date: '2016年4月13日',
      date_iso: '2016-04-13',
      name: '北京网络直播行业自律公约，北京网络文化协会联合20家直播企业共同发起',
      content: '网络直播房间必须标识水印；内容存储时间不少于15天备查；所有主播必须实名认证等。',
    });
    expect(rows[3]).toEqual({
      date: '2020年11月5日',
      date_iso: '2020-11-05',
      name: '关于加强网络直播营销活动监管的指导意见，由市场监管总局发布',
      content: '以相关法律法规为依据，围绕压实有关主体法律责任、严格规范网络直播活动、依法查处网络直播营销违法行为，对网络直播营销行为进行了有效规范。',
    });
    expect(rows[14]!.date_iso).toBe('2024-12-20');
    expect(rows[14]!.name).toBe('互联网平台企业涉税信息报送规定（征求意见稿），由国家税务总局与市场监管总局发布');
  });

  it('keeps source order, which is not chronological (2023年9月14日 before 2023年2月7日)', () => {
    const iso = policy()[0]!.rows.map((r) => r.date_iso);
    expect(iso).toEqual([
      '2016-04-13', '2016-11-04', '2020-07-01', '2020-11-05', '2020-11-12', '2020-11-13', '2021-04-23', '2021-08-18',
      '2022-03-25', '2022-06-22', '2022-12-14', '2023-09-14', '2023-02-07', '2024-02-23', '2024-12-20',
    ]);
  });
});

describe('tablesOf — 004 表1', () => {
  it('is one table of 9 rows, months from isoDates, spaces inside 《》 kept', () => {
    const ts = table1();
    expect(ts).toHaveLength(1);
    const t = ts[0]!;
    expect(t.id).toBe('digital-consumption-2025-table-1');
    expect(t.chapter).toBe('ch-1');
    expect(t.caption).toBe('2025年消费领域政策梳理汇总');
    expect(t.columns.map((c) => [c.key, c.label, c.type, c.hidden])).toEqual([
      ['date', '发文时间', 'string', false],
      ['date_iso', '发文时间（ISO）', 'date', true],
      ['name', '文件名称', 'string', false],
      ['issuer', '发文机构', 'string', false],
    ]);
    expect(t.rows).toHaveLength(9);
    expect(t.rows.map((r) => r.date_iso)).toEqual(['2025-11', '2025-09', '2025-06', '2025-05', '2025-04', '2025-03', '2025-02', '2025-02', '2025-01']);
    expect(t.rows[7]).toEqual({
      date: '2025年2月',
      date_iso: '2025-02',
      name: '《关于增开银发旅游列车 促进服务消费发展的行动计划》',
      issuer: '商务部等9单位印发',
    });
    expect(t.rows[0]).toEqual({
      date: '2025年11月',
      date_iso: '2025-11',
      name: '《关于增强消费品供需适配性进一步促进消费的实施方案》',
      issuer: '工业和信息化部等6部门联合印发',
    });
  });
});

describe('tablesOf — every source', () => {
  it('validates with the zod schema, finds no tables outside 002 and 004, and is deterministic', () => {
    const counts: Record<string, number> = {};
    for (const id of SOURCE_IDS) {
      const { source, doc } = load(id);
      const ts = tablesOf(source, doc);
      for (const t of ts) expect(tableSchema.parse(t)).toEqual(t);
      expect(JSON.stringify(tablesOf(source, doc))).toBe(JSON.stringify(ts));
      counts[id] = ts.length;
    }
    expect(counts).toEqual({
      'xiaohongshu-digests-2026': 0,
      'life-economy-2026': 0,
      'live-commerce-2024': 1,
      'live-marketing-sample-2026': 0,
      'digital-consumption-2025': 1,
    });
  });
});

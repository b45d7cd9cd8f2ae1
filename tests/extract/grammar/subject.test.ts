import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../scripts/extract/quantities.ts';
import { subjectOf } from '../../../scripts/extract/subject.ts';

const subjects = (s: string): string[] => findQuantities(s).map((q) => `${q.text}=${subjectOf(s, q)}`);

describe('subjectOf', () => {
  it('strips time phrases, 我国/中国/全国 and verbs', () => {
    expect(subjects('截至2024年12月，我国网络直播用户规模达8.33亿人（见图2），较2023年12月增长1737万人，占网民整体的75.2%。')).toEqual([
      '8.33亿人=网络直播用户规模',
      '1737万人=网络直播用户规模',
      '75.2%=网络直播用户规模占网民整体比例',
    ]);
    expect(subjects('据艾瑞咨询测算，2024年中国直播电商市场规模约为5.8万亿元，2024-2026年中国直播电商市场规模的年复合增长率（CAGR）为18.0%。')).toEqual([
      '5.8万亿元=直播电商市场规模',
      '18.0%=直播电商市场规模的年复合增长率（CAGR）',
    ]);
    expect(subjects('国家统计局数据显示，2024年全国网上零售额155225亿元，比上年增长7.2%。')).toEqual(['155225亿元=网上零售额', '7.2%=网上零售额']);
  });
  it('borrows the topic for clauses without their own noun', () => {
    expect(subjects('其中，实物商品网上零售额130816亿元，增长6.5%，占社会消费品零售总额的比重为26.8%。')).toEqual([
      '130816亿元=实物商品网上零售额',
      '6.5%=实物商品网上零售额',
      '26.8%=实物商品网上零售额占社会消费品零售总额的比重',
    ]);
    expect(subjects('2024年，快手电商GMV同比增长17.3%，达到13896亿元，月均买家数突破至1.43亿。')).toEqual(['17.3%=快手电商GMV', '13896亿元=快手电商GMV', '1.43亿=月均买家数']);
    expect(subjects('公司估值从去年年初的300亿美元（约2200亿元人民币）升至500亿美元，一年内涨幅接近60%')).toEqual([
      '300亿美元=公司估值',
      '2200亿元人民币=公司估值',
      '500亿美元=公司估值',
      '60%=一年内涨幅',
    ]);
  });
  it('keeps quotes and shares enumerations', () => {
    expect(subjects('“无奈”情绪笔记总量达4,046,000条，阅读总量达12.59亿次')).toEqual(['4,046,000条=“无奈”情绪笔记总量', '12.59亿次=阅读总量']);
    expect(subjects('城乡差距较2024年底分别缩小3.3、2.4和1.9个百分点。')).toEqual(['3.3=城乡差距', '2.4=城乡差距', '1.9个百分点=城乡差距']);
    expect(subjects('小米手环产品出货量全球第一，达到了870万台')).toEqual(['第一=小米手环产品出货量', '870万台=小米手环产品出货量']);
  });
  it('is never empty: a sentence-initial number takes the noun after it', () => {
    expect(subjects('83.9%的用户表示愿意尝试')).toEqual(['83.9%=用户表示愿意尝试']);
    // The age names its group; the share after a bare 仅 takes the clause before, threshold included.
    expect(subjects('60岁及以上群体占比相对较低，仅12.3%。')).toEqual(['60岁=群体', '12.3%=60岁及以上群体占比']);
  });
});

describe('subjects after connectors', () => {
  it('takes the noun after the number when the clause before it names the previous item', () => {
    const s = '小红书每天产生超过900万篇笔记与7000多万条评论，每月有2亿用户在小红书寻找生活方式。';
    const q = findQuantities(s).find((x) => x.text.startsWith('7000'))!;
    expect(subjectOf(s, q)).toBe('评论');
  });
  it('borrows the subject across 乃至', () => {
    const s = '不少服装档口商家转型快手达人，营业额增长10倍乃至20倍。';
    const qs = findQuantities(s);
    expect(qs.map((q) => subjectOf(s, q))).toEqual(['营业额', '营业额']);
  });
});

/** Real sentences of the corpus, one rule each (scripts/extract/subject.ts). */
describe('subjects name the measure, not the agent or the verb around it', () => {
  it('cuts a causative and the agent before it (使, 将 after 通过, 可将)', () => {
    expect(subjects('主播团队以双语教师为核心，将商品讲解与历史文化、地理知识、生活哲学深度融合，如讲解东北大米时引入黑土地形成过程、农耕文明演变，使农产品单价从5元/斤提升至25元/斤，溢价率达400%。')).toEqual([
      '5元/斤=农产品单价',
      '25元/斤=农产品单价',
      '400%=溢价率',
    ]);
    expect(subjects('链技术为流量真实性提供解决方案，某平台通过“流量溯源系统”将虚假流量识别率提升至92%，商家投放成本降低35%；')).toEqual(['92%=虚假流量识别率', '35%=商家投放成本']);
  });
  it('cuts a comparison base (较…, 提升至行业平均的) and a dangling 从', () => {
    expect(subjects('与此同时，疫情催化下“宅经济”的常态化进一步巩固了直播电商的消费习惯，据第三方监测数据显示，2023年用户日均观看直播时长较2019年增长127%，其中“边看边买”的即时转化率较传统电商高出3.2倍，这种“所见即所得”的沉浸式体验正在重构零售行业的底层逻辑。')).toEqual([
      '127%=用户日均观看直播时长',
      '3.2倍=“边看边买”的即时转化率',
    ]);
    expect(subjects('决策路径的碎片化趋势同样显著，消费者平均会在3.2个平台间比价，在2.7个直播间切换，这种“货比三家”的行为模式倒逼商家强化内容差异化与场景独特性，例如小米直播间的“技术拆解”模式通过展示芯片参数与散热设计，使数码产品转化率提升至行业平均的2.3倍。').at(-1)).toBe('2.3倍=数码产品转化率');
    expect(subjects('监管创新将推动行业从“被动合规”转向“主动治理”，2026年预计合规成本占比从当前的18%降至8%，实现“监管红利”与“创新活力”的平衡。')).toEqual(['18%=合规成本占比', '8%=合规成本占比']);
  });
  it('drops trailing verbs and adverbs (压缩, 连续, 保持, 暴涨, 激增) but keeps 占比 and 平均 whole', () => {
    expect(subjects('跨境支付与合规体系同步完善，本地化支付接口覆盖Visa、PayPal等主流方式，直播平台联合第三方机构建立商品认证与纠纷处理机制，2023年跨境直播纠纷解决时效从72小时压缩至8小时。')).toEqual([
      '72小时=跨境直播纠纷解决时效',
      '8小时=跨境直播纠纷解决时效',
    ]);
    expect(subjects('制造业增加值占全球比重已接近30%，总体规模连续15年保持全球第一；')).toEqual(['30%=制造业增加值占全球比重', '15年=总体规模', '第一=总体规模']);
    expect(subjects('淘宝《2025闲鱼谷子趋势报告》显示，2025年一季度国风谷子销量暴涨167%，其中哪吒IP谷子销量同比激增2346.2%。')).toEqual(['167%=国风谷子销量', '2346.2%=哪吒IP谷子销量']);
    expect(subjects('品牌方构建“直播中台”能力，某快消品牌建立专业直播团队，实现产品研发、内容生产、用户运营全链路数字化，自播GMV占比达45%。')).toEqual(['45%=自播GMV占比']);
    expect(subjects('“十四五”期间，我国智能制造成效明显，已建成了3万余家基础级智能工厂、1200余家先进级智能工厂、230余家卓越智能工厂，覆盖超过80%的制造业行业大类，工厂产品研发周期平均缩短28.4%，生产效率平均提升22.3%。')).toEqual([
      '3万余家=基础级智能工厂',
      '1200余家=先进级智能工厂',
      '230余家=卓越智能工厂',
      '80%=制造业行业大类',
      '28.4%=工厂产品研发周期',
      '22.3%=生产效率',
    ]);
  });
  it('keeps 在线 and 自播 whole (在/自 are not leading prepositions there)', () => {
    expect(subjects('截至2025年6月，我国在线餐饮外卖应用用户规模达5.69亿人，占网民总体的50.7%，相关消费规模达1.09万亿元。')).toEqual([
      '5.69亿人=在线餐饮外卖应用用户规模',
      '50.7%=在线餐饮外卖应用用户规模占网民总体比例',
      '1.09万亿元=相关消费规模',
    ]);
  });
  it('keeps the modifier of a long measure and drops example asides in brackets', () => {
    expect(subjects('截至2025年6月，智能眼镜、手表、手环等智能可穿戴设备的消费用户规模为2.20亿人，占网购用户的比重为22.6%。')[0]).toBe('2.20亿人=智能眼镜、手表、手环等智能可穿戴设备的消费用户规模');
    expect(subjects('淘天平台数据显示，2025年上半年全国各类AI智能终端（含手机/平板/电脑/眼镜等）销售额总计142.2亿，同比增长131%。')).toEqual(['142.2亿=各类AI智能终端销售额', '131%=各类AI智能终端销售额']);
    expect(subjects('清华大学能源环境经济研究所等发布的《2021中国闲置二手交易碳减排报告》显示，闲置物品交易范围覆盖了几乎所有消费品品类，中国二手闲置物品交易规模在2020年时已突破万亿元，预计2025年将超3万亿元。')).toEqual([
      '万亿元=二手闲置物品交易规模',
      '3万亿元=二手闲置物品交易规模',
    ]);
  });
});

describe('subjects found around the number', () => {
  it('names the noun in the unit or after a classifier', () => {
    expect(subjects('小红书CMO透露，平台每天产生超过900万篇笔记与7000多万条评论，每月有2亿用户在小红书寻求购买建议')).toEqual([
      '900万篇=平台每天产生的笔记',
      '7000多万条=评论',
      '2亿用户=每月在小红书寻求购买建议的用户',
    ]);
    expect(subjects('目前，全市已有51家工业企业打造了70余个车间直播间，培育工匠主播200余名，获取线上订单超30亿元。').slice(0, 2)).toEqual(['51家=全市工业企业', '70余个=工业企业打造的车间直播间']);
    expect(subjects('在商家端，阿里国际站推出的全流程AI已有6万中小企业使用，AI发布的商品规模已达700万，AI优化后的商品在海外市场的支付转化率提升了52%。')[0]).toBe('6万=阿里国际站推出的全流程AI中小企业使用');
    expect(subjects('我们通过对10万份消费者调研数据的分析发现，不同年龄层的购物决策逻辑呈现显著差异：Z世代更注重“社交属性”与“情感价值”，68%的受访者表示会因主播人设或社群认同而购买非必需品；')).toEqual([
      '10万份=消费者调研数据',
      '68%=受访者表示会因主播人设或社群认同而购买非必需品',
    ]);
  });
  it('keeps a threshold with what it bounds, and names an age by its group', () => {
    expect(subjects('截至2025年6月，我国60岁及以上网民规模为1.61亿人，互联网普及率为52.0%；')).toEqual(['60岁=网民', '1.61亿人=60岁及以上网民规模', '52.0%=互联网普及率']);
    expect(subjects('数据显示，近一半（48.5%）的“Z世代”视听用户对在线音乐/电台、视频、微短剧及直播等在线音视频进行过消费，比例高于整体视听用户13.8个百分点，其中消费金额在800元以内的比例为46.5%，高于整体视听用户13.6个百分点。')).toEqual([
      '48.5%=“Z世代”视听用户',
      '13.8个百分点=“Z世代”视听用户比例',
      '800元=消费金额',
      '46.5%=消费金额在800元以内的比例',
      '13.6个百分点=消费金额在800元以内的比例',
    ]);
  });
  it('reads a value in brackets as annotating the noun before it', () => {
    expect(subjects('农村网民参与“以旧换新”“国家补贴”等促销活动的平台为京东、淘宝等线上电商平台比例最高，为66.3%，高于线下门店（55.3%）11个百分点。')).toEqual([
      '66.3%=线上电商平台比例',
      '55.3%=线下门店',
      '11个百分点=线下门店',
    ]);
  });
  it('takes the topic of the clause before when the clause has only 为/占比/以/占据/稳定', () => {
    expect(subjects('在性别结构上，男性数字消费用户规模略高于女性，占比50.9%，女性占比49.1%。')).toEqual(['50.9%=男性数字消费用户规模占比', '49.1%=女性占比']);
    expect(subjects('从平台维度看，抖音、淘宝、快手三大巨头占据绝对主导地位，2023年三者合计市场份额达87%，其中抖音凭借强大的内容生态与算法推荐优势，以38%的市场份额位居首位；')).toEqual([
      '87%=三者合计市场份额',
      '38%=抖音市场份额',
    ]);
    expect(subjects('淘宝依托其成熟的电商基础设施与品牌资源，占据32%的市场份额；')).toEqual(['32%=淘宝市场份额']);
    expect(subjects('快手则通过“老铁经济”与高用户粘性稳占17%的市场。')).toEqual(['17%=快手市场']);
    expect(subjects('2024年快手平台对新商家的冷启流量覆盖率，已经稳定超过95%。')).toEqual(['95%=快手平台对新商家的冷启流量覆盖率']);
    expect(subjects('其次用于生成或处理文本，比例为46.1%；')).toEqual(['46.1%=用于生成或处理文本比例']);
    expect(subjects('《中国电子商务绿色发展报告》显示，“90后”和“00后”对“绿色消费”的理解程度明显高于其他年龄段，分别达70%和79%。')).toEqual([
      '70%=“90后”和“00后”对“绿色消费”的理解程度',
      '79%=“90后”和“00后”对“绿色消费”的理解程度',
    ]);
  });
  it('replaces the whole of a share when a second 占 follows', () => {
    expect(subjects('截至2025年6月，我国网民规模达11.23亿人，数字消费用户规模突破9.58亿人，占网民总体的85.3%，占总人口的68.1%。').slice(2)).toEqual([
      '85.3%=数字消费用户规模占网民总体比例',
      '68.1%=数字消费用户规模占总人口比例',
    ]);
  });
});

/** Which external links print their address after them (scripts/lib/remark-print-url.ts). */
import { describe, expect, it } from 'vitest';
import { needsPrintUrl } from '../../scripts/lib/remark-print-url.ts';

describe('needsPrintUrl', () => {
  it.each([
    ['https://www.gov.cn/a/1.htm', 'https://www.gov.cn/a/1.htm', false],
    ['https://www.sohu.com/a/885664886_121956424', 'www.sohu.com/a/885664886_121956424', false],
    ['https://example.org/', 'example.org', false],
    ['https://www.cnnic.net.cn/n4/2025/0721/c88-11328.html', '第56次《中国互联网络发展状况统计报告》', true],
    ['http://example.org/x', '原文', true],
    ['../data/#f-1', '数据', false],
    ['#fn-3', '3', false],
  ])('%s with text %s → %s', (href, text, want) => {
    expect(needsPrintUrl(href, text)).toBe(want);
  });
});

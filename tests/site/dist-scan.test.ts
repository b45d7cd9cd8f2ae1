/**
 * A scan of every built page: no code from sources, nothing loaded from other hosts, and none
 * of the scrape's debris (pinyin, site chrome, leftover garble) in what a reader sees.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, pageText, read, routeOf } from './dist.ts';
import { THEME_SCRIPT } from '../../src/lib/theme.ts';

const pages = htmlFiles().map((f) => ({ route: routeOf(f), html: read(f) }));
const chapterPages = pages.filter((p) => /^\/[a-z0-9-]+\/(?!ingest\/)[a-z0-9-]+\/$/.test(p.route) && !p.route.startsWith('/notes/'));

const PINYIN = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}\)/;
const CHROME = /三个皮匠报告|由会员分享|人人文[庫库]|溫馨提示|温馨提示|提交[評评]論|本站所有[資资]源|搜索文档|版權|文檔簡介/;

describe('built pages', () => {
  it('has a page for every chapter of every source', () => {
    expect(chapterPages.length).toBeGreaterThanOrEqual(5 + 1 + 7 + 12 + 7);
  });

  it.each(pages.map((p) => [p.route, p.html] as const))('%s is safe: no unexpected script, handler, javascript: URL or foreign resource', (_route, html) => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    // One classic script is allowed: the theme setter in <head>, byte for byte (it must run
    // before first paint, which a deferred module cannot). Every other script is a module.
    const themeInit = `<script data-theme-init>${THEME_SCRIPT}</script>`;
    expect(html.split(themeInit).length - 1, 'theme setter').toBeLessThanOrEqual(1);
    const scripts = [...html.replace(themeInit, '').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    for (const s of scripts) expect(s).toMatch(/type="module"/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const resources = [...html.matchAll(/<(?:script|img|link|iframe|source|video|audio)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    for (const r of resources) expect(r, `resource ${r}`).not.toMatch(/^(https?:)?\/\//);
  });

  it.each(chapterPages.map((p) => [p.route, p.html] as const))('%s reads cleanly: no pinyin, chrome, garble or markup debris', (_route, html) => {
    const text = pageText(html);
    expect(text).not.toMatch(PINYIN);
    expect(text).not.toMatch(CHROME);
    expect(text).not.toMatch(/[\p{Script=Han}]\?+[\p{Script=Han}]/u);
    expect(text).not.toMatch(/\[\d+\]|\[\^\d+\]|\*\*/);
    expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });
});

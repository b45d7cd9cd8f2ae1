/**
 * Site chrome of a scraped web page: lines that belong to the page, not the article. Each rule
 * matches a whole line by its form, never by a particular site's words (docs/formats/article.md,
 * "Chrome"). Examples from the corpus:
 *
 *   site navigation  `国际时讯 新加坡新闻 马来西亚新闻 菲律宾新闻 …`  (many short space-separated labels)
 *   breadcrumb       `地方网 > 新闻 > 国际新闻 > 美国新闻 > 正文`
 *   page navigation  `01版:要闻`  (an e-paper's page list)
 *   template path    `index_new5.html`, `../../../zaker_core/zaker_tpl_static/wap/tpl_font3.html`
 *   button label     `查看原文`, `阅读原文`, `分享到`
 *   image placeholder `【资料图】`, `image`
 *   share prompt     `请用微信 扫一扫 扫描上面的二维码,…`
 *
 * A menu printed one label per line before the article is found by takeMenu (article.ts).
 */
import { len } from './lines.ts';

export type ChromeKind = 'site navigation' | 'breadcrumb' | 'page navigation' | 'template path' | 'button label' | 'image placeholder' | 'share prompt';

const PAGE_NAV = /^\d{1,3}版\s*[:：]/;
const PATH = /^(?:\.{0,2}\/)*[\w.~-]+(?:\/[\w.~-]+)*\.(?:s?html?|php|aspx?|jsp|js|css)$/i;
const BUTTON = /^(?:查看原文|阅读原文|点击阅读原文|阅读全文|展开全文|分享到[:：]?|分享|收藏|打印|打印本页|关闭窗口|返回顶部|返回首页|返回列表|【打印】|【关闭】|举报\/反馈|下载APP|打开APP|扫码关注|点赞|在看)$/i;
const PLACEHOLDER = /^(?:【[^】]{0,6}图[^】]{0,6}】|\[(?:图片|图)\]|image|images?\d*|图片|img)$/i;
const BREADCRUMB_SEP = /\s[>»›]\s|>>/g;
const PROSE_PUNCT = /[，。！？；,!?;：:]/;

/** A prompt to scan, share or follow: `请用微信 扫一扫 扫描上面的二维码,…分享到朋友圈,谢谢!`. */
const SHARE = /扫一扫|(?:扫描|长按|识别).{0,12}二维码|分享到朋友圈|点击.{0,6}关注|关注.{0,8}公众号/;
/** A bar of links: three or more `|` between short labels (`| 广告联系 | 简体版 | 手机版 |`). */
const BAR_SEP = /\s[|｜]\s|^[|｜]\s|\s[|｜]$/g;

export function chromeKind(text: string): ChromeKind | null {
  if (PAGE_NAV.test(text) && len(text) <= 20) return 'page navigation';
  if (SHARE.test(text) && len(text) <= 80) return 'share prompt';
  if ((text.match(BAR_SEP)?.length ?? 0) >= 3 && text.split(/[|｜]/).every((t) => len(t.trim()) <= 12)) return 'site navigation';
  if (PATH.test(text)) return 'template path';
  if (BUTTON.test(text)) return 'button label';
  if (PLACEHOLDER.test(text)) return 'image placeholder';
  if (!PROSE_PUNCT.test(text)) {
    if ((text.match(BREADCRUMB_SEP)?.length ?? 0) >= 2) return 'breadcrumb';
    const tokens = text.split(/\s+/);
    if (tokens.length >= 6 && tokens.every((t) => len(t) <= 8)) return 'site navigation';
  }
  return null;
}

/**
 * A line that starts the page's footer: a block of links to other stories, or the editor's
 * credit. Everything from it to the end is the site's, not the article's.
 */
const FOOTER = /^(?:新闻推荐|相关新闻|相关阅读|相关推荐|相关文章|推荐阅读|延伸阅读|猜你喜欢|热门推荐|频道推荐|往期回顾|往期推荐|精彩推荐|更多精彩|热门文章|最新文章|热点推荐)\s*[:：]?$/;
const EDITOR = /^[(（【]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|值班编辑)\s*[:：|｜]\s*\S{1,12}\s*[)）】]?$/;

export function isFooterStart(text: string): boolean {
  return FOOTER.test(text) || EDITOR.test(text);
}

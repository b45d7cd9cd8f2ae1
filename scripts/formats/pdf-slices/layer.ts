/**
 * Text-layer artifacts of research PDFs besides the phase-shifted copies (dedupe.ts), each
 * described with raw examples in docs/formats/pdf-slices.md:
 * - doubled spans: bold or shadowed text is drawn twice and the layer prints each run twice in a
 *   row (`请务必阅读正文之后的请务必阅读正文之后的`, `20212021年年1212月月2727日日`). Only a
 *   document that shows it MIN_DOUBLED times is collapsed, so the rare real reduplication of
 *   another document is never touched;
 * - the broker footer `请务必阅读正文之后的(重要)声明(部分)` printed on every page;
 * - the site's watermark, a long run of random letters and digits.
 */
import type { Ledger } from '../../lib/ledger.ts';

/** A run printed twice in a row, optionally with one space between: 2–40 characters, ≥ 2 Han. */
const TANDEM = /([^\s](?:.{0,38}?)[^\s])( ?)\1/gu;
const HAN2 = /\p{Script=Han}.*\p{Script=Han}/u;
const MIN_DOUBLED = 3;

/**
 * Rewrite every match of `re` by `fn` (null: keep). What a rewrite drops is recorded as removed
 * when it only drops characters, else as a replacement.
 */
function rewrite(text: string, re: RegExp, fn: (m: RegExpExecArray) => string | null, ledger: Ledger, reason: string): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const to = fn(m);
    if (to === null || to === m[0]) continue;
    ledger.replace(reason, m[0], to);
    out += text.slice(last, m.index) + to;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

function tandems(text: string): RegExpExecArray[] {
  return [...text.matchAll(TANDEM)].filter((m) => HAN2.test(m[1]!)) as RegExpExecArray[];
}

/** How many doubled runs the text shows (the evidence for collapsing). */
export function countDoubled(text: string): number {
  return tandems(text).length;
}

export function collapseDoubled(text: string, ledger: Ledger): { text: string; collapsed: number } {
  if (countDoubled(text) < MIN_DOUBLED) return { text, collapsed: 0 };
  let collapsed = 0;
  let out = text;
  // Repeat: collapsing an outer run can expose an inner one (`( (首次首次) )`).
  for (let pass = 0; pass < 3; pass++) {
    const before = collapsed;
    out = rewrite(
      out,
      TANDEM,
      (m) => {
        if (!HAN2.test(m[1]!)) return null;
        collapsed++;
        return m[1]!;
      },
      ledger,
      'text-layer doubled run',
    );
    // A date whose every token is doubled: 20212021年年1212月月2727日日.
    out = rewrite(
      out,
      /(\d{4})\1年年(\d{1,2})\2月月(?:(\d{1,2})\3日日)?/gu,
      (m) => {
        collapsed++;
        return `${m[1]}年${m[2]}月${m[3] ? `${m[3]}日` : ''}`;
      },
      ledger,
      'text-layer doubled run',
    );
    // Brackets and section numbers doubled around a collapsed run: `( (首次) )`, `1 1 引子`.
    out = rewrite(
      out,
      /([(（]) \1|([)）]) \2|(?<![\d.])(\d{1,2}) \3(?= \p{Script=Han})/gu,
      (m) => {
        collapsed++;
        return m[1] ?? m[2] ?? m[3]!;
      },
      ledger,
      'text-layer doubled run',
    );
    if (collapsed === before) break;
  }
  return { text: out, collapsed };
}

/** The footer research reports print on every page (`请务必阅读正文之后的重要声明部分`). */
const FOOTER = /请务必阅读(?:正文|末页|全文)[^。，,；;\s]{0,8}?(?:重要声明|免责声明|免责条款|声明)(?:部分)?/gu;
/** A site watermark: 24+ letters and digits with both cases and no word in it. */
const WATERMARK = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{24,}(?![A-Za-z0-9])/gu;

export function stripBoilerplate(text: string, ledger: Ledger): { text: string; footers: number; watermarks: number } {
  let footers = 0;
  let watermarks = 0;
  let out = rewrite(
    text,
    FOOTER,
    () => {
      footers++;
      return ' ';
    },
    ledger,
    'research-report page footer',
  );
  out = rewrite(
    out,
    WATERMARK,
    (m) => {
      // Real words (camelCase identifiers, product names) have few case switches; a watermark many.
      const switches = [...m[0]].filter((c, i, a) => i > 0 && /[a-z]/.test(a[i - 1]!) !== /[a-z]/.test(c)).length;
      if (switches < 10) return null;
      watermarks++;
      return ' ';
    },
    ledger,
    'site watermark',
  );
  return { text: out, footers, watermarks };
}

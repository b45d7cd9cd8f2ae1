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
const MAX_RUN = 40;
const HAN2 = /\p{Script=Han}.*\p{Script=Han}/u;
/** Once a document shows doubling, a doubled Latin run (`roeroe`, `pb(lf)pb(lf)`) collapses too. */
const LATIN2 = /[A-Za-z].*[A-Za-z]/u;
const MIN_DOUBLED = 3;
/** How far into the text the evidence for doubling is counted (it is a property of the whole PDF). */
const EVIDENCE_CHARS = 50_000;

interface Tandem {
  index: number;
  /** The run printed twice. */
  run: string;
  /** The whole match: run, optional space, run. */
  length: number;
}

/**
 * Runs printed twice in a row, left to right, the shortest at each position, not overlapping.
 * A linear scan (at most MAX_RUN lengths per position, most rejected on the first character).
 */
function findTandems(text: string, accept: (run: string) => boolean): Tandem[] {
  const out: Tandem[] = [];
  const n = text.length;
  const code = new Uint16Array(n);
  for (let k = 0; k < n; k++) code[k] = text.charCodeAt(k);
  const blank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0x3000;
  const same = (a: number, b: number, len: number): boolean => {
    for (let k = 0; k < len; k++) if (code[a + k] !== code[b + k]) return false;
    return true;
  };
  for (let i = 0; i < n; ) {
    let hit: Tandem | null = null;
    if (!blank(code[i]!))
      for (let len = 2; len <= MAX_RUN && i + 2 * len <= n && !hit; len++) {
        // A run does not hold a line break, nor end in a space.
        const last = code[i + len - 1]!;
        if (last === 10) break;
        if (blank(last)) continue;
        for (let gap = code[i + len] === 32 ? 1 : 0; gap >= 0 && !hit; gap--) {
          const j = i + len + gap;
          if (j + len > n || code[j] !== code[i] || !same(i, j, len)) continue;
          const run = text.slice(i, i + len);
          if (!accept(run)) continue;
          hit = { index: i, run, length: 2 * len + gap };
        }
      }
    if (hit) {
      out.push(hit);
      i += hit.length;
    } else i++;
  }
  return out;
}

const hanRun = (run: string): boolean => HAN2.test(run);

/** How many doubled runs the text shows (the evidence for collapsing). */
export function countDoubled(text: string): number {
  return findTandems(text.slice(0, EVIDENCE_CHARS), hanRun).length;
}

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

export function collapseDoubled(text: string, ledger: Ledger): { text: string; collapsed: number } {
  if (countDoubled(text) < MIN_DOUBLED) return { text, collapsed: 0 };
  let collapsed = 0;
  // A single character doubled between two doubled runs is doubled too (`真相真相之之华大基因华大基因`);
  // alone, `年年` or `天天` is a word.
  const runs = findTandems(text, hanRun).map((m) => [m.index, m.index + m.length] as const);
  const ends = new Set(runs.map(([, e]) => e));
  const starts = new Set(runs.map(([s]) => s));
  let out = rewrite(
    text,
    /(\p{Script=Han})\1/gu,
    (m) => {
      if (!ends.has(m.index) || !starts.has(m.index + 2)) return null;
      collapsed++;
      return m[1]!;
    },
    ledger,
    'text-layer doubled run',
  );
  // Repeat: collapsing an outer run can expose an inner one (`( (首次首次) )`).
  for (let pass = 0; pass < 3; pass++) {
    const before = collapsed;
    let next = '';
    let last = 0;
    for (const t of findTandems(out, (run) => HAN2.test(run) || LATIN2.test(run))) {
      ledger.replace('text-layer doubled run', out.slice(t.index, t.index + t.length), t.run);
      next += out.slice(last, t.index) + t.run;
      last = t.index + t.length;
      collapsed++;
    }
    out = next + out.slice(last);
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
    // Brackets, dashes, section numbers and page counters doubled around a collapsed run:
    // `( (首次) )`, `行业- -市场`, `1 1 引子`, `1 1 / 2424`.
    out = rewrite(
      out,
      /([(（)）\-—]) \1|(?<![\d.])(\d{1,2}) \2(?= \p{Script=Han})|(?<![\d.])(\d{1,3}) \3 \/ (\d{1,3})\4(?!\d)/gu,
      (m) => {
        collapsed++;
        return m[1] ?? m[2] ?? `${m[3]} / ${m[4]}`;
      },
      ledger,
      'text-layer doubled run',
    );
    if (collapsed === before) break;
  }
  return { text: out, collapsed };
}

/**
 * Page counters (`1 / 24`): spaced, so dates and units (`1/24`, `元/盎司`) are never taken, and
 * not followed by Chinese, so a spaced fraction in prose (`约 1 / 3 的用户`) stays.
 */
const COUNTER = /(?<=^|\s|\p{Script=Han})\d{1,3} \/ \d{1,3}(?=\s+(?!\p{Script=Han})|\s*$)/gu;
/** Field markers of broker report templates left in the text layer (`Table_Page`, `Table_Title`). */
const TEMPLATE = /\bTable_[A-Z][A-Za-z]*\b/gu;
/**
 * Characters lost in an encoding round trip: `??` glued to Chinese (`局面或加??;钼价`), or a `?`
 * where a symbol stood before a number (Φ in `、? 55、? 60`, `10个? 20`).
 */
const MOJIBAKE = /(?<=\p{Script=Han})\?{2,}(?=[\p{Script=Han};；,，。])|(?<=[、，,;；\s]|[个只根])\?(?= ?\d)/gu;
/**
 * Chart axis and data runs: 40+ characters of digits, %, /, ., - and spaces, no word, with a
 * glued stretch of 20+ (ticks printed without spaces: `0%0%1%1%2%2%`, `2003/3/312003/3/31`); a
 * flattened table row keeps its spaces (`33.63% 6.73% -8.67%`) and stays.
 */
const AXIS = /(?<![\d.%])[\d%/.\- ]{40,}/gu;

/** The footer research reports print on every page (`请务必阅读正文之后的重要声明部分`). */
const FOOTER = /请务必阅读(?:正文|末页|全文)[^。，,；;\s]{0,8}?(?:重要声明|免责声明|免责条款|声明)(?:部分)?/gu;
/** A site watermark: 24+ letters and digits with both cases and no word in it. */
const WATERMARK = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{24,}(?![A-Za-z0-9])/gu;

export interface Plate {
  text: string;
  footers: number;
  watermarks: number;
  /** Spans of lost characters (`??`), removed: what they were cannot be known. */
  mojibake: number;
  axisRuns: number;
}

export function stripBoilerplate(text: string, ledger: Ledger): Plate {
  let footers = 0;
  let watermarks = 0;
  let mojibake = 0;
  let axisRuns = 0;
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
  out = rewrite(out, COUNTER, () => ' ', ledger, 'page counter');
  out = rewrite(out, TEMPLATE, () => ' ', ledger, 'report template marker');
  out = rewrite(
    out,
    MOJIBAKE,
    () => {
      mojibake++;
      return '';
    },
    ledger,
    'lost characters (??)',
  );
  out = rewrite(
    out,
    AXIS,
    (m) => {
      // A run of plain numbers with a few spaces (`5876 6271 5727`) is a table row; an axis
      // repeats units and separators densely.
      if ((m[0].match(/[%/]/g) ?? []).length < 8 || !/[^\s]{20,}/.test(m[0])) return null;
      axisRuns++;
      return ' ';
    },
    ledger,
    'chart axis labels',
  );
  return { text: out, footers, watermarks, mojibake, axisRuns };
}

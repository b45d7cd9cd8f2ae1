/**
 * Extraction costs time linear in the size of its input, shown without timing anything: the
 * work meter (scripts/extract/grammar/bounds.ts) counts the characters handed to every scanning
 * step and the candidates compared, and four times the text must cost about four times the
 * work. Before the bounds, a run without sentence punctuation was one sentence and each of its
 * numbers re-read it whole, so the meter grew with the square of the length or worse.
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_WINDOW, MAX_SENTENCE, workMeter } from '../../scripts/extract/grammar/bounds.ts';
import { findQuantities } from '../../scripts/extract/quantities.ts';
import { splitSentences } from '../../scripts/extract/sentences.ts';
import { subjectOf, subjectsOf } from '../../scripts/extract/subject.ts';
import type { CleanDoc } from '../../scripts/lib/doc.ts';
import { checkFacts } from '../../scripts/extract/checks.ts';
import { extract } from '../../scripts/stages/extract.ts';
import type { Source } from '../../src/schemas/source.ts';
import { loadCorpus } from './grammar/corpus.ts';

const corpus = loadCorpus();
/** The five seeds' prose with its sentence and clause punctuation and its whitespace lost, as in a bad scrape. */
const unpunctuated = corpus.map((b) => b.text).join('').replace(/[\s，。；：！？、,;:!?]/gu, '');
/** 10,000 characters of it, from its number-dense middle: repeated, n and 4n have the same content per character. */
const chunk = unpunctuated.slice(30_000, 40_000);

const source = { id: 'long-line', reliability: 'press' } as Source;
const docOf = (text: string): CleanDoc => ({
  meta: {},
  stats: {},
  chapters: [{ slug: 'ch-1', title: '长行', blocks: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }], footnotes: [], meta: {} }],
});

/** A single line of `chars` characters cut from `unit` repeated. */
const line = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Work units and facts for extracting one line. */
function measure(text: string): { work: number; facts: number } {
  workMeter.units = 0;
  const r = extract(source, docOf(text));
  return { work: workMeter.units, facts: r.facts.length };
}

describe('linear cost', () => {
  it.each([
    ['seed prose without punctuation', chunk],
    ['a number every seven characters (同比增长6.5%…)', '同比增长6.5%'],
    ['chained rates borrowing their subject (…规模增长3%提升至12%…)', '直播电商市场规模增长3%提升至12%占比达45.6%'],
    ['dates and amounts (2024年1至8月销售额1.2万亿元…)', '2024年1至8月销售额1.2万亿元较2023年增长7.2%'],
  ])('four times the text is about four times the work: %s', (_, unit) => {
    const n = 20_000;
    const small = measure(line(unit, n));
    const large = measure(line(unit, 4 * n));
    expect(small.facts).toBeGreaterThan(0);
    // Work per character: bounded, and the same at n and 4n (within the noise of where the cuts fall).
    const ratio = large.work / small.work;
    expect(ratio).toBeGreaterThan(3.6);
    expect(ratio).toBeLessThan(4.4);
    expect(large.facts / small.facts).toBeGreaterThan(3.6);
  });

  it('a 1 MB single line is extracted', () => {
    const text = line(unpunctuated, 360_000); // ~1 MB of UTF-8
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    const { facts } = measure(text);
    expect(facts).toBeGreaterThan(1000);
  }, 120_000);
});

describe('linear checks', () => {
  it('one measure stated for one period again and again: pairs compared and conflicts reported grow with the text, not its square', () => {
    const statements = (n: number): string => Array.from({ length: n }, (_, i) => `2024年直播电商市场规模达${1001 + 2 * i}亿元，`).join('');
    const run = (n: number): { work: number; conflicts: number } => {
      const facts = extract(source, docOf(statements(n))).facts;
      workMeter.units = 0;
      const conflicts = checkFacts(facts).conflicts.length;
      return { work: workMeter.units, conflicts };
    };
    const small = run(500);
    const large = run(2000);
    expect(small.conflicts).toBeGreaterThan(0);
    expect(large.work / small.work).toBeLessThan(4.4);
    expect(large.conflicts / small.conflicts).toBeLessThan(4.4);
  }, 120_000);
});

describe('bounded sentences', () => {
  it('cuts an unterminated run at its last clause break or space, never longer than MAX_SENTENCE', () => {
    const text = line('直播电商规模持续扩大，用户数量达到5.97亿人 ', 5000);
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts.slice(0, -1)) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(p.text).toMatch(/[，\s]$/u);
    }
  });

  it('cuts a run with no break at all where no number, unit or Latin word is split', () => {
    const text = line('直播电商GMV达5.8万亿元同比增长12.5%', 20_000);
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(20_000 / MAX_SENTENCE - 1);
    for (const p of parts.slice(0, -1)) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.end - 1, p.end + 1)).not.toMatch(/[\d.%A-Za-z万亿][\d.%A-Za-z万亿]/u);
    }
    // Every quantity of a cut sentence is one the whole line has, unsplit.
    const whole = findQuantities(text.slice(0, parts[3]!.end)).map((q) => q.text);
    const pieces = parts.slice(0, 4).flatMap((p) => findQuantities(p.text).map((q) => q.text));
    expect(pieces).toEqual(whole);
  });

  it('leaves the seeds as they were: no seed sentence is anywhere near the bound', () => {
    const longest = Math.max(...corpus.flatMap((b) => splitSentences(b.text).map((s) => s.text.length)));
    expect(longest).toBeLessThan(MAX_SENTENCE);
    expect(CLAUSE_WINDOW).toBeLessThan(MAX_SENTENCE);
  });
});

describe('one reading per sentence', () => {
  it('gives every quantity the subject it has when asked alone', () => {
    for (const b of corpus)
      for (const s of splitSentences(b.text)) {
        const all = findQuantities(s.text);
        if (all.length) expect(subjectsOf(s.text, all)).toEqual(all.map((q) => subjectOf(s.text, q)));
      }
  });
});

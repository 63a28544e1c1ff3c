import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compare, normalize, type ComparisonReport } from '../src/index.js';

const example = (file: string): string => readFileSync(join(import.meta.dirname, '../examples/reports', file), 'utf8');
// Written for the project: an Arabic report, its Dari translation, and another Arabic outlet's report of the
// same floods (in its own order, with its own toll, and a web page's furniture at the end).
const agency = example('badakhshan.ar.txt');
const dari = example('badakhshan.fa-AF.txt');
const outlet = example('badakhshan-news.ar.txt');

describe('compare chooses the mode', () => {
  const translation = compare(agency, dari);
  const independent = compare(agency, outlet);

  test('a report and its translation: parallel, with the measures it rests on', () => {
    expect(translation.mode).toBe('parallel');
    expect(translation.modeReason).toMatch(/^parallel \(detected\): 9 of 9 sentences matched in order/);
    expect(translation.modeStatistics).toMatchObject({ alignedShare: 1, sentences: { a: 4, b: 5 } });
  });

  test('a clear translation is decided by its alignment alone: claim matching is not run, nor reported', () => {
    expect(translation.modeStatistics).not.toHaveProperty('matchedShare');
    expect(translation.modeStatistics).not.toHaveProperty('orderedShare');
    expect(translation.modeReason).not.toMatch(/paired by what they report/);
    // Two outlets are not: claim matching measured them, and the reason gives what it found.
    expect(independent.modeStatistics?.matchedShare).toBeGreaterThan(0);
    expect(independent.modeReason).toMatch(/\d+ sentences paired by what they report, \d+% of those pairs in the order of both texts/);
  });

  test('two outlets: comparable, and the reason says why', () => {
    expect(independent.mode).toBe('comparable');
    expect(independent.modeReason).toMatch(/^comparable \(detected, fewer than 45% of the sentences align/);
    expect(independent.modeStatistics?.alignedShare).toBeLessThan(0.45);
  });

  test('an option forces either mode', () => {
    const forced = compare(agency, dari, { mode: 'comparable' });
    expect(forced.mode).toBe('comparable');
    expect(forced.modeReason).toBe('comparable (given by the caller).');
    expect(forced.modeStatistics).toBeUndefined();
    expect(compare(agency, outlet, { mode: 'parallel' }).mode).toBe('parallel');
  });

  test('comparable mode pairs claims in any order and reports no omission', () => {
    const pairs = independent.alignment.beads.filter((b) => b.a.length && b.b.length).map((b) => [b.a, b.b]);
    // The toll, the houses against the rescue… as claim matching pairs them: out of order on the b side.
    expect(pairs).toContainEqual([[0], [2]]);
    expect(pairs).toContainEqual([[3], [1]]);
    expect(independent.findings.some((f) => f.kind === 'omission')).toBe(false);
    // Every sentence that is not boilerplate is in exactly one bead.
    for (const side of ['a', 'b'] as const) {
      const skipped = new Set(independent.documents[side].boilerplate?.map((x) => x.sentence));
      const covered = independent.alignment.beads.flatMap((b) => b[side]).sort((x, y) => x - y);
      const expected = independent.documents[side].sentences.map((_, i) => i).filter((i) => !skipped.has(i));
      expect(covered).toEqual(expected);
    }
  });

  test('the two tolls are a conflict even though the sentences stand apart', () => {
    const toll = independent.findings.find((f) => f.rule === 'number/different');
    expect([toll?.a?.text, toll?.b?.text]).toEqual(['23 شخصًا', '27 شخصًا']);
    expect(toll?.severity).toBe('conflict');
  });
});

describe('token differences for documents in one language', () => {
  const report: ComparisonReport = compare(agency, outlet);

  test('every bead of two Arabic reports carries a word-by-word diff whose spans slice both texts', () => {
    const paired = report.alignment.beads.filter((b) => b.a.length && b.b.length);
    expect(paired.length).toBeGreaterThan(0);
    for (const bead of paired) {
      expect(bead.diff?.length).toBeGreaterThan(0);
      for (const part of bead.diff ?? []) {
        if (part.op !== 'b') expect(part.a).toBeDefined();
        if (part.op !== 'a') expect(part.b).toBeDefined();
        if (part.op === 'same') {
          // The same words, letter forms and digits folded: the two slices have as many words.
          const words = (side: 'a' | 'b') => report.documents[side].text.slice(part[side]!.start, part[side]!.end).split(/\s+/u).length;
          expect(words('a')).toBe(words('b'));
        }
      }
    }
  });

  test('the diff of the toll sentences marks each number on its side, and what both have is the same words', () => {
    const bead = report.alignment.beads.find((b) => b.a[0] === 0 && b.b[0] === 2);
    const text = (side: 'a' | 'b', span?: { start: number; end: number }): string =>
      span ? report.documents[side].text.slice(span.start, span.end) : '';
    const only = (op: 'a' | 'b'): string[] => (bead?.diff ?? []).filter((p) => p.op === op).map((p) => text(op, p[op]));
    expect(only('a').some((t) => t.includes('23'))).toBe(true);
    expect(only('b').some((t) => t.includes('27'))).toBe(true);
    // What both have is the same words on both sides, letter forms folded (أكرم … المتحدث باسم الولاية).
    const same = (bead?.diff ?? []).filter((p) => p.op === 'same');
    expect(same.length).toBeGreaterThan(0);
    for (const p of same) expect(normalize(text('a', p.a)).text).toBe(normalize(text('b', p.b)).text);
  });

  test('an Arabic report and a Persian one carry no diff', () => {
    expect(compare(agency, dari).alignment.beads.some((b) => b.diff !== undefined)).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareMany, type DocumentSpan, type MultiReport } from '../src/index.js';
import { hardText } from './support/arbitraries.js';

// Four reports of one invented flood, written for the project (see examples/reports/README.md).
const FILES = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt'];
const inputs = FILES.map((id) => ({ id, text: readFileSync(join(import.meta.dirname, '../examples/reports', id), 'utf8') }));

/** Every span a multi-report's tables hold. */
function tableSpans(many: MultiReport): DocumentSpan[] {
  return [...many.entities.flatMap((e) => e.spellings.flatMap((s) => s.mentions)), ...many.facts.flatMap((f) => f.versions.flatMap((v) => v.statements))];
}

/** The tables reference only the documents there are, and every span slices exactly its words. */
function expectSoundTables(many: MultiReport): void {
  const n = many.documents.length;
  const inRange = (d: number): boolean => Number.isInteger(d) && d >= 0 && d < n;
  for (const s of tableSpans(many)) {
    expect(inRange(s.document)).toBe(true);
    const doc = many.documents[s.document]!;
    expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    const sentence = doc.sentences[s.sentence];
    expect(sentence && sentence.start <= s.start && s.start < sentence.end).toBe(true);
  }
  for (const e of many.entities) {
    expect(e.documents.every(inRange)).toBe(true);
    expect(e.documents).toEqual([...new Set(e.spellings.flatMap((s) => s.documents))].sort((x, y) => x - y));
  }
  for (const f of many.facts) {
    expect(f.documents.every(inRange)).toBe(true);
    for (const d of f.disagreements) expect(inRange(d.a) && inRange(d.b) && d.a < d.b).toBe(true);
    expect(f.status === 'single').toBe(f.documents.length === 1);
  }
  for (const t of many.translations) expect(inRange(t.a) && inRange(t.b) && t.a < t.b).toBe(true);
  expect(many.comparisons).toHaveLength((n * (n - 1)) / 2);
}

describe('compareMany on four reports of one flood', () => {
  const many = compareMany(inputs);

  test('the Dari report is found to translate the agency report, and nothing else translates anything', () => {
    expect(many.translations.map((t) => [t.a, t.b])).toEqual([[0, 1]]);
    expect(many.comparisons.map((c) => c.report.mode)).toEqual(['parallel', 'comparable', 'comparable', 'comparable', 'comparable', 'comparable']);
  });

  test('a pair that looks parallel on its own is comparable when the set says so, and the reason tells why', () => {
    // The Dari translation and the other Arabic outlet tell the floods in a similar order; but the Arabic report
    // that the Dari one translates is not parallel with that outlet, so neither is its translation.
    const pair = many.comparisons.find((c) => c.a === 1 && c.b === 2)!.report;
    expect(pair.modeReason).toMatch(/^comparable \(detected across the documents: as a translation pair they would make badakhshan.ar.txt and badakhshan-news.ar.txt translations/);
    expect(pair.modeStatistics?.alignedShare).toBeGreaterThanOrEqual(0.45);
  });

  test('the spokesman: one entity with the spelling each document uses', () => {
    const row = many.entities.find((e) => e.spellings.some((s) => s.text === 'محمد أكرم نزاري'));
    expect(row?.type).toBe('person');
    expect(row?.documents).toEqual([0, 1, 2]);
    // Arabic نظري and Dari نظری differ only by the letter forms folding sets aside: one spelling.
    expect(row?.spellings.find((s) => s.text === 'محمد أكرم نظري')?.documents).toEqual([0, 1]);
    expect(row?.spellings.find((s) => s.text === 'محمد أكرم نزاري')?.documents).toEqual([2]);
    expect(many.entities.find((e) => e.id === 'AF/Badakhshan')?.documents).toEqual([0, 1, 2, 3]);
  });

  test('the death toll is a conflict: 23 in three reports, 27 in one', () => {
    const toll = many.facts.find((f) => f.versions.some((v) => v.statements.some((s) => s.text === '27 شخصًا')));
    expect(toll?.status).toBe('conflict');
    expect(toll?.documents).toEqual([0, 1, 2, 3]);
    expect(toll?.versions.map((v) => [v.value, v.documents])).toEqual([
      ['23 person', [0, 1]],
      ['27 person', [2]],
      ['at-least 23', [3]],
    ]);
    expect(toll?.disagreements.map((d) => [d.a, d.b, d.severity])).toEqual([[0, 2, 'conflict']]);
  });

  test('the date in three calendars and the houses destroyed are agreed', () => {
    const date = many.facts.find((f) => f.kind === 'date' && f.versions[0]?.value === '2024-05-14');
    expect(date?.status).toBe('agreed');
    expect(date?.versions[0]?.statements.map((s) => s.date?.calendar)).toEqual(['gregorian', 'persian', 'persian']);
    const houses = many.facts.find((f) => f.versions.some((v) => v.statements.some((s) => s.number?.value === '140')));
    expect([houses?.status, houses?.documents]).toEqual(['agreed', [0, 1, 3]]);
  });

  test('shared facts come first, conflicts first of all; the summary counts them', () => {
    const order = { conflict: 0, uncertain: 1, agreed: 2, single: 3 };
    const ranks = many.facts.map((f) => order[f.status]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(many.summary.sharedFacts).toEqual({ total: 4, agreed: 3, uncertain: 0, conflict: 1 });
    expect(many.summary.documents).toBe(4);
    expect(many.summary.findings).toBe(many.comparisons.reduce((n, c) => n + c.report.findings.length, 0));
  });

  test('the pages’ furniture is in no table and no finding', () => {
    for (const s of tableSpans(many)) {
      const skipped = many.documents[s.document]?.boilerplate?.map((b) => b.sentence) ?? [];
      expect(skipped).not.toContain(s.sentence);
    }
    expect(many.documents[2]?.boilerplate?.length).toBe(5);
    expect(many.documents[3]?.boilerplate?.length).toBe(4);
    for (const c of many.comparisons) {
      for (const side of ['a', 'b'] as const) {
        const skipped = many.documents[c[side]]?.boilerplate?.map((b) => b.sentence) ?? [];
        for (const f of c.report.findings) if (f[side]) expect(skipped).not.toContain(f[side].sentence);
      }
    }
  });

  test('the tables are sound, and the report is plain JSON', () => {
    expectSoundTables(many);
    expect(JSON.parse(JSON.stringify(many))).toEqual(many);
  });

  test('options: kinds narrow the pairwise findings, not the fact table; a forced mode is every pair’s', () => {
    const names = compareMany(inputs, { kinds: ['name'] });
    expect(names.comparisons.every((c) => c.report.findings.every((f) => f.kind === 'name'))).toBe(true);
    expect(names.facts.find((f) => f.status === 'conflict')?.disagreements).toEqual(many.facts[0]?.disagreements);
    const comparable = compareMany(inputs.slice(0, 2), { mode: 'comparable' });
    expect(comparable.translations).toEqual([]);
    expect(comparable.comparisons[0]?.report.modeReason).toBe('comparable (given by the caller).');
  });

  test('documents without an id are numbered; one document or none is no comparison', () => {
    const two = compareMany(inputs.slice(0, 2).map((i) => i.text));
    expect(two.documents.map((d) => d.id)).toEqual(['0', '1']);
    const one = compareMany([inputs[0]!.text]);
    expect(one.comparisons).toEqual([]);
    expect(one.facts.every((f) => f.status === 'single')).toBe(true);
    expect(compareMany([])).toMatchObject({ documents: [], comparisons: [], entities: [], facts: [] });
  });
});

describe('compareMany on hostile input', () => {
  test('never throws on arbitrary Unicode; tables reference only existing documents and exact spans', () => {
    fc.assert(
      fc.property(fc.array(hardText, { minLength: 0, maxLength: 4 }), (texts) => {
        expectSoundTables(compareMany(texts));
      }),
      { numRuns: 40 },
    );
  });
});

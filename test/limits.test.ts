/**
 * Inputs at the edges that used to crash or stall: a word of 125,000 letters (String.fromCharCode(...codes)
 * overflowed the stack), a Markdown sentence table of 130,000 rows (push(...rows) did), and one sentence of
 * 16,000 words against another in the same language (the word diff was quadratic: 81 s). The first rule
 * stands for the whole source: no call in src/ spreads an array into its arguments. Times are not asserted
 * (speed lives in bench/); the generous timeouts only stop a hang.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { alignSentences, compare, matchClaims, renderMarkdown, type ReportBead, type ReportDocument } from '../src/index.js';
import { assemble } from './fixtures/reports.js';

const SRC = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('no call in src/ spreads an array into its arguments (engines limit arguments to about 125,000)', () => {
  const spreads: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        spreads.push(`${relative(SRC, file)}:${line + 1}: ${node.getText().slice(0, 60)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  expect(spreads).toEqual([]);
});

describe('one word of 125,000 letters', () => {
  // Every letter a consonant of another class than the one before: a skeleton as long as the word.
  const word = 'برمشكل'.repeat(21_000);
  const arabic = `وصل الوزير إلى ${word} يوم الثلاثاء.`;
  const persian = `وزیر روز سه‌شنبه به ${word} رسید.`;

  test('compare reads it', { timeout: 120_000 }, () => {
    const report = compare(arabic, persian);
    expect(report.alignment.beads.length).toBeGreaterThan(0);
  });

  test('alignSentences and matchClaims read it', { timeout: 120_000 }, () => {
    expect(alignSentences([arabic], [persian]).beads).toHaveLength(1);
    expect(Array.isArray(matchClaims([arabic], [persian]))).toBe(true);
  });
});

test('renderMarkdown with the sentence table of 130,000 beads', { timeout: 120_000 }, () => {
  const count = 130_000;
  const lines = Array.from({ length: count }, (_, i) => `الجملة ${i}.`);
  const text = lines.join('\n');
  const sentences: ReportDocument['sentences'][number][] = [];
  let at = 0;
  lines.forEach((line, paragraph) => {
    sentences.push({ text: line, start: at, end: at + line.length, paragraph });
    at += line.length + 1;
  });
  const document = (language: 'ar' | 'fa'): ReportDocument => ({ language, languageSource: { detected: false, confidence: 1 }, text, sentences });
  const beads: ReportBead[] = lines.map((_, i) => ({ a: [i], b: [i], confidence: 1, anchors: [] }));
  const md = renderMarkdown(assemble(document('ar'), document('ar'), beads, []), { sentences: true, isolates: false });
  expect(md).toContain(`| ${count.toLocaleString('en')} | **${count.toLocaleString('en')}** الجملة ${count - 1}. |`);
});

describe('one sentence of 16,000 words against another in the same language', () => {
  // Persian words of two unrelated sets, paired into compounds: two long sentences with no word in common.
  const NATURE = 'باران کوه دریا جنگل شهر خانه کتاب دفتر مدرسه باغ گل درخت آسمان ستاره ماه خورشید رود دشت'.split(' ');
  const HOUSE = 'نان آب چای قهوه میز صندلی پنجره در دیوار سقف فرش چراغ قلم کاغذ رنگ صدا نور سایه'.split(' ');
  const words = (list: readonly string[], count: number): string =>
    Array.from({ length: count }, (_, i) => `${list[i % list.length]}${list[(i * 7) % list.length]}`).join(' ');

  test('compares them as wholes, each side one run', { timeout: 300_000 }, () => {
    const a = `${words(NATURE, 16_000)}.`;
    const b = `${words(HOUSE, 16_000)}.`;
    const report = compare({ text: a, language: 'fa' }, { text: b, language: 'fa' }, { mode: 'parallel', kinds: ['omission'] });
    const diffs = report.alignment.beads.flatMap((bead) => bead.diff ?? []);
    expect(diffs.map((part) => part.op)).toEqual(['a', 'b']);
    expect(diffs[0]?.a).toEqual({ start: 0, end: a.length });
    expect(diffs[1]?.b).toEqual({ start: 0, end: b.length });
  });

  test('a short difference in a long sentence is still found word by word', { timeout: 120_000 }, () => {
    const long = words(NATURE, 3_000);
    const changed = long.replace('بارانباران', 'نانباران');
    const report = compare({ text: `${long}.`, language: 'fa' }, { text: `${changed}.`, language: 'fa' }, { mode: 'parallel', kinds: ['omission'] });
    const changes = report.alignment.beads.flatMap((bead) => bead.diff ?? []).filter((part) => part.op !== 'same');
    expect(changes.map((part) => part.op)).toEqual(['a', 'b']);
    expect(report.documents.a.text.slice(changes[0]?.a?.start, changes[0]?.a?.end)).toBe('بارانباران');
    expect(report.documents.b.text.slice(changes[1]?.b?.start, changes[1]?.b?.end)).toBe('نانباران');
  });
});

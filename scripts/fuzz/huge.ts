/**
 * The huge inputs: 100,000 combining marks on one letter, one "sentence" of 5 million UTF-16 code units
 * (about 9 MB of UTF-8) with no punctuation and no line break, and 100,000 lines of one character each.
 * Every public function runs on each, once; each call has a time bound (in `HUGE_CALLS`, stated in
 * docs/figures.md), and its output must keep the same invariants as under fuzzing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../../src/index.js';
import type { ComparisonReport } from '../../src/index.js';
import { beadsCover, ensure, multiValid, reportValid, sentencesValid, spansInOrder } from '../../test/support/invariants.js';

const root = join(import.meta.dirname, '../..');
const example = (file: string): string => readFileSync(join(root, 'examples/reports', file), 'utf8');

export const HUGE_CASES = {
  /** One letter carrying 100,000 combining marks (fatha, shadda, kasra, tanwin, superscript alef, acute). */
  marks: (): string => 'ب' + Array.from({ length: 100_000 }, (_, i) => '\u064e\u0651\u0650\u064b\u0670\u0301'[i % 6]).join(''),
  /** The words of the example reports, punctuation and line breaks taken out, repeated to 5,000,000 code units. */
  sentence: (): string => {
    const words = `${example('bishkek.ar.txt')} ${example('bishkek.fa-AF.txt')}`
      .replace(/[.،,:؛«»()\n]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 5_000_000; i++) {
      const word = words[i % words.length] as string;
      parts.push(word);
      length += word.length + 1;
    }
    return parts.join(' ').slice(0, 5_000_000);
  },
  /** 100,000 lines of one character: letters of both languages, digits of three scripts, stops, quotes. */
  lines: (): string => Array.from({ length: 100_000 }, (_, i) => 'بپکی۱١1.«ـ'[i % 10]).join('\n'),
} as const;

export type HugeCase = keyof typeof HUGE_CASES;

/** What one call needs, computed before it is timed (and under the worker's overall watchdog). */
interface Prepared {
  readonly text: string;
  /** The text's counterpart for the functions that take two documents. */
  readonly other: string;
  readonly report: () => ComparisonReport;
}

/**
 * One call per public function, its time bound in seconds on a shared 2-core machine (several times what
 * was measured there: see docs/figures.md), and the check of its output.
 */
export const HUGE_CALLS: Record<string, { bound: number; run: (p: Prepared) => void | Promise<void> }> = {
  normalize: {
    bound: 10,
    run: ({ text }) => {
      const n = api.normalize(text);
      ensure(n.offsets.length === n.text.length + 1 && n.offsets[n.text.length] === text.length, 'offsets');
    },
  },
  toSourceSpan: {
    bound: 10,
    run: ({ text }) => {
      const n = api.normalize(text);
      spansInOrder('toSourceSpan', text, [api.toSourceSpan(n, 0, n.text.length), api.toSourceSpan(n, n.text.length >> 1, n.text.length)]);
    },
  },
  detectLanguage: {
    bound: 10,
    run: ({ text }) => {
      ensure(api.detectLanguage(text).confidence >= 0, 'confidence');
    },
  },
  tokenize: {
    bound: 15,
    run: ({ text }) => {
      spansInOrder('tokens', text, api.tokenize(text), { disjoint: true, nonEmpty: true });
    },
  },
  segment: {
    bound: 15,
    run: ({ text }) => {
      sentencesValid('sentences', text, api.segment(text));
    },
  },
  findNames: {
    bound: 60,
    run: ({ text }) => {
      spansInOrder('names', text, api.findNames(text), { disjoint: true, nonEmpty: true });
    },
  },
  clusterNames: {
    bound: 60,
    run: ({ text }) => {
      const mentions = api.findNames(text).map((m) => ({ ...m, document: 'a' }));
      const placed = api.clusterNames(mentions).reduce((n, c) => n + c.spellings.reduce((k, s) => k + s.occurrences.length, 0), 0);
      ensure(placed === mentions.length, `${mentions.length} mentions, ${placed} placed`);
    },
  },
  compareNames: {
    bound: 90,
    run: ({ text }) => {
      ensure(api.compareNames(text, text).same, 'a name is not the same as itself');
    },
  },
  extractDates: {
    bound: 30,
    run: ({ text }) => {
      spansInOrder('dates', text, api.extractDates(text, { referenceDate: '2025-10-20' }), { nonEmpty: true });
    },
  },
  relateDates: {
    bound: 30,
    run: ({ text }) => {
      const dates = api.extractDates(text).slice(0, 20);
      for (const a of dates) for (const b of dates) ensure(api.relateDates(a, b).relation !== undefined, 'relation');
    },
  },
  extractNumbers: {
    bound: 30,
    run: ({ text }) => {
      spansInOrder('numbers', text, api.extractNumbers(text), { disjoint: true, nonEmpty: true });
    },
  },
  alignSentences: {
    bound: 90,
    run: ({ text, other }) => {
      const source = api.segment(text).map((s) => s.text);
      const target = api.segment(other).map((s) => s.text);
      beadsCover('beads', api.alignSentences(source, target).beads, source.length, target.length);
    },
  },
  alignTexts: {
    bound: 120,
    run: ({ text, other }) => {
      const a = api.alignTexts(text, other);
      beadsCover('beads', a.beads, a.sourceSentences.length, a.targetSentences.length);
    },
  },
  compare: {
    bound: 240,
    run: ({ text, other }) => {
      reportValid(api.compare(text, other), text, other);
    },
  },
  compareAsync: {
    bound: 240,
    run: async ({ text, other }) => {
      reportValid(await api.compareAsync(text, other), text, other);
    },
  },
  compareMany: {
    bound: 300,
    run: ({ text, other }) => {
      multiValid(api.compareMany([text, other]), [text, other]);
    },
  },
  matchClaims: {
    bound: 120,
    run: ({ text, other }) => {
      const source = api.segment(text).map((s) => s.text);
      const target = api.segment(other).map((s) => s.text);
      for (const m of api.matchClaims(source, target))
        ensure(m.source.every((i) => i < source.length) && m.target.every((j) => j < target.length), 'indices');
    },
  },
  findBoilerplate: {
    bound: 60,
    run: ({ text }) => {
      spansInOrder('boilerplate', text, api.findBoilerplate(text), { disjoint: true, nonEmpty: true });
    },
  },
  renderMultiMarkdown: {
    bound: 300,
    run: ({ text, other }) => {
      ensure(api.renderMultiMarkdown(api.compareMany([text, other])).startsWith('# '), 'heading');
    },
  },
  renderMultiHtml: {
    bound: 300,
    run: ({ text, other }) => {
      ensure(api.renderMultiHtml(api.compareMany([text, other])).startsWith('<!DOCTYPE html>'), 'doctype');
    },
  },
  renderMarkdown: {
    bound: 60,
    run: ({ report }) => {
      ensure(api.renderMarkdown(report(), { sentences: true }).startsWith('# '), 'heading');
    },
  },
  renderHtml: {
    bound: 60,
    run: ({ report }) => {
      ensure(api.renderHtml(report()).startsWith('<!DOCTYPE html>'), 'doctype');
    },
  },
  isMuqabalaError: {
    bound: 10,
    run: ({ text }) => {
      ensure(!api.isMuqabalaError(text) && !api.isMuqabalaError(new RangeError(text)), 'not one of its errors');
    },
  },
};

/**
 * The counterpart for two-document calls: the text itself, except for the 5 MB sentence, which is compared
 * with the Dari example report: compare() of that sentence with itself takes about 150 s and 4 GB (see
 * docs/figures.md), and compareMany and the two multi renderers would each do it again, which would make the
 * run twice as long for no new path through the code.
 */
export function prepare(kind: HugeCase, text: string): Prepared {
  const other = kind === 'sentence' ? example('bishkek.fa-AF.txt') : text;
  let report: ComparisonReport | undefined;
  return { text, other, report: () => (report ??= api.compare(text, other)) };
}

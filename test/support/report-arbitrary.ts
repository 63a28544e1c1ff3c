import fc from 'fast-check';
import type { ComparisonReport, Finding, Location, ReportBead, ReportDocument, Severity } from '../../src/model/types.js';
import { assemble } from '../fixtures/reports.js';
import { hardText } from './arbitraries.js';

/** Text that is Arabic-script and hard, or made of the pieces of markup and Markdown. */
const reportText = fc.oneof(
  hardText,
  fc.string({
    unit: fc.constantFrom(...'<>&"\'=/|`*_[]()#~$\\ ab', 'ب', 'script', '<img src=x onerror=', '<!--', '-->', '&lt;', '\n'),
    maxLength: 40,
  }),
);

/** A document whose sentences are arbitrary hard strings, one per line. */
function documentOf(sentences: readonly string[], language: 'ar' | 'fa'): ReportDocument {
  const out: ReportDocument['sentences'][number][] = [];
  let at = 0;
  sentences.forEach((text, paragraph) => {
    out.push({ text, start: at, end: at + text.length, paragraph });
    at += text.length + 1;
  });
  return { language, languageSource: { detected: true, confidence: 0.9 }, text: sentences.join('\n'), sentences: out };
}

function locate(document: ReportDocument, sentence: number, from: number, length: number): Location | undefined {
  const s = document.sentences[sentence % Math.max(1, document.sentences.length)];
  if (!s) return undefined;
  const start = s.start + (from % (s.end - s.start + 1));
  const end = start + (length % (s.end - start + 1));
  const before = document.text.slice(0, start);
  return {
    start,
    end,
    line: before.split('\n').length,
    column: start - (before.lastIndexOf('\n') + 1) + 1,
    text: document.text.slice(start, end),
    sentence: sentence % document.sentences.length,
  };
}

const RULES = {
  name: ['name/spelling', 'name/convention', 'name/unmatched'],
  date: ['date/calendar', 'date/partial-overlap', 'date/disjoint', 'date/weekday', 'date/unmatched'],
  number: ['number/form', 'number/conversion', 'number/approximate', 'number/scale', 'number/different', 'number/unmatched'],
  omission: ['omission/sentence', 'omission/low-confidence'],
} as const;

const spanSpec = fc.option(fc.tuple(fc.nat(20), fc.nat(400), fc.nat(400)), { nil: undefined });

const findingSpec = fc.record({
  kind: fc.constantFrom('name', 'date', 'number', 'omission'),
  rule: fc.nat(4),
  severity: fc.constantFrom<Severity>('info', 'warning', 'conflict'),
  message: reportText,
  a: spanSpec,
  b: spanSpec,
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Reports of arbitrary texts with findings of every kind at arbitrary, often overlapping, spans. */
export const arbitraryReport: fc.Arbitrary<ComparisonReport> = fc
  .record({
    a: fc.array(
      reportText.filter((s) => s.length > 0),
      { maxLength: 5 },
    ),
    b: fc.array(
      reportText.filter((s) => s.length > 0),
      { maxLength: 5 },
    ),
    findings: fc.array(findingSpec, { maxLength: 8 }),
    confidences: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
  })
  .map(({ a: sa, b: sb, findings: specs, confidences }) => {
    const a = documentOf(sa, 'ar');
    const b = documentOf(sb, 'fa');
    const beads: ReportBead[] = [];
    for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
      beads.push({
        a: i < sa.length ? [i] : [],
        b: i < sb.length ? [i] : [],
        confidence: confidences[i] ?? 1,
        anchors: [],
      });
    }
    const findings = specs.map((spec): Finding => {
      const locA = spec.a && locate(a, ...spec.a);
      const locB = spec.b && locate(b, ...spec.b);
      const base = {
        severity: spec.severity,
        confidence: spec.confidence,
        message: spec.message,
        bead: Math.max(0, Math.min(beads.length - 1, locA?.sentence ?? locB?.sentence ?? 0)),
        ...(locA ? { a: locA } : {}),
        ...(locB ? { b: locB } : {}),
      };
      const rules = RULES[spec.kind];
      const rule = rules[spec.rule % rules.length] as string;
      switch (spec.kind) {
        case 'name':
          return {
            ...base,
            kind: 'name',
            rule: rule as 'name/spelling',
            spellings: { ...(locA ? { a: locA.text } : {}), ...(locB ? { b: locB.text } : {}) },
            differences: [spec.message.slice(0, 5)],
          };
        case 'date':
          return {
            ...base,
            kind: 'date',
            rule: rule as 'date/calendar',
            values: {
              ...(locA ? { a: { text: locA.text, calendar: 'gregorian' } } : {}),
              ...(locB ? { b: { text: locB.text, calendar: 'persian' } } : {}),
            },
          };
        case 'number':
          return {
            ...base,
            kind: 'number',
            rule: rule as 'number/form',
            values: {
              ...(locA ? { a: { text: locA.text, value: '1' } } : {}),
              ...(locB ? { b: { text: locB.text, value: '2', unit: spec.message } } : {}),
            },
          };
        case 'omission':
          return { ...base, kind: 'omission', rule: rule as 'omission/sentence', missingFrom: 'b' };
      }
    });
    return assemble(a, b, beads, findings);
  });

/** The same report with every string from the inputs replaced, code unit for code unit, by `x`: same shape, same offsets. */
export function harmlessTwin(report: ComparisonReport): ComparisonReport {
  const keep = new Set(['kind', 'rule', 'severity', 'language', 'variant', 'calendar', 'mode', 'entity', 'missingFrom']);
  // Equal strings stay equal and different ones stay different (a renderer groups findings whose messages are
  // equal): each distinct string becomes letters that number it, then x's to its length or more.
  const twins = new Map<string, string>();
  const twinOf = (text: string): string => {
    if (text === '') return '';
    let twin = twins.get(text);
    if (twin === undefined) {
      const id = [...twins.size.toString(10)].map((d) => String.fromCharCode(0x61 + Number(d))).join('');
      twin = id + 'x'.repeat(Math.max(0, text.length - id.length));
      twins.set(text, twin);
    }
    return twin;
  };
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return keep.has(key) ? value : twinOf(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(report, '') as ComparisonReport;
}

/** Pieces of text that would add markup, reorder a line or break a table if a renderer let them through. */
const hostileUnit = fc.constantFrom(
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=3>',
  "'",
  '&amp;',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  'تاس',
  '۱۴',
  ' ',
  '\n',
  '|',
  '`',
  '*',
  '[x](javascript:x)',
);
const hostileString = fc.array(hostileUnit, { maxLength: 6 }).map((units) => units.join(''));

/** Fields whose value the types fix to a few words: a hand-edited report still holds one of them. */
const FIXED = new Set([
  'kind',
  'rule',
  'severity',
  'status',
  'language',
  'variant',
  'calendar',
  'mode',
  'type',
  'entity',
  'missingFrom',
  'op',
  'side',
  'role',
  'weekdayCheck',
]);

/**
 * A report as someone might edit it by hand: some of its free strings (texts, messages, ids, titles, values,
 * spellings, dates' days) replaced by hostile ones, its structure and its fixed words kept, so that it is still
 * a value its type allows. Offsets then point anywhere in the new texts.
 */
export function hostileStrings<T>(report: T): fc.Arbitrary<T> {
  return fc.tuple(fc.array(hostileString, { minLength: 1, maxLength: 24 }), fc.integer({ min: 1, max: 4 })).map(([values, every]) => {
    let seen = 0;
    const walk = (value: unknown, key: string): unknown => {
      if (typeof value === 'string') {
        if (FIXED.has(key)) return value;
        seen++;
        return seen % every === 0 ? values[seen % values.length] : value;
      }
      if (Array.isArray(value)) return value.map((v) => walk(v, key));
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
      return value;
    };
    return walk(report, '') as T;
  });
}

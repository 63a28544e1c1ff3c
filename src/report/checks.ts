// The checks of the renderers' arguments (see src/contract/validate.ts). A report is checked for its version
// and its outline (the objects and arrays every renderer walks), not field by field: the renderers read what a
// report of this version holds, and the JSON Schema describes the rest.
import { argument, arrayOf, boolean, fail, number, refuseValue, shape, string, type Check } from '../contract/validate.js';
import type { MultiReport } from '../model/multi-types.js';
import { REPORT_VERSION, type ComparisonReport } from '../model/types.js';

const list: Check<readonly unknown[]> = (value, at) => (Array.isArray(value) ? value : fail(at, 'an array', value));
const object: Check<object> = (value, at) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : fail(at, 'an object', value));
const version: Check<number> = (value, at) => {
  if (typeof value !== 'number') return fail(at, `the report format's version, ${REPORT_VERSION}`, value);
  return value === REPORT_VERSION ? value : refuseValue(at, `${REPORT_VERSION}, the version of the report format this muqabala renders`, value);
};

const DOCUMENT = shape({ text: string, sentences: list }, 'a document of the report', ['text', 'sentences'], true);
const REPORT = shape(
  {
    version,
    mode: string,
    documents: shape({ a: DOCUMENT, b: DOCUMENT }, 'the two documents { a, b }', ['a', 'b'], true),
    alignment: shape({ beads: list }, 'the alignment { beads }', ['beads'], true),
    findings: list,
    summary: object,
    notices: list,
  },
  'a comparison report, as compare() returns it',
  ['version', 'mode', 'documents', 'alignment', 'findings', 'summary'],
  true,
);
const MULTI_REPORT = shape(
  {
    version,
    documents: arrayOf(DOCUMENT, 'documents'),
    comparisons: arrayOf(shape({ report: REPORT }, 'a pair { a, b, report }', ['report'], true), 'pairs'),
    translations: list,
    entities: list,
    facts: list,
    summary: object,
  },
  'a multi-document report, as compareMany() returns it',
  ['version', 'documents', 'comparisons', 'translations', 'entities', 'facts', 'summary'],
  true,
);

/** Refuses what is not a comparison report of this version (the report itself is rendered as given). */
export function checkReport(fn: string, report: unknown): asserts report is ComparisonReport {
  argument(fn, 'report', report, REPORT);
}

/** Refuses what is not a multi-document report of this version. */
export function checkMultiReport(fn: string, report: unknown): asserts report is MultiReport {
  argument(fn, 'report', report, MULTI_REPORT);
}

const RENDER_OPTIONS = {
  labels: shape({ a: string, b: string }, 'labels { a, b }'),
  lowConfidence: number({ min: 0, max: 1 }),
};

/** The options of {@link renderMarkdown}. */
export const MARKDOWN_OPTIONS = { ...RENDER_OPTIONS, sentences: boolean, isolates: boolean };
/** The options of {@link renderHtml}. */
export const HTML_OPTIONS = { ...RENDER_OPTIONS, title: string };

const MULTI_OPTIONS = { labels: arrayOf(string, 'labels'), singles: boolean };
/** The options of {@link renderMultiMarkdown}. */
export const MULTI_MARKDOWN_OPTIONS = { ...MULTI_OPTIONS, isolates: boolean };
/** The options of {@link renderMultiHtml}. */
export const MULTI_HTML_OPTIONS = { ...MULTI_OPTIONS, title: string };

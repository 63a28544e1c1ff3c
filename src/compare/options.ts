// The checks of compare()'s and compareMany()'s documents and options (see src/contract/validate.ts).
import { ALIGN_OPTIONS, CLAIM_THRESHOLDS } from '../align/options.js';
import { arrayOf, boolean, callback, fail, isoDate, mapped, number, oneOf, options as checkOptions, refuseValue, shape, string, type Check } from '../contract/validate.js';
import type { FindingKind, Severity } from '../report/types.js';
import { segmentOptions } from '../segment/segment.js';
import { readLanguageTag } from '../contract/values.js';
import { languageTag, type Language, type PersianVariant } from '../text/language.js';
import type { CompareAsyncOptions, CompareOptions } from './compare.js';

// Records, so that a kind or severity added to the report's types must be added here too.
const KINDS: Record<FindingKind, true> = { name: true, date: true, number: true, omission: true };
const SEVERITY_ORDER: Record<Severity, number> = { info: 0, warning: 1, conflict: 2 };

/** The kinds of finding, as `kinds` takes them. */
const FINDING_KINDS = Object.keys(KINDS) as FindingKind[];
/** The severities, least serious first. */
const SEVERITIES = (Object.keys(SEVERITY_ORDER) as Severity[]).sort((x, y) => SEVERITY_ORDER[x] - SEVERITY_ORDER[y]);
/** The modes `mode` takes. */
const MODES = ['auto', 'parallel', 'comparable'] as const;

/** A document once checked: its language read from its tag, the variant the tag or the field gives. */
export interface CheckedInput {
  readonly text: string;
  readonly language?: Language;
  readonly variant?: PersianVariant;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly id?: string;
}

const variant: Check<PersianVariant> = mapped(string, (tag, at) => readLanguageTag(tag)?.variant ?? refuseValue(at, 'a Persian variant: fa-IR or fa-AF (any case)', tag, ['fa-IR', 'fa-AF']));

const FIELDS = { text: string, language: languageTag, variant, title: string, publishedAt: isoDate };
const DOCUMENT = shape(FIELDS, 'a string or a document { text, language?, variant?, title?, publishedAt? }', ['text']);
const DOCUMENT_WITH_ID = shape({ ...FIELDS, id: string }, 'a string or a document { text, language?, variant?, title?, publishedAt?, id? }', ['text']);

function documentCheck(withId: boolean): Check<CheckedInput> {
  const check = withId ? DOCUMENT_WITH_ID : DOCUMENT;
  return (value, at) => {
    if (typeof value === 'string') return { text: value };
    if (typeof value !== 'object' || value === null) return fail(at, 'a string or a document { text, … }', value);
    const { language, variant: given, ...rest } = check(value, at);
    if (given && language && language.language !== 'fa') refuseValue({ ...at, path: `${at.path}.variant` }, `absent: ${at.path}.language is not Persian`, given);
    if (given && language?.variant && language.variant !== given) {
      refuseValue({ ...at, path: `${at.path}.variant` }, `${language.variant}, as ${at.path}.language says`, given);
    }
    const chosen = given ?? language?.variant;
    return { ...rest, ...(language ? { language: language.language } : {}), ...(chosen ? { variant: chosen } : {}) };
  };
}

/** Checks a document argument of {@link compare} (`a`, `b`). */
export const compareDocument = documentCheck(false);

/** Checks the documents of {@link compareMany}. */
export const manyDocuments = arrayOf(documentCheck(true), 'documents (strings or { text, … })');

const COMPARE_OPTIONS = {
  mode: oneOf(MODES),
  boilerplate: boolean,
  kinds: arrayOf(oneOf(FINDING_KINDS), 'finding kinds'),
  minSeverity: oneOf(SEVERITIES),
  lowConfidence: number({ min: 0, max: 1 }),
  reportEqualNumbers: boolean,
  islamic: oneOf(['umalqura', 'civil']),
  segment: segmentOptions,
  align: shape(
    { dictionary: ALIGN_OPTIONS.dictionary, similarity: ALIGN_OPTIONS.similarity, similarityWeight: ALIGN_OPTIONS.similarityWeight },
    'an object of aligner options ({ dictionary, similarity, similarityWeight })',
  ),
  claims: shape(CLAIM_THRESHOLDS, 'an object of claim matching thresholds ({ minSurprise, minOverlap })'),
  onProgress: callback<NonNullable<CompareOptions['onProgress']>>(),
};

/** An AbortSignal (or anything that quacks like one: `aborted` and `addEventListener`). */
const abortSignal: Check<AbortSignal> = (value, at) =>
  typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean' && typeof (value as AbortSignal).addEventListener === 'function'
    ? (value as AbortSignal)
    : fail(at, 'an AbortSignal', value);

const COMPARE_ASYNC_OPTIONS = { ...COMPARE_OPTIONS, signal: abortSignal };

/** Checks the options of {@link compare} and {@link compareMany}. */
export function compareOptions(fn: string, options: unknown): CompareOptions {
  return checkOptions(fn, options, COMPARE_OPTIONS);
}

/** Checks the options of {@link compareAsync}: those of compare(), and `signal`. */
export function compareAsyncOptions(fn: string, options: unknown): CompareAsyncOptions {
  return checkOptions(fn, options, COMPARE_ASYNC_OPTIONS);
}

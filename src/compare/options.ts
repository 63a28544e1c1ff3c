// The checks of compare()'s and compareMany()'s documents and options (see src/contract/validate.ts).
import { ALIGN_OPTIONS, CLAIM_THRESHOLDS } from '../align/options.js';
import { arrayOf, boolean, callback, fail, isoDate, mapped, number, oneOf, options as checkOptions, refuseValue, shape, string, type Check } from '../contract/validate.js';
import type { FindingKind, Severity } from '../model/types.js';
import { segmentOptions, type SegmentOptions } from '../segment/segment.js';
import { readLanguageTag } from '../contract/values.js';
import { languageTag, type Language, type LanguageTag, type PersianVariant } from '../text/language.js';
import type { AlignOptions } from '../align/types.js';
import type { MatchClaimsOptions } from '../align/claims.js';
import type { Progress } from './progress.js';

/** A document to compare, with what the caller knows about it. */
export interface CompareInput {
  /** The report's text. */
  readonly text: string;
  /** Its language (see {@link LanguageTag}: `fa-AF` or `prs` fix Dari, `fa-IR` Iranian Persian); detected when absent. */
  readonly language?: LanguageTag;
  /** For Persian, the variant (`fa-IR` or `fa-AF`, any case); detected when the text gives it away. */
  readonly variant?: PersianVariant;
  /** A title to show in renderings. */
  readonly title?: string;
  /**
   * The publication date, `YYYY-MM-DD`, against which relative dates (العام الماضي, ماه گذشته) and dates without
   * a year are placed. When only one document has one, it serves for both.
   */
  readonly publishedAt?: string;
}

/** Options for {@link compare}. */
export interface CompareOptions {
  /**
   * `parallel`: the documents translate each other; their sentences are aligned in order. `comparable`: they
   * report the same event independently; sentences are paired by the claims they make, in any order, and
   * what one says and the other does not is no omission. `auto` (default): measured (see
   * `ComparisonReport.modeStatistics`).
   */
  mode?: 'auto' | 'parallel' | 'comparable';
  /** Leave the web page's boilerplate (share buttons, teasers, credits) out of the comparison. Default `true`. */
  boilerplate?: boolean;
  /** Report only findings of these kinds. Default: all. */
  kinds?: readonly FindingKind[];
  /** Report only findings at least this severe (`info` < `warning` < `conflict`). Default `info`. */
  minSeverity?: Severity;
  /** Beads paired with less confidence than this are reported as `omission/low-confidence`. Default 0.5. */
  lowConfidence?: number;
  /** Also report equal numbers written differently (`number/form`). Default `false`. */
  reportEqualNumbers?: boolean;
  /** How lunar Hijri dates are placed. Default `umalqura`. */
  islamic?: 'umalqura' | 'civil';
  /** How to segment both documents. */
  segment?: SegmentOptions;
  /**
   * A bilingual dictionary and an external sentence similarity for the aligner (see {@link AlignOptions}); the
   * dictionary serves claim matching too.
   */
  align?: Pick<AlignOptions, 'dictionary' | 'similarity' | 'similarityWeight'>;
  /** How strict claim matching is in comparable mode (see `matchClaims`). */
  claims?: Pick<MatchClaimsOptions, 'minSurprise' | 'minOverlap'>;
  /**
   * Called as the comparison goes on, with the stage it is in and how much of it is done (see
   * {@link Progress}): for a progress bar on long inputs. Called synchronously, from inside the comparison.
   */
  onProgress?: (progress: Progress) => void;
}

/** Options for {@link compareAsync}: those of {@link compare}, and a signal to stop it. */
export interface CompareAsyncOptions extends CompareOptions {
  /** Aborting it stops the comparison at its next step; the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
}

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

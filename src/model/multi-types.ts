import type { ComparisonReport, REPORT_VERSION, ReportDocument } from './types.js';
import type { NumberValue } from './values.js';
import type { DateValue } from './values.js';

/** One of the documents of a {@link MultiReport}: a report document with the id the caller gave it. */
export interface MultiDocument extends ReportDocument {
  /** The caller's id for the document (a file name, an outlet), or its position (`"0"`, `"1"` …) when none was given. */
  readonly id: string;
}

/** A place in one of the documents of a {@link MultiReport}. */
export interface DocumentSpan {
  /** Index of the document in `MultiReport.documents`. */
  readonly document: number;
  /** Offset of the first UTF-16 code unit in that document's text. */
  readonly start: number;
  /** Offset one past the last code unit. */
  readonly end: number;
  /** `text.slice(start, end)` of that document. */
  readonly text: string;
  /** Index of the sentence that holds it. */
  readonly sentence: number;
}

/** Two documents compared with each other. */
export interface PairReport {
  /** Index of the first document (document a of the report) in `MultiReport.documents`. */
  readonly a: number;
  /** Index of the second document (document b), greater than `a`. */
  readonly b: number;
  /** What {@link compare} says about the two. */
  readonly report: ComparisonReport;
}

/** Two documents of which one translates the other: their comparison ran in `parallel` mode. */
export interface TranslationPair {
  /** Index of one document. */
  readonly a: number;
  /** Index of the other, greater than `a`. */
  readonly b: number;
  /** `true` when the mode was detected, `false` when the caller gave it. */
  readonly detected: boolean;
  /** Why, as the pair's report says it (`modeReason`). */
  readonly reason: string;
}

/** One way an entity is written, and where. */
export interface EntitySpelling {
  /** The spelling as first written. */
  readonly text: string;
  /** The documents that write it so, by index, in order. */
  readonly documents: readonly number[];
  /** Every mention written so, in document order. */
  readonly mentions: readonly DocumentSpan[];
}

/** One person, place or organisation across the documents, with its spellings in each. */
export interface EntityRow {
  /** A stable id: the entity's for known places and organisations (`TJ`, `CSTO`), else `person:1`, `organization:2` … */
  readonly id: string;
  /** What it is. */
  readonly type: 'person' | 'place' | 'organization' | 'unknown';
  /** A name to show: a person's fullest spelling, a known entity's most frequent one. */
  readonly label: string;
  /** Its spellings, the most frequent first. */
  readonly spellings: readonly EntitySpelling[];
  /** The documents that name it, by index, in order. */
  readonly documents: readonly number[];
}

/** One statement of a fact: a number or a date as one document gives it. */
export interface FactStatement extends DocumentSpan {
  /** The number, for a fact of kind `number`. */
  readonly number?: NumberValue;
  /** The date, for a fact of kind `date`. */
  readonly date?: DateValue;
}

/** One value a fact is given, and the documents that give it. */
export interface FactVersion {
  /**
   * The value, written plainly: a number with its unit (`1344 kilometre`), a date as the Gregorian days it
   * covers (`2025-01-29`, `2025-01-01/2025-12-31`, `--11-22/--12-21` without a year), or the words of a
   * date that cannot be placed.
   */
  readonly value: string;
  /** The documents that give this value, by index, in order. */
  readonly documents: readonly number[];
  /** Every statement of this value, in document order. */
  readonly statements: readonly FactStatement[];
}

/** Two documents that state a fact differently. */
export interface FactDisagreement {
  /** Index of one document. */
  readonly a: number;
  /** Index of the other, greater than `a`. */
  readonly b: number;
  /** `conflict` (different facts) or `warning` (perhaps the same: dates that partly overlap, a bound). */
  readonly severity: 'warning' | 'conflict';
  /** The finding of the pair's report that says so, as its message. */
  readonly message: string;
}

/**
 * One number or date claim across the documents: the statements the comparisons paired (the same quantity,
 * the same event's date), grouped into versions by value.
 *
 * `status`: `single` — one document states it; `agreed` — every pairing found the statements consistent
 * (equal, or one date within the other); `uncertain` — some pairing is only a warning, or a date cannot be
 * placed (a relative date such as "last year" without a publication date, which may mean another year in
 * each document); `conflict` — some pair of documents states it differently.
 */
export interface FactRow {
  /** A number or a date. */
  readonly kind: 'number' | 'date';
  /** How the documents that state it agree (see above). */
  readonly status: 'single' | 'agreed' | 'uncertain' | 'conflict';
  /** The values it is given, the most stated first. */
  readonly versions: readonly FactVersion[];
  /** The documents that state it, by index, in order. */
  readonly documents: readonly number[];
  /** The pairs of documents that state it differently (the documents that contradict each other). */
  readonly disagreements: readonly FactDisagreement[];
}

/** Counts for a quick look. */
export interface MultiSummary {
  /** The number of documents. */
  readonly documents: number;
  /** Pairwise findings, over all comparisons. */
  readonly findings: number;
  /** Pairwise conflicts, over all comparisons. */
  readonly conflicts: number;
  /** Entities named in more than one document. */
  readonly sharedEntities: number;
  /** Facts stated by more than one document: how many in all, agreed, uncertain and in conflict. */
  readonly sharedFacts: {
    /** Facts stated by two documents or more. */
    readonly total: number;
    /** Of those, facts every pairing found consistent. */
    readonly agreed: number;
    /** Of those, facts with a pairing that is only a warning, or with a date that cannot be placed. */
    readonly uncertain: number;
    /** Of those, facts two documents state differently. */
    readonly conflict: number;
  };
}

/** The result of {@link compareMany}: plain, versioned, JSON-serializable data. */
export interface MultiReport {
  /** The format version, the same as the comparison report's ({@link REPORT_VERSION}). */
  readonly version: typeof REPORT_VERSION;
  /** The documents, in the order given; every index in the report points into this list. */
  readonly documents: readonly MultiDocument[];
  /** Every document against every other: `a` < `b`, in order. */
  readonly comparisons: readonly PairReport[];
  /** The pairs of documents of which one translates the other. */
  readonly translations: readonly TranslationPair[];
  /** Every person, place and organisation named, with its spellings per document: names in most documents first. */
  readonly entities: readonly EntityRow[];
  /** Every number and date stated (boilerplate aside): facts in conflict first, then the other shared ones, then the rest. */
  readonly facts: readonly FactRow[];
  /** Counts for a quick look. */
  readonly summary: MultiSummary;
}

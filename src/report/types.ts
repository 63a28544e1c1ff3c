import type { Anchor } from '../align/types.js';
import type { Language, PersianVariant } from '../text/language.js';

/** The version of the report format. It changes when a field is removed or changes meaning. */
export const REPORT_VERSION = 1;

/**
 * How much a finding matters: `info` — the same fact on a different surface (a spelling, a calendar, a digit
 * script); `warning` — probably the same, not provably (dates that only partly overlap, an approximate
 * number, a sentence paired with little confidence); `conflict` — different facts.
 */
export type Severity = 'info' | 'warning' | 'conflict';

/** The kinds of finding, the discriminant of {@link Finding}. */
export type FindingKind = 'name' | 'date' | 'number' | 'omission';

/** Which of the two documents: `a` (the first argument of `compare`) or `b`. */
export type Side = 'a' | 'b';

/** A place in one document, as a linter message has it: offsets, line and column, and the words there. */
export interface Location {
  /** Offset of the first UTF-16 code unit in the document's text. */
  readonly start: number;
  /** Offset one past the last code unit. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  readonly column: number;
  /** `text.slice(start, end)`: the words the finding is about. */
  readonly text: string;
  /** Index of the sentence that holds the words. */
  readonly sentence: number;
}

/** What every finding has. */
interface FindingBase {
  /** The kind, the discriminant of the union. */
  readonly kind: FindingKind;
  /** A stable rule id, `kind/what` (see each kind for its rules), for filtering and suppressing. */
  readonly rule: string;
  readonly severity: Severity;
  /** How sure the library is of the finding, from 0 to 1. */
  readonly confidence: number;
  /** One plain English sentence saying what differs and why it matters. */
  readonly message: string;
  /** Where it is in document a, if it is there. */
  readonly a?: Location;
  /** Where it is in document b, if it is there. */
  readonly b?: Location;
  /** Index of the bead (in `alignment.beads`) the finding belongs to. */
  readonly bead: number;
}

/**
 * A name written differently on the two sides, or present on one side only.
 * Rules: `name/spelling` (the same entity transliterated two ways), `name/convention` (a place each
 * language names its own way: الصين / چین), `name/unmatched` (a name whose counterpart sentence names no one
 * matching it, e.g. it has a pronoun instead).
 */
export interface NameFinding extends FindingBase {
  readonly kind: 'name';
  readonly rule: 'name/spelling' | 'name/convention' | 'name/unmatched';
  /** The spellings on each side (one side is absent for `name/unmatched`). */
  readonly spellings: { readonly a?: string; readonly b?: string };
  /** How the spellings differ, letter by letter (e.g. `غ ↔ گ (g)`, `ي dropped`), when they are the same entity. */
  readonly differences?: readonly string[];
  /** The entity type when known. */
  readonly entity?: 'person' | 'place' | 'organization' | 'unknown';
}

/** A date as a finding reports it: as written, its calendar, and the Gregorian days it covers. */
export interface DateValue {
  readonly text: string;
  readonly calendar: 'gregorian' | 'persian' | 'islamic';
  /** Inclusive Gregorian interval when known. */
  readonly interval?: { readonly start: string; readonly end: string };
  /** Year-independent range (`--MM-DD`) when no year is known. */
  readonly yearless?: { readonly start: string; readonly end: string };
}

/**
 * Dates that differ. Rules: `date/calendar` (the same days in two calendars: info), `date/partial-overlap`
 * (the two only partly overlap: warning), `date/disjoint` (no day in common: conflict), `date/weekday` (a
 * weekday that does not fall on its date: conflict), `date/unmatched` (a date with no counterpart on the other
 * side: warning).
 */
export interface DateFinding extends FindingBase {
  readonly kind: 'date';
  readonly rule: 'date/calendar' | 'date/partial-overlap' | 'date/disjoint' | 'date/weekday' | 'date/unmatched';
  readonly values: { readonly a?: DateValue; readonly b?: DateValue };
  /** Days in common (the most, when it depends on the year). */
  readonly overlapDays?: number;
  /** Days in common at the least, when it depends on the year. */
  readonly minOverlapDays?: number;
}

/** A number as a finding reports it. */
export interface NumberValue {
  readonly text: string;
  /** The exact value, as a decimal string. */
  readonly value: string;
  readonly unit?: string;
  readonly qualifier?: string;
}

/**
 * Numbers that differ. Rules: `number/form` (the same value written differently — digits of another script,
 * words; reported only when asked), `number/approximate` (values that agree within a qualifier such as
 * "more than": warning), `number/different` (different values: conflict), `number/unmatched` (a number on one
 * side only: warning).
 */
export interface NumberFinding extends FindingBase {
  readonly kind: 'number';
  readonly rule: 'number/form' | 'number/approximate' | 'number/different' | 'number/unmatched';
  readonly values: { readonly a?: NumberValue; readonly b?: NumberValue };
}

/**
 * A sentence without a counterpart (`omission/sentence`), or a pairing the aligner is not sure of
 * (`omission/low-confidence`).
 */
export interface OmissionFinding extends FindingBase {
  readonly kind: 'omission';
  readonly rule: 'omission/sentence' | 'omission/low-confidence';
  /** Which side lacks the sentence (for `omission/sentence`). */
  readonly missingFrom?: Side;
}

/** One difference between the two documents. Narrow on `kind`. */
export type Finding = NameFinding | DateFinding | NumberFinding | OmissionFinding;

/** A document as the report describes it. */
export interface ReportDocument {
  /** The language the document was read as: given, or detected. */
  readonly language: Language | 'unknown';
  /** For Persian, the variant (Iran or Afghanistan) when given or detected. */
  readonly variant?: PersianVariant;
  /** Whether the language was detected (and with what confidence) or given. */
  readonly languageSource: { readonly detected: boolean; readonly confidence: number };
  readonly title?: string;
  /** The publication date, `YYYY-MM-DD`, against which relative dates were resolved. */
  readonly publishedAt?: string;
  /** The full text, so that every location can be shown in context. */
  readonly text: string;
  readonly sentences: readonly { readonly text: string; readonly start: number; readonly end: number; readonly paragraph: number }[];
}

/** A bead of the report's alignment, with what paired it. */
export interface ReportBead {
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Confidence in [0, 1] that the pairing is right. */
  readonly confidence: number;
  readonly anchors: readonly Anchor[];
}

/** Counts for a quick look. */
export interface ReportSummary {
  readonly findings: number;
  readonly byKind: Readonly<Record<FindingKind, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Share of each document's sentences that have a counterpart. */
  readonly coverage: { readonly a: number; readonly b: number };
  /** Beads paired with a confidence below the threshold. */
  readonly lowConfidenceBeads: number;
}

/** The result of {@link compare}: plain, versioned, JSON-serializable data. */
export interface ComparisonReport {
  readonly version: typeof REPORT_VERSION;
  /** `parallel` when one document translates the other; `comparable` when they report the same event independently. */
  readonly mode: 'parallel' | 'comparable';
  /** Why that mode: given by the caller, or what the detection saw. */
  readonly modeReason: string;
  readonly documents: { readonly a: ReportDocument; readonly b: ReportDocument };
  readonly alignment: { readonly beads: readonly ReportBead[] };
  readonly findings: readonly Finding[];
  readonly summary: ReportSummary;
}

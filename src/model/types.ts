import type { Anchor } from '../align/types.js';
import type { Language, PersianVariant } from '../text/language.js';
import type { DateValue, NumberValue } from './values.js';

/**
 * Why a unit is boilerplate: `share` (share buttons: شاركها, Share), `read-more` (a "read more" heading:
 * قراءة المزيد, بیشتر بخوانید), `teasers` (the other stories listed after such a heading), `credit` (photo
 * and source credits: الصورة: …, المصدر: …, عکس: …), `navigation` (Exit mobile version, Skip to content),
 * `follow` (follow-us and subscribe lines), `repeated` (a line the page repeats verbatim, such as a headline
 * printed twice: a line without a full stop, or a sentence repeated right after itself), `footer` (a short
 * line without a full stop in the block of boilerplate that ends the page, such as the site's name).
 */
export type BoilerplateRule = 'share' | 'read-more' | 'teasers' | 'credit' | 'navigation' | 'follow' | 'repeated' | 'footer';

/** The version of the report format. It changes when a field is removed or changes meaning. */
export const REPORT_VERSION = 1;

/**
 * How much a finding matters, a promise each rule keeps (see the severities guide): `conflict` — the two
 * texts cannot both be right (different numbers, disjoint dates); `warning` — a reviewer should look (a
 * probable discrepancy, content one side leaves out); `info` — a difference that is explained (a
 * convention, a transliteration, a calendar, a unit conversion, a digit script).
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
  /**
   * Index of the sentence that holds the words, or where they begin: a low-confidence omission covers every
   * sentence of its bead.
   */
  readonly sentence: number;
}

/** What every finding has. */
interface FindingBase {
  /** The kind, the discriminant of the union. */
  readonly kind: FindingKind;
  /** A stable rule id, `kind/what` (see each kind for its rules), for filtering and suppressing. */
  readonly rule: string;
  /** How much it matters: `info`, `warning` or `conflict` (see {@link Severity}). */
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
 * A name written differently on the two sides, another name in its place, or a name present on one side only.
 * Rules, each with the severity it raises:
 * - `name/spelling` (info): the same entity transliterated two ways (تاسماغامبيتوف / تاسماگامبتوف), or two
 *   spellings that differ only in neighbouring sounds a transliteration by ear confuses (ش / س): explained;
 * - `name/convention` (info): a place each language names its own way (الصين / چین): explained;
 * - `name/substitution` (conflict or warning): a sentence and its translation name two different entities in
 *   one role — another country, another city, another person. `conflict` when both are known and clearly
 *   different (two countries of the gazetteer, two people whose names share nothing, a name respelled with a
 *   consonant of another sound, بيلوسوف / بيلوكوف): the two texts cannot both be right. `warning` when less
 *   sure (a place against an adjective of another, names that share a part): a reviewer should look;
 * - `name/unmatched` (warning or info): a name with no counterpart in the other side's sentence. `warning`
 *   for a person or place the other document names nowhere: a reviewer should look. `info` when it is
 *   explained — the other side has a pronoun or a title there, or names the entity in another sentence — and
 *   for organisations.
 */
export interface NameFinding extends FindingBase {
  readonly kind: 'name';
  readonly rule: 'name/spelling' | 'name/convention' | 'name/substitution' | 'name/unmatched';
  /** The spellings on each side (one side is absent for `name/unmatched`). */
  readonly spellings: {
    /** The name as document a writes it. */
    readonly a?: string;
    /** The name as document b writes it. */
    readonly b?: string;
  };
  /**
   * How the spellings differ, letter by letter (e.g. `غ ↔ گ (g)`, `ي dropped`): for one entity spelled two
   * ways, and for a name respelled into another.
   */
  readonly differences?: readonly string[];
  /** The entity type when known. */
  readonly entity?: 'person' | 'place' | 'organization' | 'unknown';
  /**
   * The ids of the known entities on each side, when the gazetteer knows them: the ISO region code of a
   * country (`FR`), `CC/City` for a city, an organisation's id. Two different ids in a `name/substitution`
   * are two different places or organisations.
   */
  readonly ids?: {
    /** The entity named in document a. */
    readonly a?: string;
    /** The entity named in document b. */
    readonly b?: string;
  };
}

/**
 * Dates that differ. Rules: `date/calendar` (the same days in two calendars, or relative dates such as
 * العام الماضي / سال گذشته that differ only by the calendar they count in: info, explained by the calendar),
 * `date/precision` (one date lies within the other, e.g. a day and its month: info, one side is only less
 * precise), `date/partial-overlap` (the two only partly overlap: warning, probably a discrepancy),
 * `date/disjoint` (no day in common: conflict), `date/weekday` (a weekday that does not fall on its date:
 * conflict), `date/unmatched` (a day, a month or a year with no counterpart on the other side, which gives
 * it in no other form — a bare number, a decade, a century: warning, content may be missing; a weekday
 * alone and a date relative to the day of writing are not reported).
 */
export interface DateFinding extends FindingBase {
  readonly kind: 'date';
  readonly rule: 'date/calendar' | 'date/precision' | 'date/partial-overlap' | 'date/disjoint' | 'date/weekday' | 'date/unmatched';
  /** The date on each side (one side only for `date/weekday` and `date/unmatched`). */
  readonly values: {
    /** The date in document a. */
    readonly a?: DateValue;
    /** The date in document b. */
    readonly b?: DateValue;
  };
  /** Days in common (the most, when it depends on the year). */
  readonly overlapDays?: number;
  /** Days in common at the least, when it depends on the year. */
  readonly minOverlapDays?: number;
}

/**
 * Numbers that differ. Rules: `number/form` (the same value written differently — digits of another script,
 * words, a separator read two ways: info, reported only when asked, since nothing differs),
 * `number/conversion` (the same quantity converted into another unit and rounded as a translator would,
 * 20 feet / 6 metres, two thirds / 67%: info, since the difference is explained), `number/approximate`
 * (values that agree within a qualifier such as "more than": warning, probably the same but not provably),
 * `number/scale` (one figure with a scale word on one side and bare on the other, 1.6 million / 1.6: warning,
 * since a reader may carry the scale over from a number beside it, or it was left out),
 * `number/different` (different values, even after converting units: conflict, since both cannot be right),
 * `number/unmatched` (a count or measure of more than two on one side only, which the other side writes in
 * no form found — not as an ordinal, a converted unit or a vague "dozens": warning, content may be missing).
 */
export interface NumberFinding extends FindingBase {
  readonly kind: 'number';
  readonly rule: 'number/form' | 'number/conversion' | 'number/approximate' | 'number/scale' | 'number/different' | 'number/unmatched';
  /** The number on each side (one side only for `number/unmatched`). */
  readonly values: {
    /** The number in document a. */
    readonly a?: NumberValue;
    /** The number in document b. */
    readonly b?: NumberValue;
  };
  /** For `number/conversion`: document a's quantity converted into document b's unit, to four significant digits. */
  readonly conversion?: {
    /** The converted value, as a decimal string. */
    readonly value: string;
    /** Document b's unit, when it has one (a share of a whole has none). */
    readonly unit?: string;
  };
}

/**
 * A sentence without a counterpart (`omission/sentence`: a warning for a sentence of content, quoted in the
 * message; info for a short line — a title, a caption, a credit — or a line the document repeats), or a
 * pairing the aligner is not sure of (`omission/low-confidence`: warning; below the threshold, below 85%
 * beside a sentence left out or joining two sentences of one side to one, or a sentence of each side left
 * unpaired where the other stands).
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
  readonly languageSource: {
    /** `true` when detected from the text, `false` when the caller gave it. */
    readonly detected: boolean;
    /** How sure the detection is, from 0 to 1 (1 when given). */
    readonly confidence: number;
  };
  /** The headline or another name the caller gave the document. */
  readonly title?: string;
  /** The publication date, `YYYY-MM-DD`, against which relative dates were resolved. */
  readonly publishedAt?: string;
  /** The full text, so that every location can be shown in context. */
  readonly text: string;
  /** The sentences, in order; bead indices point into this list. */
  readonly sentences: readonly {
    /** The sentence as written: `text.slice(start, end)`. */
    readonly text: string;
    /** Offset of its first UTF-16 code unit in the document's text. */
    readonly start: number;
    /** Offset one past its last code unit. */
    readonly end: number;
    /** Index of its paragraph, from 0. */
    readonly paragraph: number;
  }[];
  /**
   * The sentences that belong to the web page, not the report (share buttons, "read more" teasers, credits,
   * navigation, repeated lines), with why. They are in no bead and in no finding.
   */
  readonly boilerplate?: readonly {
    /** Index of the sentence in `sentences`. */
    readonly sentence: number;
    /** What kind of boilerplate it is. */
    readonly rule: BoilerplateRule;
  }[];
}

/**
 * One run of a word-by-word comparison of the two sides of a bead: words both sides have (`same`), or
 * words only document a (`a`) or only document b (`b`) has. Spans point into the documents' texts.
 */
export interface TokenDiffPart {
  /** `same`: words both sides have; `a`: words only document a has; `b`: words only document b has. */
  readonly op: 'same' | 'a' | 'b';
  /** The run's span in document a (for `same` and `a`). */
  readonly a?: {
    /** Offset of the run's first code unit in document a's text. */
    readonly start: number;
    /** Offset one past its last code unit. */
    readonly end: number;
  };
  /** The run's span in document b (for `same` and `b`). */
  readonly b?: {
    /** Offset of the run's first code unit in document b's text. */
    readonly start: number;
    /** Offset one past its last code unit. */
    readonly end: number;
  };
}

/**
 * A bead of the report's alignment, with what paired it.
 *
 * In `parallel` mode the beads are a monotone alignment: in order on both sides, covering every sentence
 * that is not boilerplate exactly once; a bead with an empty side is a sentence the other document left out.
 * In `comparable` mode a bead is a claim match: sentences of the two documents that report the same thing,
 * wherever they stand. Beads come in the order of their sentences in document a, then the sentences of
 * document b that matched nothing; the b side is in no particular order, and a bead with an empty side is
 * a sentence the other document has no counterpart for, which in independent reports is no omission.
 */
export interface ReportBead {
  /** Indices of document a's sentences in the bead: consecutive, ascending, empty when a has no counterpart. */
  readonly a: readonly number[];
  /** Indices of document b's sentences in the bead, likewise. */
  readonly b: readonly number[];
  /** Confidence in [0, 1] that the pairing is right. */
  readonly confidence: number;
  /** The evidence shared by the two sides that paired them, strongest first (`source` is a, `target` is b). */
  readonly anchors: readonly Anchor[];
  /** For documents in one language: the two sides compared word by word (sides that differ by more than 1,000 words are one run each). */
  readonly diff?: readonly TokenDiffPart[];
}

/**
 * What the choice between `parallel` and `comparable` rests on, measured on the sentences that are not
 * boilerplate.
 */
export interface ModeStatistics {
  /**
   * Share of the sentences of both documents that the sentence aligner put in confident 1-1, 1-2 or 2-1
   * beads whose two sides share much of their content (an overlap of at least 0.4).
   */
  readonly alignedShare: number;
  /** Mean confidence of the aligner's beads that pair sentences. */
  readonly meanConfidence: number;
  /** Mean share of content (weighted words, names, numbers) that the two sides of the aligner's beads have in common. */
  readonly meanOverlap: number;
  /**
   * Share of the sentences of both documents that claim matching paired. Absent when the alignment decided
   * alone (at least 70% of the sentences aligned, at least 70% sure on average: a translation whatever the
   * order of its claims), since claim matching then did not run.
   */
  readonly matchedShare?: number;
  /** Share of the claim matches that keep the order of both documents (the longest such chain); absent with `matchedShare`. */
  readonly orderedShare?: number;
  /**
   * In long texts the measures are taken on an even sample of the aligner's beads (and claim matching on
   * their sentences): how many beads, of how many.
   */
  readonly sample?: {
    /** Beads measured. */
    readonly beads: number;
    /** Beads the aligner made. */
    readonly of: number;
  };
  /** Sentences of each document that carry content (words, names or numbers other than function words; boilerplate left out). */
  readonly sentences: {
    /** Sentences of document a. */
    readonly a: number;
    /** Sentences of document b. */
    readonly b: number;
  };
}

/** Counts for a quick look. */
export interface ReportSummary {
  /** The number of findings. */
  readonly findings: number;
  /** Findings of each kind (every kind has an entry). */
  readonly byKind: Readonly<Record<FindingKind, number>>;
  /** Findings of each severity (every severity has an entry). */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Share of each document's sentences that have a counterpart. */
  readonly coverage: {
    /** Share of document a's sentences, from 0 to 1. */
    readonly a: number;
    /** Share of document b's sentences, from 0 to 1. */
    readonly b: number;
  };
  /** Beads paired with a confidence below the threshold. */
  readonly lowConfidenceBeads: number;
}

/** The result of {@link compare}: plain, versioned, JSON-serializable data. */
export interface ComparisonReport {
  /** The format version, {@link REPORT_VERSION}. */
  readonly version: typeof REPORT_VERSION;
  /** `parallel` when one document translates the other; `comparable` when they report the same event independently. */
  readonly mode: 'parallel' | 'comparable';
  /** Why that mode: given by the caller, or what the detection saw. */
  readonly modeReason: string;
  /** The measurements the mode was chosen by (present when `compare` measured them). */
  readonly modeStatistics?: ModeStatistics;
  /** The two documents: `a` is the first argument of `compare`, `b` the second. */
  readonly documents: {
    /** The first document. */
    readonly a: ReportDocument;
    /** The second document. */
    readonly b: ReportDocument;
  };
  /** How the sentences pair up. */
  readonly alignment: {
    /** The beads (see {@link ReportBead} for their order in each mode); together they cover every sentence of both documents that is not boilerplate exactly once. */
    readonly beads: readonly ReportBead[];
  };
  /** Where the documents differ, in the order the detectors found them. */
  readonly findings: readonly Finding[];
  /** Counts for a quick look. */
  readonly summary: ReportSummary;
  /** What a reader should know about the comparison as a whole (see {@link ReportNotice}); absent when nothing. */
  readonly notices?: readonly ReportNotice[];
}

/**
 * Something a reader should know about the comparison as a whole rather than one difference. Rule:
 * `language/unsupported`: a document reads as neither Arabic nor Persian (another script, Pashto or Urdu, no
 * letters at all), and its language was not given, so its names, dates and numbers were read as if it were
 * Arabic and the findings may miss what differs.
 */
export interface ReportNotice {
  /** A stable id, `topic/what`, like a finding's rule. */
  readonly rule: 'language/unsupported';
  /** The document it is about. */
  readonly side: Side;
  /** One plain English sentence. */
  readonly message: string;
}

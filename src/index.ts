/**
 * muqabala — collate an Arabic news report with its Persian (Farsi or Dari) counterpart.
 *
 * Every stage of the pipeline is a pure function exported on its own: {@link normalize},
 * {@link segment}, {@link extractDates} and {@link extractNumbers} (with {@link relateDates}), and the
 * stages that build on them.
 *
 * The API is grouped by pipeline stage, in the order data flows; the guides come first.
 *
 * @groupDescription Text
 * Folding Arabic and Persian spelling variants with a map back to the original offsets, telling the two
 * languages apart, cutting text into tokens.
 *
 * @groupDescription Segmentation
 * Paragraphs and sentences, with their spans.
 *
 * @groupDescription Dates and numbers
 * Dates in three calendars and numbers in digits and words, found with their spans and resolved to values.
 *
 * @groupDescription Names
 * People, places and organisations: finding them, telling whether two spellings are one name, grouping them.
 *
 * @groupDescription Alignment
 * Which sentences of a report translate which sentences of its counterpart.
 *
 * @groupDescription Comparison
 * Everything at once: align two reports and report where they differ.
 *
 * @groupDescription The report
 * The typed, versioned, JSON-serialisable result of {@link compare}.
 *
 * @groupDescription Rendering
 * The report as Markdown or as a self-contained HTML page.
 *
 * @groupDescription Errors
 * What every function throws on input it does not take: a {@link MuqabalaTypeError} for a wrong type, a
 * {@link MuqabalaRangeError} for a value outside those allowed, each with a stable `code`.
 *
 * @packageDocumentation
 */

export { normalize } from './text/normalize.js';
export { toSourceSpan } from './text/source-span.js';
export type { NormalizeOptions, NormalizedText, Span } from './text/normalize.js';
export { detectLanguage } from './text/language.js';
export type { DetectLanguageOptions, Language, LanguageGuess, LanguageTag, PersianVariant } from './text/language.js';
export { tokenize } from './text/tokens.js';
export type { Token, TokenKind } from './text/tokens.js';
export { segment } from './segment/segment.js';
export type { SegmentOptions, Sentence } from './segment/segment.js';
export { findBoilerplate } from './compare/boilerplate.js';
export type { Boilerplate, FindBoilerplateOptions } from './compare/boilerplate.js';
export { alignSentences } from './align/align.js';
export type { AlignOptions, Alignment, Anchor, Bead, ExplainedAlignment, ExplainedBead, SentenceSimilarity } from './align/types.js';
export { matchClaims } from './align/claims.js';
export type { ClaimMatch, MatchClaimsOptions } from './align/claims.js';
export { alignTexts } from './align/texts.js';
export type { AlignTextsOptions, TextAlignment } from './align/texts.js';
export { compareNames } from './names/compare.js';
export type { CompareNamesOptions, NameMatch, NameMatchKind, NameMatchReason, NamePartMatch } from './names/name-match.js';
export type { AlignedLetters, LetterStepKind, SpellingAlignment } from './names/phonetic.js';
export type { KnownEntity } from './names/gazetteer.js';
export type { PlaceKind } from './lexicon/places.js';
export { findNames } from './names/find/find-names.js';
export type { FindNamesOptions, NameCue, NameMention, NameType } from './names/find/find-names.js';
export type { NameLanguage } from './names/gazetteer.js';
export { clusterNames } from './names/cluster.js';
export type { ClusterNamesOptions, ClusterSpelling, DocumentNameMention, NameCluster, NameOccurrence } from './names/cluster.js';
export { extractDates } from './extract/dates.js';
export type { ExtractDatesOptions } from './extract/dates.js';
export type {
  CalendarName,
  DateFields,
  DateInterval,
  DateMention,
  DatePrecision,
  IslamicVariant,
  PartOfMonth,
  RelativeDate,
  TimeUnit,
  YearlessRange,
} from './extract/date-mention.js';
export { relateDates } from './extract/relate-dates.js';
export type { DateRelation, DateRelationKind, RelateDatesOptions } from './extract/relate-dates.js';
export { extractNumbers } from './extract/numbers.js';
export type { ExtractNumbersOptions, NumberQualifier, NumberRole, QuantityUnit } from './extract/numbers.js';
export type { NumberMention } from './extract/number-mention.js';
export { compare, compareAsync } from './compare/compare.js';
export type { CompareAsyncOptions, CompareInput, CompareOptions } from './compare/compare.js';
export type { Progress, ProgressStage } from './compare/progress.js';
export { compareMany } from './compare/many.js';
export type { MultiInput } from './compare/many.js';
export type {
  DocumentSpan,
  EntityRow,
  EntitySpelling,
  FactDisagreement,
  FactRow,
  FactStatement,
  FactVersion,
  MultiDocument,
  MultiReport,
  MultiSummary,
  PairReport,
  TranslationPair,
} from './model/multi-types.js';
export { REPORT_VERSION } from './model/types.js';
export type { DateValue, NumberValue } from './model/values.js';
export type {
  BoilerplateRule,
  ComparisonReport,
  DateFinding,
  Finding,
  FindingKind,
  Location,
  ModeStatistics,
  NameFinding,
  NumberFinding,
  OmissionFinding,
  ReportBead,
  ReportDocument,
  ReportNotice,
  ReportSummary,
  Severity,
  Side,
  TokenDiffPart,
} from './model/types.js';
export { renderMarkdown } from './report/markdown.js';
export type { RenderMarkdownOptions } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export type { RenderHtmlOptions } from './report/html.js';
export type { DocumentLabels, RenderOptions } from './report/describe.js';
export { renderMultiMarkdown } from './report/multi-markdown.js';
export type { RenderMultiMarkdownOptions } from './report/multi-markdown.js';
export { renderMultiHtml } from './report/multi-html.js';
export type { RenderMultiHtmlOptions } from './report/multi-html.js';
export type { RenderMultiOptions } from './report/multi-describe.js';
export { isMuqabalaError, MuqabalaRangeError, MuqabalaTypeError } from './contract/errors.js';
export type { MuqabalaErrorCode, MuqabalaErrorDetails } from './contract/errors.js';

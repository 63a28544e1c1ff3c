import { alignTexts } from '../align/texts.js';
import type { AlignOptions } from '../align/types.js';
import {
  REPORT_VERSION,
  type ComparisonReport,
  type Finding,
  type FindingKind,
  type ReportBead,
  type ReportDocument,
  type ReportSummary,
  type Severity,
} from '../report/types.js';
import type { SegmentOptions } from '../segment/segment.js';
import { detectLanguage, type Language, type LanguageGuess, type PersianVariant } from '../text/language.js';
import { buildContext, type ContextDocument, type Detector } from './context.js';
import { dateDetector } from './detectors/dates.js';
import { nameDetector } from './detectors/names.js';
import { numberDetector } from './detectors/numbers.js';
import { omissionDetector } from './detectors/omissions.js';

/** A document to compare, with what the caller knows about it. */
export interface CompareInput {
  /** The report's text. */
  readonly text: string;
  /** Its language; detected when absent. */
  readonly language?: Language;
  /** For Persian, the variant; detected when the text gives it away. */
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
  /** A bilingual dictionary and an external sentence similarity for the aligner (see {@link AlignOptions}). */
  align?: Pick<AlignOptions, 'dictionary' | 'similarity' | 'similarityWeight'>;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, conflict: 2 };

function asInput(x: string | CompareInput): CompareInput {
  return typeof x === 'string' ? { text: x } : x;
}

function describeDocument(input: CompareInput, guess: LanguageGuess, sentences: ReportDocument['sentences']): ReportDocument {
  const language = input.language ?? guess.language;
  const variant = input.variant ?? (language === 'fa' ? guess.variant : undefined);
  return {
    language,
    ...(variant ? { variant } : {}),
    languageSource: { detected: !input.language, confidence: input.language ? 1 : guess.confidence },
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
    text: input.text,
    sentences,
  };
}

function summarize(findings: readonly Finding[], beads: readonly ReportBead[], a: ReportDocument, b: ReportDocument, lowConfidence: number): ReportSummary {
  const byKind: Record<FindingKind, number> = { name: 0, date: 0, number: 0, omission: 0 };
  const bySeverity: Record<Severity, number> = { info: 0, warning: 0, conflict: 0 };
  for (const f of findings) {
    byKind[f.kind]++;
    bySeverity[f.severity]++;
  }
  const paired = (side: 'a' | 'b'): number => beads.reduce((n, bead) => n + (bead.a.length && bead.b.length ? bead[side].length : 0), 0);
  const share = (n: number, total: number): number => (total === 0 ? 1 : Math.round((n / total) * 1000) / 1000);
  return {
    findings: findings.length,
    byKind,
    bySeverity,
    coverage: { a: share(paired('a'), a.sentences.length), b: share(paired('b'), b.sentences.length) },
    lowConfidenceBeads: beads.filter((bead) => bead.a.length && bead.b.length && bead.confidence < lowConfidence).length,
  };
}

/**
 * Compares a report with its translation: aligns their sentences and reports every difference it finds —
 * names spelled two ways, dates in two calendars or that disagree, numbers that changed, sentences left out —
 * each with its place in both texts, a severity, a confidence and a one-sentence explanation.
 *
 * Facts are compared with their counterparts in the aligned sentences first and then in the neighbouring
 * ones, so a sentence that one side split does not produce false conflicts.
 *
 * @param a - The first document: its text, or the text with its language, title and publication date.
 * @param b - The second document.
 * @example
 * ```ts
 * import { compare } from 'muqabala';
 *
 * const report = compare(
 *   { text: 'قُتل خمسة عمال في مطلع ديسمبر الماضي، بحسب الرئيس إمام علي رحمن.', language: 'ar' },
 *   { text: 'به گفته امامعلی رحمان، در اوایل ماه قوس پنج کارگر کشته شدند.', language: 'fa' },
 * );
 * report.findings.map((f) => `${f.severity} ${f.rule}`);
 * // => ['warning date/partial-overlap', 'info name/spelling']
 * report.summary.coverage; // => { a: 1, b: 1 }
 * ```
 */
export function compare(a: string | CompareInput, b: string | CompareInput, options: CompareOptions = {}): ComparisonReport {
  const inputA = asInput(a);
  const inputB = asInput(b);
  const lowConfidence = options.lowConfidence ?? 0.5;
  const guessA = detectLanguage(inputA.text);
  const guessB = detectLanguage(inputB.text);
  const languageA = inputA.language ?? known(guessA.language);
  const languageB = inputB.language ?? known(guessB.language);
  const alignment = alignTexts(inputA.text, inputB.text, {
    ...options.align,
    ...(options.segment ? { segment: options.segment } : {}),
    ...(languageA ? { sourceLanguage: languageA } : {}),
    ...(languageB ? { targetLanguage: languageB } : {}),
  });
  const sentences = (list: typeof alignment.sourceSentences): ReportDocument['sentences'] =>
    list.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph }));
  const docA = describeDocument(inputA, guessA, sentences(alignment.sourceSentences));
  const docB = describeDocument(inputB, guessB, sentences(alignment.targetSentences));
  const beads: ReportBead[] = alignment.beads.map((bead) => ({ a: bead.source, b: bead.target, confidence: bead.score, anchors: bead.anchors }));

  const contextDoc = (doc: ReportDocument, list: typeof alignment.sourceSentences): ContextDocument => ({
    text: doc.text,
    language: doc.language,
    sentences: list,
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
  });
  const ctx = buildContext(contextDoc(docA, alignment.sourceSentences), contextDoc(docB, alignment.targetSentences), beads);
  const detectors: Detector[] = [
    nameDetector,
    dateDetector({ islamic: options.islamic ?? 'umalqura' }),
    numberDetector({ reportEqual: options.reportEqualNumbers ?? false }),
    omissionDetector({ lowConfidence }),
  ];
  const minRank = SEVERITY_RANK[options.minSeverity ?? 'info'];
  const findings = detectors
    .filter((d) => !options.kinds || options.kinds.includes(d.kind))
    .flatMap((d) => d.detect(ctx))
    .filter((f) => SEVERITY_RANK[f.severity] >= minRank)
    .sort((x, y) => x.bead - y.bead || (x.a?.start ?? x.b?.start ?? 0) - (y.a?.start ?? y.b?.start ?? 0));
  return {
    version: REPORT_VERSION,
    mode: 'parallel',
    modeReason: 'The documents are compared as a translation pair, sentence by sentence.',
    documents: { a: docA, b: docB },
    alignment: { beads },
    findings,
    summary: summarize(findings, beads, docA, docB, lowConfidence),
  };
}

function known(language: Language | 'unknown'): Language | undefined {
  return language === 'unknown' ? undefined : language;
}

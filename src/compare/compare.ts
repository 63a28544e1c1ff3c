// TEMPORARY (branch `report`): a stand-in for the lead's compare(), so that the renderers and the CLI can be
// built and tested before it lands. It fills in the documents, their sentences and the alignment, and finds
// NOTHING (`findings` is always empty). The lead replaces this file when merging.
import { alignTexts } from '../align/texts.js';
import { detectLanguage, type Language } from '../text/language.js';
import type { ComparisonReport, FindingKind, ReportDocument, Severity } from '../report/types.js';

/** A document to compare: its text, and what the caller knows about it. */
export interface CompareSource {
  /** The text of the report. */
  readonly text: string;
  /** Its language; detected when absent. */
  readonly language?: Language;
  /** Its headline or another name for it. */
  readonly title?: string;
  /** Its publication date, `YYYY-MM-DD`, against which relative dates resolve. */
  readonly publishedAt?: string;
}

/** Options for {@link compare}. */
export interface CompareOptions {
  /** Report only findings of this severity or a more serious one. */
  readonly minSeverity?: Severity;
  /** Report only findings of these kinds. */
  readonly kinds?: readonly FindingKind[];
  /** Whether one document translates the other (`parallel`), tells the same event (`comparable`), or to decide (`auto`). */
  readonly mode?: 'parallel' | 'comparable' | 'auto';
}

const LOW_CONFIDENCE = 0.5;

function describe(source: CompareSource): ReportDocument {
  const guess = detectLanguage(source.text);
  const language = source.language ?? guess.language;
  const variant = language === 'fa' && guess.language === 'fa' ? guess.variant : undefined;
  return {
    language,
    ...(variant ? { variant } : {}),
    languageSource: source.language ? { detected: false, confidence: 1 } : { detected: true, confidence: guess.confidence },
    ...(source.title !== undefined ? { title: source.title } : {}),
    ...(source.publishedAt !== undefined ? { publishedAt: source.publishedAt } : {}),
    text: source.text,
    sentences: [],
  };
}

/**
 * Compares two reports. (Temporary stand-in: aligns them and reports no findings.)
 *
 * @example
 * ```ts
 * import { compare } from 'muqabala';
 *
 * const report = compare('وصل الوزير إلى دوشنبه.', { text: 'وزیر به دوشنبه رسید.', language: 'fa' });
 * report.documents.b.language; // => 'fa'
 * report.alignment.beads.map((b) => [b.a, b.b]); // => [[[0], [0]]]
 * ```
 */
export function compare(a: string | CompareSource, b: string | CompareSource, options: CompareOptions = {}): ComparisonReport {
  const sa = typeof a === 'string' ? { text: a } : a;
  const sb = typeof b === 'string' ? { text: b } : b;
  const da = describe(sa);
  const db = describe(sb);
  const aligned = alignTexts(sa.text, sb.text, {
    ...(da.language !== 'unknown' ? { sourceLanguage: da.language } : {}),
    ...(db.language !== 'unknown' ? { targetLanguage: db.language } : {}),
  });
  const sentences = (list: TextAlignmentSentences): ReportDocument['sentences'] =>
    list.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph }));
  const beads = aligned.beads.map((bead) => ({ a: bead.source, b: bead.target, confidence: bead.score, anchors: bead.anchors }));
  const paired = (side: 'a' | 'b', total: number): number =>
    total === 0 ? 1 : beads.filter((x) => x.a.length && x.b.length).reduce((n, x) => n + x[side].length, 0) / total;
  return {
    version: 1,
    mode: options.mode === 'comparable' ? 'comparable' : 'parallel',
    modeReason: options.mode && options.mode !== 'auto' ? 'given by the caller' : 'assumed (no detection yet)',
    documents: {
      a: { ...da, sentences: sentences(aligned.sourceSentences) },
      b: { ...db, sentences: sentences(aligned.targetSentences) },
    },
    alignment: { beads },
    findings: [],
    summary: {
      findings: 0,
      byKind: { name: 0, date: 0, number: 0, omission: 0 },
      bySeverity: { info: 0, warning: 0, conflict: 0 },
      coverage: { a: paired('a', aligned.sourceSentences.length), b: paired('b', aligned.targetSentences.length) },
      lowConfidenceBeads: beads.filter((x) => x.confidence < LOW_CONFIDENCE).length,
    },
  };
}

type TextAlignmentSentences = ReturnType<typeof alignTexts>['sourceSentences'];

import { aligning } from '../align/align.js';
import { claimThresholds, matchInSpace, type ClaimMatching } from '../align/claim-matching.js';
import { claimSpace } from '../align/claim-space.js';
import { type ClaimSpace, type SideReading } from '../align/claim-types.js';
import type { Analysed, AnalysisStore } from '../align/features.js';
import type { ExplainedAlignment } from '../align/types.js';
import { vocabularyFor } from '../align/vocabulary.js';
import { REPORT_VERSION, type ComparisonReport, type Finding, type ReportBead, type Side } from '../model/types.js';
import { argument } from '../contract/validate.js';
import { buildContext, type ComparisonContext, type ContextDocument, type Detector } from './context.js';
import { dateDetector } from './detectors/dates.js';
import { nameDetector } from './detectors/names.js';
import { numberDetector } from './detectors/numbers.js';
import { omissionDetector } from './detectors/omissions.js';
import { chooseMode, type Claims } from './choose-mode.js';
import type { ModeVerdict } from './mode.js';
import { documentLabels } from './labels.js';
import { languageNotice } from './notices.js';
import {
  compareAsyncOptions,
  compareDocument,
  compareOptions,
  type CheckedInput,
  type CompareAsyncOptions,
  type CompareInput,
  type CompareOptions,
} from './options.js';
import { tokenDiff } from './token-diff.js';
import { progressEmitter, runSteps, runStepsAsync, stepFraction, type Step, type Steps } from './progress.js';
import { elementAt } from '../contract/element-at.js';
import { SEVERITY_RANK, summarize } from './summary.js';
import { claimBeads, factContexts } from './fact-contexts.js';
import { prepareDocument, describeDocument, type PreparedDocument } from './prepared-document.js';

export type { CompareAsyncOptions, CompareInput, CompareOptions } from './options.js';

/**
 * Compares two reports of one event and reports every difference it finds — names spelled two ways, dates
 * in two calendars or that disagree, numbers that changed, sentences left out — each with its place in both
 * texts, a severity, a confidence and a one-sentence explanation.
 *
 * A report and its translation (`parallel` mode) are aligned sentence by sentence, in order; facts are
 * compared with their counterparts in the aligned sentences first and then in the neighbouring ones, so a
 * sentence that one side split does not produce false conflicts. Reports written independently
 * (`comparable` mode: other outlets, other orders, other padding) are paired by the claims their sentences
 * make, in any order; numbers and dates pair when the words around them speak of the same thing, and what
 * one report says and the other does not is no finding. The mode is measured unless given; the report says
 * which it chose and why (`mode`, `modeReason`, `modeStatistics`). The web page's boilerplate (share buttons,
 * "read more" teasers, credits) is left out of both. For two documents in one language, every bead carries a
 * word-by-word diff.
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
export function compare(a: string | CompareInput, b: string | CompareInput, options?: CompareOptions): ComparisonReport {
  const docA = argument('compare', 'a', a, compareDocument);
  const docB = argument('compare', 'b', b, compareDocument);
  const checked = compareOptions('compare', options);
  return runSteps(comparing(docA, docB, checked), reporter(docA, docB, checked.onProgress));
}

/**
 * {@link compare}, in slices of a few tens of milliseconds that give the event loop a turn in between, so that
 * a page or a server stays responsive during a long comparison and `options.signal` can stop it. The report
 * is the one {@link compare} gives.
 *
 * @param a - The first document: its text, or the text with its language, title and publication date.
 * @param b - The second document.
 * @param options - As for {@link compare}, and `signal`: aborting it rejects the promise with an `AbortError`.
 * @example
 * ```ts
 * import { compareAsync } from 'muqabala';
 *
 * const stages: string[] = [];
 * const report = await compareAsync(
 *   { text: 'وصل 40 مراقبا إلى كابل يوم الاثنين.', language: 'ar' },
 *   { text: '۴۵ ناظر روز دوشنبه به کابل رسیدند.', language: 'fa' },
 *   { onProgress: (p) => stages.push(p.stage) },
 * );
 * report.findings.some((f) => f.kind === 'number' && f.severity === 'conflict'); // => true
 * stages.at(-1); // => 'report'
 *
 * const controller = new AbortController();
 * controller.abort();
 * await compareAsync('نص.', 'متن.', { signal: controller.signal }).catch((e: Error) => e.name); // => 'AbortError'
 * ```
 */
export async function compareAsync(
  a: string | CompareInput,
  b: string | CompareInput,
  options?: CompareAsyncOptions,
): Promise<ComparisonReport> {
  const docA = argument('compareAsync', 'a', a, compareDocument);
  const docB = argument('compareAsync', 'b', b, compareDocument);
  const checked = compareAsyncOptions('compareAsync', options);
  return runStepsAsync(comparing(docA, docB, checked), reporter(docA, docB, checked.onProgress), checked.signal);
}

/** Turns a comparison's steps into progress events for the caller, when there is one. */
function reporter(a: CheckedInput, b: CheckedInput, onProgress: CompareOptions['onProgress']): ((step: Step) => void) | undefined {
  if (!onProgress) return undefined;
  const emit = progressEmitter(a.text.length + b.text.length, onProgress);
  return (step) => {
    emit(step.stage, stepFraction(step));
  };
}

/** {@link compare} as work that yields its steps. */
function* comparing(a: CheckedInput, b: CheckedInput, options: CompareOptions): Steps<ComparisonReport> {
  yield { stage: 'read', share: 0 };
  const docA = prepareDocument(a, options);
  yield { stage: 'read', share: 0.5 };
  const docB = prepareDocument(b, options);
  yield { stage: 'read', share: 1 };
  return (yield* comparingPrepared(docA, docB, options, undefined, true)).report;
}

/** A comparison with what the detectors saw, for callers that go on from it (compareMany's fact table). */
export interface PairComparison {
  readonly report: ComparisonReport;
  readonly context: ComparisonContext;
  /** Every finding the detectors made, before `kinds` and `minSeverity` chose those of the report. */
  readonly detected: readonly Finding[];
}

/**
 * Compares two prepared documents (see {@link compare}). A `verdict` decides the mode instead of the
 * caller's option or the pair's own measures (compareMany's, from the whole set of documents).
 */
export function comparePrepared(
  docA: PreparedDocument,
  docB: PreparedDocument,
  options: CompareOptions = {},
  verdict?: ModeVerdict,
): PairComparison {
  return runSteps(comparingPrepared(docA, docB, options, verdict));
}

/**
 * {@link comparePrepared} as work that yields its steps (from `align` on). `alone`: the documents were prepared
 * for this comparison only (compare's), and the folded text their facts are read from goes before detection
 * (unless a document is remembered for the next call): the detectors take what they need first.
 */
export function* comparingPrepared(
  docA: PreparedDocument,
  docB: PreparedDocument,
  options: CompareOptions = {},
  verdict?: ModeVerdict,
  alone = false,
): Steps<PairComparison> {
  const lowConfidence = options.lowConfidence ?? 0.5;
  const mode = verdict?.mode ?? options.mode ?? 'auto';
  const languages = { source: docA.language, target: docB.language };
  const textsOf = (doc: PreparedDocument): string[] => doc.content.map((i) => elementAt(doc.sentences, i).text);
  const lookup = vocabularyFor(options.align?.dictionary, languages);
  // The aligner's analysis of each sentence, kept for the claim space, which reads the same sentences with the
  // same lexicon (only when both languages are known: else the aligner detects them from the sentences).
  const known = docA.language !== 'unknown' && docB.language !== 'unknown';
  const analyses = {
    a: known ? docA.facts.analyses(lookup, docA.sentences.length) : undefined,
    b: known ? docB.facts.analyses(lookup, docB.sentences.length) : undefined,
  };
  yield { stage: 'align', share: 0 };
  const parallel = mode === 'comparable' ? undefined : yield* alignContent(docA, docB, textsOf, options, analyses);
  yield { stage: 'mode', share: 0 };
  const detectors: Detector[] = [
    nameDetector,
    dateDetector({ islamic: options.islamic ?? 'umalqura' }),
    numberDetector({ reportEqual: options.reportEqualNumbers ?? false }),
    omissionDetector({ lowConfidence }),
  ];
  if (alone) {
    // Each document's facts read whole, one document at a time, and its folded text let go before the next is
    // folded: the mode's claims and the detectors find every reading made.
    const [seenA, seenB] = [contextDoc(docA), contextDoc(docB)];
    for (const [doc, seen, other] of [[docA, seenA, seenB] as const, [docB, seenB, seenA] as const]) {
      if (doc.remembered) continue;
      for (const detector of detectors) detector.read(seen, other);
      doc.facts.forgetText();
    }
  }
  const thresholds = claimThresholds(options.claims ?? {});
  const spaceOver = (keepA: ReadonlySet<number>, keepB: ReadonlySet<number>): ClaimSpace => {
    const others = (doc: PreparedDocument, keep: ReadonlySet<number>): Set<number> =>
      new Set(doc.sentences.map((_, i) => i).filter((i) => !keep.has(i)));
    const texts = (doc: PreparedDocument): string[] => doc.sentences.map((s) => s.text);
    const reading = (doc: PreparedDocument, kept: (Analysed | undefined)[] | undefined): SideReading => {
      const drafts = doc.facts.claimDrafts(lookup, doc.sentences.length);
      return {
        facts: doc.facts.sentenceFacts(doc.sentences),
        ...(kept ? { analysed: (i: number) => kept[i] } : {}),
        ...(drafts ? { draft: drafts } : {}),
      };
    };
    return claimSpace(
      texts(docA),
      texts(docB),
      languages,
      { source: others(docA, keepA), target: others(docB, keepB) },
      {
        lookup,
        source: reading(docA, analyses.a),
        target: reading(docB, analyses.b),
      },
    );
  };
  const matching = (space: ClaimSpace): ClaimMatching => matchInSpace(space, thresholds);
  const claimsOver = (keepA: ReadonlySet<number>, keepB: ReadonlySet<number>): Claims => {
    const space = spaceOver(keepA, keepB);
    return { space, matching: matching(space) };
  };
  let claims: Claims | undefined;
  let chosen: ModeVerdict;
  if (verdict) {
    chosen = verdict;
  } else if (mode === 'auto') {
    const measured = chooseMode(parallel ?? [], { a: docA.content, b: docB.content }, spaceOver, matching);
    chosen = measured.verdict;
    claims = measured.whole;
  } else {
    chosen = { mode, reason: `${mode} (given by the caller).` };
  }
  if (chosen.mode === 'comparable') claims ??= claimsOver(new Set(docA.content), new Set(docB.content));
  const statistics = chosen.statistics;
  const beads = chosen.mode === 'parallel' ? (parallel ?? []) : claimBeads(claims?.matching.matches ?? [], docA, docB);
  const sameLanguage = docA.language !== 'unknown' && docA.language === docB.language;
  const withDiffs = sameLanguage
    ? beads.map((bead) =>
        bead.a.length && bead.b.length ? { ...bead, diff: tokenDiff(docA.sentences, bead.a, docB.sentences, bead.b) } : bead,
      )
    : beads;
  const reportA = describeDocument(docA);
  const reportB = describeDocument(docB);
  const labels = documentLabels({ ...reportA, title: docA.label ?? reportA.title }, { ...reportB, title: docB.label ?? reportB.title });
  yield { stage: 'detect', share: 0 };
  const ctx = buildContext(
    contextDoc(docA, labels.a),
    contextDoc(docB, labels.b),
    withDiffs,
    chosen.mode,
    chosen.mode === 'comparable' && claims ? factContexts(claims.space, docA.sentences, docB.sentences) : undefined,
  );
  const minRank = SEVERITY_RANK[options.minSeverity ?? 'info'];
  const found: Finding[] = [];
  // A long report says the same thing of every mention of a name, a date or a number that recurs: findings whose
  // messages read alike share one string, where each held its own (the message is a third of a finding's memory).
  const messages = new Map<string, string>();
  for (let k = 0; k < detectors.length; k++) {
    yield { stage: 'detect', share: elementAt(DETECTOR_SHARE, k) };
    // One at a time: a long report has more findings than a spread call can take as arguments.
    for (const finding of elementAt(detectors, k).detect(ctx)) {
      const message = messages.get(finding.message);
      // The finding is the detector's new object, not yet the caller's: its message may be swapped for an equal one.
      if (message === undefined) messages.set(finding.message, finding.message);
      else (finding as { message: string }).message = message;
      found.push(finding);
    }
  }
  yield { stage: 'report', share: 0 };
  const detected = found.sort((x, y) => x.bead - y.bead || (x.a?.start ?? x.b?.start ?? 0) - (y.a?.start ?? y.b?.start ?? 0));
  const findings = detected.filter((f) => (!options.kinds || options.kinds.includes(f.kind)) && SEVERITY_RANK[f.severity] >= minRank);
  const report: ComparisonReport = {
    version: REPORT_VERSION,
    mode: chosen.mode,
    modeReason: chosen.reason,
    ...(statistics ? { modeStatistics: statistics } : {}),
    documents: { a: reportA, b: reportB },
    alignment: { beads: withDiffs },
    findings,
    summary: summarize(
      findings,
      withDiffs,
      { a: docA.content.length, b: docB.content.length },
      chosen.mode === 'parallel' ? lowConfidence : 0,
    ),
    ...notices(docA, docB, labels),
  };
  yield { stage: 'report', share: 1 };
  return { report, context: ctx, detected };
}

/** A prepared document as the detectors see it. */
function contextDoc(doc: PreparedDocument, label?: string): ContextDocument {
  const { input } = doc;
  return {
    text: input.text,
    language: doc.language,
    sentences: doc.sentences,
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    ...(label !== undefined ? { label } : {}),
    facts: doc.facts,
  };
}

/** The report's notices: a document in neither language the library reads. */
function notices(
  docA: PreparedDocument,
  docB: PreparedDocument,
  labels: Readonly<Record<Side, string>>,
): Pick<ComparisonReport, 'notices'> {
  const list = [['a', docA] as const, ['b', docB] as const]
    .filter(([, doc]) => doc.language === 'unknown')
    .map(([side, doc]) => languageNotice(side, doc.guess, labels[side]));
  return list.length ? { notices: list } : {};
}

/** Where each detector starts, as a share of the detect stage (names take the longest, omissions the least). */
const DETECTOR_SHARE = [0, 0.45, 0.7, 0.9];

/** The sentence aligner's beads over the sentences that are not boilerplate, indices mapped back to the documents'. */
function* alignContent(
  docA: PreparedDocument,
  docB: PreparedDocument,
  textsOf: (doc: PreparedDocument) => string[],
  options: CompareOptions,
  analyses: { readonly a: (Analysed | undefined)[] | undefined; readonly b: (Analysed | undefined)[] | undefined },
): Steps<ReportBead[]> {
  // The aligner reads the content sentences; what it reads is filed under their index in the document, where a
  // comparison of the same document before may have left it.
  const store = (doc: PreparedDocument, into: (Analysed | undefined)[] | undefined): AnalysisStore | undefined =>
    into && {
      get: (i) => into[elementAt(doc.content, i)],
      set: (i, analysed) => (into[elementAt(doc.content, i)] = analysed),
    };
  const keepA = store(docA, analyses.a);
  const keepB = store(docB, analyses.b);
  const work = aligning(
    textsOf(docA),
    textsOf(docB),
    {
      ...options.align,
      ...(docA.language !== 'unknown' ? { sourceLanguage: docA.language } : {}),
      ...(docB.language !== 'unknown' ? { targetLanguage: docB.language } : {}),
      explain: true,
    },
    {},
    { ...(keepA ? { source: keepA } : {}), ...(keepB ? { target: keepB } : {}) },
  );
  let next = work.next();
  for (; !next.done; next = work.next()) yield { stage: 'align', share: next.value };
  const alignment = next.value as ExplainedAlignment;
  return alignment.beads.map((bead) => ({
    a: bead.source.map((i) => elementAt(docA.content, i)),
    b: bead.target.map((j) => elementAt(docB.content, j)),
    confidence: bead.confidence,
    anchors: bead.anchors,
  }));
}

import type { ClaimMatch } from '../align/claims.js';
import type { ModeStatistics, ReportBead } from '../model/types.js';
import { lowerBound } from '../text/lower-bound.js';
import { elementAt } from '../contract/element-at.js';

/**
 * A translation pair: the aligner puts at least this share of the sentences in confident small beads whose
 * sides share much of their content. Measured (bench/claims-ntrex.ts and the seeds): NTREX translation pairs
 * 0.52–1 (0.76 for the one whose Arabic lost its spaces: a glued word counts as the words it is made of), an NTREX document against another's translation at
 * most 0.28, the independent seed reports against each other at most 0.33…
 */
const PARALLEL_ALIGNED = 0.45;
/** …with at least this mean confidence… */
const PARALLEL_CONFIDENCE = 0.7;
/** …and the claim matches, if there are a few, keep the order of both texts. */
const PARALLEL_ORDERED = 0.8;
/**
 * Above this aligned share the order of the claim matches is not asked: independent reports measure at most
 * 0.58 (short reports written for the project, in the same order), and a text that repeats sentences verbatim
 * lets claim matching pair the copies in any order.
 */
const CLEARLY_ALIGNED = 0.7;
const FEW_MATCHES = 3;
/** A bead is confident from this posterior on… */
const CONFIDENT = 0.5;
/**
 * …and its sides share their content from this overlap on. The aligner always finds a best path, even
 * between unrelated texts, and its posteriors are relative to other paths: only the content shared tells a
 * translation (NTREX and the seeds: median 0.65 for a sentence and its translation) from a sentence of
 * another report (median 0.2).
 */
const SUPPORTED = 0.4;

/**
 * Measures how much two documents look like a translation pair (see {@link ModeStatistics}), on the
 * sentences that carry content (`carries`): a line of punctuation or of function words can be aligned with
 * anything and says nothing either way.
 */
export function modeStatistics(
  parallel: readonly ReportBead[],
  overlap: (bead: ReportBead) => number,
  carries: { readonly a: (sentence: number) => boolean; readonly b: (sentence: number) => boolean },
): ModeStatistics {
  const sentences = { a: 0, b: 0 };
  let aligned = 0;
  let confidence = 0;
  let shared = 0;
  let paired = 0;
  for (const bead of parallel) {
    const weight = bead.a.filter(carries.a).length + bead.b.filter(carries.b).length;
    sentences.a += bead.a.filter(carries.a).length;
    sentences.b += bead.b.filter(carries.b).length;
    if (bead.a.length === 0 || bead.b.length === 0 || weight === 0) continue;
    paired++;
    confidence += bead.confidence;
    const o = overlap(bead);
    shared += o;
    if (bead.a.length + bead.b.length <= 3 && bead.confidence >= CONFIDENT && o >= SUPPORTED) aligned += weight;
  }
  const total = sentences.a + sentences.b;
  return {
    alignedShare: share(aligned, total),
    meanConfidence: paired ? round(confidence / paired) : 0,
    meanOverlap: paired ? round(shared / paired) : 0,
    sentences: { a: sentences.a, b: sentences.b },
  };
}

/**
 * Whether the aligner's measures decide the mode alone: a translation aligned clearly and confidently is
 * parallel whatever the order of its claims, so claim matching need not run to decide it.
 */
export function alignmentDecides(s: ModeStatistics): boolean {
  return s.alignedShare >= CLEARLY_ALIGNED && s.meanConfidence >= PARALLEL_CONFIDENCE;
}

/** The statistics with what claim matching found: the share of sentences it paired, and how many pairs keep the order. */
export function withClaimMatches(s: ModeStatistics, matches: readonly ClaimMatch[]): ModeStatistics {
  const total = s.sentences.a + s.sentences.b;
  const matched = matches.reduce((n, m) => n + m.source.length + m.target.length, 0);
  return {
    alignedShare: s.alignedShare,
    meanConfidence: s.meanConfidence,
    meanOverlap: s.meanOverlap,
    matchedShare: share(matched, total),
    orderedShare: matches.length ? share(longestOrderedChain(matches), matches.length) : 1,
    sentences: s.sentences,
  };
}

/** A mode, why, and what it was measured on (absent when the caller gave the mode). */
export interface ModeVerdict {
  readonly mode: 'parallel' | 'comparable';
  readonly reason: string;
  readonly statistics?: ModeStatistics;
}

/** The mode the statistics point to, and a sentence that says why with the numbers. */
export function decideMode(s: ModeStatistics): ModeVerdict {
  const total = s.sentences.a + s.sentences.b;
  if (total === 0) {
    return {
      mode: 'parallel',
      reason: 'parallel (detected): no sentence carries content to measure (only punctuation or function words); compared in order.',
      statistics: s,
    };
  }
  const aligned = Math.round(s.alignedShare * total);
  const matches = s.matchedShare === undefined ? undefined : Math.round(s.matchedShare * total);
  const ordered =
    s.alignedShare >= CLEARLY_ALIGNED || matches === undefined || matches < FEW_MATCHES || (s.orderedShare ?? 1) >= PARALLEL_ORDERED;
  const parallel = s.alignedShare >= PARALLEL_ALIGNED && s.meanConfidence >= PARALLEL_CONFIDENCE && ordered;
  const sampled = s.sample ? `measured on ${s.sample.beads} of ${s.sample.of} sentence pairs, ` : '';
  const measured =
    `${sampled}${aligned} of ${total} sentences matched in order with a counterpart that says the same ` +
    `(${Math.round(s.meanConfidence * 100)}% sure on average, ${Math.round(s.meanOverlap * 100)}% of their content shared)` +
    (matches === undefined
      ? ''
      : `; ${matches} sentences paired by what they report, ${Math.round((s.orderedShare ?? 1) * 100)}% of those pairs in the order of both texts`);
  if (parallel) return { mode: 'parallel', reason: `parallel (detected): ${measured}.`, statistics: s };
  const why =
    s.alignedShare < PARALLEL_ALIGNED
      ? `fewer than ${PARALLEL_ALIGNED * 100}% of the sentences align with a counterpart that shares their content`
      : s.meanConfidence < PARALLEL_CONFIDENCE
        ? `the alignment is not confident (below ${PARALLEL_CONFIDENCE})`
        : 'the matching sentences come in a different order';
  return { mode: 'comparable', reason: `comparable (detected, ${why}): ${measured}.`, statistics: s };
}

/** The most claim matches that keep the order of both documents (a longest increasing subsequence). */
function longestOrderedChain(matches: readonly ClaimMatch[]): number {
  const sorted = [...matches].sort((x, y) => elementAt(x.source, 0) - elementAt(y.source, 0));
  const tails: number[] = [];
  for (const m of sorted) {
    const j = elementAt(m.target, 0);
    tails[lowerBound(0, tails.length, (k) => elementAt(tails, k) < j)] = j;
  }
  return tails.length;
}

function share(n: number, total: number): number {
  return total === 0 ? 0 : round(n / total);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import type { ClaimMatching } from '../align/claim-matching.js';
import { sharedAmount } from '../align/claim-space.js';
import { type ClaimSpace } from '../align/claim-types.js';
import type { ReportBead } from '../model/types.js';
import { alignmentDecides, decideMode, modeStatistics, withClaimMatches, type ModeVerdict } from './mode.js';
import { elementAt } from '../contract/element-at.js';

/**
 * Where in its stretch the k-th sampled bead is taken, in [0, 1): the golden-ratio sequence, fixed and spread,
 * so that a text that repeats with a period near the sampling step (a list that comes back) is not sampled on
 * the same few lines over and over.
 */
const jitter = (k: number): number => (k * 0.6180339887498949) % 1;

/** In texts aligned into more beads than this, the mode is measured on this many of them, spread evenly. */
const SAMPLE_BEADS = 300;

/** Claim matching over some sentences of the two documents: the space the sentences make, and the matches. */
export interface Claims {
  readonly space: ClaimSpace;
  readonly matching: ClaimMatching;
}

/**
 * Chooses between parallel and comparable from the aligner's beads and from claim matching over the same
 * sentences (see {@link decideMode}). Long texts are measured on an even sample of the beads, whose sentences
 * alone make the claim space: the sample tells as much, and a long translation pair then costs little more
 * than its alignment. Claim matching runs only when the alignment does not decide alone (a clear, confident
 * alignment is a translation whatever the order of its claims). `whole` is the claim matching over all the
 * sentences when it was run to measure (short texts), for the caller to reuse.
 */
export function chooseMode(
  parallel: readonly ReportBead[],
  content: { readonly a: readonly number[]; readonly b: readonly number[] },
  spaceOver: (a: ReadonlySet<number>, b: ReadonlySet<number>) => ClaimSpace,
  matching: (space: ClaimSpace) => ClaimMatching,
): { verdict: ModeVerdict; whole?: Claims } {
  const sample =
    parallel.length > SAMPLE_BEADS
      ? Array.from({ length: SAMPLE_BEADS }, (_, k) => elementAt(parallel, Math.floor(((k + jitter(k)) * parallel.length) / SAMPLE_BEADS)))
      : undefined;
  const beads = sample ?? parallel;
  const space = sample
    ? spaceOver(new Set(sample.flatMap((bead) => bead.a)), new Set(sample.flatMap((bead) => bead.b)))
    : spaceOver(new Set(content.a), new Set(content.b));
  const carries =
    (units: ClaimSpace['source']) =>
    (i: number): boolean =>
      (units[i]?.length ?? 0) > 0;
  const aligned = modeStatistics(beads, (bead) => sharedAmount(space, bead.a, bead.b).overlap, {
    a: carries(space.source),
    b: carries(space.target),
  });
  const claims = alignmentDecides(aligned) ? undefined : { space, matching: matching(space) };
  const statistics = claims ? withClaimMatches(aligned, claims.matching.matches) : aligned;
  const verdict = decideMode(sample ? { ...statistics, sample: { beads: sample.length, of: parallel.length } } : statistics);
  return { verdict, ...(claims && !sample ? { whole: claims } : {}) };
}

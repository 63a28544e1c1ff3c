import type { OmissionFinding } from '../../report/types.js';
import { sideSpan, type ComparisonContext, type Detector } from '../context.js';

/** Options of the omission detector. */
export interface OmissionOptions {
  /** Beads with both sides paired below this confidence are reported. Default 0.5. */
  readonly lowConfidence: number;
}

/**
 * Sentences with no counterpart (`omission/sentence`) and pairings the aligner is not sure of
 * (`omission/low-confidence`), between a report and its translation (parallel mode only).
 */
export function omissionDetector(options: OmissionOptions): Detector {
  return {
    kind: 'omission',
    detect(ctx: ComparisonContext): OmissionFinding[] {
      const out: OmissionFinding[] = [];
      // Independent reports are not written to say the same things: what one has and the other lacks is no omission.
      if (ctx.mode === 'comparable') return out;
      ctx.beads.forEach((bead, index) => {
        const a = sideSpan(ctx.a, bead.a);
        const b = sideSpan(ctx.b, bead.b);
        if (!a || !b) {
          const present = a ? 'a' : 'b';
          const span = (a ?? b) as { start: number; end: number };
          const count = (a ? bead.a : bead.b).length;
          out.push({
            kind: 'omission',
            rule: 'omission/sentence',
            severity: 'warning',
            confidence: bead.confidence,
            missingFrom: present === 'a' ? 'b' : 'a',
            message: `${count === 1 ? 'This sentence' : `These ${count} sentences`} of document ${present} ${count === 1 ? 'has' : 'have'} no counterpart in document ${present === 'a' ? 'b' : 'a'}.`,
            [present]: ctx.location(present, span.start, span.end),
            bead: index,
          });
          return;
        }
        if (bead.confidence < options.lowConfidence) {
          out.push({
            kind: 'omission',
            rule: 'omission/low-confidence',
            severity: 'warning',
            confidence: 1 - bead.confidence,
            message: `These sentences were paired with a confidence of only ${Math.round(bead.confidence * 100)}%: one side may say something the other does not.`,
            a: ctx.location('a', a.start, a.end),
            b: ctx.location('b', b.start, b.end),
            bead: index,
          });
        }
      });
      return out;
    },
  };
}

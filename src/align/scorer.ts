/* eslint-disable no-restricted-syntax -- an inner loop over typed arrays within its own bounds: elementAt() per cell
   measurably slows the aligner, so plain indexing stays here (see src/contract/element-at.ts). */
import { postings } from './postings.js';
import type { SentenceKeys } from './features.js';
import type { Anchor } from './types.js';

/**
 * The parameters of the bead model. Every bead's value is a log-likelihood ratio — how much more likely
 * its sentences are under "these translate each other" than under "these are unrelated" — plus the log
 * prior of its shape. A skipped sentence has a fixed value. The search maximizes the sum.
 */
export interface ModelParameters {
  /** Target characters per source character, for the whole input. */
  ratio: number;
  /** Variance of the length difference per source character (Gale–Church's s²). */
  variance: number;
  /** Length log-likelihood ratio: `lengthBonus − δ²/2`, floored at `lengthFloor`. */
  lengthBonus: number;
  lengthFloor: number;
  /** Lexical log-likelihood ratio as a function of the weighted overlap `sim` in [0, 1]: `simSlope · (sim − simCenter)`. */
  simSlope: number;
  simCenter: number;
  /** Log prior of each shape other than 1-1 (whose prior is 0), and the value of a skipped sentence. */
  twoOne: number;
  twoTwo: number;
  threeOne: number;
  skip: number;
  /**
   * Sentences with plenty of evidence that share almost none of it (less than `emptyShare`) are unlikely
   * translations however well their lengths fit: up to `emptyPenalty`, reached when the side with less
   * evidence has `emptyMass` of it (in key weights, where a key found in one sentence of each side weighs 1).
   */
  emptyShare: number;
  emptyPenalty: number;
  emptyMass: number;

  /** Weight of an external similarity, if one is given (its LLR is `externalSlope · (s − 0.5)`). */
  externalSlope: number;
}

export const DEFAULT_PARAMETERS: ModelParameters = {
  ratio: 1,
  variance: 4,
  lengthBonus: 1.5,
  lengthFloor: -8,
  simSlope: 22,
  simCenter: 0.12,
  twoOne: -2.5,
  twoTwo: -6,
  threeOne: -5,
  skip: -3,
  externalSlope: 10,
  emptyShare: 0.1,
  emptyPenalty: 12,
  emptyMass: 6,
};

/** Evidence weights by kind: numbers and Latin words are rarer anchors than translated words. */
const KIND_WEIGHT: Record<Anchor['kind'], number> = {
  number: 2,
  latin: 2,
  lexicon: 1,
  cognate: 1.5,
  word: 1,
  dictionary: 1.5,
  punctuation: 0.5,
};

/**
 * Weights of the evidence keys for one input: inverse document frequency over the sentences of both
 * sides, times the weight of the key's kind. A key that occurs on one side only can never be shared and
 * weighs nothing, so it does not dilute the overlap of the sentences that carry it.
 */
export function keyWeights(
  source: readonly SentenceKeys[],
  target: readonly SentenceKeys[],
  kinds: readonly Anchor['kind'][],
): Float64Array {
  const size = kinds.length;
  const dfSource = new Int32Array(size);
  const dfTarget = new Int32Array(size);
  const seen = new Int32Array(size).fill(-1);
  const count = (side: readonly SentenceKeys[], df: Int32Array, base: number): void => {
    side.forEach((s, index) => {
      for (const k of s.keys) {
        if (seen[k] === base + index) continue;
        seen[k] = base + index;
        df[k] = (df[k] as number) + 1;
      }
    });
  };
  count(source, dfSource, 0);
  count(target, dfTarget, source.length);
  const total = source.length + target.length;
  const weights = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const a = dfSource[k] as number;
    const b = dfTarget[k] as number;
    if (a === 0 || b === 0) continue;
    // Scaled so that a key found once on each side weighs 1 (times its kind's weight) whatever the input's size.
    weights[k] = (Math.log(1 + total / (a + b)) / Math.log(1 + total / 2)) * KIND_WEIGHT[kinds[k] as Anchor['kind']];
  }
  return weights;
}

/**
 * The key bags of one side, flattened: unique keys with their counts, sentence by sentence. Keys of no weight
 * (found on one side only: most stems across languages) are left out, since they can never be shared.
 */
interface FlatSide {
  readonly keys: Int32Array;
  readonly counts: Int32Array;
  /** Sentence s owns keys[start[s] .. start[s + 1]). */
  readonly start: Int32Array;
}

function flatten(side: readonly SentenceKeys[], weights: Float64Array): FlatSide {
  const start = new Int32Array(side.length + 1);
  const keys: number[] = [];
  const counts: number[] = [];
  side.forEach((s, index) => {
    const sorted = s.keys.slice().sort();
    for (let k = 0; k < sorted.length; k++) {
      if (weights[sorted[k] as number] === 0) continue;
      if (k > 0 && sorted[k] === sorted[k - 1]) counts[counts.length - 1] = (counts[counts.length - 1] as number) + 1;
      else {
        keys.push(sorted[k] as number);
        counts.push(1);
      }
    }
    start[index + 1] = keys.length;
  });
  return { keys: Int32Array.from(keys), counts: Int32Array.from(counts), start };
}

/** Computes bead values over one input. */
export class BeadScorer {
  private readonly sourceLength: Float64Array;
  private readonly targetLength: Float64Array;
  private readonly sourceMass: Float64Array;
  private readonly targetMass: Float64Array;
  private readonly src: FlatSide;
  private readonly tgt: FlatSide;
  private readonly stamp: Int32Array;
  private readonly count: Int32Array;
  private epoch = 0;

  constructor(
    source: readonly SentenceKeys[],
    target: readonly SentenceKeys[],
    private readonly weights: Float64Array,
    readonly params: ModelParameters,
    /** Where each sentence's counterpart is expected on the other side (see {@link guideLine}). */
    expected: { readonly source: Float64Array; readonly target: Float64Array },
    private readonly external?: (source: readonly number[], target: readonly number[]) => number | undefined,
  ) {
    this.sourceLength = prefixSums(source.map((s) => s.length));
    this.targetLength = prefixSums(target.map((s) => s.length));
    this.sourceMass = prefixSums(localMasses(source, target, weights, expected.source));
    this.targetMass = prefixSums(localMasses(target, source, weights, expected.target));
    this.src = flatten(source, weights);
    this.tgt = flatten(target, weights);
    this.stamp = new Int32Array(weights.length);
    this.count = new Int32Array(weights.length);
  }

  /** Weighted overlap of source [i, i+a) and target [j, j+b): 2·shared / (source mass + target mass), or -1 when neither side has evidence. */
  similarity(i: number, a: number, j: number, b: number): number {
    const total = this.massOf('source', i, a) + this.massOf('target', j, b);
    return total <= 0 ? -1 : (2 * this.shared(i, a, j, b)) / total;
  }

  /** The evidence of the sentences [start, start+count) of one side that could be shared. */
  massOf(side: 'source' | 'target', start: number, count: number): number {
    const mass = side === 'source' ? this.sourceMass : this.targetMass;
    return (mass[start + count] as number) - (mass[start] as number);
  }

  /** The weight of the evidence source [i, i+a) and target [j, j+b) share (each key as often as both have it). */
  shared(i: number, a: number, j: number, b: number): number {
    const epoch = ++this.epoch;
    const { stamp, count, weights, src, tgt } = this;
    const sKeys = src.keys;
    const sCounts = src.counts;
    for (let x = src.start[i] as number, end = src.start[i + a] as number; x < end; x++) {
      const k = sKeys[x] as number;
      if (stamp[k] !== epoch) {
        stamp[k] = epoch;
        count[k] = sCounts[x] as number;
      } else count[k] = (count[k] as number) + (sCounts[x] as number);
    }
    let shared = 0;
    const tKeys = tgt.keys;
    const tCounts = tgt.counts;
    for (let y = tgt.start[j] as number, end = tgt.start[j + b] as number; y < end; y++) {
      const k = tKeys[y] as number;
      if (stamp[k] !== epoch) continue;
      const have = count[k] as number;
      if (have <= 0) continue;
      const used = Math.min(have, tCounts[y] as number);
      count[k] = have - used;
      shared += used * (weights[k] as number);
    }
    return shared;
  }

  /** Gale–Church δ: the length difference in standard deviations. */
  delta(i: number, a: number, j: number, b: number): number {
    const ls = (this.sourceLength[i + a] as number) - (this.sourceLength[i] as number);
    const lt = (this.targetLength[j + b] as number) - (this.targetLength[j] as number);
    const { ratio, variance } = this.params;
    const mean = (ls + lt / ratio) / 2;
    return (lt - ls * ratio) / Math.sqrt(Math.max(1, mean) * variance);
  }

  /** The log-value of a bead (see {@link ModelParameters}). */
  value = (i: number, a: number, j: number, b: number): number => {
    const p = this.params;
    if (a === 0 || b === 0) return p.skip;
    const d = this.delta(i, a, j, b);
    let v = Math.max(p.lengthFloor, p.lengthBonus - (d * d) / 2);
    const sim = this.similarity(i, a, j, b);
    if (sim >= 0) v += p.simSlope * (sim - p.simCenter);
    if (sim >= 0 && sim < p.emptyShare) {
      const less = Math.min(
        (this.sourceMass[i + a] as number) - (this.sourceMass[i] as number),
        (this.targetMass[j + b] as number) - (this.targetMass[j] as number),
      );
      v -= p.emptyPenalty * Math.min(1, less / p.emptyMass) * (1 - sim / p.emptyShare);
    }
    if (this.external) {
      const e = this.external(range(i, a), range(j, b));
      if (e !== undefined && Number.isFinite(e)) v += p.externalSlope * (Math.min(1, Math.max(0, e)) - 0.5);
    }
    const size = a + b;
    if (size === 3) v += p.twoOne;
    else if (size === 4) v += a === 2 ? p.twoTwo : p.threeOne;
    return v;
  };
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, k) => start + k);
}

/** Sentences this far from where a sentence's counterpart is expected on the other side are not where it can be. */
const MASS_WINDOW = 15;

/**
 * The evidence each sentence of `side` could share: the weights of its keys that occur in `other` near
 * where its translation is expected (`expected[index]`). Counting keys that occur only far away would make
 * a sentence of a long input look poorer in shared evidence than the same sentence in a short one.
 */
function localMasses(
  side: readonly SentenceKeys[],
  other: readonly SentenceKeys[],
  weights: Float64Array,
  expected: Float64Array,
): number[] {
  const where = postings(other, weights.length);
  return side.map((s, index) => {
    const centre = expected[index] as number;
    let m = 0;
    for (const k of s.keys) {
      const w = weights[k] as number;
      if (w !== 0 && where.nearest(k, centre) <= MASS_WINDOW) m += w;
    }
    return m;
  });
}

function prefixSums(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i + 1] = (out[i] as number) + (values[i] as number);
  return out;
}

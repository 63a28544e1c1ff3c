/* eslint-disable no-restricted-syntax -- an inner loop over typed arrays within its own bounds: elementAt() per cell
   measurably slows the aligner, so plain indexing stays here (see src/contract/element-at.ts). */
/**
 * The dynamic programme over bead shapes, restricted to a band of cells, with posterior bead probabilities
 * from forward–backward. Memory is linear in the number of cells in the band, so a band of constant width
 * keeps it linear in the input.
 */

/** Bead shapes as [source sentences, target sentences]. Skips are 1-0 and 0-1. */
export const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

/** For each source prefix length i (0..n), the target prefix lengths j the search may visit: lo[i]..hi[i]. */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** The log-value of the bead covering source [i, i+a) and target [j, j+b). */
export type BeadValue = (i: number, a: number, j: number, b: number) => number;

/** A bead on the best path: its start and shape, value and posterior probability. */
export interface PathBead {
  readonly i: number;
  readonly j: number;
  readonly a: number;
  readonly b: number;
  readonly value: number;
  readonly posterior: number;
}

/** The full band: every cell of the n × m table. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

const NEG = -Infinity;
const ALL_SHAPES = SHAPES;

/** log Σ exp(terms), given their maximum (one logarithm per cell instead of one per term). */
function logSumExp(terms: Float64Array, top: number): number {
  if (top === NEG) return NEG;
  let sum = 0;
  for (let s = 0; s < terms.length; s++) {
    const t = terms[s] as number;
    if (t !== NEG) sum += Math.exp(t - top);
  }
  return top + Math.log(sum);
}

/** Options of {@link bestPath}. */
export interface SearchOptions {
  /** Bead shapes to consider; all of {@link SHAPES} by default. */
  readonly shapes?: readonly (readonly [number, number])[];
  /** Compute posteriors (a backward pass); otherwise every posterior is NaN. Default `true`. */
  readonly posteriors?: boolean;
  /** Values are divided by this before posteriors are computed. Default 1. */
  readonly temperature?: number;
}

/** The 1-1 and skip shapes only: a cheap first search whose path guides the full one. */
export const SIMPLE_SHAPES: readonly (readonly [number, number])[] = SHAPES.slice(0, 3);

/**
 * Finds the best path of beads from (0, 0) to (n, m) inside the band and the posterior probability of each of
 * its beads.
 */
export function bestPath(n: number, m: number, band: Band, value: BeadValue, options: SearchOptions = {}): PathBead[] {
  const SHAPES = options.shapes ?? ALL_SHAPES;
  const temperature = options.temperature ?? 1;
  const { lo, hi } = band;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = (offset[i] as number) + Math.max(0, (hi[i] as number) - (lo[i] as number) + 1);
  const cells = offset[n + 1] as number;
  // Without posteriors (a rough first search), neither the forward sums nor every bead's value is kept: the
  // values of the path's beads are worked out again at the end. On a long input without anchors, whose band
  // is wide, that is two thirds of the memory.
  const withPosteriors = options.posteriors ?? true;
  const viterbi = new Float64Array(cells).fill(NEG);
  const alpha = withPosteriors ? new Float64Array(cells).fill(NEG) : undefined;
  const back = new Int8Array(cells).fill(-1);
  const values = withPosteriors ? new Float32Array(cells * SHAPES.length).fill(NEG) : undefined;
  const at = (i: number, j: number): number =>
    j < (lo[i] as number) || j > (hi[i] as number) ? -1 : (offset[i] as number) + j - (lo[i] as number);

  if (at(0, 0) < 0 || at(n, m) < 0) throw new Error('the band must contain (0, 0) and (n, m)');
  const shapes = SHAPES.length;
  // The shapes as two typed arrays: destructuring a pair per cell and shape is measurably slower.
  const da = Int32Array.from(SHAPES, (s) => s[0]);
  const db = Int32Array.from(SHAPES, (s) => s[1]);
  const terms = new Float64Array(shapes);
  viterbi[at(0, 0)] = 0;
  if (alpha) alpha[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i] as number;
    const rowHi = hi[i] as number;
    const rowStart = (offset[i] as number) - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      const cell = rowStart + j;
      if (i === 0 && j === 0) continue;
      let best = NEG;
      let bestShape = -1;
      let top = NEG;
      for (let s = 0; s < shapes; s++) {
        terms[s] = NEG;
        const a = da[s] as number;
        const b = db[s] as number;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < (lo[pi] as number) || pj > (hi[pi] as number)) continue;
        const prev = (offset[pi] as number) + pj - (lo[pi] as number);
        const before = viterbi[prev] as number;
        if (before === NEG) continue;
        const v = value(pi, a, pj, b);
        const total = before + v;
        if (total > best) {
          best = total;
          bestShape = s;
        }
        if (!alpha || !values) continue;
        values[cell * shapes + s] = v;
        const term = (alpha[prev] as number) + v / temperature;
        terms[s] = term;
        if (term > top) top = term;
      }
      viterbi[cell] = best;
      back[cell] = bestShape;
      if (alpha) alpha[cell] = logSumExp(terms, top);
    }
  }

  // Backward sums, for the posteriors: each cell gathers from the cells its beads lead to.
  const beta = new Float64Array(withPosteriors ? cells : 0).fill(NEG);
  if (withPosteriors) beta[at(n, m)] = 0;
  if (values) {
    for (let i = n; i >= 0; i--) {
      const rowStart = (offset[i] as number) - (lo[i] as number);
      for (let j = hi[i] as number; j >= (lo[i] as number); j--) {
        const cell = rowStart + j;
        if (i === n && j === m) continue;
        let top = NEG;
        for (let s = 0; s < shapes; s++) {
          terms[s] = NEG;
          const ni = i + (da[s] as number);
          const nj = j + (db[s] as number);
          if (ni > n || nj < (lo[ni] as number) || nj > (hi[ni] as number)) continue;
          const next = (offset[ni] as number) + nj - (lo[ni] as number);
          const v = values[next * shapes + s] as number;
          if (v === NEG || beta[next] === NEG) continue;
          const term = (beta[next] as number) + v / temperature;
          terms[s] = term;
          if (term > top) top = term;
        }
        beta[cell] = logSumExp(terms, top);
      }
    }
  }

  const logZ = alpha ? (alpha[at(n, m)] as number) : NaN;
  const path: PathBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = at(i, j);
    const s = back[cell] as number;
    if (s < 0) throw new Error('no path through the band');
    const [a, b] = SHAPES[s] as readonly [number, number];
    // A value as the table kept it (in single precision), or worked out again the same way.
    const v = values ? (values[cell * SHAPES.length + s] as number) : Math.fround(value(i - a, a, j - b, b));
    const prev = at(i - a, j - b);
    const posterior = alpha ? Math.exp((alpha[prev] as number) + v / temperature + (beta[cell] as number) - logZ) : NaN;
    path.push({ i: i - a, j: j - b, a, b, value: v, posterior: Math.min(1, Math.max(0, posterior)) });
    i -= a;
    j -= b;
  }
  return path.reverse();
}

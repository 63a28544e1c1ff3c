import type { PathBead } from './dp.js';
import type { BeadScorer, ModelParameters } from './scorer.js';

/**
 * Learning from the input: after a first search, the beads it is sure of tell how this pair of texts
 * behaves — the length ratio and its spread, and how much evidence a true pair shares compared with its
 * neighbours. The estimates are shrunk towards the defaults in proportion to how little there is to learn from.
 */

/** Beads at least this likely count as known pairs. */
const CONFIDENT = 0.9;
/** How many beads' worth of weight the defaults keep. */
const PRIOR_BEADS = 12;

export function calibrate(path: readonly PathBead[], scorer: BeadScorer, defaults: ModelParameters): ModelParameters {
  const sure = path.filter((p) => p.a > 0 && p.b > 0 && p.posterior >= CONFIDENT);
  if (sure.length === 0) return defaults;
  const params = { ...defaults };
  // Length spread: the mean squared δ under the current variance says how far off that variance is.
  let squares = 0;
  for (const p of sure) squares += scorer.delta(p.i, p.a, p.j, p.b) ** 2;
  const scale = (squares + PRIOR_BEADS) / (sure.length + PRIOR_BEADS);
  params.variance = defaults.variance * scale;
  return params;
}

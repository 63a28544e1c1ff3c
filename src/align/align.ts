import { argument, boolean, options as checkOptions } from '../contract/validate.js';
import { extend } from '../contract/extend.js';
import { detectLanguage, type Language } from '../text/language.js';
import { ALIGN_OPTIONS, sentences } from './options.js';
import {
  anchorPairs,
  consistentAnchors,
  localAnchorPairs,
  FULL_SEARCH_CELLS,
  guideBand,
  guideLine,
  heaviestChain,
  touchesEdge,
} from './band.js';
import { bestPath, fullBand, type Band, SIMPLE_SHAPES, type BeadValue, type PathBead } from './dp.js';
import { KeyTable, keyingSentences, sharedKeyedEvidence, shownEvidence, type AnalysisStore, type ConceptLookup } from './features.js';
import { vocabularyFor } from './vocabulary.js';
import { BeadScorer, DEFAULT_PARAMETERS, keyWeights, type ModelParameters } from './scorer.js';
import type { AlignOptions, Alignment, Bead, ExplainedAlignment, ExplainedBead } from './types.js';
import { elementAt } from '../contract/element-at.js';

function languageOf(sentences: readonly string[], given: Language | undefined): Language | 'unknown' {
  if (given) return given;
  return detectLanguage(sentences.join('\n')).language;
}

/**
 * Aligns the sentences of a report with those of its translation: which source sentences translate
 * which target sentences, including sentences one side split or merged and sentences one side left out.
 *
 * @example
 * ```ts
 * import { alignSentences } from 'muqabala';
 *
 * const arabic = ['وصل الوزير إلى بشكيك يوم الثلاثاء.', 'والتقى نظيره القرغيزي وبحثا التعاون العسكري.', 'وغادر مساء اليوم نفسه.'];
 * const dari = ['وزیر روز سه‌شنبه به بیشکک رسید.', 'او با همتای قرقیز خود دیدار کرد.', 'دو طرف درباره همکاری نظامی گفت‌وگو کردند.', 'او همان روز بازگشت.'];
 * alignSentences(arabic, dari).beads.map((b) => [b.source, b.target]);
 * // => [[[0], [0]], [[1], [1, 2]], [[2], [3]]]
 * ```
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions & { explain: true },
): ExplainedAlignment;
export function alignSentences(source: readonly string[], target: readonly string[], options?: AlignOptions): Alignment;
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options?: AlignOptions,
): Alignment | ExplainedAlignment {
  const fn = 'alignSentences';
  return alignWithModel(
    argument(fn, 'source', source, sentences),
    argument(fn, 'target', target, sentences),
    checkOptions(fn, options, ALIGN_SENTENCES_OPTIONS),
    {},
  );
}

const ALIGN_SENTENCES_OPTIONS = { ...ALIGN_OPTIONS, explain: boolean };

/** {@link AlignOptions} once checked: languages read from their tags. */
type CheckedAlignOptions = Omit<AlignOptions, 'sourceLanguage' | 'targetLanguage'> & {
  sourceLanguage?: Language;
  targetLanguage?: Language;
};

/** {@link alignSentences} with some model parameters set by hand: for benchmarks and experiments, not public. */
export function alignWithModel(
  source: readonly string[],
  target: readonly string[],
  options: CheckedAlignOptions,
  model: Partial<ModelParameters>,
): Alignment | ExplainedAlignment {
  const work = aligning(source, target, options, model);
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link alignWithModel} as work that yields the share of it done (0 to 1) between its steps, for callers
 * that report progress or give other tasks a turn.
 */
export function* aligning(
  source: readonly string[],
  target: readonly string[],
  options: CheckedAlignOptions,
  model: Partial<ModelParameters> = {},
  kept: { readonly source?: AnalysisStore; readonly target?: AnalysisStore } = {},
): Generator<number, Alignment | ExplainedAlignment, void> {
  const languages = { source: languageOf(source, options.sourceLanguage), target: languageOf(target, options.targetLanguage) };
  const lookup: ConceptLookup = vocabularyFor(options.dictionary, languages);
  const table = new KeyTable();
  const explain = options.explain === true;
  // Reading the sentences is most of the work; the searches and the explanations share the rest.
  const sourceShare = source.length / Math.max(1, source.length + target.length);
  const src = yield* scaled(keyingSentences(source, languages.source, lookup, table, explain, kept.source), 0, 0.8 * sourceShare);
  yield 0.8 * sourceShare;
  const tgt = yield* scaled(keyingSentences(target, languages.target, lookup, table, explain, kept.target), 0.8 * sourceShare, 0.8);
  yield 0.8;
  const weights = keyWeights(src, tgt, table.kinds);
  const sourceChars = src.reduce((s, x) => s + x.length, 0);
  const targetChars = tgt.reduce((s, x) => s + x.length, 0);
  const params: ModelParameters = {
    ...DEFAULT_PARAMETERS,
    ratio: sourceChars && targetChars ? targetChars / sourceChars : 1,
    externalSlope: DEFAULT_PARAMETERS.externalSlope * (options.similarityWeight ?? 1),
    ...model,
  };
  const n = source.length;
  const m = target.length;
  const rare = consistentAnchors(heaviestChain(anchorPairs(src, tgt, weights, ANCHOR_MIN_WEIGHT), m), n, m);
  const near = localAnchorPairs(src, tgt, weights, ANCHOR_MIN_WEIGHT, guideLine(n, m, rare), GUIDE_WIDTH);
  const chain = consistentAnchors(heaviestChain(near, m), n, m);
  const expected = {
    source: guideLine(n, m, chain).center,
    target: guideLine(
      m,
      n,
      chain.map((p) => ({ i: p.j, j: p.i })),
    ).center,
  };
  const scorer = new BeadScorer(src, tgt, weights, params, expected, options.similarity);
  const path = search(n, m, scorer.value, chain);
  const beads = path.map((p) => toBead(p));
  if (!explain) return { beads };
  yield 0.95;
  const crossLanguage = languages.source !== languages.target;
  const shown = shownEvidence();
  const explained: ExplainedBead[] = beads.map((b) =>
    extend(b, {
      anchors: sharedKeyedEvidence(
        { texts: source, keyed: src, indices: b.source, kept: kept.source },
        { texts: target, keyed: tgt, indices: b.target, kept: kept.target },
        crossLanguage,
        table,
        weights,
        shown,
      ),
      lengthRatio: lengthRatio(b, src, tgt, params.ratio),
    }),
  );
  return { beads: explained, languages };
}

/** Work's shares of itself, mapped into [from, to] of a larger piece of work. */
function* scaled<T>(work: Generator<number, T, void>, from: number, to: number): Generator<number, T, void> {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
    yield from + (to - from) * next.value;
  }
}

const ANCHOR_MIN_WEIGHT = 4;
const GUIDE_WIDTH = 6;
const BAND_WIDTH = 2;
/**
 * The rough search's band widens with the distance between anchors (its square root), but no further than
 * this either side: a long input with no anchor over thousands of sentences (a text that repeats itself, where
 * no key is rare) would otherwise search a band as wide as the square root of the input, in time and memory
 * growing as its 1.5th power. A path that runs along the narrower band's edge has it searched again around
 * that path (see withinBand), so drift further than this is still followed.
 */
const ROUGH_MAX_SLACK = 64;
/** Anchors are dense when the band around them is at most this many cells wide per row on average. */
const DENSE_ROW_CELLS = 16;

/**
 * The best path: over the whole table for small inputs. Long inputs take two searches: one with 1-1 and
 * skip beads only, in a band around the anchors, and then the full search in a narrow band around its path.
 * When a path runs along an edge of its band it has found its way round a bad anchor: the band is centred
 * on that path and searched again, and after a few rounds it also widens.
 */
function search(n: number, m: number, value: BeadValue, chain: readonly { i: number; j: number }[]): PathBead[] {
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS) return bestPath(n, m, fullBand(n, m), value);
  // Anchors every few sentences already draw the path: the first search would only retrace them.
  if (bandCells(guideBand(n, m, chain, BAND_WIDTH)) <= DENSE_ROW_CELLS * (n + 1)) {
    return withinBand(n, m, chain, BAND_WIDTH, (band) => bestPath(n, m, band, value));
  }
  const rough = withinBand(
    n,
    m,
    chain,
    GUIDE_WIDTH,
    (band) => bestPath(n, m, band, value, { shapes: SIMPLE_SHAPES, posteriors: false }),
    ROUGH_MAX_SLACK,
  );
  return withinBand(n, m, rough, BAND_WIDTH, (band) => bestPath(n, m, band, value));
}

function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += elementAt(band.hi, i) - elementAt(band.lo, i) + 1;
  return cells;
}

function withinBand(
  n: number,
  m: number,
  start: readonly { i: number; j: number }[],
  width: number,
  run: (band: Band) => PathBead[],
  maxSlack = Infinity,
): PathBead[] {
  let guide = start;
  for (let round = 0, w = width; ; round++) {
    const band = guideBand(n, m, guide, w, maxSlack);
    const path = run(band);
    if (!touchesEdge(path, band, m) || w >= Math.max(n, m)) return path;
    guide = path;
    if (round >= 2) w *= 2;
  }
}

function toBead(p: PathBead): Bead {
  return {
    source: Array.from({ length: p.a }, (_, k) => p.i + k),
    target: Array.from({ length: p.b }, (_, k) => p.j + k),
    confidence: Math.round(p.posterior * 1000) / 1000,
  };
}

function lengthRatio(b: Bead, src: readonly { length: number }[], tgt: readonly { length: number }[], ratio: number): number {
  const ls = b.source.reduce((s, i) => s + (src[i]?.length ?? 0), 0);
  const lt = b.target.reduce((s, j) => s + (tgt[j]?.length ?? 0), 0);
  return ls && lt ? Math.round((lt / ls / ratio) * 100) / 100 : 0;
}

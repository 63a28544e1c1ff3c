import type { Sentence } from '../segment/segment.js';
import type { Language } from '../text/language.js';
import type { Finding, Location, ReportBead, Side } from '../model/types.js';
import type { DocumentFacts } from './document-facts.js';
import { lowerBound } from '../text/lower-bound.js';
import { elementAt } from '../contract/element-at.js';

/** One document as the detectors see it. */
export interface ContextDocument {
  readonly text: string;
  readonly language: Language | 'unknown';
  readonly sentences: readonly Sentence[];
  /** The publication date, `YYYY-MM-DD`, if known. */
  readonly publishedAt?: string;
  /** How messages name the document (its title, else its language: see `documentLabels`). */
  readonly label?: string;
  /** Its names, numbers and dates, read once for every detector (see `factsOf`). */
  readonly facts?: DocumentFacts;
}

/** A mention in one document: the sentence it is in and its span in the document. */
export interface Spot {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/** How messages name the two documents (see {@link ComparisonContext.labels}). */
export type Labels = Readonly<Record<Side, string>>;

/** Everything a detector may read: both documents and their alignment. */
export interface ComparisonContext {
  readonly a: ContextDocument;
  readonly b: ContextDocument;
  /**
   * How messages name each document: "in seed-000.txt", "the Dari text names …" (see `documentLabels`), never
   * "a" and "b". Start a sentence with `atSentenceStart(labels.a)`.
   */
  readonly labels: Labels;
  /** `parallel`: the beads align a translation pair; `comparable`: they are claim matches between independent reports. */
  readonly mode: 'parallel' | 'comparable';
  readonly beads: readonly ReportBead[];
  /**
   * How much the words around a mention in a and one in b have in common (weighted shared evidence, see
   * `ClaimMatch.evidence`, counted in rare words: 1 is what one word that one sentence of each text has weighs,
   * whatever the texts' length): in independent reports, what tells which numbers and dates speak of the same
   * thing. With `names` false, shared names do not count: only the words that say what happened.
   */
  related(a: Spot, b: Spot, names?: boolean): number;
  /**
   * For each spot of `a`, the indices of the spots of `b` whose surroundings share a rare word with it: the
   * only ones {@link ComparisonContext.related} can find related outside a claim match.
   */
  near(a: readonly Spot[], b: readonly Spot[]): number[][];
  /** Bead index of each sentence, per side. */
  readonly beadOf: { readonly a: Int32Array; readonly b: Int32Array };
  /** A location from offsets on one side. */
  location(side: Side, start: number, end: number): Location;
}

/**
 * A detector looks for one kind of difference. Each lives in its own file under `detectors/`; a new kind of
 * finding is a new file and one line in the list `compare` runs.
 */
export interface Detector {
  readonly kind: Finding['kind'];
  /**
   * Asks a document's facts (see `factsOf`) for every reading `detect` will take of them, so that a comparison
   * can let the text they are read from go before detection; `other` is the document it is compared with.
   */
  read(doc: ContextDocument, other: ContextDocument): void;
  detect(context: ComparisonContext): Finding[];
}

/** Builds the location helper of one document: line and column from offsets, and the sentence index. */
function locator(doc: ContextDocument): (start: number, end: number) => Location {
  const lineStarts = [0];
  for (let i = 0; i < doc.text.length; i++) if (doc.text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  const starts = doc.sentences.map((s) => s.start);
  return (start, end) => {
    const line = lastAtMost(lineStarts, start);
    const sentence = Math.max(0, lastAtMost(starts, start));
    return { start, end, line: line + 1, column: start - (lineStarts[line] ?? 0) + 1, text: doc.text.slice(start, end), sentence };
  };
}

/** Index of the last element ≤ x in an ascending array (-1 if none). */
export function lastAtMost(sorted: readonly number[], x: number): number {
  return lowerBound(0, sorted.length, (k) => (sorted[k] ?? Infinity) <= x) - 1;
}

export function buildContext(
  a: ContextDocument,
  b: ContextDocument,
  beads: readonly ReportBead[],
  mode: ComparisonContext['mode'] = 'parallel',
  facts: Pick<ComparisonContext, 'related' | 'near'> = { related: () => 0, near: (a) => a.map(() => []) },
): ComparisonContext {
  const beadOf = { a: new Int32Array(a.sentences.length).fill(-1), b: new Int32Array(b.sentences.length).fill(-1) };
  beads.forEach((bead, k) => {
    for (const i of bead.a) beadOf.a[i] = k;
    for (const j of bead.b) beadOf.b[j] = k;
  });
  const locate = { a: locator(a), b: locator(b) };
  const labels = { a: a.label ?? 'the first text', b: b.label ?? 'the second text' };
  return { a, b, labels, mode, beads, beadOf, ...facts, location: (side, start, end) => locate[side](start, end) };
}

/** The span of a sentence group (a bead side) in its document: from the first sentence's start to the last's end. */
export function sideSpan(doc: ContextDocument, indices: readonly number[]): { start: number; end: number } | undefined {
  if (indices.length === 0) return undefined;
  const first = elementAt(doc.sentences, elementAt(indices, 0));
  const last = elementAt(doc.sentences, elementAt(indices, indices.length - 1));
  return { start: first.start, end: last.end };
}

import { munkres } from 'munkres';
import { rareKeys, sharedAmount, sharedContent } from './claim-space.js';
import { type ClaimSpace } from './claim-types.js';
import { type SharedAmount } from './shared-tokens.js';
import type { ClaimMatch, MatchClaimsOptions } from './types.js';
import { elementAt } from '../contract/element-at.js';

// Which sentences of two texts state the same claims: pairs well above chance, paired one to one with the
// greatest total, grown over a sentence the other side split. Its cost stays near linear in long texts: the
// chance level is measured on a sample of pairs, only pairs that share a rare key are scored, and the
// assignment is solved on each group of connected candidates apart.

const DEFAULTS = { minSurprise: 2.5, minOverlap: 0.25 };

/** The thresholds of a matching, defaults filled in. */
export type ClaimThresholds = typeof DEFAULTS;

/** The thresholds of `options`, defaults filled in. */
export function claimThresholds(options: Pick<MatchClaimsOptions, 'minSurprise' | 'minOverlap'>): ClaimThresholds {
  return { minSurprise: options.minSurprise ?? DEFAULTS.minSurprise, minOverlap: options.minOverlap ?? DEFAULTS.minOverlap };
}

/** A matching, and the chance level it was measured against. */
export interface ClaimMatching {
  readonly matches: readonly ClaimMatch[];
  readonly chance: ChanceLevel;
}

/** The chance level of shared evidence in a space (see {@link chanceLevel}). */
export interface ChanceLevel {
  /** The typical evidence of a pair of sentences (a median). */
  readonly mean: number;
  /** How far it varies (a robust standard deviation). */
  readonly spread: number;
}

/** Up to this many sentence pairs, every pair is scored; beyond it, a sample sets the chance level and an index finds the candidates. */
const EXHAUSTIVE_PAIRS = 40_000;
/** The pairs the chance level of long texts is measured on. */
const SAMPLE = 10_000;
/** The most pairs whose shared content a matching remembers at once. */
const MEMO_LIMIT = 1_000_000;
/** The most candidates a sentence of a long text is scored against (see `candidatePairs`). */
const MAX_CANDIDATES = 12;
/** A group of connected candidates larger than this on a side is paired greedily (the Hungarian algorithm is cubic). */
const MAX_ASSIGNMENT = 300;

/**
 * The typical evidence two sentences of these texts share, and its spread: the median and the median
 * absolute deviation (scaled to a standard deviation) over every pair of sentences, or over a fixed sample
 * of pairs in long texts. They are robust: the few pairs that do state one claim, which in short texts are a
 * good part of all pairs, do not raise the level they are measured against. The spread is at least the
 * weight of one rare word, since in short texts it is measured on few pairs and would make a word or two
 * look surprising.
 */
export function chanceLevel(space: ClaimSpace, shared: (i: number, j: number) => SharedAmount): ChanceLevel {
  const rows = present(space.source);
  const columns = present(space.target);
  const values: number[] = [];
  if (rows.length * columns.length <= EXHAUSTIVE_PAIRS) {
    for (const i of rows) for (const j of columns) values.push(shared(i, j).evidence);
  } else {
    const next = random(rows.length * 7919 + columns.length);
    for (let k = 0; k < SAMPLE; k++) {
      values.push(
        shared(elementAt(rows, Math.floor(next() * rows.length)), elementAt(columns, Math.floor(next() * columns.length))).evidence,
      );
    }
  }
  const mean = median(values);
  const spread = 1.4826 * median(values.map((v) => Math.abs(v - mean)));
  return { mean, spread: Math.max(space.rare, spread) };
}

/** Pairs the sentences of a claim space (see {@link matchClaims}). */
export function matchInSpace(space: ClaimSpace, options: ClaimThresholds): ClaimMatching {
  // What pairs share is measured without its anchors (most pairs are only measured); a match's anchors are
  // worked out once it is made.
  const memo = new Map<string | number, SharedAmount>();
  const width = space.target.length + 1;
  const shared = (source: readonly number[], target: readonly number[]): SharedAmount => {
    const key =
      source.length === 1 && target.length === 1
        ? elementAt(source, 0) * width + elementAt(target, 0)
        : `${source.join(',')}|${target.join(',')}`;
    let s = memo.get(key);
    if (!s) {
      // A cache, bounded: a Map holds at most about 16 million entries, and a long text asks for many pairs.
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, (s = sharedAmount(space, source, target)));
    }
    return s;
  };
  const chance = chanceLevel(space, (i, j) => shared([i], [j]));
  const surprise = (s: SharedAmount): number => (s.evidence - chance.mean) / chance.spread;
  const good = (s: SharedAmount): boolean => surprise(s) >= options.minSurprise && s.overlap >= options.minOverlap;
  const edges: Edge[] = [];
  // A pair worth making shares at least this much; the index counts only rarer keys, so it asks for half.
  const needed = (chance.mean + options.minSurprise * chance.spread) / 2;
  for (const [i, j] of candidatePairs(space, needed)) {
    const s = shared([i], [j]);
    if (good(s)) edges.push({ i, j, strength: surprise(s) * s.overlap });
  }
  const pairs = assign(edges);
  const pairedSource = new Set(pairs.map(([i]) => i));
  const pairedTarget = new Set(pairs.map(([, j]) => j));
  const matches = pairs.map(([i, j]) => {
    let source = [i];
    let target = [j];
    // A neighbour left unpaired joins when it shares much with the pair on its own and the pair does not get
    // diluted: one side split the sentence in two.
    const grow = (side: 'source' | 'target'): void => {
      const paired = side === 'source' ? pairedSource : pairedTarget;
      const units = side === 'source' ? space.source : space.target;
      for (const step of [-1, 1]) {
        const own = side === 'source' ? source : target;
        const next = step < 0 ? elementAt(own, 0) - 1 : elementAt(own, own.length - 1) + 1;
        if (own.length >= 2 || next < 0 || next >= units.length || paired.has(next) || !units[next]) continue;
        const wider = step < 0 ? [next, ...own] : [...own, next];
        const before = shared(source, target);
        const after = side === 'source' ? shared(wider, target) : shared(source, wider);
        const alone = side === 'source' ? shared([next], target) : shared(source, [next]);
        if (after.overlap >= before.overlap && surprise(alone) >= options.minSurprise / 2) {
          paired.add(next);
          if (side === 'source') source = wider;
          else target = wider;
        }
      }
    };
    grow('source');
    grow('target');
    const s = shared(source, target);
    const z = surprise(s);
    return {
      source,
      target,
      evidence: round(s.evidence),
      overlap: round(s.overlap),
      surprise: round(z),
      confidence: round(confidenceOf(z, s.overlap)),
      anchors: sharedContent(space, source, target).anchors,
    };
  });
  return { matches: matches.sort((x, y) => elementAt(x.source, 0) - elementAt(y.source, 0)), chance };
}

/**
 * The sentence pairs worth scoring: all of them in short texts; in long ones, those whose keys rarer than
 * a quarter of a rare word's weight (found through an index of such keys) weigh together at least `needed`.
 */
export function candidatePairs(space: ClaimSpace, needed: number): [number, number][] {
  const rows = present(space.source);
  const columns = present(space.target);
  if (rows.length * columns.length <= EXHAUSTIVE_PAIRS) return rows.flatMap((i) => columns.map((j): [number, number] => [i, j]));
  const postings = new Map<number, number[]>();
  for (const j of columns) {
    for (const key of rareKeys(space, space.target[j] ?? [], 0.25)) {
      const list = postings.get(key);
      if (list) list.push(j);
      else postings.set(key, [j]);
    }
  }
  const out: [number, number][] = [];
  for (const i of rows) {
    const weight = new Map<number, number>();
    for (const key of rareKeys(space, space.source[i] ?? [], 0.25)) {
      const w = elementAt(space.weights, key);
      for (const j of postings.get(key) ?? []) weight.set(j, (weight.get(j) ?? 0) + w);
    }
    const candidates = [...weight].filter(([, w]) => w >= needed);
    if (candidates.length > MAX_CANDIDATES) {
      // A sentence the other text repeats many times (a refrain, a list that comes back) would otherwise pair
      // with every copy, and the pairs would grow with the square of the text: the strongest are kept, the
      // nearest in relative position first among equals.
      const place = (j: number): number => Math.abs(j / Math.max(1, space.target.length) - i / Math.max(1, space.source.length));
      candidates.sort((x, y) => y[1] - x[1] || place(x[0]) - place(y[0]));
      candidates.length = MAX_CANDIDATES;
    }
    for (const [j] of candidates) out.push([i, j]);
  }
  return out;
}

interface Edge {
  readonly i: number;
  readonly j: number;
  readonly strength: number;
}

/**
 * The one-to-one pairing of greatest total strength. Pairs that are not edges are worth nothing, so the
 * best pairing splits along the connected groups of edges: each group is solved apart, by the Hungarian
 * algorithm (munkres), or greedily, strongest first, when it is too large for a cubic algorithm.
 */
function assign(edges: readonly Edge[]): [number, number][] {
  const out: [number, number][] = [];
  for (const group of connectedGroups(edges)) {
    const rows = [...new Set(group.map((e) => e.i))];
    const columns = [...new Set(group.map((e) => e.j))];
    if (rows.length > MAX_ASSIGNMENT || columns.length > MAX_ASSIGNMENT) {
      const usedRows = new Set<number>();
      const usedColumns = new Set<number>();
      for (const e of [...group].sort((x, y) => y.strength - x.strength)) {
        if (usedRows.has(e.i) || usedColumns.has(e.j)) continue;
        usedRows.add(e.i);
        usedColumns.add(e.j);
        out.push([e.i, e.j]);
      }
      continue;
    }
    const row = new Map(rows.map((i, k) => [i, k]));
    const column = new Map(columns.map((j, k) => [j, k]));
    const cost = rows.map(() => columns.map(() => 0));
    for (const e of group) (cost[row.get(e.i) as number] as number[])[column.get(e.j) as number] = -e.strength;
    for (const [r, c] of munkres(cost)) if ((cost[r]?.[c] ?? 0) < 0) out.push([elementAt(rows, r), elementAt(columns, c)]);
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/** The edges split into groups that share no sentence (a union-find; source i is 2i, target j is 2j + 1). */
function connectedGroups(edges: readonly Edge[]): Edge[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    parent.set(x, r);
    return r;
  };
  for (const e of edges) {
    const a = find(2 * e.i);
    const b = find(2 * e.j + 1);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<number, Edge[]>();
  for (const e of edges) {
    const r = find(2 * e.i);
    const list = groups.get(r);
    if (list) list.push(e);
    else groups.set(r, [e]);
  }
  return [...groups.values()];
}

/** The indices of the sentences that take part (boilerplate is left out). */
function present(units: readonly (readonly unknown[] | undefined)[]): number[] {
  const out: number[] = [];
  units.forEach((u, i) => {
    if (u) out.push(i);
  });
  return out;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? elementAt(sorted, mid) : (elementAt(sorted, mid - 1) + elementAt(sorted, mid)) / 2;
}

/** A small deterministic generator: the same texts are sampled alike on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A logistic reading of surprise and overlap: 0.5 at the thresholds' level, near 1 for a clear match. */
function confidenceOf(surprise: number, overlap: number): number {
  const x = surprise - DEFAULTS.minSurprise + 4 * (overlap - DEFAULTS.minOverlap);
  return 1 / (1 + Math.exp(-1.5 * x - 0.5));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

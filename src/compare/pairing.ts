import { nearPlace } from '../align/near-place.js';
import type { Side } from '../model/types.js';
import type { ComparisonContext, Spot } from './context.js';
import { sentencesOf } from './mentions.js';

/** Two mentions paired across the documents, in a bead. */
export interface Pair<T> {
  readonly a: T;
  readonly b: T;
  readonly bead: number;
  readonly score: number;
}

/** What pairing left: the pairs and the mentions of each side that found no counterpart. */
export interface Pairing<T> {
  readonly pairs: Pair<T>[];
  readonly unmatched: { readonly side: Side; readonly mention: T; readonly bead: number }[];
}

/** How to pair mentions of one kind. */
export interface PairingRules<T> {
  /** How well `a` and `b` correspond (higher is better), or `undefined` when they cannot be the same fact. */
  score(a: T, b: T): number | undefined;
  /** Pairs at least this good may be made with a mention of a neighbouring bead (a sentence split across beads). */
  readonly neighbourScore: number;
  /** Whether leftovers of bead `k` may pair with those of its neighbours. Default: always. */
  readonly neighbourBeads?: (bead: number) => boolean;
  /** After one-to-one pairing, a leftover mention that corresponds to an already paired one counts as matched (a name repeated). */
  readonly reuse?: boolean;
  /**
   * The mentions are facts (numbers, dates). Between independent reports (comparable mode) two facts speak
   * of the same thing when the words around them do, wherever their sentences stand; other mentions (names)
   * pair only inside a claim match.
   */
  readonly facts?: boolean;
  /**
   * Whether two facts agree (the same value, compatible dates). Between independent reports facts that
   * disagree pair only when the words around them make it clear they speak of the same thing, wherever they
   * stand: a conflict needs more than a shared sentence topic.
   */
  readonly agree?: (a: T, b: T) => boolean;
}

/**
 * How much the words around two facts must share, in rare words (see `ComparisonContext.related`), for the
 * facts to pair in comparable mode: little for equal facts in one claim match (the equal value is evidence
 * too), more for facts that disagree there (names aside), and more than two rare words anywhere else.
 */
const FACT_AGREEING_IN_MATCH = 0.5;
const FACT_DISAGREEING_IN_MATCH = 1.5;
const FACT_ANYWHERE = 2.4;

/**
 * Pairs the mentions of the two documents bead by bead — best pairs first, one to one — and then pairs the
 * leftovers with the leftovers of the neighbouring beads, so that a fact whose sentence the other side split
 * or merged across a bead boundary is still found.
 */
export function pairMentions<T extends { start: number; end: number }>(
  ctx: ComparisonContext,
  bySentence: { a: readonly T[][]; b: readonly T[][] },
  rules: PairingRules<T>,
): Pairing<T> {
  if (ctx.mode === 'comparable') {
    return rules.facts ? pairFacts(ctx, bySentence, rules) : pairInBeads(ctx, bySentence, { ...rules, neighbourBeads: () => false });
  }
  return pairInBeads(ctx, bySentence, rules);
}

/**
 * Pairs facts of independent reports by what surrounds them: a number and a number, or a date and a date,
 * whose neighbouring words share enough rare evidence, in one claim match or anywhere in the two texts;
 * the pairs with most in common first, one to one.
 */
function pairFacts<T extends { start: number; end: number }>(
  ctx: ComparisonContext,
  bySentence: { a: readonly T[][]; b: readonly T[][] },
  rules: PairingRules<T>,
): Pairing<T> {
  const spots = (side: Side): { mention: T; sentence: number; spot: Spot }[] =>
    bySentence[side].flatMap((list, sentence) => list.map((mention) => ({ mention, sentence, spot: { sentence, start: mention.start, end: mention.end } })));
  const left = spots('a');
  const right = spots('b');
  // Only facts that can be related are weighed: those of one claim match, and those whose surroundings share
  // a rare word (the others cannot reach FACT_ANYWHERE), so that long reports full of numbers stay cheap.
  const inBead = new Map<number, number[]>();
  right.forEach((y, k) => {
    const bead = ctx.beadOf.b[y.sentence] ?? -1;
    const list = inBead.get(bead);
    if (list) list.push(k);
    else if (bead >= 0) inBead.set(bead, [k]);
  });
  const near = ctx.near(
    left.map((x) => x.spot),
    right.map((y) => y.spot),
  );
  const candidates: { a: (typeof left)[number]; b: (typeof right)[number]; score: number }[] = [];
  left.forEach((x, k) => {
    const bead = ctx.beadOf.a[x.sentence] ?? -1;
    for (const index of new Set([...(near[k] ?? []), ...(inBead.get(bead) ?? [])])) {
      const y = right[index] as (typeof right)[number];
      const score = rules.score(x.mention, y.mention);
      if (score === undefined) continue;
      const inMatch = bead >= 0 && bead === ctx.beadOf.b[y.sentence];
      const agree = rules.agree?.(x.mention, y.mention) ?? true;
      // Facts that disagree must share what happened, not only who: two claims about one organisation are
      // not one claim.
      const related = ctx.related(x.spot, y.spot, agree);
      const needed = !inMatch ? FACT_ANYWHERE : agree ? FACT_AGREEING_IN_MATCH : FACT_DISAGREEING_IN_MATCH;
      if (related >= needed) candidates.push({ a: x, b: y, score: related + score });
    }
  });
  candidates.sort((p, q) => q.score - p.score);
  const used = new Set<T>();
  const pairs: Pair<T>[] = [];
  for (const c of candidates) {
    if (used.has(c.a.mention) || used.has(c.b.mention)) continue;
    used.add(c.a.mention);
    used.add(c.b.mention);
    pairs.push({ a: c.a.mention, b: c.b.mention, bead: Math.max(0, ctx.beadOf.a[c.a.sentence] ?? 0), score: c.score });
  }
  const unmatched: Pairing<T>['unmatched'] = [];
  for (const side of ['a', 'b'] as const) {
    for (const s of side === 'a' ? left : right) {
      if (!used.has(s.mention)) unmatched.push({ side, mention: s.mention, bead: Math.max(0, ctx.beadOf[side][s.sentence] ?? 0) });
    }
  }
  return { pairs, unmatched };
}

/**
 * Up to this many pairs, a bead's mentions are all weighed against each other. Beyond it (a sentence
 * holding thousands of dates or numbers) each is weighed only against those at about the same place on the
 * other side: a translation keeps the order of a sentence's facts closely enough, and all pairs would make
 * the cost quadratic in them.
 */
const ALL_PAIRS = 64 * 64;
/** How far from its proportional place on the other side a mention of a crowded bead looks. */
const WINDOW = 32;

function pairInBeads<T>(ctx: ComparisonContext, bySentence: { a: readonly T[][]; b: readonly T[][] }, rules: PairingRules<T>): Pairing<T> {
  const beads = ctx.beads.length;
  const memo = { a: new Array<T[] | undefined>(beads), b: new Array<T[] | undefined>(beads) };
  const inBead = (side: Side, k: number): T[] =>
    k < 0 || k >= beads ? [] : (memo[side][k] ??= sentencesOf(ctx.beads[k]!, side).flatMap((s) => bySentence[side][s] ?? []));
  const used = new Set<T>();
  const pairs: Pair<T>[] = [];
  const greedy = (left: readonly T[], right: readonly T[], bead: number, min: number): void => {
    const candidates: Pair<T>[] = [];
    left.forEach((a, i) => {
      if (used.has(a)) return;
      const [from, to] = nearPlace(i, left.length, right.length, ALL_PAIRS, WINDOW);
      for (let j = from; j < to; j++) {
        const b = right[j] as T;
        if (used.has(b)) continue;
        const score = rules.score(a, b);
        if (score !== undefined && score >= min) candidates.push({ a, b, bead, score });
      }
    });
    candidates.sort((p, q) => q.score - p.score);
    for (const c of candidates) {
      if (used.has(c.a) || used.has(c.b)) continue;
      used.add(c.a);
      used.add(c.b);
      pairs.push(c);
    }
  };
  for (let k = 0; k < beads; k++) greedy(inBead('a', k), inBead('b', k), k, -Infinity);
  for (let k = 0; k < beads; k++) {
    if (rules.neighbourBeads && !rules.neighbourBeads(k)) continue;
    greedy(inBead('a', k), [...inBead('b', k - 1), ...inBead('b', k + 1)], k, rules.neighbourScore);
    greedy([...inBead('a', k - 1), ...inBead('a', k + 1)], inBead('b', k), k, rules.neighbourScore);
  }
  const unmatched: Pairing<T>['unmatched'] = [];
  for (let k = 0; k < beads; k++) {
    for (const side of ['a', 'b'] as const) {
      const other: Side = side === 'a' ? 'b' : 'a';
      const own = inBead(side, k);
      const neighbours = !rules.neighbourBeads || rules.neighbourBeads(k);
      const near = rules.reuse ? (neighbours ? [...inBead(other, k), ...inBead(other, k - 1), ...inBead(other, k + 1)] : inBead(other, k)) : [];
      own.forEach((mention, i) => {
        if (used.has(mention)) return;
        if (rules.reuse) {
          const [from, to] = nearPlace(i, own.length, near.length, ALL_PAIRS, WINDOW);
          let again = false;
          for (let j = from; j < to && !again; j++) {
            const o = near[j] as T;
            const s = side === 'a' ? rules.score(mention, o) : rules.score(o, mention);
            again = s !== undefined && s >= rules.neighbourScore;
          }
          if (again) return;
        }
        unmatched.push({ side, mention, bead: k });
      });
    }
  }
  return { pairs, unmatched };
}

/** A pair of documents and what its own comparison says about it. */
export interface PairVerdict {
  readonly a: number;
  readonly b: number;
  readonly parallel: boolean;
  /** How strongly the pair looks like a translation (its aligned share); stronger pairs are trusted first. */
  readonly strength: number;
}

/** A parallel verdict the rest of the set contradicts, and the pair of documents that contradicts it. */
export interface Contradiction {
  /** Index of the contradicted pair in the list given. */
  readonly pair: number;
  /** Two documents this pair would make translations of each other, which their own comparison says are not. */
  readonly because: { readonly a: number; readonly b: number };
}

/**
 * Translation is transitive: when one report translates another, whatever translates either translates
 * both. So the documents that translate each other must form groups in which every pair was found
 * parallel. Pairs are taken strongest first, and a parallel pair is kept only when it joins two groups
 * whose every cross pair is parallel too; the others are contradicted by the set. Two independent reports
 * written in the same order can look parallel to a pairwise comparison (short reports above all); their
 * comparisons with a third document tell them apart.
 */
export function contradictedParallels(pairs: readonly PairVerdict[]): Contradiction[] {
  const parallel = new Set(pairs.filter((p) => p.parallel).map((p) => key(p.a, p.b)));
  const group = new Map<number, number[]>();
  const membersOf = (d: number): number[] => group.get(d) ?? [d];
  const out: Contradiction[] = [];
  const order = pairs.map((p, i) => ({ p, i })).filter(({ p }) => p.parallel);
  order.sort((x, y) => y.p.strength - x.p.strength);
  for (const { p, i } of order) {
    const left = membersOf(p.a);
    const right = membersOf(p.b);
    if (left.includes(p.b)) continue;
    let because: { a: number; b: number } | undefined;
    for (const x of left)
      for (const y of right) if (!because && !parallel.has(key(x, y))) because = { a: Math.min(x, y), b: Math.max(x, y) };
    if (because) {
      out.push({ pair: i, because });
      continue;
    }
    const merged = [...left, ...right];
    for (const d of merged) group.set(d, merged);
  }
  return out.sort((x, y) => x.pair - y.pair);
}

function key(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

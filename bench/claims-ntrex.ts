/**
 * Mode detection and claim matching on NTREX dev (Arabic against Persian, faithful translations):
 * 1. compare() on each document and its translation should choose `parallel`; on a document and the
 *    translation of another document, `comparable`.
 * 2. matchClaims on a document and its translation with the sentences shuffled and a fifth of them dropped
 *    (what independent reports look like to the matcher, at best): precision and recall of the 1-1 pairs.
 * 3. matchClaims between two different documents (Arabic–Persian and Arabic–Arabic): pairs made per 100
 *    sentences, all of them false.
 *
 *   npx tsx bench/claims-ntrex.ts [fas|prs]
 */
import { compare, matchClaims } from '../src/index.js';
import { ntrexDocuments } from './ntrex.js';

/** A small deterministic generator, so that every run shuffles alike. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function scoreClaimsNtrex(target: 'fas' | 'prs' = 'fas'): string[] {
  const docs = ntrexDocuments(target);
  const lines = (text: string): string[] => text.split('\n');
  const next = random(7);
  let parallelRight = 0;
  let comparableRight = 0;
  let truePairs = 0;
  let found = 0;
  let right = 0;
  let crossFalse = 0;
  let sameFalse = 0;
  let sentences = 0;
  docs.forEach((doc, k) => {
    const other = docs[(k + 1) % docs.length]!;
    if (compare({ text: doc.ar, language: 'ar' }, { text: doc.fa, language: 'fa' }).mode === 'parallel') parallelRight++;
    if (compare({ text: doc.ar, language: 'ar' }, { text: other.fa, language: 'fa' }).mode === 'comparable') comparableRight++;
    const ar = lines(doc.ar);
    const kept = lines(doc.fa)
      .map((text, line) => ({ text, line, key: next() }))
      .filter(() => next() >= 0.2)
      .sort((x, y) => x.key - y.key);
    truePairs += kept.length;
    for (const m of matchClaims(
      ar,
      kept.map((x) => x.text),
      { sourceLanguage: 'ar', targetLanguage: 'fa' },
    )) {
      if (m.source.length !== 1 || m.target.length !== 1) continue;
      found++;
      if (kept[m.target[0]!]!.line === m.source[0]) right++;
    }
    sentences += ar.length + lines(other.fa).length;
    crossFalse += matchClaims(ar, lines(other.fa), { sourceLanguage: 'ar', targetLanguage: 'fa' }).length;
    sameFalse += matchClaims(ar, lines(other.ar), { sourceLanguage: 'ar', targetLanguage: 'ar' }).length;
  });
  const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  return [
    `mode arb-${target}: parallel for ${parallelRight} of ${docs.length} translation pairs, comparable for ${comparableRight} of ${docs.length} mismatched pairs`,
    `claims arb-${target} shuffled, a fifth dropped: precision ${pct(right, found)}, recall ${pct(right, truePairs)} (1-1 pairs)`,
    `claims between different documents: ${((100 * crossFalse) / sentences).toFixed(2)} (arb-${target}) and ${((100 * sameFalse) / sentences).toFixed(2)} (arb-arb) pairs per 100 sentences`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = (process.argv[2] ?? 'fas') as 'fas' | 'prs';
  for (const line of scoreClaimsNtrex(target)) console.log(line);
}

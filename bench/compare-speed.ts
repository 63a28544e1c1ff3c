/**
 * What choosing the mode costs: compare() on NTREX dev repeated to thousands of sentences a side, with the
 * mode given (the aligner alone) and measured (the aligner, the claim space and claim matching too).
 *
 *   npx tsx bench/compare-speed.ts
 */
import { compare } from '../src/index.js';
import { newsText, time } from './corpus.js';

export function benchCompareSpeed(sizes: readonly number[] = [500_000, 1_000_000]): string[] {
  return sizes.map((bytes) => {
    const a = { text: newsText(bytes, 'arb'), language: 'ar' as const };
    const b = { text: newsText(bytes, 'fas'), language: 'fa' as const };
    const sentences = a.text.split('\n').length;
    const given = time(() => compare(a, b, { mode: 'parallel' }), 1);
    const measured = time(() => compare(a, b), 1);
    return `compare ${sentences.toLocaleString('en')} × ${b.text.split('\n').length.toLocaleString('en')} lines: mode given ${(given / 1000).toFixed(1)} s, mode measured ${(measured / 1000).toFixed(1)} s`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of benchCompareSpeed()) console.log(line);
}

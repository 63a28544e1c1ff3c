/**
 * compareNames answers a pair the same whatever the process compared before: its memos hold pure functions of
 * their keys. The comparison of a name's parts depends on the call's context (whether the names are in one
 * language, in one script, foreign-looking), so a memo that left the context out of its key would hand a pair the
 * answer its parts got in another pair's context. The pairs below share parts across contexts (شکی / شک in
 * Persian letters and شكي / شک across the two; كاندي / كندي and كاندي / کندی), two and two: in a fresh module
 * state, in order and in reverse order, so that each pair is compared first of its two in one of the orders, as in a
 * fresh state. Both orders must give the same answers. (Each pair in a state of its own would say it directly, at a
 * second and more per state.)
 */
import { describe, expect, test, vi } from 'vitest';
import type { NameMatch } from '../src/index.js';

const PAIRS: readonly (readonly [string, string])[] = [
  ['شکی', 'شک'],
  ['شكي', 'شک'],
  ['سومي', 'سمی'],
  ['سومي', 'سمي'],
  ['كالي', 'خالي'],
  ['كالي', 'خالی'],
  ['كاندي', 'كندي'],
  ['كاندي', 'کندی'],
  ['مالوكو', 'ملوك'],
  ['مالوكو', 'ملوک'],
  ['قاليباف', 'قالی'],
  ['قالیباف', 'قالی'],
];

/** compareNames of a fresh copy of the library, its memos empty. */
async function freshCompareNames(): Promise<(a: string, b: string) => NameMatch> {
  vi.resetModules();
  const lib = await import('../src/index.js');
  return (a, b) => lib.compareNames(a, b);
}

describe('compareNames does not depend on the comparisons before it', () => {
  test('the pairs in order and in reverse order give the same answers', async () => {
    const forward = await freshCompareNames();
    const inOrder = PAIRS.map(([a, b]) => forward(a, b));
    const backward = await freshCompareNames();
    const reversed = [...PAIRS]
      .reverse()
      .map(([a, b]) => backward(a, b))
      .reverse();
    expect(reversed).toEqual(inOrder);
  });
});

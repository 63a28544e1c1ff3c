import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeWithNtrex, SHARED } from './support/shared.js';

// A floor under the aligner's quality, so that no change lowers it unnoticed: the shared evaluation
// (../shared/eval/align_eval.py, dev documents with 8% of lines merged and 4% dropped at random) run on the library
// from source (test/support/source-checkout points its export at src/index.ts; tsx loads it). The floors sit under
// the README's figures (strict F1 0.977–0.992, dropped-sentence F1 0.864–0.931) and the spread random seeds give.
const FLOOR = { strict: 0.96, dropped: 0.8 };
const checkout = join(import.meta.dirname, 'support/source-checkout');

function evaluate(data: string, target: string): { strict: number; dropped: number } {
  const out = execFileSync('python3', [join(SHARED, 'eval/align_eval.py'), join(SHARED, 'data', data), 'arb', target, `project:${checkout}`], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--import tsx' },
  });
  const line = out.trim().split('\n').at(-1) ?? '';
  return { strict: Number(/strict F1 ([\d.]+)/.exec(line)?.[1]), dropped: Number(/dropped-sentence F1 ([\d.]+)/.exec(line)?.[1]) };
}

describeWithNtrex('alignment quality on the shared dev documents (floor)', () => {
  test.each([
    ['ntrex-dev', 'fas'],
    ['ntrex-dev', 'prs'],
    ['tico19-dev', 'fas'],
    ['tico19-dev', 'prs'],
  ])('%s, Arabic against %s: strict F1 and dropped-sentence F1 above the floor', (data, target) => {
    const figures = evaluate(data, target);
    expect(figures.strict).toBeGreaterThanOrEqual(FLOOR.strict);
    expect(figures.dropped).toBeGreaterThanOrEqual(FLOOR.dropped);
  }, 60_000);
});

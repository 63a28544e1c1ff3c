/**
 * A small grid search over the bead model's hand-set parameters on NTREX dev, reported per pair and seed so
 * that a setting is chosen for holding across them, not for one. Not part of npm run bench.
 *
 *   npx tsx bench/tune-align.ts '{"skip": [-2.5, -3]}' [seeds, default 1,2,3,4 (added to align_eval's default seed)]
 */
import { alignWithModel } from '../src/align/align.js';
import type { ModelParameters } from '../src/align/scorer.js';
import { ntrexCases, runAligner } from './align-ntrex.js';

const seeds = (process.argv[3] ?? '1,2,3,4').split(',').map(Number);
const cases = ['fas', 'prs'].flatMap((t) => seeds.map((k) => ({ t, k, cases: ntrexCases('arb', t, 20261123 + k) })));
const grid: Partial<ModelParameters>[] = [];
const axis = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
const keys = Object.keys(axis);
const rec = (i: number, acc: Partial<ModelParameters>): void => {
  if (i === keys.length) return void grid.push(acc);
  for (const v of axis[keys[i] as string] as number[]) rec(i + 1, { ...acc, [keys[i] as string]: v });
};
rec(0, {});
for (const model of grid) {
  const scores = cases.map((c) =>
    runAligner(c.cases, (s, t) => alignWithModel(s, t, {}, model).beads.map((b) => [[...b.source], [...b.target]])),
  );
  const mean = (f: (x: (typeof scores)[number]) => number, t: string): number => {
    const v = scores.filter((_, i) => cases[i]?.t === t).map(f);
    return v.reduce((a, b) => a + b, 0) / v.length;
  };
  const min = (f: (x: (typeof scores)[number]) => number): number => Math.min(...scores.map(f));
  console.log(
    JSON.stringify(model),
    `strict fas ${mean((s) => s.strictF1, 'fas').toFixed(3)} prs ${mean((s) => s.strictF1, 'prs').toFixed(3)} min ${min((s) => s.strictF1).toFixed(3)}`,
    `dropped fas ${mean((s) => s.droppedF1, 'fas').toFixed(3)} prs ${mean((s) => s.droppedF1, 'prs').toFixed(3)} min ${min((s) => s.droppedF1).toFixed(3)}`,
  );
}

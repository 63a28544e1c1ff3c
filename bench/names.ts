/**
 * Quality of the name layer, on data written for the project:
 * - compareNames on test/fixtures/name-pairs.tsv (Arabic–Persian pairs, label 1 = same entity, 0 = hard negative):
 *   precision and recall of `same`, per type of pair, and the pairs it gets wrong with --show;
 * - findNames on test/fixtures/names-annotated.txt (sentences with [[type|name]] marks): precision and recall
 *   of mentions, exact span and type.
 *
 *   npx tsx bench/names.ts [--show]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames } from '../src/index.js';

const show = process.argv.includes('--show');
const fixtures = join(import.meta.dirname, '../test/fixtures');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) + '%' : 'n/a');

export function pairFigures(): { all: Counts; byType: Map<string, Counts>; errors: string[] } {
  const all = empty();
  const byType = new Map<string, Counts>();
  const errors: string[] = [];
  for (const line of readFileSync(join(fixtures, 'name-pairs.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [label, type, a, b] = line.split('\t') as [string, string, string, string];
    const gold = label === '1';
    const m = compareNames(a, b);
    const counts = byType.get(type) ?? empty();
    byType.set(type, counts);
    for (const c of [all, counts]) {
      if (gold && m.same) c.tp++;
      else if (gold) c.fn++;
      else if (m.same) c.fp++;
      else c.tn++;
    }
    if (gold !== m.same) errors.push(`${gold ? 'MISSED' : 'FALSE '} ${m.score.toFixed(3)}  ${a} | ${b}  — ${m.reason.kind}: ${m.reason.detail}`);
  }
  return { all, byType, errors };
}

const { all, byType, errors } = pairFigures();
const line = (name: string, c: Counts): string =>
  `${name.padEnd(14)} pairs ${String(c.tp + c.fn + c.fp + c.tn).padStart(4)}  positives ${String(c.tp + c.fn).padStart(4)}  precision ${pct(c.tp / (c.tp + c.fp)).padStart(6)}  recall ${pct(c.tp / (c.tp + c.fn)).padStart(6)}  false positives ${c.fp}`;
console.log('compareNames on test/fixtures/name-pairs.tsv');
console.log(line('all', all));
for (const [type, c] of [...byType].sort()) console.log(line(type, c));
if (show) for (const e of errors) console.log('  ' + e);

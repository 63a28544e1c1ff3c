/**
 * compareNames in the open world (issue 12): precision and recall of `same` on pair sets with a category (the
 * convention or hard negative a pair tests) and the scripts of its two sides (ar, fa, lat), by category and by
 * script pair.
 *
 *   npx tsx bench/names-open.ts [--show]            the development set, test/fixtures/name-pairs-open.tsv
 *   npx tsx bench/names-open.ts --heldout            the first held-out set (run once, then its errors read and fixed)
 *   npx tsx bench/names-open.ts --heldout2           the second held-out set, frozen after those fixes (run once; then
 *                                                     used for development in the second round)
 *   npx tsx bench/names-open.ts --heldout3           the third held-out set, frozen before the second round's changes (run once;
 *                                                     then used for development in the third round)
 *   npx tsx bench/names-open.ts --dev [--show]       every development set of the third round (the open set, held-out sets
 *                                                     1–3), each set's summary lines and their union
 *   npx tsx bench/names-open.ts --heldout4           the fourth held-out set, frozen before the third round's changes (run once;
 *                                                    since then a development set of the fourth round)
 *   npx tsx bench/names-open.ts --heldout5           the fifth held-out set, written blind during the fourth round (run once;
 *                                                    since then a development set of the fifth round)
 *   npx tsx bench/names-open.ts --heldout6           the sixth held-out set, written blind during the fifth round (run once;
 *                                                    since then a development set of the sixth round)
 *   npx tsx bench/names-open.ts --heldout7           the seventh held-out set, written blind during the sixth round (run once;
 *                                                    then used for development in the seventh)
 *   npx tsx bench/names-open.ts --heldout8           the eighth held-out set, written blind during the seventh round (run once;
 *                                                    then used for development in the eighth)
 *   npx tsx bench/names-open.ts --heldout9           the ninth held-out set, written blind during the eighth round (run once;
 *                                                    then used for development in the ninth)
 *   npx tsx bench/names-open.ts --heldout10          the tenth held-out set, written blind during the ninth round (run once;
 *                                                    then used for development in the tenth)
 *   npx tsx bench/names-open.ts --heldout11          the eleventh held-out set, written blind during the tenth round (run once;
 *                                                    then used for development in the twelfth)
 *   npx tsx bench/names-open.ts --heldout12          the twelfth held-out set, written blind during the twelfth round (run once;
 *                                                    then used for development in the thirteenth)
 *   npx tsx bench/names-open.ts --heldout13          the thirteenth held-out set, written blind during the thirteenth round (run once;
 *                                                    spent at the stop of 2026-12-06 13:51)
 *   npx tsx bench/names-open.ts --heldout14          the fourteenth held-out set, written blind during the fourteenth round (run once;
 *                                                    spent at the stop of 2026-12-06 17:10)
 *   npx tsx bench/names-open.ts --heldout15          the fifteenth held-out set, written blind during the fifteenth round (run once;
 *                                                    spent at the stop of 2026-12-06 20:00, its pairs printed once mid-session)
 *   npx tsx bench/names-open.ts --heldout16          the sixteenth held-out set, written blind during the sixteenth round (run once
 *                                                    after it; development since)
 *   npx tsx bench/names-open.ts --heldout17          the seventeenth held-out set, written blind while set 16 was used for
 *                                                    development (run once, at the session's end; development since)
 *   npx tsx bench/names-open.ts --heldout18          the eighteenth held-out set, written blind while sets 16 and 17 were used
 *                                                    for development (run once, at the session's end; development since)
 *   npx tsx bench/names-open.ts --heldout19          the nineteenth held-out set, written blind while sets 16–18 were used
 *                                                    for development (run once, at the session's end)
 *   npx tsx bench/names-open.ts --heldout20          the twentieth held-out set, written blind while sets 16–19 were used
 *                                                    for development (run once, at the session's end)
 *   npx tsx bench/names-open.ts --heldout21          the twenty-first held-out set, written blind while sets 16–20 were
 *                                                    used for development (run once, at the session's end)
 *   npx tsx bench/names-open.ts --heldout22          the twenty-second held-out set, written blind at the end of the
 *                                                    twentieth round, for the next (run once, at that round's end)
 *   npx tsx bench/names-open.ts --heldout23          the twenty-third held-out set, written blind at the end of the
 *                                                    twenty-first round, for the next (run once, at that round's end)
 *   npx tsx bench/names-open.ts --heldout24          the twenty-fourth held-out set, written blind during the twenty-second
 *                                                    round, for the next (run once, at that round's end)
 *   npx tsx bench/names-open.ts --heldout25          the twenty-fifth held-out set, written blind during the twenty-second
 *                                                    round, for a later one (run once, at the twenty-third round's end;
 *                                                    development since)
 *   npx tsx bench/names-open.ts --heldout26          the twenty-sixth held-out set, written blind during the twenty-third
 *                                                    round, for a later one (run once, at the twenty-fourth round's end;
 *                                                    development since)
 *   npx tsx bench/names-open.ts --heldout27          the twenty-seventh held-out set, written blind during the twenty-fourth
 *                                                    round, for a later one (run once, at the twenty-fifth round's end;
 *                                                    development since)
 *   npx tsx bench/names-open.ts --heldout28          the twenty-eighth held-out set, written blind during the twenty-fifth
 *                                                    round, for a later one (run once, at the twenty-sixth round's end;
 *                                                    development since)
 *   npx tsx bench/names-open.ts --heldout29          the twenty-ninth held-out set, written blind during the twenty-sixth
 *                                                    round, for a later one (not run yet)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames } from '../src/index.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) + '%' : 'n/a');

/** A labelled pair of a pair set. */
export interface OpenPair {
  readonly same: boolean;
  readonly category: string;
  readonly type: string;
  readonly langs: string;
  readonly a: string;
  readonly b: string;
}

export function readOpenPairs(file: string): OpenPair[] {
  const out: OpenPair[] = [];
  for (const line of readFileSync(join(import.meta.dirname, '../test/fixtures', file), 'utf8').split('\n')) {
    // Comments, and the column line a set may carry uncommented (set 13's).
    if (!line.trim() || line.startsWith('#') || line.startsWith('label\t')) continue;
    const [label, category, type, langs, a, b] = line.split('\t') as [string, string, string, string, string, string];
    out.push({ same: label === '1', category, type, langs, a, b });
  }
  return out;
}

/** Precision and recall of compareNames on a pair set, overall, by script pair and by category. */
export function scoreOpenPairs(file: string | readonly string[], show = false): string[] {
  const lines: string[] = [];
  const all = empty();
  const groups = new Map<string, Counts>();
  const errors: string[] = [];
  const count = (key: string, gold: boolean, got: boolean): void => {
    const c = groups.get(key) ?? empty();
    groups.set(key, c);
    for (const x of key === '' ? [all] : [c]) {
      if (gold && got) x.tp++;
      else if (gold) x.fn++;
      else if (got) x.fp++;
      else x.tn++;
    }
  };
  const files = typeof file === 'string' ? [file] : file;
  const pairs = files.flatMap(readOpenPairs);
  for (const p of pairs) {
    const m = compareNames(p.a, p.b);
    count('', p.same, m.same);
    count(`langs ${p.langs}`, p.same, m.same);
    count(`category ${p.category}`, p.same, m.same);
    if (p.same !== m.same)
      errors.push(
        `${p.same ? 'MISSED' : 'FALSE '} ${p.langs} ${p.category.padEnd(13)} ${p.a} | ${p.b}  — ${m.reason.kind}: ${m.reason.detail}`,
      );
  }
  const within = empty();
  const latin = empty();
  for (const [k, c] of groups) {
    if (k === 'langs ar-ar' || k === 'langs fa-fa') for (const f of ['tp', 'fp', 'fn', 'tn'] as const) within[f] += c[f];
    if (k === 'langs lat-ar' || k === 'langs lat-fa') for (const f of ['tp', 'fp', 'fn', 'tn'] as const) latin[f] += c[f];
  }
  const line = (name: string, c: Counts): string =>
    `${name.padEnd(26)} pairs ${String(c.tp + c.fn + c.fp + c.tn).padStart(4)}  same ${String(c.tp + c.fn).padStart(4)}  precision ${pct(c.tp / (c.tp + c.fp)).padStart(6)}  recall ${pct(c.tp / (c.tp + c.fn)).padStart(6)}  false same ${c.fp}, missed ${c.fn}`;
  lines.push(`compareNames on ${files.map((f) => `test/fixtures/${f}`).join(', ')}`);
  lines.push(line('all', all));
  lines.push(line('within one language', within));
  lines.push(line('across languages (ar-fa)', groups.get('langs ar-fa') ?? empty()));
  lines.push(line('Latin–Arabic script', latin));
  for (const [k, c] of [...groups].filter(([k]) => k !== '').sort()) lines.push(line(k, c));
  if (show) for (const e of errors) lines.push('  ' + e);
  return lines;
}

/** The development sets of the third round: the open set and held-out sets 1–3, no longer held out. */
export const DEVELOPMENT_SETS = ['name-pairs-open.tsv', 'name-pairs-heldout.tsv', 'name-pairs-heldout-2.tsv', 'name-pairs-heldout-3.tsv'];

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--dev')) {
  const show = process.argv.includes('--show');
  for (const f of DEVELOPMENT_SETS) {
    const lines = scoreOpenPairs(f, show);
    console.log(lines.slice(0, 5).join('\n'));
    if (show) console.log(lines.filter((l) => l.startsWith('  ')).join('\n'));
  }
  console.log(
    scoreOpenPairs(DEVELOPMENT_SETS)
      .slice(0, 5)
      .join('\n')
      .replace(/^compareNames on .*/u, 'compareNames on the union of the development sets'),
  );
} else if (import.meta.url === `file://${process.argv[1]}`) {
  // --heldout is the first held-out set, --heldoutN the N-th; no flag, the development set.
  const heldout = process.argv.find((a) => /^--heldout(?:[2-9]|1[0-9]|2[0-9])?$/u.test(a))?.slice('--heldout'.length);
  const file =
    heldout === undefined ? 'name-pairs-open.tsv' : heldout === '' ? 'name-pairs-heldout.tsv' : `name-pairs-heldout-${heldout}.tsv`;
  for (const l of scoreOpenPairs(file, process.argv.includes('--show'))) console.log(l);
}

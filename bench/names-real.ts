/**
 * How often what findNames takes for a name on real professional translations has a counterpart in the
 * translation of its line — a proxy for the finder's precision on text it was not written with (a name
 * rarely vanishes from a professional translation; an ordinary word taken for a name has no name there).
 *
 * On every line of `../shared/data/ntrex-dev` and `../shared/data/tico19-dev` (Arabic against Iranian Persian
 * and Dari), each person, place and organisation findNames returns counts as answered when the counterpart
 * line names the same entity: a name found there that compareNames calls the same, an adjective of the place,
 * or words compareNames calls the same though the finder did not take them for a name. Nothing of the data is
 * written out but the figures (and, with --show, the words left unanswered, for the one running it).
 *
 *   npx tsx bench/names-real.ts [--data ntrex|tico] [--target fas|prs] [--show]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames, findNames, type NameMatch, type NameMention } from '../src/index.js';
import { searchCounterpart } from '../src/compare/name-counterpart.js';
import { SHARED } from './corpus.js';

type Target = 'fas' | 'prs';
const DATA_SETS = { ntrex: 'ntrex-dev', tico: 'tico19-dev' } as const;
type DataSet = keyof typeof DATA_SETS;

interface Tally {
  found: number;
  answered: number;
}

const cache = new Map<string, NameMatch>();
function compare(a: string, b: string): NameMatch {
  const key = `${a}\u0000${b}`;
  let m = cache.get(key);
  if (!m) cache.set(key, (m = compareNames(a, b)));
  return m;
}

function answered(m: NameMention, line: string, language: 'ar' | 'fa'): boolean {
  const names = findNames(line, { language, adjectives: true });
  if (names.some((o) => (m.entity && o.entity?.id === m.entity.id) || (o.form !== 'adjective' && compare(m.text, o.text).same)))
    return true;
  return searchCounterpart(m, line, [{ start: 0, end: line.length }], language, compare).same !== undefined;
}

export function measureFinder(set: DataSet, target: Target, show = false): string[] {
  const dir = join(SHARED, 'data', DATA_SETS[set]);
  const read = (f: string): string[] => readFileSync(join(dir, f), 'utf8').replace(/\r/g, '').split('\n');
  const lines = { ar: read('arb.txt'), fa: read(`${target}.txt`) };
  const byKey = new Map<string, Tally>();
  const unanswered = new Map<string, number>();
  const tally = (key: string, ok: boolean): void => {
    const t = byKey.get(key) ?? { found: 0, answered: 0 };
    byKey.set(key, t);
    t.found++;
    if (ok) t.answered++;
  };
  const n = Math.min(lines.ar.length, lines.fa.length);
  for (let i = 0; i < n; i++) {
    for (const language of ['ar', 'fa'] as const) {
      const other = language === 'ar' ? 'fa' : 'ar';
      const here = lines[language][i] as string;
      const there = lines[other][i] as string;
      for (const m of findNames(here, { language })) {
        const ok = answered(m, there, other);
        tally(`${language} all`, ok);
        tally(`${language} ${m.type}`, ok);
        tally(`${language} ${m.type} ${m.cue}`, ok);
        if (!ok) {
          const key = `${language} ${m.type} ${m.cue}: ${m.text}`;
          unanswered.set(key, (unanswered.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const out = [`${DATA_SETS[set]} arb–${target}: names with a counterpart in the translation of their line`];
  for (const [key, t] of [...byKey].sort(([x], [y]) => x.localeCompare(y))) {
    out.push(
      `  ${key.padEnd(34)} ${String(t.answered).padStart(5)}/${String(t.found).padEnd(5)} ${((100 * t.answered) / t.found).toFixed(1)}%`,
    );
  }
  if (show) for (const [key, count] of [...unanswered].sort((x, y) => y[1] - x[1])) out.push(`    ${count} × ${key}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sets = (value('--data') ? [value('--data')] : Object.keys(DATA_SETS)) as DataSet[];
  const targets = (value('--target') ? [value('--target')] : ['fas', 'prs']) as Target[];
  for (const set of sets)
    for (const target of targets) for (const line of measureFinder(set, target, args.includes('--show'))) console.log(line);
}

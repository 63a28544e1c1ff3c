/**
 * Quality of the name layer, on data written for the project:
 * - compareNames on test/fixtures/name-pairs.tsv (Arabic–Persian pairs, label 1 = same entity, 0 = hard negative):
 *   precision and recall of `same`, per type of pair, and the pairs it gets wrong with --show;
 * - findNames on test/fixtures/names-annotated.txt (sentences with [[type|name]] marks) and the three held-out
 *   sets: precision and recall of mentions, exact span and type.
 *
 *   npx tsx bench/names.ts [--show]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames, findNames, type NameLanguage } from '../src/index.js';

const fixtures = join(import.meta.dirname, '../test/fixtures');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const reasons = new Map<string, number>();
const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1) + '%' : 'n/a');

export function pairFigures(): { all: Counts; byType: Map<string, Counts>; errors: string[] } {
  const all = empty();
  const byType = new Map<string, Counts>();
  const errors: string[] = [];
  reasons.clear();
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
    if (gold && m.same) reasons.set(m.reason.kind, (reasons.get(m.reason.kind) ?? 0) + 1);
    if (gold !== m.same)
      errors.push(`${gold ? 'MISSED' : 'FALSE '} ${m.score.toFixed(3)}  ${a} | ${b}  — ${m.reason.kind}: ${m.reason.detail}`);
  }
  return { all, byType, errors };
}

/** The figures of the name layer, as lines; with `show`, every pair and mention it gets wrong. */
export function scoreNames(show = false): string[] {
  const out: string[] = [];
  const console = { log: (line: string): void => void out.push(line) };
  const { all, byType, errors } = pairFigures();
  const line = (name: string, c: Counts): string =>
    c.tp + c.fn === 0
      ? `${name.padEnd(14)} pairs ${String(c.fp + c.tn).padStart(4)}  all different; wrongly called same: ${c.fp}`
      : `${name.padEnd(14)} pairs ${String(c.tp + c.fn + c.fp + c.tn).padStart(4)}  positives ${String(c.tp + c.fn).padStart(4)}  precision ${pct(c.tp / (c.tp + c.fp)).padStart(6)}  recall ${pct(c.tp / (c.tp + c.fn)).padStart(6)}  false positives ${c.fp}`;
  console.log('compareNames on test/fixtures/name-pairs.tsv');
  console.log(line('all', all));
  for (const [type, c] of [...byType].sort()) console.log(line(type, c));
  if (show) for (const e of errors) console.log('  ' + e);
  console.log(`  true positives decided by: ${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  scoreFinder('names-annotated.txt', show, console);
  scoreFinder('names-heldout.txt', show, console);
  scoreFinder('names-heldout-2.txt', show, console);
  scoreFinder('names-heldout-3.txt', show, console);
  return out;
}

/** A sentence of the annotated set with its gold names. */
interface Annotated {
  language: NameLanguage;
  text: string;
  gold: { start: number; end: number; type: string; text: string }[];
}

export function readAnnotated(file: string): Annotated[] {
  const out: Annotated[] = [];
  for (const line of readFileSync(join(fixtures, file), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [language, marked] = line.split('\t') as [NameLanguage, string];
    let text = '';
    const gold: Annotated['gold'] = [];
    const re = /\[\[(person|place|organization)\|([^\]]+)\]\]/gu;
    let at = 0;
    for (let m = re.exec(marked); m; m = re.exec(marked)) {
      text += marked.slice(at, m.index);
      const name = m[2] as string;
      gold.push({ start: text.length, end: text.length + name.length, type: m[1] as string, text: name });
      text += name;
      at = m.index + m[0].length;
    }
    text += marked.slice(at);
    out.push({ language, text, gold });
  }
  return out;
}

function scoreFinder(file: string, show: boolean, console: { log: (line: string) => void }): void {
  const sentences = readAnnotated(file);
  const mentionsByType = new Map<string, Counts>();
  const allMentions = empty();
  const misses: string[] = [];
  for (const s of sentences) {
    const found = findNames(s.text, { language: s.language });
    const key = (m: { start: number; end: number; type: string }): string => `${m.start}:${m.end}:${m.type}`;
    const gold = new Set(s.gold.map(key));
    const got = new Set(found.map(key));
    for (const g of s.gold) {
      const c = mentionsByType.get(g.type) ?? empty();
      mentionsByType.set(g.type, c);
      if (got.has(key(g))) {
        c.tp++;
        allMentions.tp++;
      } else {
        c.fn++;
        allMentions.fn++;
        misses.push(`MISSED ${g.type} ${g.text}   in: ${s.text}`);
      }
    }
    for (const f of found) {
      if (gold.has(key(f))) continue;
      const c = mentionsByType.get(f.type) ?? empty();
      mentionsByType.set(f.type, c);
      c.fp++;
      allMentions.fp++;
      misses.push(`FALSE  ${f.type} ${f.text} (${f.cue})   in: ${s.text}`);
    }
  }
  const mentionLine = (name: string, c: Counts): string =>
    `${name.padEnd(14)} gold ${String(c.tp + c.fn).padStart(4)}  found ${String(c.tp + c.fp).padStart(4)}  precision ${pct(c.tp / (c.tp + c.fp)).padStart(6)}  recall ${pct(c.tp / (c.tp + c.fn)).padStart(6)}`;
  console.log(`\nfindNames on test/fixtures/${file} (${sentences.length} sentences; exact span and type)`);
  console.log(mentionLine('all', allMentions));
  for (const [type, c] of [...mentionsByType].sort()) console.log(mentionLine(type, c));
  if (show) for (const m of misses) console.log('  ' + m);
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of scoreNames(process.argv.includes('--show'))) console.log(line);

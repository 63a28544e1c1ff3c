/**
 * Every warning and conflict compare() raises on the clean pairs of `../shared/data/ntrex-dev` and
 * `../shared/data/tico19-dev` (Arabic against Iranian Persian and Dari), each with its verdict from
 * bench/noise-verdicts.ts: a real difference between the two translations, or a false alarm and why it is
 * left. What `docs/noise.md` lists comes from here, so that the list stays true: `--write` puts it there.
 * Alarms without a verdict, and verdicts no alarm uses any more, are printed to stderr (and make the exit
 * code 1), so that a change that moves the alarms shows in the list.
 *
 * Only the rule, the document, the line and the two mentions (cut to a few words) are written, never the
 * data's sentences.
 *
 *   npx tsx bench/noise-list.ts [--write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type Finding } from '../src/index.js';
import { SHARED } from './corpus.js';
import { VERDICTS, type Verdict } from './noise-verdicts.js';

type Target = 'fas' | 'prs';
const DATA_SETS = { ntrex: 'ntrex-dev', tico: 'tico19-dev' } as const;
type DataSet = keyof typeof DATA_SETS;

/** One alarm of one clean pair, as the list shows it. */
export interface Alarm {
  readonly set: DataSet;
  readonly target: Target;
  readonly doc: string;
  readonly rule: string;
  readonly severity: 'warning' | 'conflict';
  /** The line of the document (1-based) each side's mention starts on. */
  readonly line: { readonly a?: number; readonly b?: number };
  /** The mentions, cut to a few words. */
  readonly a: string;
  readonly b: string;
}

/** At most this many words of a mention are shown (a sentence left out is shown by its first words). */
const WORDS = 4;

function cut(text: string | undefined): string {
  if (!text) return '';
  const words = text.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length > WORDS ? `${words.slice(0, WORDS).join(' ')} …` : words.join(' ');
}

function readDocs(set: DataSet, target: Target): { id: string; a: string; b: string }[] {
  const dir = join(SHARED, 'data', DATA_SETS[set]);
  const read = (f: string): string[] => readFileSync(join(dir, f), 'utf8').replace(/\r/g, '').replace(/\n$/, '').split('\n');
  const ids = read('docs.tsv');
  const a = read('arb.txt');
  const b = read(`${target}.txt`);
  const docs: { id: string; a: string[]; b: string[] }[] = [];
  ids.forEach((id, i) => {
    let d = docs[docs.length - 1];
    if (!d || d.id !== id) docs.push((d = { id, a: [], b: [] }));
    d.a.push((a[i] ?? '').trim());
    d.b.push((b[i] ?? '').trim());
  });
  return docs.map((d) => ({ id: d.id, a: d.a.join('\n'), b: d.b.join('\n') }));
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The clean alarms of one data set and one Persian variety, in document order. */
export function alarms(set: DataSet, target: Target): Alarm[] {
  const out: Alarm[] = [];
  for (const doc of readDocs(set, target)) {
    const report = compare(doc.a, doc.b);
    for (const f of report.findings as Finding[]) {
      if (f.severity === 'info') continue;
      const line: { a?: number; b?: number } = {};
      if (f.a) line.a = lineOf(doc.a, f.a.start);
      if (f.b) line.b = lineOf(doc.b, f.b.start);
      out.push({ set, target, doc: doc.id, rule: f.rule, severity: f.severity, line, a: cut(f.a?.text), b: cut(f.b?.text) });
    }
  }
  return out;
}

/** The verdict for an alarm: the first whose set, variety, document and rule agree and whose mentions it holds. */
export function verdictOf(alarm: Alarm): Verdict | undefined {
  return VERDICTS.find(
    (v) =>
      v.set === alarm.set &&
      v.targets.includes(alarm.target) &&
      alarm.doc.endsWith(v.doc) &&
      v.rule === alarm.rule &&
      (v.a === undefined || alarm.a.includes(v.a)) &&
      (v.b === undefined || alarm.b.includes(v.b)),
  );
}

const LABEL = { ntrex: 'NTREX', tico: 'TICO-19' } as const;
const VARIETY = { fas: 'Persian', prs: 'Dari' } as const;

/** The list as markdown: one table per data set and variety. */
export function describe(all: readonly Alarm[]): string[] {
  const lines: string[] = [];
  for (const set of Object.keys(DATA_SETS) as DataSet[]) {
    for (const target of ['fas', 'prs'] as const) {
      const rows = all.filter((x) => x.set === set && x.target === target);
      const real = rows.filter((x) => verdictOf(x)?.real === true).length;
      lines.push(`### ${LABEL[set]}, Arabic against ${VARIETY[target]}`, '');
      lines.push(
        `${rows.length} alarms (${rows.filter((x) => x.severity === 'conflict').length} conflicts): ${real} real differences, ${rows.length - real} false alarms.`,
        '',
      );
      lines.push('| document | line a / b | rule | a | b | verdict |', '| --- | --- | --- | --- | --- | --- |');
      for (const x of rows) {
        const v = verdictOf(x);
        const verdict = v ? `${v.real ? 'real' : 'false alarm'}: ${v.why}` : '**unjudged**';
        const at = `${x.line.a ?? '–'} / ${x.line.b ?? '–'}`;
        lines.push(
          `| ${x.doc.replace(/^tico19\./u, '')} | ${at} | \`${x.severity} ${x.rule}\` | ${x.a || '–'} | ${x.b || '–'} | ${verdict} |`,
        );
      }
      lines.push('');
    }
  }
  return lines;
}

const BEGIN = '<!-- noise-list: begin (bench/noise-list.ts --write) -->';
const END = '<!-- noise-list: end -->';

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(SHARED, 'data/tico19-dev/docs.tsv'))) {
    console.log('noise-list: ../shared/data not found, skipped');
    process.exit(0);
  }
  const all = (Object.keys(DATA_SETS) as DataSet[]).flatMap((set) => (['fas', 'prs'] as const).flatMap((target) => alarms(set, target)));
  const lines = describe(all);
  const unjudged = all.filter((x) => !verdictOf(x));
  const used = new Set(all.map((x) => verdictOf(x)));
  const unused = VERDICTS.filter((v) => !used.has(v));
  for (const x of unjudged) console.error(`unjudged: ${x.set} ${x.target} ${x.doc} ${x.rule} [${x.a} | ${x.b}]`);
  for (const v of unused)
    console.error(`no longer raised: ${v.set} ${v.targets.join(',')} ${v.doc} ${v.rule} [${v.a ?? ''} | ${v.b ?? ''}]`);
  if (process.argv.includes('--write')) {
    const file = join(import.meta.dirname, '../docs/noise.md');
    const doc = readFileSync(file, 'utf8');
    const from = doc.indexOf(BEGIN);
    const to = doc.indexOf(END);
    if (from < 0 || to < from) throw new Error(`docs/noise.md has no ${BEGIN} … ${END} block`);
    writeFileSync(file, `${doc.slice(0, from + BEGIN.length)}\n\n${lines.join('\n')}\n${doc.slice(to)}`);
  } else console.log(lines.join('\n'));
  process.exitCode = unjudged.length > 0 || unused.length > 0 ? 1 : 0;
}

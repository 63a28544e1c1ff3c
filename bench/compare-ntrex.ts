/**
 * compare() on NTREX dev, document by document (Arabic against Persian; faithful translations):
 * 1. conflicts per bead on the untouched pairs — the false-alarm rate (requirement: under 1 per 50 beads);
 * 2. one number, one date and one name changed in a copy of each Persian document — how often each change is
 *    reported (as a conflict, or for names as a name finding) at the changed words (requirement: 95%).
 *
 *   npx tsx bench/compare-ntrex.ts [fas|prs] [--show]
 */
import { compare, extractDates, extractNumbers, findNames, type ComparisonReport, type Finding } from '../src/index.js';
import { ntrexDocuments } from './ntrex.js';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

function splice(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** Writes `n` in the digit script of `like`. */
function digitsLike(like: string, n: string): string {
  return /[۰-۹]/.test(like) ? n.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] as string) : n;
}

interface Change {
  kind: 'number' | 'date' | 'name';
  text: string;
  start: number;
  end: number;
}

function changeNumber(fa: string): Change | undefined {
  const m = extractNumbers(fa, { language: 'fa' }).find((n) => n.form === 'digits' && /^\d+$/.test(n.value) && Number(n.value) > 2);
  if (!m) return undefined;
  // The last digit changes, so that the number keeps its grouping (۲۶،۷۵۰ → ۲۶،۷۵۷) and its script.
  const last = Math.max(...[...'0123456789۰۱۲۳۴۵۶۷۸۹'].map((d) => m.text.lastIndexOf(d)));
  const at = m.start + last;
  const digit = (Number(m.value) % 10 + 7) % 10;
  const replaced = digitsLike(m.text.slice(last, last + 1), String(digit));
  return { kind: 'number', text: splice(fa, at, at + 1, replaced), start: m.start, end: m.end };
}

function changeDate(fa: string): Change | undefined {
  const d = extractDates(fa, { language: 'fa', referenceDate: '2018-10-01' }).find((x) => x.fields.year !== undefined);
  if (!d) return undefined;
  const year = String(d.fields.year);
  const digits = d.text.match(/[0-9۰-۹]{4}/)?.[0];
  if (!digits) return undefined;
  const at = d.start + d.text.indexOf(digits);
  const replaced = digitsLike(digits, String(Number(year) - 3));
  return { kind: 'date', text: splice(fa, at, at + digits.length, replaced), start: at, end: at + replaced.length };
}

// Countries the gazetteer knows, so that the replacement is itself a name.
const OTHER_NAMES = ['نروژ', 'پرتغال', 'کانادا', 'سوئد'];

function changeName(fa: string): Change | undefined {
  const n = findNames(fa, { language: 'fa' }).find((x) => x.type === 'place' || x.type === 'person');
  if (!n) return undefined;
  const other = OTHER_NAMES.find((o) => !fa.includes(o)) as string;
  return { kind: 'name', text: splice(fa, n.start, n.end, other), start: n.start, end: n.start + other.length };
}

/**
 * A change counts as reported when a conflict (for names: a name finding) covers the changed words, or for
 * a name, when a name finding in the bead of the changed sentence reports the original name unmatched.
 */
function reported(report: ComparisonReport, change: Change): boolean {
  const overlaps = (f: Finding): boolean => f.b !== undefined && f.b.start < change.end && change.start < f.b.end;
  const sentence = report.documents.b.sentences.findIndex((s) => s.start <= change.start && change.start < s.end);
  const bead = report.alignment.beads.findIndex((b) => b.b.includes(sentence));
  return report.findings.some((f) =>
    change.kind === 'name' ? f.kind === 'name' && (overlaps(f) || (f.bead === bead && f.rule === 'name/unmatched')) : overlaps(f) && f.severity === 'conflict',
  );
}

/** Runs the benchmark on one pair; with `show`, prints every conflict and every missed change as it goes. */
export function scoreCompareNtrex(target: 'fas' | 'prs', show = false, mode: 'auto' | 'parallel' = 'auto'): string[] {
  const lines: string[] = [];
  const docs = ntrexDocuments(target);
  let beads = 0;
  let conflicts = 0;
  const caught: Record<Change['kind'], { hit: number; total: number }> = { number: { hit: 0, total: 0 }, date: { hit: 0, total: 0 }, name: { hit: 0, total: 0 } };
  for (const doc of docs) {
    const options = { language: 'ar', publishedAt: '2018-10-01' } as const;
    const report = compare({ text: doc.ar, ...options }, { text: doc.fa, language: 'fa' }, { mode });
    beads += report.alignment.beads.length;
    for (const f of report.findings.filter((x) => x.severity === 'conflict')) {
      conflicts++;
      if (show) console.log(`${doc.id} ${f.rule}: ${f.message}`);
    }
    for (const make of [changeNumber, changeDate, changeName]) {
      const change = make(doc.fa);
      if (!change) continue;
      const changed = compare({ text: doc.ar, ...options }, { text: change.text, language: 'fa' }, { mode });
      const hit = reported(changed, change);
      caught[change.kind].total++;
      if (hit) caught[change.kind].hit++;
      else if (show) {
        console.log(`${doc.id} missed ${change.kind} change: ${change.text.slice(Math.max(0, change.start - 30), change.end + 20)}`);
        const sentence = changed.documents.b.sentences.findIndex((x) => x.start <= change.start && change.start < x.end);
        const bead = changed.alignment.beads.findIndex((b) => b.b.includes(sentence));
        const b = changed.alignment.beads[bead];
        console.log(`   bead ${bead} a=${JSON.stringify(b?.a)} b=${JSON.stringify(b?.b)}: ${b?.a.map((i) => changed.documents.a.sentences[i]?.text).join(' | ')}`);
        for (const f of changed.findings.filter((x) => x.bead === bead)) console.log(`   ${f.rule} ${f.severity}: ${f.message}`);
      }
    }
  }
  lines.push(`arb-${target} (mode ${mode}): ${docs.length} documents, ${beads} beads, ${conflicts} conflicts = ${((50 * conflicts) / beads).toFixed(2)} per 50 beads`);
  for (const [kind, { hit, total }] of Object.entries(caught)) {
    lines.push(`  changed ${kind}: reported in ${hit} of ${total} documents (${((100 * hit) / Math.max(1, total)).toFixed(1)}%)`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const target = (args.find((a) => !a.startsWith('--')) ?? 'fas') as 'fas' | 'prs';
  for (const line of scoreCompareNtrex(target, args.includes('--show'), args.includes('--parallel') ? 'parallel' : 'auto')) console.log(line);
}

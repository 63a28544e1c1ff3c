/**
 * What must hold of every output, whatever the input: spans inside the text and in order, beads covering
 * every sentence once, reports that are valid against their own JSON Schema, renderings whose markup does
 * not depend on the text. Each check throws an `Invariant` error saying what broke.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Bead, ComparisonReport, MultiReport, Sentence } from '../../src/index.js';

/** An output that breaks a promise of the API (as opposed to an error the function threw). */
export class Invariant extends Error {
  override readonly name = 'Invariant';
}

export function ensure(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Invariant(what);
}

interface Spanned {
  readonly start: number;
  readonly end: number;
  readonly text?: string;
}

/** Each span lies inside `text`, holds what it says it holds, and they come in reading order. */
export function spansInOrder(
  what: string,
  text: string,
  spans: readonly Spanned[],
  options: { disjoint?: boolean; nonEmpty?: boolean } = {},
): void {
  let last = 0;
  let lastStart = 0;
  spans.forEach((s, i) => {
    ensure(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}[${i}]: offsets are not integers`);
    ensure(
      0 <= s.start && s.start <= s.end && s.end <= text.length,
      `${what}[${i}]: span [${s.start}, ${s.end}) outside the text (length ${text.length})`,
    );
    if (options.nonEmpty) ensure(s.end > s.start, `${what}[${i}]: empty span`);
    if (s.text !== undefined) ensure(text.slice(s.start, s.end) === s.text, `${what}[${i}]: text is not text.slice(start, end)`);
    ensure(s.start >= lastStart, `${what}[${i}]: starts before the previous one`);
    if (options.disjoint) ensure(s.start >= last, `${what}[${i}]: overlaps the previous one`);
    last = Math.max(last, s.end);
    lastStart = s.start;
  });
}

export function sentencesValid(what: string, text: string, list: readonly Pick<Sentence, 'start' | 'end' | 'text' | 'paragraph'>[]): void {
  spansInOrder(what, text, list, { disjoint: true, nonEmpty: true });
  list.forEach((s, i) => {
    ensure(Number.isInteger(s.paragraph) && s.paragraph >= 0, `${what}[${i}]: paragraph ${s.paragraph}`);
    if (i > 0) ensure(s.paragraph >= (list[i - 1]?.paragraph ?? 0), `${what}[${i}]: paragraph goes back`);
  });
}

export function probability(what: string, x: number): void {
  ensure(Number.isFinite(x) && x >= 0 && x <= 1, `${what}: ${x} is not in [0, 1]`);
}

/** The beads cover every sentence of each side exactly once, in order, and none is empty on both sides. */
export function beadsCover(what: string, beads: readonly Pick<Bead, 'source' | 'target'>[], sources: number, targets: number): void {
  let s = 0;
  let t = 0;
  beads.forEach((bead, i) => {
    ensure(bead.source.length + bead.target.length > 0, `${what}[${i}]: empty on both sides`);
    for (const k of bead.source) ensure(k === s++, `${what}[${i}]: source sentence ${k} out of order (expected ${s - 1})`);
    for (const k of bead.target) ensure(k === t++, `${what}[${i}]: target sentence ${k} out of order (expected ${t - 1})`);
  });
  ensure(s === sources, `${what}: cover ${s} of ${sources} source sentences`);
  ensure(t === targets, `${what}: cover ${t} of ${targets} target sentences`);
}

/**
 * The beads of a report cover every sentence that is not boilerplate exactly once, and no boilerplate: in
 * order on both sides in `parallel` mode; in `comparable` mode (claim matches) each side of a bead is
 * consecutive and ascending, the beads follow document a, and the b side comes in any order.
 */
export function beadsValid(report: ComparisonReport): void {
  const beads = report.alignment.beads;
  const content = (side: 'a' | 'b'): number[] => {
    const skipped = new Set(report.documents[side].boilerplate?.map((b) => b.sentence));
    return report.documents[side].sentences.map((_, i) => i).filter((i) => !skipped.has(i));
  };
  const a = content('a');
  const b = content('b');
  if (report.mode === 'parallel') {
    const position = (list: number[]): Map<number, number> => new Map(list.map((s, k) => [s, k]));
    const pa = position(a);
    const pb = position(b);
    beadsCover(
      'alignment.beads',
      beads.map((bead) => ({ source: bead.a.map((i) => pa.get(i) ?? -1), target: bead.b.map((j) => pb.get(j) ?? -1) })),
      a.length,
      b.length,
    );
    return;
  }
  let lastA = -1;
  beads.forEach((bead, i) => {
    ensure(bead.a.length + bead.b.length > 0, `alignment.beads[${i}]: empty on both sides`);
    for (const side of ['a', 'b'] as const) {
      bead[side].forEach((k, n) => {
        ensure(n === 0 || k === (bead[side][n - 1] as number) + 1, `alignment.beads[${i}].${side}: not consecutive`);
      });
    }
    if (bead.a.length) {
      ensure((bead.a[0] as number) > lastA, `alignment.beads[${i}]: out of document a's order`);
      lastA = bead.a[0] as number;
    }
  });
  const covered = (side: 'a' | 'b'): number[] => beads.flatMap((bead) => bead[side]).sort((x, y) => x - y);
  ensure(
    isDeepStrictEqual(covered('a'), a),
    'alignment.beads: do not cover the sentences of document a that are not boilerplate once each',
  );
  ensure(
    isDeepStrictEqual(covered('b'), b),
    'alignment.beads: do not cover the sentences of document b that are not boilerplate once each',
  );
}

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/comparison-report.schema.json'), 'utf8')) as object;
const validateReport = new Ajv({ allErrors: false, strict: false }).compile(schema);

/** A report: documents as given, sentences and beads as above, findings in place, counts right, JSON and schema valid. */
export function reportValid(report: ComparisonReport, a: string, b: string): void {
  ensure(report.documents.a.text === a && report.documents.b.text === b, 'report: documents do not hold the input texts');
  sentencesValid('documents.a.sentences', a, report.documents.a.sentences);
  sentencesValid('documents.b.sentences', b, report.documents.b.sentences);
  const beads = report.alignment.beads;
  beadsValid(report);
  beads.forEach((bead, i) => {
    probability(`alignment.beads[${i}].confidence`, bead.confidence);
  });
  report.findings.forEach((f, i) => {
    ensure(Number.isInteger(f.bead) && f.bead >= 0 && f.bead < beads.length, `findings[${i}]: bead ${f.bead}`);
    probability(`findings[${i}].confidence`, f.confidence);
    ensure(f.rule.startsWith(`${f.kind}/`), `findings[${i}]: rule ${f.rule} of kind ${f.kind}`);
    for (const side of ['a', 'b'] as const) {
      const at = f[side];
      if (!at) continue;
      const text = side === 'a' ? a : b;
      spansInOrder(`findings[${i}].${side}`, text, [at]);
      const before = text.slice(0, at.start);
      ensure(at.line === before.split('\n').length, `findings[${i}].${side}: line ${at.line}`);
      ensure(at.column === at.start - (before.lastIndexOf('\n') + 1) + 1, `findings[${i}].${side}: column ${at.column}`);
      ensure(at.sentence >= 0 && at.sentence < report.documents[side].sentences.length, `findings[${i}].${side}: sentence ${at.sentence}`);
    }
  });
  const s = report.summary;
  ensure(s.findings === report.findings.length, 'summary.findings');
  ensure(Object.values(s.byKind).reduce((x, y) => x + y, 0) === s.findings, 'summary.byKind does not add up');
  ensure(Object.values(s.bySeverity).reduce((x, y) => x + y, 0) === s.findings, 'summary.bySeverity does not add up');
  probability('summary.coverage.a', s.coverage.a);
  probability('summary.coverage.b', s.coverage.b);
  ensure(isDeepStrictEqual(JSON.parse(JSON.stringify(report)), report), 'report does not survive JSON.stringify / JSON.parse');
  ensure(validateReport(report), `report does not match its JSON Schema: ${JSON.stringify(validateReport.errors?.slice(0, 2))}`);
}

/**
 * Tag names with their attribute names, in order: the markup of a page, without any text or value. The
 * isolates around right-to-left runs inside a line (`<bdi dir="rtl">` with text only) are left out: they
 * follow the text's script by design, and a twin written in x's has none.
 */
export function markup(html: string): string[] {
  const withoutRunIsolates = html.replace(/<bdi dir="rtl">([^<]*)<\/bdi>/g, '$1');
  return [...withoutRunIsolates.matchAll(/<(\/?[a-zA-Z0-9!]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    ([, tag, attributes]) =>
      `${tag}${[...(attributes ?? '').matchAll(/\s+([^\s=>"]+)(?:="[^"]*")?/g)].map(([, name]) => ` ${name}`).join('')}`,
  );
}

const multiSchema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/multi-report.schema.json'), 'utf8')) as object;
const validateMulti = new Ajv({ allErrors: false, strict: false }).compile(multiSchema);

/**
 * A multi-document report: documents as given, every pair once and each pair's report valid, tables that
 * reference only the documents there are and spans that hold their words, JSON and schema valid.
 */
export function multiValid(report: MultiReport, texts: readonly string[]): void {
  const n = texts.length;
  ensure(
    report.documents.length === n && report.documents.every((d, i) => d.text === texts[i]),
    'multi: documents do not hold the input texts',
  );
  ensure(report.comparisons.length === (n * (n - 1)) / 2, `multi: ${report.comparisons.length} comparisons of ${n} documents`);
  const inRange = (d: number): boolean => Number.isInteger(d) && d >= 0 && d < n;
  for (const c of report.comparisons) {
    ensure(inRange(c.a) && inRange(c.b) && c.a < c.b, `multi: comparison ${c.a}-${c.b}`);
    reportValid(c.report, texts[c.a] as string, texts[c.b] as string);
  }
  for (const t of report.translations) ensure(inRange(t.a) && inRange(t.b) && t.a < t.b, `multi: translation ${t.a}-${t.b}`);
  const spans = [
    ...report.entities.flatMap((e) => e.spellings.flatMap((s) => s.mentions)),
    ...report.facts.flatMap((f) => f.versions.flatMap((v) => v.statements)),
  ];
  for (const s of spans) {
    ensure(inRange(s.document), `multi: span in document ${s.document}`);
    spansInOrder(`multi: span in document ${s.document}`, texts[s.document] as string, [s]);
  }
  for (const f of report.facts) {
    ensure(
      f.documents.every(inRange) && f.disagreements.every((d) => inRange(d.a) && inRange(d.b)),
      'multi: a fact names a document there is not',
    );
    ensure((f.status === 'single') === (f.documents.length === 1), `multi: a fact of ${f.documents.length} documents is ${f.status}`);
  }
  ensure(isDeepStrictEqual(JSON.parse(JSON.stringify(report)), report), 'multi: report does not survive JSON.stringify / JSON.parse');
  ensure(validateMulti(report), `multi: report does not match its JSON Schema: ${JSON.stringify(validateMulti.errors?.slice(0, 2))}`);
}

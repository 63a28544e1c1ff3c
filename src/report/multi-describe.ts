// What both multi-document renderers say about a MultiReport, as plain data: they differ only in how they
// escape and lay it out (as describe.ts does for a pair's report). Documents are numbered from 1, as a reader
// counts them: D1 is `documents[0]`.
import { intervalDays } from '../text/day-range.js';
import { groupDigits } from '../text/group-digits.js';
import { andList, count as digits } from './describe.js';
import type { EntityRow, FactDisagreement, FactRow, FactStatement, MultiDocument, MultiReport } from '../model/multi-types.js';
import type { Finding } from '../model/types.js';

/** Options of the multi-document renderers. */
export interface RenderMultiOptions {
  /** Names to show for the documents, by index; default their ids. */
  readonly labels?: readonly string[];
  /** Also list the facts and entities that one document alone states or names. Default `false`. */
  readonly singles?: boolean;
}

/** "D3" for the document at index 2 (a hand-edited report's odd index as it is). */
export function documentNumber(document: unknown): string {
  return Number.isInteger(document) && (document as number) >= 0 ? `D${(document as number) + 1}` : `D?${String(document)}`;
}

/** "D3 (badakhshan-news.ar.txt)", or "D3" when the document has no name of its own. */
export function documentLabel(report: MultiReport, document: number, options: RenderMultiOptions): string {
  const given = options.labels?.[document];
  const id: unknown = report.documents[document]?.id;
  const name = given ?? (typeof id === 'string' && id !== String(document) ? id : undefined);
  return name ? `${documentNumber(document)} (${name})` : documentNumber(document);
}

/** "D1, D2 and D4". */
export function documentList(documents: readonly number[]): string {
  return andList(documents.map(documentNumber));
}

/** The facts and entities a rendering lists: those of several documents, or all with `singles`. */
export function listed(report: MultiReport, options: RenderMultiOptions): { facts: FactRow[]; entities: EntityRow[] } {
  return {
    facts: report.facts.filter((f) => options.singles || f.documents.length > 1),
    entities: report.entities.filter((e) => options.singles || e.documents.length > 1),
  };
}

/** What the listing leaves out: "Not listed: 3 facts and 7 entities of one document only." */
export function leftOut(report: MultiReport, options: RenderMultiOptions): string | undefined {
  if (options.singles) return undefined;
  const facts = report.facts.filter((f) => f.documents.length < 2).length;
  const entities = report.entities.filter((e) => e.documents.length < 2).length;
  if (facts + entities === 0) return undefined;
  return `Not listed: ${count(facts, 'fact')} and ${count(entities, 'entity', 'entities')} of one document only.`;
}

/** The findings of a pair that a multi-document rendering lists: conflicts, then warnings. */
export function seriousFindings(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((f) => f.severity === 'conflict'), ...findings.filter((f) => f.severity === 'warning')];
}

/** One line on the whole set: documents, pairs, findings, shared facts and entities. */
export function overview(report: MultiReport): string {
  const { summary } = report;
  const shared = summary.sharedFacts;
  return (
    `${count(summary.documents, 'document')}, ${count(report.comparisons.length, 'pair')} compared, ` +
    `${count(summary.findings, 'finding')} (${count(summary.conflicts, 'conflict')}); ` +
    `${count(shared.total, 'fact')} stated by more than one document ` +
    `(${digits(shared.conflict)} in conflict, ${digits(shared.uncertain)} uncertain, ${digits(shared.agreed)} agreed); ` +
    `${count(summary.sharedEntities, 'entity', 'entities')} named in more than one document.`
  );
}

/** "1 fact", "3 facts", "1,200 facts". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${digits(n)} ${n === 1 ? singular : plural}`;
}

/**
 * A version's value for a reader: a date as its days ("1 January – 31 December 2025", "days not known" for a
 * relative date with nothing to place it), a number with its digits grouped and its qualifier in words ("40,000,000
 * person", "more than 8 tonne", "at least 23").
 */
export function versionValue(fact: Pick<FactRow, 'kind'>, value: unknown): string {
  // A date's value is its ISO days, or the words of a date no calendar day places.
  if (fact.kind === 'date') return /^(?:\d|--)/.test(String(value)) ? intervalDays(String(value)) : 'days not known';
  return String(value).split(' ').map(groupDigits).join(' ').replace(/^[a-z]+(?:-[a-z]+)+ /, (qualifier) => qualifier.replace(/-/g, ' '));
}

/** Whether a fact is a date that no calendar day places (a relative date without a publication date). */
export function unplaced(fact: FactRow): boolean {
  return fact.kind === 'date' && fact.versions.some((v) => v.statements.some((s) => s.date !== undefined && !s.date.interval && !s.date.yearless));
}

/** Why a fact is `uncertain` when no pair of documents disagrees on it. */
export function uncertainWhy(fact: FactRow): string | undefined {
  if (fact.status !== 'uncertain' || fact.disagreements.length) return undefined;
  return unplaced(fact) ? 'a relative date, with no publication date to place it' : undefined;
}

/** A fact's disagreement with the statements of each of its two documents. */
export interface Contradiction {
  readonly fact: FactRow;
  readonly disagreement: FactDisagreement;
  readonly a: readonly FactStatement[];
  readonly b: readonly FactStatement[];
}

/** Every pair of documents that states a fact differently, with the statements of both: conflicts first. */
export function contradictions(report: MultiReport): Contradiction[] {
  const out: Contradiction[] = [];
  for (const fact of report.facts) {
    const statements = fact.versions.flatMap((v) => v.statements);
    for (const disagreement of fact.disagreements) {
      out.push({
        fact,
        disagreement,
        a: statements.filter((s) => s.document === disagreement.a),
        b: statements.filter((s) => s.document === disagreement.b),
      });
    }
  }
  return out.sort((x, y) => Number(x.disagreement.severity !== 'conflict') - Number(y.disagreement.severity !== 'conflict'));
}

/** "Check first: 1 fact stated differently (1 conflict)", or that the documents agree on every shared fact. */
export function contradictionsHeading(list: readonly Contradiction[]): string {
  if (list.length === 0) return 'Check first: no fact stated differently';
  const conflicts = list.filter((c) => c.disagreement.severity === 'conflict').length;
  const parts = [conflicts ? count(conflicts, 'conflict') : '', list.length - conflicts ? count(list.length - conflicts, 'warning') : ''].filter(Boolean);
  return `Check first: facts stated differently (${andList(parts)})`;
}

/** The statements of one document, grouped by sentence: what a rendering shows side by side. */
export function bySentence(statements: readonly FactStatement[]): { sentence: number; statements: FactStatement[] }[] {
  const out = new Map<number, FactStatement[]>();
  for (const s of statements) out.set(s.sentence, [...(out.get(s.sentence) ?? []), s]);
  return [...out].map(([sentence, list]) => ({ sentence, statements: list }));
}

/** The document of a statement, or undefined for a hand-edited report's index that points nowhere. */
export function documentAt(report: MultiReport, document: unknown): MultiDocument | undefined {
  return Number.isInteger(document) ? report.documents[document as number] : undefined;
}

/** Statements said once per document and words: «خمسة» twice in D1 is one entry with `times: 2` (the first place). */
export function distinctStatements(statements: readonly FactStatement[]): { statement: FactStatement; times: number }[] {
  const out = new Map<string, { statement: FactStatement; times: number }>();
  for (const s of statements) {
    const key = `${String(s.document)}\u0000${String(s.text)}`;
    const known = out.get(key);
    if (known) known.times++;
    else out.set(key, { statement: s, times: 1 });
  }
  return [...out.values()];
}

/** " (twice)", " (3 times)", or nothing for once. */
export function times(n: number): string {
  return n === 1 ? '' : n === 2 ? ' (twice)' : ` (${count(n, 'time')})`;
}

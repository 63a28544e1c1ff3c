// What both multi-document renderers say about a MultiReport, as plain data: they differ only in how they
// escape and lay it out (as describe.ts does for a pair's report).
import type { EntityRow, FactRow, MultiReport } from '../model/multi-types.js';
import type { Finding } from '../model/types.js';

/** Options of the multi-document renderers. */
export interface RenderMultiOptions {
  /** Names to show for the documents, by index; default their ids. */
  readonly labels?: readonly string[];
  /** Also list the facts and entities that one document alone states or names. Default `false`. */
  readonly singles?: boolean;
}

/** "D2 (badakhshan-news.ar.txt)", or "D2" when the document has no name of its own. */
export function documentLabel(report: MultiReport, document: number, options: RenderMultiOptions): string {
  const name = options.labels?.[document] ?? report.documents[document]?.id;
  return name !== undefined && name !== String(document) ? `D${document} (${name})` : `D${document}`;
}

/** "D0, D1 and D3". */
export function documentList(documents: readonly number[]): string {
  const names = documents.map((d) => `D${d}`);
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The facts and entities a rendering lists: those of several documents, or all with `singles`. */
export function listed(report: MultiReport, options: RenderMultiOptions): { facts: FactRow[]; entities: EntityRow[] } {
  return {
    facts: report.facts.filter((f) => options.singles || f.documents.length > 1),
    entities: report.entities.filter((e) => options.singles || e.documents.length > 1),
  };
}

/** What the listing leaves out: "3 facts and 7 entities of one document only". */
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

/** One line on the whole set: documents, translations, findings, shared facts and entities. */
export function overview(report: MultiReport): string {
  const { summary } = report;
  const shared = summary.sharedFacts;
  return (
    `${count(summary.documents, 'document')}, ${count(report.comparisons.length, 'pair')} compared, ` +
    `${count(summary.findings, 'finding')} (${count(summary.conflicts, 'conflict')}); ` +
    `${count(shared.total, 'fact')} stated by more than one document ` +
    `(${shared.conflict} in conflict, ${shared.uncertain} uncertain, ${shared.agreed} agreed); ` +
    `${count(summary.sharedEntities, 'entity', 'entities')} named in more than one document.`
  );
}

/** "1 fact", "3 facts". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

import type { DateMention } from '../extract/date-mention.js';
import { extractDates } from '../extract/dates.js';
import { extractNumbers } from '../extract/numbers.js';
import { type NumberMention } from '../extract/number-mention.js';
import type { FactDisagreement, FactRow, FactStatement, FactVersion } from '../model/multi-types.js';
import type { Finding } from '../model/types.js';
import type { PairComparison } from './compare.js';
import type { PreparedDocument } from './prepared-document.js';
import { dateValue, pairDates } from './detectors/dates.js';
import { numberValue, pairNumbers } from './detectors/numbers.js';
import { documentIndices, type DocumentSpans } from './document-spans.js';
import { lowerBound } from '../text/lower-bound.js';
import { elementAt } from '../contract/element-at.js';

/** Two documents compared, by index, with what the comparison saw. */
export interface IndexedComparison {
  readonly a: number;
  readonly b: number;
  readonly comparison: PairComparison;
}

/** A number or a date one document states: a node of the graph whose connected parts are the facts. */
interface Statement {
  readonly document: number;
  readonly start: number;
  readonly end: number;
  readonly date?: DateMention;
  readonly number?: NumberMention;
}

const STATUS_ORDER: Record<FactRow['status'], number> = { conflict: 0, uncertain: 1, agreed: 2, single: 3 };

/**
 * The fact table of several documents: every number and date they state (boilerplate aside), the
 * statements that the pairwise comparisons paired joined into one fact (the same quantity or the same
 * event's date, in a translation's aligned sentences or in independent reports' claims), and for each fact
 * the values it is given, the documents that give each, and the pairs of documents that contradict each
 * other (the comparisons' conflicts and warnings about those statements).
 */
export function factTable(
  docs: readonly PreparedDocument[],
  comparisons: readonly IndexedComparison[],
  spans: DocumentSpans,
  islamic: 'umalqura' | 'civil',
): FactRow[] {
  const statements = docs.flatMap((doc, d) => statementsOf(doc, d, islamic).filter((s) => spans.inContent(d, s.start)));
  const index = new Map<string, number>();
  statements.forEach((s, i) => index.set(`${s.document}:${s.start}`, i));
  // The dates of each document, in order, to find the date a number belongs to.
  const dates: number[][] = docs.map(() => []);
  statements.forEach((s, i) => {
    if (s.date) dates[s.document]?.push(i);
  });
  const parent = statements.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = elementAt(parent, elementAt(parent, i));
    return i;
  };
  const disagreements = new Map<number, FactDisagreement[]>();
  const disagreementOf: { at: number; disagreement: FactDisagreement }[] = [];
  for (const { a, b, comparison } of comparisons) {
    const about = findingsAbout(comparison.detected);
    const link = (x: { start: number; end: number }, y: { start: number; end: number }, inDate: { a: boolean; b: boolean }): void => {
      const i = statementAt(statements, index, dates, a, x, inDate.a);
      const j = statementAt(statements, index, dates, b, y, inDate.b);
      if (i === undefined || j === undefined) return;
      parent[root(i)] = root(j);
      const finding = about.get(`${x.start}:${y.start}`);
      if (finding && finding.severity !== 'info') {
        disagreementOf.push({ at: i, disagreement: { a, b, severity: finding.severity, message: finding.message } });
      }
    };
    for (const p of pairDates(comparison.context, islamic).pairing.pairs) link(p.a, p.b, { a: false, b: false });
    for (const p of pairNumbers(comparison.context).pairs) link(p.a, p.b, { a: p.a.inDate, b: p.b.inDate });
  }
  for (const { at, disagreement } of disagreementOf) {
    const r = root(at);
    append(disagreements, r, disagreement);
  }
  const groups = new Map<number, Statement[]>();
  statements.forEach((s, i) => {
    const r = root(i);
    append(groups, r, s);
  });
  const rows = [...groups].map(([r, members]) => row(members, disagreements.get(r) ?? [], spans));
  return rows.sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status]);
}

/** The dates and the numbers (those outside dates) of one document. */
function statementsOf(doc: PreparedDocument, document: number, islamic: 'umalqura' | 'civil'): Statement[] {
  const language = doc.language === 'unknown' ? {} : { language: doc.language };
  const reference = doc.input.publishedAt ? { referenceDate: doc.input.publishedAt } : {};
  const dates = extractDates(doc.input.text, { ...language, ...reference, islamic }).map((date) => ({
    document,
    start: date.start,
    end: date.end,
    date,
  }));
  const numbers = extractNumbers(doc.input.text, language).map((number) => ({ document, start: number.start, end: number.end, number }));
  return [...dates, ...numbers].sort((x, y) => x.start - y.start);
}

/** The statement a paired mention is: itself, or for a number inside a date, that date (the last date starting at or before it). */
function statementAt(
  statements: readonly Statement[],
  index: ReadonlyMap<string, number>,
  dates: readonly (readonly number[])[],
  document: number,
  mention: { start: number; end: number },
  inDate: boolean,
): number | undefined {
  if (!inDate) return index.get(`${document}:${mention.start}`);
  const list = dates[document] ?? [];
  const at = lowerBound(0, list.length, (k) => elementAt(statements, elementAt(list, k)).start <= mention.start) - 1;
  const found = at < 0 ? -1 : elementAt(list, at);
  const date = statements[found];
  return date && mention.end <= date.end ? found : undefined;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The date and number findings of a comparison, by the starts of the two mentions they are about. */
function findingsAbout(findings: readonly Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if ((f.kind === 'date' || f.kind === 'number') && f.a && f.b) out.set(`${f.a.start}:${f.b.start}`, f);
  }
  return out;
}

/**
 * What tells the versions of a fact apart: a number's value and qualifier (five and five people are one
 * version; the unit is shown, see {@link versionValue}), a date's days, or the words of a date that cannot
 * be placed.
 */
function valueKey(s: Statement): string {
  if (s.number) return [s.number.qualifier, s.number.value].filter((x) => x !== undefined).join(' ');
  const date = s.date as DateMention;
  const range = date.interval ?? date.yearless;
  if (!range) return date.text;
  return range.start === range.end ? range.start : `${range.start}/${range.end}`;
}

/** A version's value as the report writes it: for a number, with the unit its statements give, if any. */
function versionValue(key: string, statements: readonly FactStatement[]): string {
  const unit = statements.find((s) => s.number?.unit !== undefined)?.number?.unit;
  return unit === undefined ? key : `${key} ${unit}`;
}

function row(members: readonly Statement[], disagreements: readonly FactDisagreement[], spans: DocumentSpans): FactRow {
  const versions = new Map<string, FactStatement[]>();
  for (const s of members) {
    const statement: FactStatement = {
      ...spans.span(s.document, s.start, s.end),
      ...(s.number ? { number: numberValue(s.number) } : {}),
      ...(s.date ? { date: dateValue(s.date) } : {}),
    };
    const key = valueKey(s);
    append(versions, key, statement);
  }
  const list: FactVersion[] = [...versions].map(([key, statements]) => ({
    value: versionValue(key, statements),
    documents: documentIndices(statements.map((s) => s.document)),
    statements,
  }));
  list.sort((x, y) => y.documents.length - x.documents.length);
  const documents = documentIndices(members.map((s) => s.document));
  const unique = [...new Map(disagreements.map((d) => [`${d.a}:${d.b}:${d.message}`, d])).values()];
  // A date that cannot be placed (a relative date without a publication date) agrees with nothing provably.
  const unplaced = members.some((s) => s.date && !s.date.interval && !s.date.yearless);
  const status: FactRow['status'] =
    documents.length < 2
      ? 'single'
      : unique.some((d) => d.severity === 'conflict')
        ? 'conflict'
        : unique.length || unplaced
          ? 'uncertain'
          : 'agreed';
  return { kind: members.some((s) => s.date) ? 'date' : 'number', status, versions: list, documents, disagreements: unique };
}

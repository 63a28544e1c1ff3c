import type { MultiDocument, MultiReport, MultiSummary, PairReport, TranslationPair } from '../model/multi-types.js';
import { REPORT_VERSION } from '../model/types.js';
import { argument } from '../contract/validate.js';
import { comparePrepared, comparingPrepared, type CompareInput, type CompareOptions } from './compare.js';
import { describeDocument, prepareDocument } from './prepared-document.js';
import { compareOptions, manyDocuments } from './options.js';
import { progressEmitter, runSteps, stepFraction } from './progress.js';
import { documentSpans } from './document-spans.js';
import { entityTable } from './entity-table.js';
import { factTable, type IndexedComparison } from './fact-table.js';
import { contradictedParallels } from './translation-groups.js';
import { elementAt } from '../contract/element-at.js';

/** A document for {@link compareMany}: what {@link compare} takes, with an id to show for it. */
export interface MultiInput extends CompareInput {
  /** A name for the document (a file name, an outlet); default its position, `"0"`, `"1"` … */
  readonly id?: string;
}

/**
 * Compares several reports of one event with each other: every document against every other (each pair in
 * the mode {@link compare} chooses for it, or the one `options.mode` forces), and across all of them an
 * entity table (each person, place and organisation with its spellings in each document), a fact table
 * (each number and date, the documents that state it and those that contradict each other about it), and
 * the pairs of documents of which one translates the other. Translation is transitive, so a pair that
 * looks parallel on its own but would make two documents translations of each other that their own
 * comparison says are not is compared as comparable (its `modeReason` says so). The web pages' boilerplate
 * is left out of all of it. Every span in the tables points into its document's text.
 *
 * @param documents - The documents, as texts or with their language, title, publication date and id.
 * @param options - As for {@link compare}, applied to every pair (`kinds` and `minSeverity` choose the
 * findings of the pairwise reports; the fact table always weighs every finding).
 * @example
 * ```ts
 * import { compareMany } from 'muqabala';
 *
 * const many = compareMany([
 *   { id: 'ar', text: 'ضرب زلزال بقوة 6.3 درجة ولاية هرات يوم الأحد. وأعلنت وزارة الصحة الأفغانية مقتل 12 شخصًا. وقالت الأمم المتحدة إنها أرسلت فرقًا طبية.' },
 *   { id: 'fa', text: 'زلزله‌ای به بزرگی ۶.۳ ریشتر روز یکشنبه ولایت هرات را لرزاند. وزارت صحت افغانستان اعلام کرد که ۱۲ نفر کشته شدند. سازمان ملل گفت که تیم‌های پزشکی فرستاده است.' },
 *   { id: 'news', text: 'تضررت عشرات المنازل في القرى الجبلية غرب أفغانستان. وقالت وزارة الصحة إن الزلزال أسفر عن مقتل 15 شخصًا في هرات.' },
 * ]);
 * many.translations.map((t) => [t.a, t.b]); // => [[0, 1]]
 * many.entities.find((e) => e.id === 'AF/Herat')?.documents; // => [0, 1, 2]
 * const toll = many.facts[0];
 * toll?.status; // => 'conflict'
 * toll?.versions.map((v) => `${v.value}: ${v.documents.join(',')}`); // => ['12 person: 0,1', '15 person: 2']
 * ```
 */
export function compareMany(documents: readonly (string | MultiInput)[], options?: CompareOptions): MultiReport {
  const inputs = argument('compareMany', 'documents', documents, manyDocuments);
  const checked = compareOptions('compareMany', options);
  const lengths = inputs.map((d) => d.text.length);
  // Each pair's work counts its two documents' characters; reading them counts as the first stage of each pair.
  const pairChars = (a: number, b: number): number => elementAt(lengths, a) + elementAt(lengths, b);
  let total = 0;
  for (let a = 0; a < inputs.length; a++) for (let b = a + 1; b < inputs.length; b++) total += pairChars(a, b);
  const emit = checked.onProgress ? progressEmitter(total, checked.onProgress) : undefined;
  const readShare = stepFraction({ stage: 'align', share: 0 });
  // Messages name each document by its id (a file name), else its title, else its place in the list.
  const labelOf = (i: number): string => inputs[i]?.id ?? inputs[i]?.title ?? `D${i + 1}`;
  const prepared = inputs.map((d, i) => {
    emit?.('read', (readShare * i) / inputs.length);
    return { ...prepareDocument(d, checked), label: labelOf(i) };
  });
  const comparisons: IndexedComparison[] = [];
  let before = 0;
  for (let a = 0; a < prepared.length; a++) {
    for (let b = a + 1; b < prepared.length; b++) {
      const start = before;
      const size = pairChars(a, b);
      const onStep =
        emit && total > 0
          ? (step: Parameters<typeof stepFraction>[0]) => {
              emit(step.stage, Math.max(readShare, (start + size * stepFraction(step)) / total));
            }
          : undefined;
      comparisons.push({ a, b, comparison: runSteps(comparingPrepared(elementAt(prepared, a), elementAt(prepared, b), checked), onStep) });
      before += size;
    }
  }
  if ((checked.mode ?? 'auto') === 'auto') {
    const verdicts = comparisons.map(({ a, b, comparison: { report } }) => ({
      a,
      b,
      parallel: report.mode === 'parallel',
      strength: report.modeStatistics?.alignedShare ?? 0,
    }));
    for (const { pair, because } of contradictedParallels(verdicts)) {
      const { a, b, comparison } = elementAt(comparisons, pair);
      const alone = comparison.report.modeReason.replace(/^parallel \(detected\): /, '').replace(/\.$/, '');
      const reason =
        `comparable (detected across the documents: as a translation pair they would make ${labelOf(because.a)} and ` +
        `${labelOf(because.b)} translations of each other, which their own comparison rules out; on its own the pair measured ${alone}).`;
      const statistics = comparison.report.modeStatistics;
      comparisons[pair] = {
        a,
        b,
        comparison: comparePrepared(elementAt(prepared, a), elementAt(prepared, b), checked, {
          mode: 'comparable',
          reason,
          ...(statistics ? { statistics } : {}),
        }),
      };
    }
  }
  const spans = documentSpans(prepared);
  const pairs: PairReport[] = comparisons.map(({ a, b, comparison }) => ({ a, b, report: comparison.report }));
  const translations: TranslationPair[] = pairs
    .filter((p) => p.report.mode === 'parallel')
    .map((p) => ({ a: p.a, b: p.b, detected: p.report.modeStatistics !== undefined, reason: p.report.modeReason }));
  const described: MultiDocument[] = prepared.map((doc, i) => {
    return { id: inputs[i]?.id ?? String(i), ...describeDocument(doc) };
  });
  const entities = entityTable(prepared, spans);
  const facts = factTable(prepared, comparisons, spans, checked.islamic ?? 'umalqura');
  const shared = facts.filter((f) => f.status !== 'single');
  const summary: MultiSummary = {
    documents: prepared.length,
    findings: pairs.reduce((n, p) => n + p.report.findings.length, 0),
    conflicts: pairs.reduce((n, p) => n + p.report.summary.bySeverity.conflict, 0),
    sharedEntities: entities.filter((e) => e.documents.length > 1).length,
    sharedFacts: {
      total: shared.length,
      agreed: shared.filter((f) => f.status === 'agreed').length,
      uncertain: shared.filter((f) => f.status === 'uncertain').length,
      conflict: shared.filter((f) => f.status === 'conflict').length,
    },
  };
  emit?.('report', 1);
  return { version: REPORT_VERSION, documents: described, comparisons: pairs, translations, entities, facts, summary };
}

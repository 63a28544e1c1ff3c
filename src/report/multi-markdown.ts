import { options as checkOptions } from '../contract/validate.js';
import { checkMultiReport, MULTI_MARKDOWN_OPTIONS } from './checks.js';
import { count, describeLanguage, modeLine, sentenceNames, severityCounts, SIDES } from './describe.js';
import { excerpt } from './excerpt.js';
import { boldMarkdown, isolateMarkdown, mixedMarkdown, quoteMarkdown } from './escape-markdown.js';
import {
  bySentence,
  contradictions,
  contradictionsHeading,
  documentAt,
  documentLabel,
  documentList,
  distinctStatements,
  documentNumber,
  leftOut,
  listed,
  overview,
  seriousFindings,
  times,
  uncertainWhy,
  versionValue,
  type RenderMultiOptions,
} from './multi-describe.js';
import { splitAtSpans } from './segments.js';
import type { FactStatement, MultiReport } from '../model/multi-types.js';

/** Options for {@link renderMultiMarkdown}. */
export interface RenderMultiMarkdownOptions extends RenderMultiOptions {
  /** Isolate Arabic and Persian text with the Unicode isolates (see {@link RenderMarkdownOptions.isolates}). Default `true`. */
  readonly isolates?: boolean;
}

/**
 * Renders a multi-document report as Markdown, in the order and the words of {@link renderMultiHtml}: what to
 * check first — every fact two documents state differently, as a table row with the sentence of each document
 * side by side, the statement in bold — then the facts stated by more than one document, the names in more
 * than one with their spellings, and every pair with how it was compared and its conflicts and warnings.
 * Documents are numbered from 1 (D1 is the first given), sentences too. Text from the documents is escaped as
 * {@link renderMarkdown} escapes it.
 *
 * @example
 * ```ts
 * import { compareMany, renderMultiMarkdown } from 'muqabala';
 *
 * const many = compareMany([
 *   { id: 'ar', text: 'وأعلنت وزارة الصحة مقتل 12 شخصًا في زلزال هرات.' },
 *   { id: 'ar2', text: 'وقالت وزارة الصحة إن زلزال هرات أسفر عن مقتل 15 شخصًا.' },
 * ]);
 * const md = renderMultiMarkdown(many, { isolates: false });
 * md.split('\n')[0]; // => '# Comparison of 2 documents'
 * md.includes('| conflict | number | 12 person: «12 شخصًا» in D1; 15 person: «15 شخصًا» in D2 | D1 and D2 |'); // => true
 * ```
 */
export function renderMultiMarkdown(report: MultiReport, options: RenderMultiMarkdownOptions = {}): string {
  checkMultiReport('renderMultiMarkdown', report);
  options = checkOptions('renderMultiMarkdown', options, MULTI_MARKDOWN_OPTIONS);
  const isolate = options.isolates ?? true;
  const quote = (text: string): string => quoteMarkdown(text, isolate);
  const line = (text: string): string => mixedMarkdown(text, isolate);
  const label = (d: number): string => line(documentLabel(report, d, options));
  const { facts, entities } = listed(report, options);
  const lines: string[] = [`# Comparison of ${count(report.documents.length)} documents`, '', line(overview(report)), ''];

  lines.push('| | language | sentences | boilerplate |', '| --- | --- | ---: | ---: |');
  report.documents.forEach((d, i) => {
    lines.push(
      `| ${label(i)} | ${line(describeLanguage(d))} | ${count(d.sentences.length)} | ${count(Array.isArray(d.boilerplate) ? d.boilerplate.length : 0)} |`,
    );
  });
  const translations = report.translations.map((t) => `${label(t.a)} and ${label(t.b)}${t.detected ? '' : ' (given)'}`);
  lines.push('', `**Translations:** ${translations.length ? translations.join('; ') : 'none'}`, '');

  // What to check first: each fact two documents state differently, the sentence of each side by side.
  const list = contradictions(report);
  lines.push(`## ${contradictionsHeading(list)}`, '');
  if (list.length) {
    lines.push('| # | fact | one document | the other |', '| ---: | --- | --- | --- |');
    list.forEach((c, i) => {
      const side = (document: number, statements: readonly FactStatement[]): string => {
        const doc = documentAt(report, document);
        const groups = bySentence(statements);
        const where = `*${label(document)}${groups.length ? `, ${sentenceNames(groups.map((g) => g.sentence))}` : ''}:*`;
        const texts = groups.map((g) => {
          const s = doc?.sentences[g.sentence];
          if (!doc || !s) return '';
          const spans = g.statements.map((st) => ({ start: st.start, end: st.end, tag: true }));
          const range = excerpt(s, spans);
          const pieces = splitAtSpans(range.start, range.end, spans).map((segment) => {
            const words = doc.text.slice(segment.start, segment.end);
            return segment.tags.length && segment.start < segment.end ? boldMarkdown(words) : quoteMarkdown(words, false);
          });
          return isolateMarkdown(`${range.before ? '… ' : ''}${pieces.join('')}${range.after ? ' …' : ''}`, isolate);
        });
        return `${where} ${texts.join(' ')}`;
      };
      const what = `**${line(c.disagreement.severity)}** ${line(c.fact.kind)}: ${line(c.disagreement.message)}`;
      lines.push(`| ${i + 1} | ${what} | ${side(c.disagreement.a, c.a)} | ${side(c.disagreement.b, c.b)} |`);
    });
    lines.push('');
  }

  lines.push('## Facts stated by more than one document', '');
  if (facts.length === 0) lines.push('No fact is stated by more than one document.');
  else {
    lines.push('| status | kind | values | stated differently by |', '| --- | --- | --- | --- |');
    for (const f of facts) {
      const versions = f.versions.map(
        (v) =>
          `${line(versionValue(f, v.value))}: ${distinctStatements(v.statements)
            .map(({ statement: s, times: n }) => `«${quote(s.text)}» in ${documentNumber(s.document)}${times(n)}`)
            .join(', ')}`,
      );
      const against = [
        ...new Set(f.disagreements.map((d) => `${documentList([d.a, d.b])}${d.severity === 'warning' ? ' (warning)' : ''}`)),
      ];
      lines.push(
        `| ${line(f.status)} | ${line(f.kind)} | ${versions.join('; ')} | ${line(against.length ? against.join('; ') : (uncertainWhy(f) ?? ''))} |`,
      );
    }
  }
  lines.push('');

  lines.push('## Names in more than one document', '');
  if (entities.length === 0) lines.push('No entity is named in more than one document.');
  else {
    lines.push('| name | what | spellings |', '| --- | --- | --- |');
    for (const e of entities) {
      const spellings = e.spellings.map((s) => `«${quote(s.text)}» in ${documentList(s.documents)}`);
      lines.push(`| ${quote(e.label)} | ${line(e.type)} | ${spellings.join('; ')} |`);
    }
  }
  const omitted = leftOut(report, options);
  if (omitted) lines.push('', line(omitted));
  lines.push('');

  lines.push('## Every pair', '');
  for (const { a, b, report: pair } of report.comparisons) {
    lines.push(
      `### ${label(a)} and ${label(b)}`,
      '',
      line(modeLine(pair)),
      '',
      `Findings: ${count(pair.findings.length)} (${severityCounts(pair)}).`,
      '',
    );
    for (const f of seriousFindings(pair.findings)) {
      const where = SIDES.flatMap((s) => {
        const at = f[s];
        const document = s === 'a' ? a : b;
        return at ? [`${documentNumber(document)}: «${quote(at.text)}»`] : [];
      });
      lines.push(`- **${line(f.severity)}** ${line(f.kind)}: ${line(f.message)}${where.length ? ` — ${where.join(', ')}` : ''}`);
    }
    if (seriousFindings(pair.findings).length) lines.push('');
  }
  return lines.join('\n');
}

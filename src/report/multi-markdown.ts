import { options as checkOptions } from '../contract/validate.js';
import { checkMultiReport, MULTI_MARKDOWN_OPTIONS } from './checks.js';
import { describeLanguage, severityCounts } from './describe.js';
import { codeSpan, quoteMarkdown } from './escape-markdown.js';
import { documentLabel, documentList, leftOut, listed, overview, seriousFindings, type RenderMultiOptions } from './multi-describe.js';
import type { MultiReport } from '../model/multi-types.js';
import type { Side } from '../model/types.js';

/** Options for {@link renderMultiMarkdown}. */
export interface RenderMultiMarkdownOptions extends RenderMultiOptions {
  /** Wrap Arabic and Persian snippets in Unicode isolates (see {@link RenderMarkdownOptions.isolates}). Default `true`. */
  readonly isolates?: boolean;
}

/**
 * Renders a multi-document report as Markdown: the documents, the translation pairs, the facts stated by
 * more than one document (conflicts first, each version with its words and documents, and who contradicts
 * whom), the entities named in more than one document with their spellings, and for every pair its mode and
 * its conflicts and warnings. Text from the documents is escaped as {@link renderMarkdown} escapes it.
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
 * md.includes('| conflict | number | «12 شخصًا» (D0) = 12 person; «15 شخصًا» (D1) = 15 person | D0 and D1 |'); // => true
 * ```
 */
export function renderMultiMarkdown(report: MultiReport, options: RenderMultiMarkdownOptions = {}): string {
  checkMultiReport('renderMultiMarkdown', report);
  options = checkOptions('renderMultiMarkdown', options, MULTI_MARKDOWN_OPTIONS);
  const isolate = options.isolates ?? true;
  const quote = (text: string): string => quoteMarkdown(text, isolate);
  const label = (d: number): string => quote(documentLabel(report, d, options));
  const { facts, entities } = listed(report, options);
  const lines: string[] = [`# Comparison of ${report.documents.length} documents`, ''];

  lines.push('| | language | sentences | boilerplate |', '| --- | --- | ---: | ---: |');
  report.documents.forEach((d, i) => {
    lines.push(`| ${label(i)} | ${quote(describeLanguage(d))} | ${d.sentences.length} | ${d.boilerplate?.length ?? 0} |`);
  });
  lines.push('', quote(overview(report)), '');
  const translations = report.translations.map((t) => `${label(t.a)} ↔ ${label(t.b)}${t.detected ? '' : ' (given)'}`);
  lines.push(`**Translations:** ${translations.length ? translations.join('; ') : 'none'}`, '');

  lines.push('## Facts', '');
  if (facts.length === 0) lines.push('No fact is stated by more than one document.');
  else {
    lines.push('| status | kind | versions | stated differently by |', '| --- | --- | --- | --- |');
    for (const f of facts) {
      const versions = f.versions.map((v) => `${v.statements.map((s) => `«${quote(s.text)}» (D${s.document})`).join(', ')} = ${quote(v.value)}`);
      const against = [...new Set(f.disagreements.map((d) => `${documentList([d.a, d.b])}${d.severity === 'warning' ? ' (warning)' : ''}`))];
      lines.push(`| ${f.status} | ${f.kind} | ${versions.join('; ')} | ${against.join('; ')} |`);
    }
  }
  lines.push('');

  lines.push('## Entities', '');
  if (entities.length === 0) lines.push('No entity is named in more than one document.');
  else {
    lines.push('| entity | type | spellings |', '| --- | --- | --- |');
    for (const e of entities) {
      const spellings = e.spellings.map((s) => `«${quote(s.text)}» (${documentList(s.documents)})`);
      lines.push(`| ${quote(e.label)} | ${e.type} | ${spellings.join('; ')} |`);
    }
  }
  const omitted = leftOut(report, options);
  if (omitted) lines.push('', quote(omitted));
  lines.push('');

  lines.push('## Pairs', '');
  for (const { a, b, report: pair } of report.comparisons) {
    const side = (s: Side): string => (s === 'a' ? label(a) : label(b));
    lines.push(`### ${label(a)} ↔ ${label(b)}: ${pair.mode}`, '', `${quote(pair.modeReason)}  `, `**Findings:** ${pair.findings.length} — ${severityCounts(pair)}`, '');
    for (const f of seriousFindings(pair.findings)) {
      const where = (['a', 'b'] as const).flatMap((s) => (f[s] ? [`${side(s)} «${quote(f[s].text)}»`] : []));
      lines.push(`- ${f.severity} ${codeSpan(f.rule)} ${quote(f.message)}${where.length ? ` — ${where.join(', ')}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

import { options as checkOptions } from '../contract/validate.js';
import { checkMultiReport, MULTI_HTML_OPTIONS } from './checks.js';
import { describeLanguage, languageTag, severityCounts } from './describe.js';
import { escapeAttribute as attr, escapeText as text } from './escape-html.js';
import { reportPage } from './html.js';
import { documentLabel, documentList, leftOut, listed, overview, seriousFindings, type RenderMultiOptions } from './multi-describe.js';
import type { MultiReport } from '../model/multi-types.js';
import type { Severity } from '../model/types.js';

/** Options for {@link renderMultiHtml}. */
export interface RenderMultiHtmlOptions extends RenderMultiOptions {
  /** The page's title. Default "Comparison of N documents". */
  readonly title?: string;
}

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = { conflict: 'sev-conflict', warning: 'sev-warning', info: 'sev-info' };
const STATUS_CLASS: Readonly<Record<string, string>> = { conflict: 'sev-conflict', uncertain: 'sev-warning', agreed: 'sev-info' };

/**
 * Renders a multi-document report as one self-contained HTML page, under the same rules as
 * {@link renderHtml} (no script, nothing loaded, a Content-Security-Policy that allows only its own style
 * sheet, every piece of text escaped): the documents, the translation pairs, the table of facts stated by
 * more than one document (conflicts first), the table of entities with their spellings per document, and for
 * every pair its mode and its conflicts and warnings. Words from the documents run right to left in their
 * language.
 *
 * @example
 * ```ts
 * import { compareMany, renderMultiHtml } from 'muqabala';
 *
 * const many = compareMany([
 *   { id: 'ar', text: 'وأعلنت وزارة الصحة مقتل 12 شخصًا في زلزال هرات.' },
 *   { id: 'ar2', text: 'وقالت وزارة الصحة إن زلزال <b>هرات</b> أسفر عن مقتل 15 شخصًا.' },
 * ]);
 * const html = renderMultiHtml(many);
 * html.startsWith('<!DOCTYPE html>'); // => true
 * html.includes('<h1>Comparison of 2 documents</h1>'); // => true
 * html.includes('<b>هرات</b>'); // => false
 * ```
 */
export function renderMultiHtml(report: MultiReport, options: RenderMultiHtmlOptions = {}): string {
  checkMultiReport('renderMultiHtml', report);
  options = checkOptions('renderMultiHtml', options, MULTI_HTML_OPTIONS);
  const title = options.title ?? `Comparison of ${report.documents.length} documents`;
  const label = (d: number): string => text(documentLabel(report, d, options));
  const words = (d: number, value: string): string => {
    const document = report.documents[d];
    const tag = document ? languageTag(document) : undefined;
    return `<bdi${tag ? ` dir="rtl" lang="${attr(tag)}"` : ' dir="auto"'}>${text(value)}</bdi>`;
  };
  const { facts, entities } = listed(report, options);
  const omitted = leftOut(report, options);
  const documents = report.documents.map(
    (d, i) => `<tr><th scope="row">${label(i)}</th><td>${text(describeLanguage(d))}</td><td>${text(d.sentences.length)}</td><td>${text(d.boilerplate?.length ?? 0)}</td></tr>`,
  );
  const translations = report.translations.map((t) => `<li>${label(t.a)} ↔ ${label(t.b)}${t.detected ? '' : ' (given)'}: ${text(t.reason)}</li>`);
  const factRows = facts.map((f) => {
    const versions = f.versions.map(
      (v) => `<li>${v.statements.map((s) => `<q>${words(s.document, s.text)}</q> (D${text(s.document)})`).join(', ')} = ${text(v.value)}</li>`,
    );
    const against = [...new Set(f.disagreements.map((d) => `${documentList([d.a, d.b])}${d.severity === 'warning' ? ' (warning)' : ''}`))];
    return (
      `<tr><td><span class="badge ${STATUS_CLASS[f.status] ?? ''}">${text(f.status)}</span></td><td>${text(f.kind)}</td>` +
      `<td><ul class="where">${versions.join('')}</ul></td><td>${text(against.join('; '))}</td></tr>`
    );
  });
  const entityRows = entities.map((e) => {
    const first = e.spellings[0]?.documents[0] ?? 0;
    const spellings = e.spellings.map((s) => `<li><q>${words(s.documents[0] ?? 0, s.text)}</q> (${text(documentList(s.documents))})</li>`);
    return `<tr><td>${words(first, e.label)}</td><td>${text(e.type)}</td><td><ul class="where">${spellings.join('')}</ul></td></tr>`;
  });
  const pairs = report.comparisons.map(({ a, b, report: pair }) => {
    const findings = seriousFindings(pair.findings).map((f) => {
      const where = (['a', 'b'] as const).flatMap((s) => (f[s] ? [`<li>${label(s === 'a' ? a : b)}: <q>${words(s === 'a' ? a : b, f[s].text)}</q></li>`] : []));
      const cls = SEVERITY_CLASS[f.severity] ?? 'sev-unknown';
      return (
        `<li class="finding ${cls}"><p><span class="badge ${cls}">${text(f.severity)}</span> <code class="rule">${text(f.rule)}</code></p>` +
        `<p class="message">${text(f.message)}</p>${where.length ? `<ul class="where">${where.join('')}</ul>` : ''}</li>`
      );
    });
    return [
      `<section id="pair-${text(a)}-${text(b)}"><h3>${label(a)} ↔ ${label(b)}: ${text(pair.mode)}</h3>`,
      `<p class="meta">${text(pair.modeReason)} Findings: ${text(pair.findings.length)} (${text(severityCounts(pair))}).</p>`,
      findings.length ? `<ul class="findings">${findings.join('\n')}</ul>` : '',
      '</section>',
    ].join('\n');
  });
  return reportPage(title, report.version, [
    '<header>',
    `<h1>${text(title)}</h1>`,
    `<table class="documents"><thead><tr><td></td><th scope="col">language</th><th scope="col">sentences</th><th scope="col">boilerplate</th></tr></thead><tbody>${documents.join('')}</tbody></table>`,
    `<p class="overview">${text(overview(report))}</p>`,
    `<p><strong>Translations:</strong> ${translations.length ? '' : 'none'}</p>${translations.length ? `<ul>${translations.join('')}</ul>` : ''}`,
    '</header>',
    '<main>',
    '<section aria-labelledby="facts-heading"><h2 id="facts-heading">Facts</h2>',
    factRows.length
      ? `<table class="documents"><thead><tr><th scope="col">status</th><th scope="col">kind</th><th scope="col">versions</th><th scope="col">stated differently by</th></tr></thead><tbody>${factRows.join('\n')}</tbody></table>`
      : '<p>No fact is stated by more than one document.</p>',
    '</section>',
    '<section aria-labelledby="entities-heading"><h2 id="entities-heading">Entities</h2>',
    entityRows.length
      ? `<table class="documents"><thead><tr><th scope="col">entity</th><th scope="col">type</th><th scope="col">spellings</th></tr></thead><tbody>${entityRows.join('\n')}</tbody></table>`
      : '<p>No entity is named in more than one document.</p>',
    omitted ? `<p class="meta">${text(omitted)}</p>` : '',
    '</section>',
    '<section aria-labelledby="pairs-heading"><h2 id="pairs-heading">Pairs</h2>',
    pairs.join('\n'),
    '</section>',
    '</main>',
  ]);
}

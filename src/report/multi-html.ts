import { options as checkOptions } from '../contract/validate.js';
import { checkMultiReport, MULTI_HTML_OPTIONS } from './checks.js';
import { count, describeLanguage, modeLine, sentenceNames, severityCounts, SIDES } from './describe.js';
import { escapeAttribute as attr, escapeText as text } from './escape-html.js';
import { excerptHtml } from './html-excerpt.js';
import { type Tag } from './html-excerpt.js';
import { langAttributes, lineHtml, quoteHtml, reportPage, severityClass } from './html-page.js';
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
  type Contradiction,
  type RenderMultiOptions,
} from './multi-describe.js';
import type { TaggedSpan } from './segments.js';
import type { FactStatement, MultiReport } from '../model/multi-types.js';

/** Options for {@link renderMultiHtml}. */
export interface RenderMultiHtmlOptions extends RenderMultiOptions {
  /** The page's title. Default "Comparison of N documents". */
  readonly title?: string;
}

const STATUS_CLASS: Readonly<Record<string, string>> = { conflict: 'sev-conflict', uncertain: 'sev-warning', agreed: 'sev-info' };

/** `#d3-s7`: sentence 7 of D3 in the texts at the end of the page (both counted from 1). */
function sentenceHref(document: unknown, sentence: unknown): string {
  const d = Number.isInteger(document) ? (document as number) + 1 : 0;
  const s = Number.isInteger(sentence) ? (sentence as number) + 1 : 0;
  return `#d${d}-s${s}`;
}

/**
 * Renders a multi-document report as one self-contained HTML page, under the same rules as
 * {@link renderHtml} (nothing loaded, a Content-Security-Policy that allows only its own style sheet and
 * script, every piece of text escaped, bidi controls shown and Arabic or Persian words isolated), in the
 * reader's order: what to check first — every fact two documents state differently, with the sentence of each
 * side by side and links into both texts — then the facts stated by more than one document, the entities named
 * in more than one with their spellings, every pair with how it was compared and its conflicts and warnings,
 * and the texts themselves, folded, each sentence numbered from 1. Documents are numbered from 1 (D1 is the
 * first given).
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
 * html.includes('Comparison of 2 documents</bdi></h1>'); // => true
 * html.includes('<a href="#d2-s1"><bdi dir="ltr">D2 (ar2), sentence 1</bdi></a>'); // => true
 * html.includes('<b>هرات</b>'); // => false
 * ```
 */
export function renderMultiHtml(report: MultiReport, options: RenderMultiHtmlOptions = {}): string {
  checkMultiReport('renderMultiHtml', report);
  options = checkOptions('renderMultiHtml', options, MULTI_HTML_OPTIONS);
  const title = options.title ?? `Comparison of ${count(report.documents.length)} documents`;
  const label = (d: number): string => lineHtml(documentLabel(report, d, options), 'auto');
  const { facts, entities } = listed(report, options);
  const omitted = leftOut(report, options);
  const statementsHtml = (statements: readonly FactStatement[]): string =>
    distinctStatements(statements)
      .map(
        ({ statement: s, times: n }) =>
          `<a href="${sentenceHref(s.document, s.sentence)}">${quoteHtml(documentAt(report, s.document), s.text)}</a> in ${text(documentNumber(s.document) + times(n))}`,
      )
      .join(', ');

  const documents = report.documents.map(
    (d, i) =>
      `<tr><th scope="row"><a href="#d${i + 1}">${label(i)}</a></th><td>${text(describeLanguage(d))}</td>` +
      `<td>${text(count(d.sentences.length))}</td><td>${text(count(Array.isArray(d.boilerplate) ? d.boilerplate.length : 0))}</td></tr>`,
  );
  const translations = report.translations.map((t) => `<li>${label(t.a)} and ${label(t.b)}${t.detected ? '' : ' (given)'}</li>`);
  const factRows = facts.map((f) => {
    const versions = f.versions.map((v) => `<li>${lineHtml(versionValue(f, v.value))}: ${statementsHtml(v.statements)}</li>`);
    const against = [...new Set(f.disagreements.map((d) => `${documentList([d.a, d.b])}${d.severity === 'warning' ? ' (warning)' : ''}`))];
    const why = uncertainWhy(f);
    return (
      `<tr><td><span class="badge ${STATUS_CLASS[f.status] ?? ''}">${text(f.status)}</span></td><td>${text(f.kind)}</td>` +
      `<td><ul class="where">${versions.join('')}</ul></td><td>${text(against.length ? against.join('; ') : (why ?? ''))}</td></tr>`
    );
  });
  const entityRows = entities.map((e) => {
    const first = e.spellings[0]?.documents[0];
    const spellings = e.spellings.map(
      (s) => `<li>${quoteHtml(documentAt(report, s.documents[0]), s.text)} in ${text(documentList(s.documents))}</li>`,
    );
    return `<tr><td>${quoteHtml(documentAt(report, first), e.label)}</td><td>${text(e.type)}</td><td><ul class="where">${spellings.join('')}</ul></td></tr>`;
  });
  const pairs = report.comparisons.map(({ a, b, report: pair }) => {
    const findings = seriousFindings(pair.findings).map((f) => {
      const where = SIDES.flatMap((s) => {
        const at = f[s];
        const document = s === 'a' ? a : b;
        return at
          ? [
              `<li><a href="${sentenceHref(document, at.sentence)}">${text(documentNumber(document))}</a>: ${quoteHtml(documentAt(report, document), at.text)}</li>`,
            ]
          : [];
      });
      const cls = severityClass(f.severity);
      return (
        `<li class="finding ${cls}"><p class="headline"><span class="badge ${cls}">${text(f.severity)}</span> <span class="kind">${text(f.kind)}:</span> ` +
        `${lineHtml(f.message)}</p>${where.length ? `<ul class="where">${where.join('')}</ul>` : ''}</li>`
      );
    });
    const id = `pair-${attr(documentNumber(a).slice(1))}-${attr(documentNumber(b).slice(1))}`;
    return [
      `<section id="${id}" aria-labelledby="${id}-heading"><h3 id="${id}-heading">${label(a)} and ${label(b)}</h3>`,
      `<p class="mode">${lineHtml(modeLine(pair))}</p>`,
      `<p class="meta">${text(`Findings: ${count(pair.findings.length)} (${severityCounts(pair)}).`)}</p>`,
      findings.length ? `<ul class="findings">${findings.join('\n')}</ul>` : '',
      '</section>',
    ].join('\n');
  });
  return reportPage(
    title,
    report.version,
    [
      '<header>',
      `<h1>${lineHtml(title, 'auto')}</h1>`,
      `<p class="lead">${text(overview(report))}</p>`,
      `<table class="documents"><thead><tr><td></td><th scope="col">language</th><th scope="col">sentences</th><th scope="col">boilerplate</th></tr></thead><tbody>${documents.join('')}</tbody></table>`,
      `<p><strong>Translations:</strong> ${translations.length ? '' : 'none'}</p>${translations.length ? `<ul>${translations.join('')}</ul>` : ''}`,
      '</header>',
      '<main>',
      checkFirst(report, options, contradictions(report)),
      '<section id="facts" aria-labelledby="facts-heading"><h2 id="facts-heading">Facts stated by more than one document</h2>',
      factRows.length
        ? `<table class="documents facts"><thead><tr><th scope="col">status</th><th scope="col">kind</th><th scope="col">values</th><th scope="col">stated differently by</th></tr></thead><tbody>${factRows.join('\n')}</tbody></table>`
        : '<p>No fact is stated by more than one document.</p>',
      '</section>',
      '<section id="entities" aria-labelledby="entities-heading"><h2 id="entities-heading">Names in more than one document</h2>',
      entityRows.length
        ? `<table class="documents entities"><thead><tr><th scope="col">name</th><th scope="col">what</th><th scope="col">spellings</th></tr></thead><tbody>${entityRows.join('\n')}</tbody></table>`
        : '<p>No entity is named in more than one document.</p>',
      omitted ? `<p class="meta">${text(omitted)}</p>` : '',
      '</section>',
      '<section id="pairs" aria-labelledby="pairs-heading"><h2 id="pairs-heading">Every pair</h2>',
      ...pairs,
      '</section>',
      textsSection(report, options),
      '</main>',
    ],
    { script: true },
  );
}

/** Every fact two documents state differently, with the sentences of both side by side. */
function checkFirst(report: MultiReport, options: RenderMultiOptions, list: readonly Contradiction[]): string {
  const items = list.map((c, i) => {
    const cls = severityClass(c.disagreement.severity);
    const side = (document: number, statements: readonly FactStatement[]): string => {
      const doc = documentAt(report, document);
      const groups = bySentence(statements);
      const where = groups.length
        ? `${documentLabel(report, document, options)}, ${sentenceNames(groups.map((g) => g.sentence))}`
        : documentLabel(report, document, options);
      const link = groups[0] ? `<a href="${sentenceHref(document, groups[0].sentence)}">${lineHtml(where)}</a>` : lineHtml(where);
      const sentences = groups.map((g) => {
        const s = doc?.sentences[g.sentence];
        if (!doc || !s) return '';
        const spans: TaggedSpan<Tag>[] = g.statements.map((st) => ({
          start: st.start,
          end: st.end,
          tag: { number: i + 1, severity: c.disagreement.severity, rule: c.fact.kind, message: c.disagreement.message },
        }));
        return excerptHtml(doc, s, spans, () => sentenceHref(document, g.sentence));
      });
      return `<div class="side"><p class="where">${link}</p>${sentences.join('')}</div>`;
    };
    return (
      `<li class="finding ${cls}" id="fact-${i + 1}"><p class="headline"><span class="badge ${cls}">${text(c.disagreement.severity)}</span> ` +
      `<span class="kind">${text(c.fact.kind)}:</span> ${lineHtml(c.disagreement.message)}</p>` +
      `<div class="pair">${side(c.disagreement.a, c.a)}${side(c.disagreement.b, c.b)}</div></li>`
    );
  });
  return [
    '<section id="check-first" aria-labelledby="check-first-heading">',
    `<h2 id="check-first-heading">${text(contradictionsHeading(list))}</h2>`,
    items.length ? `<ol class="findings">\n${items.join('\n')}\n</ol>` : '',
    '</section>',
  ].join('\n');
}

/** Each document's text, folded, its sentences numbered from 1 and each a target of the links above. */
function textsSection(report: MultiReport, options: RenderMultiOptions): string {
  const texts = report.documents.map((d, i) => {
    const tag = describeLanguage(d);
    const sentences = d.sentences.map(
      (s, k) => `<p class="sentence" id="d${i + 1}-s${k + 1}"><span class="sn" dir="ltr">${text(count(k + 1))}</span>${text(s.text)}</p>`,
    );
    return (
      `<details class="document" id="d${i + 1}"><summary>${lineHtml(documentLabel(report, i, options), 'auto')} <span class="kind">${text(tag)}</span></summary>` +
      `<div class="side"${langAttributes(d)}>${sentences.join('')}</div></details>`
    );
  });
  return ['<section id="texts" aria-labelledby="texts-heading"><h2 id="texts-heading">The texts</h2>', ...texts, '</section>'].join('\n');
}

// The HTML page's state while it is written (Page) and a sentence with the findings in it highlighted, each
// highlight linked to its finding and its note given as a tooltip.

import { elementAt } from '../contract/element-at.js';
import type { ComparisonReport, ReportDocument, Side } from '../model/types.js';
import { escapeText as text, escapeIsolated } from './escape-html.js';
import { severityRank } from './describe.js';
import { excerpt } from './excerpt.js';
import { langAttributes, severityClass } from './html-page.js';
import { splitAtSpans, type TaggedSpan } from './segments.js';

/** What a highlight needs to know of what it marks: a finding, or a fact's statement. */
export interface Tag {
  /** The finding's number (or the fact's), for the mark's link. */
  readonly number: number;
  readonly severity: string;
  readonly rule: string;
  readonly message: string;
}
/**
 * A sentence as a summary shows it: cut around its highlights when long, in its language and direction, each
 * highlighted piece a link (`href`).
 */

export function excerptHtml(
  document: ReportDocument,
  sentence: { readonly text: string; readonly start: number; readonly end: number },
  spans: readonly TaggedSpan<Tag>[],
  href: (finding: number) => string,
): string {
  const range = excerpt(sentence, spans);
  const pieces = highlighted(document, range.start, range.end, spans, href, undefined);
  return `<p class="sentence"${langAttributes(document)}>${range.before ? '… ' : ''}${pieces}${range.after ? ' …' : ''}</p>`;
}
/** What the page knows of the findings while it lays out the texts. */
export interface Page {
  readonly report: ComparisonReport;
  readonly names: Readonly<Record<Side, string>>;
  /** Each finding's spans, per side and sentence. */
  readonly spans: Readonly<Record<Side, Map<number, TaggedSpan<Tag>[]>>>;
  /** `3-a` when finding 3 is highlighted in the text of document a (so the summary can link to it). */
  readonly placed: ReadonlySet<string>;
  /** The id of the element that says what each finding is: its group's message. */
  readonly messageOf: ReadonlyMap<number, string>;
}
/**
 * The text of `[start, end)` with one `<mark>` per piece covered by the same findings, coloured by the most
 * serious. In the texts (`anchors` given) the first piece of each finding's span carries its anchor and the
 * mark its explanation as a title; in the summary the link leads to the highlight in the texts.
 */

export function highlighted(
  document: ReportDocument,
  start: number,
  end: number,
  spans: readonly TaggedSpan<Tag>[],
  href: (finding: number) => string,
  anchors: { readonly side: Side; readonly emitted: Set<string>; readonly page: Page } | undefined,
): string {
  return splitAtSpans(start, end, spans)
    .map((segment) => {
      const words = text(document.text.slice(segment.start, segment.end));
      if (segment.tags.length === 0) return words;
      const worst = segment.tags.reduce((w, f) => (severityRank(f.severity) < severityRank(w.severity) ? f : w));
      const numbers = segment.tags.map((f) => f.number);
      const point = segment.start === segment.end;
      const classes = `hl ${severityClass(worst.severity)}${numbers.length > 1 ? ' multi' : ''}${point ? ' point' : ''}`;
      const label = point ? ` aria-label="finding ${numbers.join(', ')}"` : '';
      const link = `href="${href(elementAt(numbers, 0))}"`;
      if (!anchors) return `<mark class="${classes}" data-findings="${numbers.join(' ')}"><a ${link}${label}>${words}</a></mark>`;
      // The first piece of each finding's span carries its id, once even if the span crosses sentences.
      let targets = '';
      for (const f of segment.starting) {
        const id = `${f.number}-${anchors.side}`;
        if (anchors.emitted.has(id)) continue;
        anchors.emitted.add(id);
        targets += `<span class="anchor" id="f${id}"></span>`;
      }
      const note = segment.tags.map((f) => `${f.severity}: ${f.message}`).join('\n\n');
      const describedBy = [...new Set(numbers.map((n) => anchors.page.messageOf.get(n) ?? ''))].filter(Boolean).join(' ');
      return (
        `<mark class="${classes}" data-findings="${numbers.join(' ')}" title="${escapeIsolated(note)}">` +
        `${targets}<a ${link}${describedBy ? ` aria-describedby="${describedBy}"` : ''}${label}>${words}</a></mark>`
      );
    })
    .join('');
}

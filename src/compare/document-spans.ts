import type { DocumentSpan } from '../model/multi-types.js';
import type { PreparedDocument } from './prepared-document.js';
import { lastAtMost } from './context.js';
import { elementAt } from '../contract/element-at.js';

/** Places in several prepared documents, as a multi-document report gives them. */
export interface DocumentSpans {
  /** The span `[start, end)` of a document, with its words and the sentence that holds it. */
  span(document: number, start: number, end: number): DocumentSpan;
  /** Whether an offset of a document lies in the report itself, not in the page's boilerplate. */
  inContent(document: number, offset: number): boolean;
}

/** Locates offsets in the documents: the sentence that holds each, and whether that sentence is boilerplate. */
export function documentSpans(docs: readonly PreparedDocument[]): DocumentSpans {
  const starts = docs.map((d) => d.sentences.map((s) => s.start));
  const boilerplate = docs.map((d) => new Set(d.boilerplate.map((b) => b.sentence)));
  const sentenceOf = (document: number, offset: number): number => Math.max(0, lastAtMost(starts[document] ?? [], offset));
  return {
    span: (document, start, end) => ({
      document,
      start,
      end,
      text: elementAt(docs, document).input.text.slice(start, end),
      sentence: sentenceOf(document, start),
    }),
    inContent: (document, offset) => {
      const doc = elementAt(docs, document);
      const sentence = lastAtMost(starts[document] ?? [], offset);
      return sentence >= 0 && offset < (doc.sentences[sentence]?.end ?? 0) && !boilerplate[document]?.has(sentence);
    },
  };
}

/** Document indices as a report lists them: each once, ascending. */
export function documentIndices(indices: readonly number[]): number[] {
  return [...new Set(indices)].sort((x, y) => x - y);
}

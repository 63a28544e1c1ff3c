import { findNames } from '../names/find/find-names.js';
import { clusterNames, type DocumentNameMention } from '../names/cluster.js';
import type { EntityRow } from '../model/multi-types.js';
import type { PreparedDocument } from './prepared-document.js';
import { documentIndices, type DocumentSpans } from './document-spans.js';

/**
 * The entity table of several documents: every person, place and organisation they name (boilerplate
 * aside), grouped across documents and languages by {@link clusterNames}, with each spelling and the
 * documents that use it. Entities named in most documents come first.
 */
export function entityTable(docs: readonly PreparedDocument[], spans: DocumentSpans): EntityRow[] {
  const mentions: DocumentNameMention[] = docs.flatMap((doc, d) =>
    findNames(doc.input.text, doc.language === 'unknown' ? {} : { language: doc.language })
      .filter((m) => spans.inContent(d, m.start))
      .map((m) => ({ ...m, document: String(d) })),
  );
  const rows = clusterNames(mentions).map((cluster): EntityRow => ({
    id: cluster.id,
    type: cluster.type,
    label: cluster.label,
    spellings: cluster.spellings.map((s) => {
      const at = s.occurrences.map((o) => spans.span(Number(o.document), o.start, o.end));
      return {
        text: s.text,
        documents: documentIndices(at.map((x) => x.document)),
        mentions: at.sort((x, y) => x.document - y.document || x.start - y.start),
      };
    }),
    documents: documentIndices(cluster.documents.map(Number)),
  }));
  // A stable sort: among entities named in as many documents, the first named comes first.
  return rows.sort((x, y) => y.documents.length - x.documents.length);
}

import type { ReportBead, Side } from '../model/types.js';
import { lastAtMost, type ContextDocument } from './context.js';

/** Groups mentions (anything with a start offset) by the sentence they start in. */
export function mentionsBySentence<T extends { start: number }>(doc: ContextDocument, mentions: readonly T[]): T[][] {
  const starts = doc.sentences.map((s) => s.start);
  const out: T[][] = doc.sentences.map(() => []);
  for (const m of mentions) {
    const s = lastAtMost(starts, m.start);
    if (s >= 0 && m.start < (doc.sentences[s]?.end ?? 0)) out[s]?.push(m);
  }
  return out;
}

/** The sentence indices of one side of a bead. */
export function sentencesOf(bead: ReportBead, side: Side): readonly number[] {
  return side === 'a' ? bead.a : bead.b;
}

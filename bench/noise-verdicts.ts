/**
 * The verdicts on the warnings and conflicts compare() raises on the clean development pairs (see
 * bench/noise-list.ts, which matches them and writes docs/noise.md). Each is judged against the English source
 * both translations were made from: `real` when the two translations say different things (one of them
 * against the source), else a false alarm and why it is left.
 */
export interface Verdict {
  readonly set: 'ntrex' | 'tico';
  readonly targets: readonly ('fas' | 'prs')[];
  /** The document id, or its end. */
  readonly doc: string;
  readonly rule: string;
  /** Words the mention on each side holds, when the document has more than one alarm of the rule. */
  readonly a?: string;
  readonly b?: string;
  readonly real: boolean;
  readonly why: string;
}

export const VERDICTS: readonly Verdict[] = [];

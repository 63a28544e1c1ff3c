import { compare, type CompareInput, type Severity } from '../index.js';
import type { BatchDocument, BatchPair } from './batch-manifest.js';
import { processIo } from './io.js';
import { readInput } from './read.js';

/** What comparing one pair of a batch gave: the output line, and counts for the summary. */
export interface PairOutcome {
  /** One JSON object: `{ id, report }`, or `{ id, error }` when the pair could not be compared. */
  readonly json: string;
  readonly failed: boolean;
  readonly findings: Record<Severity, number>;
}

function inputOf(doc: BatchDocument): CompareInput {
  const { file, text, ...known } = doc;
  return { text: text ?? readInput(processIo(), file as string).text, ...known };
}

/** Compares one pair of a batch (in a worker thread, or in the main thread); never throws. */
export function comparePair(pair: BatchPair): PairOutcome {
  try {
    const report = compare(inputOf(pair.a), inputOf(pair.b), pair.options);
    return { json: JSON.stringify({ id: pair.id, report }), failed: false, findings: { ...report.summary.bySeverity } };
  } catch (error) {
    return {
      json: JSON.stringify({ id: pair.id, error: (error as Error).message }),
      failed: true,
      findings: { info: 0, warning: 0, conflict: 0 },
    };
  }
}

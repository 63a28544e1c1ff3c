/** The stages of a comparison, in the order they run. */
export type ProgressStage = 'read' | 'align' | 'mode' | 'detect' | 'report';

/**
 * How far a comparison has come. `done` and `total` count characters of input (both documents; for
 * `compareMany`, both documents of every pair), and `done / total` is the share of the work done, the stages
 * weighted by what they usually cost. `done` never goes back, and the last event has `done === total`.
 */
export interface Progress {
  /** The stage under way: reading the documents, aligning them, choosing the mode, detecting, writing the report. */
  readonly stage: ProgressStage;
  /** The work done so far, in characters of input (weighted by stage); never goes back. */
  readonly done: number;
  /** All the work, in the same unit: the characters of both documents (of every pair for `compareMany`). */
  readonly total: number;
}

/** Where each stage starts, as a share of the whole comparison (measured on news of a few pages to 30 MB). */
const STAGE_START: Record<ProgressStage, number> = { read: 0, align: 0.1, mode: 0.45, detect: 0.55, report: 0.95 };
const STAGE_END: Record<ProgressStage, number> = { read: 0.1, align: 0.45, mode: 0.55, detect: 0.95, report: 1 };

/** A stage's share done, as the comparison's work yields it: the runner turns these into {@link Progress}. */
export interface Step {
  readonly stage: ProgressStage;
  /** Share of the stage done, 0 to 1. */
  readonly share: number;
}

/** Work that yields its steps and returns its result. */
export type Steps<T> = Generator<Step, T, void>;

/** Where a step stands in its comparison, 0 to 1. */
export function stepFraction({ stage, share }: Step): number {
  return STAGE_START[stage] + (STAGE_END[stage] - STAGE_START[stage]) * Math.min(1, Math.max(0, share));
}

/**
 * Calls `onProgress` with monotone events over `total` characters, given the stage and the share of the
 * whole work done; an event that would not move is left out.
 */
export function progressEmitter(total: number, onProgress: (progress: Progress) => void): (stage: ProgressStage, fraction: number) => void {
  let last = -1;
  const whole = Math.max(1, total);
  return (stage, fraction) => {
    const done = Math.max(last, Math.min(whole, Math.round(fraction * whole)));
    if (done === last) return;
    last = done;
    onProgress({ stage, done, total: whole });
  };
}

/** Runs work to its end synchronously, reporting each step. */
export function runSteps<T>(work: Steps<T>, report?: (step: Step) => void): T {
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
    report?.(next.value);
  }
}

/** The error an aborted comparison rejects with: a `DOMException` named `AbortError`, or the signal's reason. */
function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The comparison was aborted.', 'AbortError');
}

/** How long work runs before it lets other tasks (and an abort) in, in milliseconds. */
const SLICE_MS = 25;

/**
 * Runs work to its end in slices, giving the event loop a turn between them (so that the page stays responsive
 * and `signal` can stop it); rejects with an `AbortError` when the signal aborts.
 */
export async function runStepsAsync<T>(work: Steps<T>, report?: (step: Step) => void, signal?: AbortSignal): Promise<T> {
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  let sliceStart = Date.now();
  for (;;) {
    if (signal?.aborted) {
      work.return(undefined as T);
      throw abortError(signal);
    }
    const next = work.next();
    if (next.done) return next.value;
    report?.(next.value);
    if (Date.now() - sliceStart >= SLICE_MS || signal?.aborted) {
      await pause();
      sliceStart = Date.now();
    }
  }
}

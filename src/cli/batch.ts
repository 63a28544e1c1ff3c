import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Severity } from '../index.js';
import { parseManifest, type BatchLineError, type BatchPair } from './batch-manifest.js';
import type { PairOutcome } from './batch-pair.js';
import { parse } from './args.js';
import { EXIT, UsageError } from './errors.js';
import { pathIn, terminalJson, type CliIo } from './io.js';
import { duration, progressBar } from './progress-bar.js';
import { elementAt } from '../contract/element-at.js';

export const BATCH_USAGE = `Usage: muqabala batch MANIFEST [-o OUT.jsonl] [--workers N]

Compares many pairs of reports, each on its own, with a pool of worker threads (one per core by default).
MANIFEST has one JSON object per line, a pair of documents (file names relative to the manifest's folder):

  {"id": "kabul-1", "a": "ar/kabul-1.txt", "b": "fa/kabul-1.txt"}
  {"id": "herat", "a": {"file": "ar/herat.txt", "language": "ar"}, "b": {"text": "…", "publishedAt": "2025-01-29"},
   "options": {"mode": "parallel", "minSeverity": "warning"}}

Each document is a file name or an object with "file" or "text" and optionally "language" (ar, fa), "variant"
(fa-IR, fa-AF), "title", "publishedAt" (YYYY-MM-DD). "options" takes mode, minSeverity, kinds, boilerplate,
reportEqualNumbers, islamic (as compare() does). "id" defaults to "line N".

Output: one JSON object per line, in the order of the manifest: {"id", "report"} (a ComparisonReport), or
{"id", "error"} for a pair that could not be compared (a missing file, a bad line). A summary goes to standard
error at the end.

Options:
  -o, --output FILE   Write the reports to FILE. When FILE exists, the pairs whose ids it already holds are
                      skipped and the new reports appended: an interrupted batch resumes where it stopped.
  --workers N         Worker threads (default: the number of cores, ${availableParallelism()} here).
  --progress, --quiet Always / never show progress on standard error (default: on a terminal).
  -h, --help          Show this help.

Splitting one manifest across machines: every line stands alone, so cut it with split and run a part per
machine (or per job of a scheduler), then concatenate the outputs:
  split -n l/4 -d manifest.jsonl part-        # part-00 … part-03, whole lines each
  muqabala batch part-02 -o part-02.out.jsonl # on machine 3 (or: ls part-* | xargs -P 4 -I{} muqabala batch {} -o {}.out.jsonl)
  cat part-*.out.jsonl > all.jsonl

Exit codes: 0 every pair compared, 1 some pairs failed (their lines say why), 2 usage error.`;

interface BatchCommand {
  readonly manifest: string;
  readonly output?: string;
  readonly workers: number;
  readonly progress: 'auto' | 'always' | 'never';
}

function parseBatchArgs(args: readonly string[]): BatchCommand | undefined {
  const { values, positionals } = parse(
    args,
    {
      output: { type: 'string', short: 'o' },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'muqabala batch --help',
  );
  if (values.help) return undefined;
  if (positionals.length !== 1) throw new UsageError(`batch takes one manifest file, got ${positionals.length}`, 'muqabala batch --help');
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256)
    throw new UsageError(`--workers must be a whole number from 1 to 256, got ${values.workers}`, 'muqabala batch --help');
  if (values.progress && values.quiet) throw new UsageError('--progress and --quiet contradict each other', 'muqabala batch --help');
  return {
    manifest: elementAt(positionals, 0),
    ...(values.output !== undefined ? { output: values.output } : {}),
    workers,
    progress: values.progress ? 'always' : values.quiet ? 'never' : 'auto',
  };
}

/**
 * The ids an earlier run already wrote to the output, and the length of its complete lines: a last line cut
 * short by an interruption is dropped, to be written again.
 */
function alreadyDone(output: string): { ids: Set<string>; complete: number } {
  const ids = new Set<string>();
  if (!existsSync(output)) return { ids, complete: 0 };
  const text = readFileSync(output, 'utf8');
  const end = text.lastIndexOf('\n') + 1;
  for (const line of text.slice(0, end).split('\n')) {
    if (!line.trim()) continue;
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id;
      if (typeof id === 'string') ids.add(id);
    } catch {
      // A line that is not JSON is not a pair's report: it does not count as done.
    }
  }
  return { ids, complete: Buffer.byteLength(text.slice(0, end)) };
}

/**
 * A worker thread running batch-worker, beside this file. Run from source (.ts, in development and tests,
 * under tsx), the worker registers tsx first: Node 20 does not carry loaders into worker threads.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./batch-worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./batch-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(source)}));`, {
    eval: true,
  });
}

/** Compares the pairs on `workers` threads; `done` receives each outcome in the order of `pairs`. */
async function runPool(pairs: readonly BatchPair[], workers: number, done: (index: number, outcome: PairOutcome) => void): Promise<void> {
  if (!pairs.length) return;
  const pool = Array.from({ length: Math.min(workers, pairs.length) }, startWorker);
  const ready = new Map<number, PairOutcome>();
  let nextToSend = 0;
  let nextToWrite = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker): void => {
        if (nextToSend >= pairs.length) return;
        const index = nextToSend++;
        worker.postMessage({ index, pair: pairs[index] });
      };
      for (const worker of pool) {
        worker.on('message', ({ index, outcome }: { index: number; outcome: PairOutcome }) => {
          ready.set(index, outcome);
          // Reports go out in the manifest's order, as soon as all before them are out.
          for (let o = ready.get(nextToWrite); o; o = ready.get(nextToWrite)) {
            ready.delete(nextToWrite);
            done(nextToWrite++, o);
          }
          if (nextToWrite === pairs.length) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        send(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** `1 worker`, `2 workers`: a count and its noun. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Runs `muqabala batch`; resolves to the exit code. */
export async function runBatch(args: readonly string[], io: CliIo): Promise<number> {
  const command = parseBatchArgs(args);
  if (!command) {
    io.stdout.write(BATCH_USAGE + '\n');
    return EXIT.ok;
  }
  let manifestText: string;
  try {
    manifestText = readFileSync(pathIn(io, command.manifest), 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the manifest ${command.manifest}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      null,
    );
  }
  const entries = parseManifest(manifestText, pathIn(io, command.manifest));
  const output = command.output === undefined ? undefined : pathIn(io, command.output);
  const previous = output !== undefined ? alreadyDone(output) : { ids: new Set<string>(), complete: 0 };
  const todo = entries.filter((e) => !previous.ids.has(e.id));
  let fd: number | undefined;
  if (output !== undefined) {
    try {
      fd = openSync(output, 'a+');
      ftruncateSync(fd, previous.complete);
    } catch (error) {
      throw new UsageError(`cannot write ${command.output}: ${(error as Error).message}`, null);
    }
  }
  const showProgress = command.progress === 'always' || (command.progress === 'auto' && io.stderr.isTTY === true);
  const bar = progressBar((text) => io.stderr.write(text), io.stderr.isTTY === true);
  const started = performance.now();
  const findings: Record<Severity, number> = { info: 0, warning: 0, conflict: 0 };
  let compared = 0;
  let failed = 0;
  // A line appended to the output file as soon as it is ready (so that an interruption loses at most one), or to standard output.
  const write = (json: string): void => {
    if (fd === undefined) io.stdout.write(terminalJson(json) + '\n');
    else writeSync(fd, json + '\n');
  };
  // Lines that could not be read are written in their place, between the compared pairs.
  const pairs = todo.filter((e): e is BatchPair => !('error' in e));
  const errorsBefore = new Map<number, BatchLineError[]>();
  let k = 0;
  for (const e of todo) {
    if ('error' in e) errorsBefore.set(k, [...(errorsBefore.get(k) ?? []), e]);
    else k++;
  }
  const flushErrors = (at: number): void => {
    for (const e of errorsBefore.get(at) ?? []) {
      write(JSON.stringify({ id: e.id, error: e.error }));
      failed++;
    }
  };
  try {
    await runPool(pairs, command.workers, (index, outcome) => {
      flushErrors(index);
      write(outcome.json);
      if (outcome.failed) failed++;
      else compared++;
      for (const s of ['info', 'warning', 'conflict'] as const) findings[s] += outcome.findings[s];
      if (showProgress) bar.update(index + 1, pairs.length, `${index + 1} of ${pairs.length} pairs`);
    });
    flushErrors(pairs.length);
  } finally {
    bar.finish();
    if (fd !== undefined) closeSync(fd);
  }
  const seconds = (performance.now() - started) / 1000;
  const skipped = entries.length - todo.length;
  io.stderr.write(
    `muqabala: batch of ${count(entries.length, 'pair')}: ${compared} compared, ${skipped} skipped (already in ${command.output ?? 'the output'}), ${failed} failed; ` +
      `findings: ${count(findings.conflict, 'conflict')}, ${count(findings.warning, 'warning')}, ${findings.info} info; ${duration(seconds)} with ${count(Math.min(command.workers, Math.max(1, pairs.length)), 'worker')}\n`,
  );
  return failed ? EXIT.findings : EXIT.ok;
}
